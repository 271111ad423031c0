import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ROOT, seedNames } from '../../test-support/temp-project.ts';
import { findDuplicates } from './find-duplicates.ts';

async function seeds(): Promise<{ file: string; text: string }[]> {
  const names = await seedNames();
  return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(SEED_ROOT, 'content/articles', file), 'utf8') })));
}

describe('findDuplicates', () => {
  it('finds none among the seeds, though 000 and 001 report the same phone call', async () => {
    expect(findDuplicates(await seeds())).toEqual([]);
  });

  it('finds a copy that differs only in whitespace and line ends', async () => {
    const [a] = await seeds();
    const copy = { file: 'copy.txt', text: a!.text.replace(/\n/g, '\r\n').replace(/ /g, '\u00a0 ') };
    expect(findDuplicates([a!, copy])).toEqual([
      { file: 'copy.txt', index: 1, duplicateOf: a!.file, duplicateOfIndex: 0, identical: true, overlap: 1 },
    ]);
  });

  it('finds a near copy: other footer, a corrected word', async () => {
    const all = await seeds();
    const original = all[4]!;
    const edited = original.text.replace('Newsticker', 'Kommentare').replace('angeblichen', 'vermeintlichen') + '\nTeilen Sie diesen Artikel\n';
    const [dup] = findDuplicates([...all, { file: 'near.txt', text: edited }]);
    expect(dup).toMatchObject({ file: 'near.txt', duplicateOf: original.file, identical: false });
    expect(dup!.overlap).toBeGreaterThanOrEqual(0.9);
    expect(dup!.overlap).toBeLessThan(1);
  });

  it('does not call a half-rewritten text a duplicate', async () => {
    const [a] = await seeds();
    const paragraphs = a!.text.split('\n\n');
    const half = paragraphs.map((p, i) => (i % 2 ? p.split(' ').reverse().join(' ') : p)).join('\n\n');
    expect(findDuplicates([a!, { file: 'half.txt', text: half }])).toEqual([]);
  });
});
