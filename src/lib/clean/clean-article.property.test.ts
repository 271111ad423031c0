/**
 * Invariants of the cleaner, on generated articles mixing real seed prose,
 * real boilerplate, odd whitespace and arbitrary Unicode:
 * - nothing is invented: blocks are the source minus removals;
 * - nothing is lost: every visible character is title, block text or a recorded removal;
 * - cleaning the cleaned text again loses none of its prose (the title and
 *   short headings may be judged anew: they are chosen by their place and shape).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article.ts';
import { formatCleaned } from './format-cleaned.ts';
import { isProse, lineSignals } from './line-signals.ts';
import { isSpaceAt, normalizeSpace } from './normalize-space.ts';
import type { CleanedArticle } from './types.ts';

const dir = new URL('../../../test-fixtures/seed-dossier/content/articles/', import.meta.url);
const seedLines = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'))
  .filter((l) => l.trim() !== '');

const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00a0', '\t', '\u200b', '.', '©', '„', 'Mehr zum Thema - x') },
);
const article = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\n\u00a0\n')), { maxLength: 25 })
  .map((parts) => parts.map(([l, sep]) => l + sep).join(''));

/**
 * Characters of `source` kept in each block: the block's range minus
 * removals. A block joins the lines of hard-wrapped text with a space, so a
 * line break inside it reads as one (seed 641209844 found a line "ᴀ", a
 * lowercase letter, continuing an unfinished sentence).
 */
function keptText(source: string, result: CleanedArticle, block: { start: number; end: number }): string {
  let text = '';
  for (let i = block.start; i < block.end; i++) {
    text += result.removed.some((r) => i >= r.start && i < r.end) ? ' ' : source[i];
  }
  return normalizeSpace(text).replace(/\n/g, ' ');
}

describe('cleaner invariants', () => {
  it('blocks are exactly the source text minus the removals', () => {
    fc.assert(
      fc.property(article, (source) => {
        const result = cleanArticle(source);
        for (const block of result.blocks) expect(block.text).toBe(keptText(source, result, block));
        expect(result.title).toBe(normalizeSpace(source.slice(result.titleSpan.start, result.titleSpan.end)));
        for (const r of result.removed) expect(r.text).toBe(source.slice(r.start, r.end));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  }, 120_000);

  it('every visible character is title, kept text or removed, exactly once', () => {
    fc.assert(
      fc.property(article, (source) => {
        const result = cleanArticle(source);
        const owner: string[] = new Array(source.length).fill('');
        const claim = (start: number, end: number, who: string) => {
          for (let i = start; i < end; i++) {
            if (isSpaceAt(source, i)) continue;
            expect(owner[i], `offset ${i} claimed by ${owner[i]} and ${who}`).toBe('');
            owner[i] = who;
          }
        };
        claim(result.titleSpan.start, result.titleSpan.end, 'title');
        result.removed.forEach((r, n) => claim(r.start, r.end, `removal ${n}`));
        for (const [n, b] of result.blocks.entries()) {
          for (let i = b.start; i < b.end; i++) if (owner[i] === '') claim(i, i + 1, `block ${n}`);
        }
        for (let i = 0; i < source.length; i++) if (!isSpaceAt(source, i)) expect(owner[i], `offset ${i} lost`).not.toBe('');
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  }, 120_000);

  it('cleaning the cleaned text keeps all of its prose', () => {
    fc.assert(
      fc.property(article, (source) => {
        const once = cleanArticle(source);
        fc.pre(once.title !== '');
        const twice = cleanArticle(formatCleaned(once));
        const text = [twice.title, ...twice.blocks.map((b) => b.text)].join('\n');
        for (const b of once.blocks) if (isProse(lineSignals(b.text))) expect(text).toContain(b.text);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  }, 120_000);
});
