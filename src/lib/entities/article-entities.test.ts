import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleKey, draftClaims } from '../claims/draft-claims.ts';
import type { Block } from '../clean/types.ts';
import { loadDossier } from '../content/load-dossier.ts';
import type { ArticleRecord } from '../content/types.ts';
import { SEED_ROOT } from '../../test-support/temp-project.ts';
import { aboutEvents, articleEntities } from './article-entities.ts';
import { eventsByArticle } from './article-links.ts';
import { ENTITIES_FILE, type Entity } from './entity.ts';
import { compileEntityMatcher, type EntityMatcher } from './entity-matcher.ts';
import { findMentions } from './find-mentions.ts';
import { parseEntities } from './read-entities.ts';

const block = (kind: Block['kind'], text: string): Block => ({ kind, text, start: 0, end: text.length });

let matcher: EntityMatcher;
let articles: ArticleRecord[];
let entities: Entity[];

beforeAll(async () => {
  entities = parseEntities(await readFile(join(SEED_ROOT, ENTITIES_FILE), 'utf8')).entities;
  matcher = compileEntityMatcher(entities);
  articles = (await loadDossier(SEED_ROOT)).articles;
});

/** An article's claims with made-up ids, as the loader would pass them. */
function claimsOf(article: ArticleRecord) {
  return draftClaims(article.cleaned.blocks).map((draft, i) => ({ ...draft, id: `${article.slug}#${i}` }));
}

describe('articleEntities', () => {
  it('records the entities per claim, and for the article those of its subheadings too', () => {
    const blocks = [block('paragraph', 'Putin telefonierte. Das Wetter war gut.'), block('heading', 'Moskau fordert Garantien')];
    const claims = [
      { id: 'c1', block: 0, text: 'Putin telefonierte.' },
      { id: 'c2', block: 0, text: 'Das Wetter war gut.' },
    ];
    expect(articleEntities(matcher, blocks, claims)).toEqual({ entities: ['vladimir-putin', 'moscow'], claimEntities: { c1: ['vladimir-putin'] } });
  });

  it('lists an entity once per claim, in order of first mention', () => {
    const claims = [{ id: 'c1', block: 0, text: 'Naryschkin, Burns und Sergey Naryshkin.' }];
    expect(articleEntities(matcher, [block('paragraph', claims[0]!.text)], claims).claimEntities).toEqual({ c1: ['sergey-naryshkin', 'william-burns'] });
  });
});

describe('the seeds with the curated registry', () => {
  it('find Naryshkin, however spelt, in the four articles about him', () => {
    const naming = articles.filter((a) => articleEntities(matcher, a.cleaned.blocks, claimsOf(a)).entities.includes('sergey-naryshkin'));
    expect(naming.map((a) => a.file.slice(-24, -21)).sort()).toEqual(['000', '001', '002', '003']);
  });

  it('credit titles to the person only where the article names them: SVR-Direktor and Chef des SVR in 000', () => {
    const article = articles.find((a) => a.file.includes('/000_'))!;
    const claims = claimsOf(article);
    const { claimEntities } = articleEntities(matcher, article.cleaned.blocks, claims);
    const byText = (start: string) => claimEntities[claims.find((c) => c.text.startsWith(start))!.id];
    expect(byText('Im Jahr 2023 sprach der Chef des SVR')).toEqual(['sergey-naryshkin', 'cia', 'william-burns']);
    expect(byText('Während des Gesprächs')).toContain('sergey-naryshkin');
  });

  it('find each call in the articles about it: by the title naming it, or by the registry linking them', () => {
    const events = new Set(entities.filter((e) => e.type === 'event').map((e) => e.id));
    const linked = eventsByArticle(entities);
    const about = Object.fromEntries(
      articles.map((a) => [a.file.slice(17, 20), aboutEvents(matcher, events, a.title.value, linked.get(articleKey(a.file)) ?? [])]),
    );
    expect(about).toEqual({
      // „Russischer Geheimdienstchef telefoniert mit CIA-Chef“, „Naryshkin führte ein Telefongespräch mit dem Chef der CIA“.
      '000': ['naryshkin-ratcliffe-call-2025'],
      '001': ['naryshkin-ratcliffe-call-2025'],
      '002': [],
      // „Medien: Russland und USA führen Gespräche in Ankara“: the alias `Gespräche in Ankara`.
      '003': ['ankara-meeting-2022'],
      // „Spannungen um die Ukraine: Telefonat zwischen Putin und Biden für Donnerstag geplant“: an event, and no person, from the title.
      '004': ['putin-biden-call-2021'],
    });
  });

  it('never take a mention from a line the cleaner removed: the photo caption naming Putin in 004 is no claim', () => {
    const article = articles.find((a) => a.file.includes('/004_'))!;
    const caption = article.cleaned.removed.find((r) => r.text.includes('Symbolbild'));
    expect(caption?.text).toContain('Russlands Präsident Wladimir Putin am Telefon (Symbolbild)');
    const claims = claimsOf(article);
    const { claimEntities } = articleEntities(matcher, article.cleaned.blocks, claims);
    const naming = claims.filter((c) => claimEntities[c.id]?.includes('vladimir-putin'));
    expect(naming.length).toBeGreaterThan(0);
    for (const claim of naming) expect(claim.text).not.toContain('Symbolbild');
  });

  it('link every article to at least five entities', () => {
    for (const article of articles) expect(articleEntities(matcher, article.cleaned.blocks, claimsOf(article)).entities.length).toBeGreaterThan(5);
  });

  it('are matched fast enough for a dossier of 100,000 sentences', () => {
    const documents = articles.map((a) => claimsOf(a).map((c) => c.text));
    const corpus: string[][] = [];
    for (let n = 0; n < 100_000; n += documents[corpus.length % documents.length]!.length) corpus.push(documents[corpus.length % documents.length]!);
    const start = performance.now();
    for (const document of corpus) findMentions(matcher, document);
    // About a second on a busy two-core machine; the bound only catches a matcher gone quadratic.
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});
