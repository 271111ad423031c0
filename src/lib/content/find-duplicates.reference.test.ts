import { describe, expect, it } from 'vitest';
import { syntheticDossier } from '../../../scripts/synthetic-dossier.ts';
import { findDuplicates, NEAR_DUPLICATE_OVERLAP, type Duplicate, type TextEntry } from './find-duplicates.ts';

/** The definition, written plainly: every entry against every earlier one. */
function referenceDuplicates(entries: readonly TextEntry[]): Duplicate[] {
  const normalised = entries.map((e) => e.text.replace(/[\s\u00a0]+/g, ' ').trim());
  const shingles = normalised.map((text) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const set = new Set<string>();
    for (let i = 0; i + 5 <= words.length; i++) set.add(words.slice(i, i + 5).join(' '));
    return set;
  });
  const found: Duplicate[] = [];
  entries.forEach((entry, index) => {
    const same = normalised.findIndex((text, j) => j < index && text === normalised[index]);
    let best: { index: number; overlap: number; first: number } | undefined;
    if (same < 0) {
      const own = [...shingles[index]!];
      for (let other = 0; other < index; other++) {
        const theirs = shingles[other]!;
        if (Math.min(own.length, theirs.size) < 20) continue;
        const shared = own.flatMap((s, position) => (theirs.has(s) ? [position] : []));
        const overlap = shared.length / Math.max(own.length, theirs.size);
        const first = shared[0] ?? Infinity;
        // Ties: the earlier text met first when reading this one's shingles in order.
        if (overlap >= NEAR_DUPLICATE_OVERLAP && (!best || overlap > best.overlap || (overlap === best.overlap && first < best.first))) {
          best = { index: other, overlap, first };
        }
      }
    }
    const near = same >= 0 ? { index: same, overlap: 1 } : best;
    if (near) {
      found.push({ file: entry.file, index, duplicateOf: entries[near.index]!.file, duplicateOfIndex: near.index, identical: same >= 0, overlap: near.overlap });
    }
  });
  return found;
}

describe('findDuplicates on a synthetic dossier', () => {
  it('finds exactly what comparing every pair finds: copies, near copies, copies of copies, cut texts', () => {
    const articles = syntheticDossier(300, 7).articles;
    const entries: TextEntry[] = articles.map((a) => ({ file: a.file, text: a.text }));
    articles.forEach((a, i) => {
      if (i % 9 === 0) entries.push({ file: `copy-${i}.txt`, text: a.text.replace(/ /g, '\u00a0 ') });
      if (i % 7 === 0) {
        const words = a.text.split(' ');
        words[words.length >> 1] = 'Korrektur';
        entries.push({ file: `near-${i}.txt`, text: `${words.join(' ')}\nTeilen Sie diesen Artikel\n` });
        entries.push({ file: `near-again-${i}.txt`, text: `${words.join(' ')}\nMehr zum Thema\n` });
      }
      if (i % 11 === 0) entries.push({ file: `cut-${i}.txt`, text: a.text.slice(0, Math.round(a.text.length * (0.85 + (i % 3) * 0.05))) });
    });
    const found = findDuplicates(entries);
    expect(found.length).toBeGreaterThan(100);
    expect(found.some((d) => !d.identical && d.overlap < 1)).toBe(true);
    expect(found).toEqual(referenceDuplicates(entries));
  });
});
