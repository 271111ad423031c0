/**
 * The timeline the build would make of the seeds and of the development
 * pages taken as one dossier (each page cleaned from its copied text, dated
 * from it): how many claims are dated, how many entries, and every entry
 * that groups several reports, to read whether they are one event.
 *
 *   npx tsx scripts/eval-timeline.ts [/work/eval/pages] [--merged]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/lib/clean/clean-article.ts';
import { draftClaims } from '../src/lib/claims/draft-claims.ts';
import { loadDossier } from '../src/lib/content/load-dossier.ts';
import { extractPublicationDate } from '../src/lib/dates/publication-date.ts';
import { crossLink, type CrossLinkArticle } from '../src/lib/links/cross-link.ts';
import { timelineEntries } from '../src/lib/timeline/build-timeline.ts';
import { SEED_ROOT } from '../src/test-support/temp-project.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/eval/pages';
const showMerged = args.includes('--merged');

const claimsOf = (slug: string, blocks: Parameters<typeof draftClaims>[0]) =>
  draftClaims(blocks).map((c, i) => ({ id: `${slug}.${i}`, text: c.text, block: c.block }));

function report(name: string, articles: CrossLinkArticle[]): void {
  const links = crossLink(articles);
  const linked = articles.map((a) => ({ ...a, claims: a.claims.map((c) => ({ ...c, ...links.claims.get(c.id)! })) }));
  const claims = linked.flatMap((a) => a.claims);
  const dated = claims.filter((c) => c.dates.length > 0);
  const entries = timelineEntries(linked);
  const merged = entries.filter((e) => e.sources.length > 1);
  const expressions = dated.reduce((n, c) => n + c.dates.length, 0);
  console.log(`${name}: ${claims.length} claims, ${dated.length} dated (${expressions} dates), ${entries.length} entries, ${merged.length} with several reports`);
  if (!showMerged) return;
  for (const entry of merged) {
    console.log(`  ${entry.date.start} ${entry.precision}`);
    for (const s of entry.sources) console.log(`    ${s.claim} [${s.words}] ${s.text.slice(0, 160)}`);
  }
}

const seeds = (await loadDossier(SEED_ROOT)).articles.map((a) => {
  const slug = a.file.slice(17, 20);
  return { slug, outlet: a.outlet.value, title: a.title.value, published: a.published?.value, claims: claimsOf(slug, a.cleaned.blocks) };
});
report('seeds', seeds);

const pages = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((name) => {
  const text = readFileSync(join(dir, name), 'utf8');
  const slug = name.slice(0, -4);
  return { slug, outlet: slug, title: slug, published: extractPublicationDate(text)?.iso, claims: claimsOf(slug, cleanArticle(text).blocks) };
});
report('pages', pages);
