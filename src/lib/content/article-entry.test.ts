import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from './types.ts';
import { articleEntryData, articleEntrySchema } from './article-entry.ts';

const source = 'Titel\n\nZwischentitel\n\nErster Absatz.\n\nnach oben';
const record: ArticleRecord = {
  slug: 'titel',
  file: 'content/articles/000_a.txt',
  metaFile: 'content/articles/000_a.meta.yaml',
  encoding: 'utf-8',
  format: 'text',
  source,
  meta: { outlet: 'RT DE', language: 'de', cleaning: { keep: [], drop: [] }, status: 'published', origin: {}, checked: [] },
  title: { value: 'Titel', source: 'text' },
  outlet: { value: 'RT DE', source: 'curated' },
  published: { value: '2022-11-14', source: 'curated' },
  language: 'de',
  cleaned: {
    title: 'Titel',
    titleSpan: { start: 0, end: 5 },
    blocks: [
      { kind: 'heading', text: 'Zwischentitel', start: 7, end: 20 },
      { kind: 'paragraph', text: 'Erster Absatz.', start: 22, end: 36 },
    ],
    removed: [{ start: 38, end: 47, text: 'nach oben', rule: 'nav-word', reason: 'Navigation' }],
  },
};

const links = { entities: ['sergey-naryshkin'], about: [], htmlKey: 'h', detailsKey: 'd' };

describe('articleEntryData', () => {
  it('takes the final slug, the first paragraph as lead, and counts the removals', () => {
    const data = articleEntryData(record, 'titel-2', links);
    expect(data.slug).toBe('titel-2');
    expect(data.lead).toBe('Erster Absatz.');
    expect(data.removedCount).toBe(1);
    expect(data.published).toEqual({ value: '2022-11-14', source: 'curated' });
    expect(data.draft).toBe(false);
  });

  it('keeps the authors the sidecar names for the byline', () => {
    expect(articleEntryData({ ...record, meta: { ...record.meta, author: ['Paul Soldan'] } }, 'titel', links).author).toEqual(['Paul Soldan']);
    expect(articleEntryData(record, 'titel', links).author).toBeUndefined();
  });

  it('marks an article whose sidecar says `status: draft`', () => {
    expect(articleEntryData({ ...record, meta: { ...record.meta, status: 'draft' } }, 'titel', links).draft).toBe(true);
  });

  it('makes an entry the collection schema accepts, and the schema refuses an entry without its cache keys', () => {
    const data = articleEntryData(record, 'titel', links);
    expect(articleEntrySchema.parse(data)).toEqual(data);
    const { htmlKey: _, ...withoutHtml } = data;
    expect(articleEntrySchema.safeParse(withoutHtml).success).toBe(false);
  });
});
