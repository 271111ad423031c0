/**
 * The splitter on the real seed articles: every non-empty line taken as a
 * paragraph, known hard sentences kept whole, the sentence count of every
 * line pinned (each checked by reading), and the speed the build needs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

const dir = new URL('../../../test-fixtures/seed-dossier/content/articles/', import.meta.url);
const seeds = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f.slice(0, 3), readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l.trim() !== '')]),
);
const paragraphs = [...seeds.values()].flat();

/** All sentence texts of a seed, in order. */
function sentencesOf(seed: string): string[] {
  return (seeds.get(seed) ?? []).flatMap((line) => splitSentences(line).map((s) => s.text));
}

describe('splitSentences on the seeds', () => {
  it('reads all five seeds', () => {
    expect([...seeds.keys()]).toEqual(['000', '001', '002', '003', '004']);
  });

  it('covers every line exactly, with offsets into the line', () => {
    for (const line of paragraphs) {
      const sentences = splitSentences(line);
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) expect(line.slice(s.start, s.end)).toBe(s.text);
      expect(sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(line.replace(/\s/g, ''));
    }
  });

  it.each([
    ['000', 'Naryshkin und Ratcliffe erörterten auch die Zusammenarbeit zwischen den beiden Behörden “in Bereichen von gegenseitigem Interesse und bei der Lösung von Krisensituationen.”'],
    ['000', 'Im Mai 2024 sagte Naryshkin, weitere Kontakte zu Burns “könnten nicht ausgeschlossen werden.”'],
    ['000', 'In dem Bemühen, Frieden zwischen Russland und der Ukraine zu stiften, führte Trump am 12. Februar ein 90-minütiges Telefongespräch mit Putin.'],
    ['000', 'SeaPRwire (https://www.seaprwire.com/) gibt diesbezüglich keine Zusicherungen oder Darstellungen ab.'],
    ['001', 'Der Direktor des russischen Auslandsgeheimdienstes (SVR), Sergej Naryschkin, habe ein Telefongespräch mit dem Chef der US-amerikanischen Central Intelligence Agency (CIA) geführt, berichtete die Agentur am 12. März 2025.'],
    ['002', 'Auf diese Weise stellen die USA „sicher, dass … es keine Fehleinschätzungen geben wird“, sagte der Beamte.'],
    ['002', '„Der Hauptzweck war, über Fragen der strategischen Stabilität zu sprechen“, sagte er.'],
    ['003', 'Seit Beginn der russischen Militäroperation in der Ukraine am 24. Februar haben sich die russische und die US-amerikanische Delegation nicht mehr getroffen.'],
    ['003', 'Das letzte persönliche Gespräch zwischen den beiden Ländern fand am 10. Januar in Genf statt, bei dem die russischen Forderungen an die USA nach Sicherheitsgarantien erörtert wurden.'],
    ['004', 'Demnach soll Russland dort derzeit zwischen 75.000 und 100.000 Soldaten zusammengezogen haben.'],
    ['004', '„Ein Telefongespräch zwischen Putin und dem US-Präsidenten ist tatsächlich für morgen Abend geplant“, sagte der Kreml-Sprecher, Dmitri Peskow.'],
  ])('%s keeps one sentence whole: %s', (seed, sentence) => {
    expect(sentencesOf(seed)).toContain(sentence);
  });

  it('splits the first paragraph of 001 into exactly its three sentences', () => {
    const first = seeds.get('001')?.find((line) => line.startsWith('Der Direktor')) ?? '';
    expect(splitSentences(first).map((s) => s.text)).toEqual([
      'Der Direktor des russischen Auslandsgeheimdienstes (SVR), Sergej Naryschkin, habe ein Telefongespräch mit dem Chef der US-amerikanischen Central Intelligence Agency (CIA) geführt, berichtete die Agentur am 12. März 2025.',
      'Während des Gesprächs erörterten die Leiter der Sonderdienste die Aussichten einer Zusammenarbeit in Fragen von gemeinsamem Interesse sowie Möglichkeiten zur Lösung von Krisensituationen in der Welt.',
      'Wie der SVR mitteilte, vereinbarten die Parteien, regelmäßige Kontakte aufrechtzuerhalten, um zur Stärkung der internationalen Stabilität beizutragen, die Sicherheit zu gewährleisten und das Ausmaß der Konfrontation zwischen Moskau und Washington zu verringern.',
    ]);
  });

  it('splits a quotation of several sentences at its inner full stops', () => {
    expect(sentencesOf('004')).toEqual(
      expect.arrayContaining([
        '„Dieser Dialog sollte auf Gegenseitigkeit beruhen und wir erwarten dies auch.',
        'Das ist das Wesen der Diplomatie“, sagte ein hochrangiger Vertreter des Weißen Hauses.',
      ]),
    );
  });

  it('gives every line the sentence count a reader gives it', () => {
    const counts = Object.fromEntries([...seeds].map(([seed, lines]) => [seed, lines.map((l) => splitSentences(l).length)]));
    expect(counts).toEqual({
      '000': [1, 1, 1, 1, 1, 1, 2, 3, 1, 1, 1, 3, 2, 2, 1, 2],
      '001': [1, 1, 1, 3, 4, 4, 1, 1, 1],
      '002': [1, 11, 1],
      // 003's long line holds an unpunctuated teaser headline ("Lawrow: … militarisieren"),
      // which stays glued to the next sentence: no punctuation, no boundary.
      '003': [1, 2, 1, 16],
      '004': [1, 1, 1, 1, 1, 1, 3, 2, 2, 3, 2, 1, 2, 1, 2, 1, 1, 2, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    });
  });

  it('splits any run of seed sentences back into the same sentences', () => {
    const pool = paragraphs.flatMap((line) => splitSentences(line).map((s) => s.text)).filter((s) => /\p{L}/u.test(s) && /[.?!][”“»«)]*$/.test(s));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 }), (sentences) => {
        expect(splitSentences(sentences.join(' ')).map((s) => s.text)).toEqual(sentences);
      }),
      { numRuns: 300 },
    );
  });
});
