/**
 * Invariants of the sentence splitter on generated paragraphs, and the
 * promises that hold for any value of a kind (numbers, dates, URLs, e-mails,
 * every listed abbreviation) rather than for hand-picked examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GERMAN_MONTHS } from './german-abbreviations.ts';
import { splitSentences } from './split-sentences.ts';
import type { Sentence } from './split-sentences.ts';

/** Pieces of German news prose, chosen to hit every rule and their seams. */
const piece = fc.constantFrom(
  'Der Kreml', 'sagte er', 'am', '12.', 'März', '2025', 'z.', 'B.', 'z.B.', 'Dr.', 'usw.', 'u. Ä.', 'Jan.',
  'J.', 'F.', 'Kennedy', '75.000', '3,5', '12.03.2025', 'www.example.org', 'a.b@c.de', 'https://x.org/?q=A!b',
  '.', '?', '!', '?!', '…', '...', ':', ',', '„', '“', '”', '»', '«', '‚', '‘', '(', ')', '–', '-',
  'Ja.', 'Nein!', 'Wirklich?', 'verurteilt.Die', 'iPhone', '你好。', 'Ünd', 'ß', '\u00a0', '\u200b',
);
const germanish = fc
  .array(fc.tuple(piece, fc.constantFrom('', ' ', ' ', '  ')), { maxLength: 30 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
const anything = fc.oneof(germanish, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));

/** Fails unless `sentences` is a faithful, trimmed, ordered partition of the paragraph's text. */
function expectPartition(paragraph: string, sentences: Sentence[]): void {
  let position = 0;
  for (const s of sentences) {
    expect(paragraph.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text).not.toBe('');
    // Nothing lost: only whitespace lies between one sentence and the next.
    expect(paragraph.slice(position, s.start).trim()).toBe('');
    position = s.end;
  }
  expect(paragraph.slice(position).trim()).toBe('');
}

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('splitSentences invariants', () => {
  it('partitions any paragraph into trimmed, ordered, covering sentences', () => {
    fc.assert(
      fc.property(anything, (paragraph) => expectPartition(paragraph, splitSentences(paragraph))),
      { numRuns: 2000 },
    );
  });

  it('gives nothing exactly when the paragraph is blank', () => {
    fc.assert(
      fc.property(anything, (paragraph) => {
        expect(splitSentences(paragraph).length === 0).toBe(paragraph.trim() === '');
      }),
    );
  });

  it('splits no sentence further when it stands alone', () => {
    fc.assert(
      fc.property(germanish, (paragraph) => {
        for (const s of splitSentences(paragraph)) expect(texts(s.text)).toEqual([s.text]);
      }),
      { numRuns: 1000 },
    );
  });

  it('splits the concatenation of sentences back into them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Er kam am 12. März.', '„Ist das so?“, fragte er.', 'Ja!', 'Dr. Müller ging.', 'Sie nannte 75.000 Euro.', '(Das bestätigte der Kreml.)', 'Die Delegation kam u. a. aus Kiew.'), { minLength: 1, maxLength: 8 }), (sentences) => {
        expect(texts(sentences.join(' '))).toEqual(sentences);
      }),
    );
  });
});

describe('splitSentences keeps values of a kind whole', () => {
  const around = (value: string) => `Es ging um ${value} laut Bericht. Dann folgte mehr.`;
  const expectTwo = (value: string) => expect(texts(around(value))).toEqual([`Es ging um ${value} laut Bericht.`, 'Dann folgte mehr.']);

  it('numbers in German notation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 99 }), (n, decimals) => {
        expectTwo(n.toLocaleString('de-DE'));
        expectTwo(`${n.toLocaleString('de-DE')},${decimals}`);
      }),
    );
  });

  it('dates with dots and versions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2100 }), (d, m, y) => {
        expectTwo(`${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`);
        expectTwo(`Version ${d}.${m}.${y}`);
      }),
    );
  });

  it('ordinal dates with a month name', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...GERMAN_MONTHS), (d, month) => {
        expect(texts(`Das Treffen war am ${d}. ${month} in Genf. Danach kam nichts.`)).toHaveLength(2);
        expect(texts(`Der ${d}. ${month} ist wichtig. Danach kam nichts.`)).toHaveLength(2);
      }),
    );
  });

  it('URLs and e-mail addresses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.emailAddress()), (value) => {
        expectTwo(value);
      }),
      { numRuns: 500 },
    );
  });
});
