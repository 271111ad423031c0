/**
 * What each citation of an analysis stands for in this build. The claim
 * ledger keeps citations honest: an id that moved shows today's wording and
 * says it was revised; a withdrawn id shows its last wording and is a
 * warning; an unknown id is an error that lists the nearest claims.
 */
import { resolveClaimId, type Ledger } from '../claims/claim-ledger.ts';
import type { DossierProblem } from '../content/types.ts';
import { formatTarget } from './citation-syntax.ts';
import { nearestClaims } from './nearest-claims.ts';
import type { CitationUse } from './scan-analysis.ts';

/** An article as a citation shows it. */
export interface CitedArticle {
  slug: string;
  title: string;
  outlet: string;
  published?: string | undefined;
  language: string;
}

/** Everything a citation may point at in this build. */
export interface CitationIndex {
  ledger: Ledger;
  /** Articles by ledger key (the raw file name without extension). */
  articleByKey: ReadonlyMap<string, CitedArticle>;
  articleBySlug: ReadonlyMap<string, CitedArticle>;
  /** Former slugs of renamed articles, to the slug they have now (see the address ledger). */
  renamedTo?: ReadonlyMap<string, string> | undefined;
  entityNames: ReadonlyMap<string, string>;
  analysisTitles: ReadonlyMap<string, string>;
}

/** A cited claim as the page shows it. */
export interface CitedClaim {
  kind: 'claim';
  /** The id the curator wrote. */
  cited: string;
  /** The id that carries the claim today (the cited one unless it moved), or where its trail ends: the page every link to it leads to. */
  id: string;
  /** Today's wording, or the last one of a withdrawn claim. */
  text: string;
  /** The cited id moved to a revised sentence. */
  revised: boolean;
  /** `withdrawn`: no longer in its article (the text is the last one published). */
  status: 'live' | 'withdrawn';
  /** Build date the claim was withdrawn on, when known. */
  withdrawn?: string | undefined;
  article?: CitedArticle | undefined;
}

/** What a citation resolves to. */
export type ResolvedCitation =
  | CitedClaim
  | { kind: 'entity'; id: string; name: string }
  | { kind: 'article'; article: CitedArticle }
  | { kind: 'analysis'; slug: string; title: string };

/** The citations of one analysis, by their written form, and the problems found. */
export interface ResolvedCitations {
  byTarget: Map<string, ResolvedCitation>;
  problems: DossierProblem[];
}

const quote = (text: string) => `„${text.length > 80 ? `${text.slice(0, 79)}…` : text}“`;

/** Resolves every citation `file` makes; each unknown or withdrawn target is reported at each line citing it. */
export function resolveCitations(file: string, uses: readonly CitationUse[], index: CitationIndex): ResolvedCitations {
  const byTarget = new Map<string, ResolvedCitation>();
  const problems: DossierProblem[] = [];
  const error = (line: number, message: string, fix: string, severity: DossierProblem['severity'] = 'error', code = severity === 'error' ? 'bad-citation' : 'citation-withdrawn') =>
    problems.push({ file, severity, code, message: `Line ${line}: ${message}`, fix });

  for (const use of uses) {
    const { target, line } = use;
    const written = formatTarget(target);
    if (target.kind === 'claim') {
      const found = resolveClaimId(index.ledger, target.id);
      if (!found) {
        const near = nearestClaims(index.ledger, target.id, use.context);
        const list = near.map((c) => `${c.id} ${quote(c.text)}`).join('; ');
        error(line, `the claim ${target.id} is not in content/claims.ledger.json.${list ? ` Nearest: ${list}.` : ''}`, near[0] ? `Cite the claim you mean, e.g. [[${near[0].id}]]; \`npx dossier claims\` lists every id.` : 'Cite an id that `npx dossier claims` lists.');
        continue;
      }
      const isWithdrawn = found.entry.status === 'withdrawn';
      if (isWithdrawn) {
        error(line, `the claim ${target.id} was withdrawn${found.entry.withdrawn ? ` on ${found.entry.withdrawn}` : ''}; the analysis shows its last wording ${quote(found.entry.text)} as withdrawn.`, 'Cite the sentence that replaces it, if any, or say in the analysis that the outlet withdrew it.', 'warning');
      }
      byTarget.set(written, {
        kind: 'claim',
        cited: target.id,
        id: found.id,
        text: found.entry.text,
        revised: found.id !== target.id,
        status: isWithdrawn ? 'withdrawn' : 'live',
        withdrawn: found.entry.withdrawn,
        article: index.articleByKey.get(found.entry.article),
      });
    } else if (target.kind === 'entity') {
      const name = index.entityNames.get(target.id);
      if (name === undefined) error(line, `no entity has the id \`${target.id}\` in content/entities.yaml.`, 'Cite an id of content/entities.yaml (`id:` of the entry), e.g. [[@sergey-naryshkin]].');
      else byTarget.set(written, { kind: 'entity', id: target.id, name });
    } else if (target.kind === 'article') {
      // A former address leads to the article, as its page does; check says where it is now.
      const now = index.renamedTo?.get(target.slug);
      const article = index.articleBySlug.get(now ?? target.slug);
      if (!article) error(line, `no article has the slug \`${target.slug}\`.`, 'Cite the slug of its address: [[a:<slug>]] for /articles/<slug>/.');
      else byTarget.set(written, { kind: 'article', article });
      if (article && now) error(line, `the article \`${target.slug}\` was renamed; the citation leads to its address now, \`${now}\`.`, `Cite it as [[a:${now}]].`, 'warning', 'citation-renamed');
    } else {
      const title = index.analysisTitles.get(target.slug);
      if (title === undefined) error(line, `there is no analysis content/analyses/${target.slug}.md.`, 'Cite the file name of an analysis without `.md`, e.g. [[analysis:kontakte-der-dienste]].');
      else byTarget.set(written, { kind: 'analysis', slug: target.slug, title });
    }
  }
  return { byTarget, problems };
}
