/**
 * `npx tsx scripts/eval-cross-links-control.ts <pages dir>`: a control for
 * the cross-linking thresholds, which are tuned on the labelled mixed
 * dossier. It links a folder of pages that tell different stories (the
 * 352 development pages of ../shared/eval/boilerplate-dev: blogs, shops,
 * clubs, authorities, news on many topics), cleaned by the text path, each
 * page its own outlet, dated by what its text states. Almost no two of them
 * report the same fact, so almost every link it prints is false: read them.
 * Prints the number of corroborated pairs and related pairs, and each one.
 */
import { draftClaims } from '../src/lib/claims/draft-claims.ts';
import { cleanArticle } from '../src/lib/clean/clean-article.ts';
import { extractPublicationDate } from '../src/lib/dates/publication-date.ts';
import { crossLink, type CrossLinkArticle } from '../src/lib/links/cross-link.ts';
import { loadPages } from './eval-pages.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx scripts/eval-cross-links-control.ts <pages dir>');
const pages = loadPages(dir);
const articles: CrossLinkArticle[] = pages.map((page) => {
  const cleaned = cleanArticle(page.text, { language: 'de' });
  return {
    slug: page.name,
    outlet: new URL(page.labels.url).hostname,
    title: cleaned.title,
    published: extractPublicationDate(page.text)?.iso,
    claims: draftClaims(cleaned.blocks).map((c, i) => ({ id: `${page.name}#${i}`, text: c.text, block: c.block })),
  };
});
const links = crossLink(articles);
const text = new Map(articles.flatMap((a) => a.claims.map((c) => [c.id, c.text])));
const pairs = new Map<string, number>();
for (const [id, { corroboration }] of links.claims) {
  for (const r of corroboration.reports) pairs.set([id, r.claim].sort().join('  ~  '), r.confidence);
}
const related = new Map<string, number>();
for (const [slug, list] of links.related) for (const r of list) related.set([slug, r.slug].sort().join('  ~  '), r.score);
console.log(`${articles.length} pages, ${text.size} claims: ${pairs.size} corroborated pairs, ${related.size} related pairs`);
for (const [pair, confidence] of pairs) {
  const [a, b] = pair.split('  ~  ');
  console.log(`corroborated ${confidence}  ${a}: ${text.get(a!)}\n                  ${b}: ${text.get(b!)}`);
}
for (const [pair, score] of related) console.log(`related ${score}  ${pair}`);
const undated = new Set(articles.filter((a) => !a.published).map((a) => a.slug));
const pageOf = (id: string) => id.split('#')[0]!;
const withUndated = [...pairs.keys()].filter((p) => p.split('  ~  ').some((id) => undated.has(pageOf(id)))).length;
console.log(`${undated.size} pages state no date; ${withUndated} of the ${pairs.size} corroborated pairs involve one`);
