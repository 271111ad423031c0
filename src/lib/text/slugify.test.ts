import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify, uniqueSlugs } from './slugify.ts';

describe('slugify', () => {
  it('transliterates German the German way', () => {
    expect(slugify('Medien: Russland und USA führen Gespräche in Ankara')).toBe('medien-russland-und-usa-fuehren-gespraeche-in-ankara');
    expect(slugify('Äußerst Öde Übung')).toBe('aeusserst-oede-uebung');
  });

  it('strips other diacritics and transliterates Cyrillic', () => {
    expect(slugify('Çağlayan, São Paulo, Kraków, Naïve')).toBe('caglayan-sao-paulo-krakow-naive');
    expect(slugify('Заголовок открываемого материала')).toBe('zagolovok-otkryvaemogo-materiala');
    expect(slugify('Нарышкин и Щукин')).toBe('naryshkin-i-shchukin');
  });

  it('collapses punctuation and trims dashes', () => {
    expect(slugify('  „Fehlkalkulationen“ – vermeiden!!  ')).toBe('fehlkalkulationen-vermeiden');
    expect(slugify('CIA-Chef: 30-tägiger Waffenstillstand')).toBe('cia-chef-30-taegiger-waffenstillstand');
  });

  it('cuts long titles at a word boundary', () => {
    const title =
      'Top-Spione beider Seiten trafen sich, um über die Vermeidung von „Fehlkalkulationen“ zu diskutieren, sagte der Sprecher des US National Security Council';
    const slug = slugify(title);
    expect(slug).toBe('top-spione-beider-seiten-trafen-sich-um-ueber-die-vermeidung-von');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slugify('x'.repeat(100))).toHaveLength(MAX_SLUG_LENGTH);
  });

  it('returns an empty slug when nothing is transliterable', () => {
    expect(slugify('!!! — ???')).toBe('');
  });

  it('always yields a lowercase ASCII slug of at most 80 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
    );
  });
});

describe('uniqueSlugs', () => {
  it('suffixes collisions in file name order, whatever the input order', () => {
    const requests = [
      { file: 'content/articles/002_b.txt', slug: 'telefonat' },
      { file: 'content/articles/000_a.txt', slug: 'telefonat' },
      { file: 'content/articles/001_c.txt', slug: 'telefonat' },
      { file: 'content/articles/003_d.txt', slug: 'anderes' },
    ];
    expect(uniqueSlugs(requests)).toEqual(['telefonat-3', 'telefonat', 'telefonat-2', 'anderes']);
  });

  it('keeps pinned slugs and moves derived ones out of their way', () => {
    expect(
      uniqueSlugs([
        { file: 'a.txt', slug: 'telefonat' },
        { file: 'b.txt', slug: 'telefonat', pinned: true },
        { file: 'c.txt', slug: 'telefonat-2' },
        { file: 'd.txt', slug: 'telefonat' },
      ]),
    ).toEqual(['telefonat-3', 'telefonat', 'telefonat-2', 'telefonat-4']);
  });
});
