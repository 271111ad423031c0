/**
 * The remark plugin that turns citations into links before the Markdown
 * becomes HTML: `[[<claim id>]]` a numbered link to the claim's page,
 * `![[<claim id>]]` alone in a paragraph a quotation with outlet, date and
 * link, `[[@entity]]`, `[[a:<slug>]]` and `[[analysis:<slug>]]` a link named
 * after what it cites. The markup is given as hast (`data.hName`,
 * `hChildren`), so remark-rehype escapes every text like any other.
 */
import type { Element, ElementContent } from 'hast';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { uiStrings } from '../../i18n/index.ts';
import { formatIsoDate } from '../render/format-date.ts';
import { analysisPath, articlePath, claimPath, entityPath } from '../render/site-paths.ts';
import { findCitations, formatTarget } from './citation-syntax.ts';
import type { CitedClaim, ResolvedCitation } from './resolve-citations.ts';

/** What the plugin needs: the resolved citations and where the site lives. */
export interface CitationOptions {
  byTarget: ReadonlyMap<string, ResolvedCitation>;
  base: string;
  /** The site's absolute origin and base, for a quotation's `cite` address. */
  site: string;
  language: string;
  /** Filled by the plugin: each cited claim (by its current id) in order of first citation; its number is its position + 1. */
  numbered: CitedClaim[];
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const txt = (value: string): ElementContent => ({ type: 'text', value });

/** The note on a claim whose id moved or that was withdrawn, or none. */
export function citationStatus(claim: CitedClaim, language: string): string | undefined {
  const t = uiStrings(language);
  if (claim.status === 'withdrawn') return t.citationWithdrawn(claim.withdrawn && formatIsoDate(claim.withdrawn, language));
  return claim.revised ? t.citationRevised : undefined;
}

/** Replaces the citations of an analysis's tree (see the file comment). Unresolved citations stay as written: `check` has reported them. */
export function remarkCitations(options: CitationOptions) {
  const { byTarget, base, site, language, numbered } = options;
  const t = uiStrings(language);
  const numberOf = (claim: CitedClaim) => {
    let index = numbered.findIndex((c) => c.id === claim.id);
    if (index < 0) index = numbered.push(claim) - 1;
    return index + 1;
  };

  function inline(cited: ResolvedCitation): ElementContent[] {
    switch (cited.kind) {
      case 'claim': {
        const n = numberOf(cited);
        return [el('sup', { className: ['citation'] }, [el('a', { href: claimPath(base, cited.id), ariaLabel: t.citationLabel(n) }, [txt(`[${n}]`)])])];
      }
      case 'entity':
        return [el('a', { href: entityPath(base, cited.id) }, [txt(cited.name)])];
      case 'article':
        return [el('a', { href: articlePath(base, cited.article.slug) }, [txt(`${t.quoteMarks[0]}${cited.article.title}${t.quoteMarks[1]}`)]), txt(` (${cited.article.outlet})`)];
      case 'analysis':
        return [el('a', { href: analysisPath(base, t.analysesPathSegment, cited.slug) }, [txt(`${t.quoteMarks[0]}${cited.title}${t.quoteMarks[1]}`)])];
    }
  }

  function quotation(claim: CitedClaim): Element {
    const n = numberOf(claim);
    const href = claimPath(base, claim.id);
    const status = citationStatus(claim, language);
    const { article } = claim;
    const sep = () => el('span', { className: ['sep'], ariaHidden: 'true' }, [txt('·')]);
    const caption: ElementContent[] = [el('a', { href }, [txt(`[${n}] ${article?.outlet ?? t.citationLabel(n)}`)])];
    if (article?.published) caption.push(sep(), el('time', { dateTime: article.published }, [txt(formatIsoDate(article.published, language))]));
    if (status) caption.push(sep(), el('span', { className: ['citation-status'] }, [txt(status)]));
    return el('figure', { className: ['claim-quote', 'analysis-quote'] }, [
      el('blockquote', { cite: new URL(href, site).href, ...(article && { lang: article.language }) }, [el('p', {}, [txt(claim.text)])]),
      el('figcaption', { className: ['meta'] }, caption),
    ]);
  }

  return (tree: Root) => {
    // One pass in document order, so that numbers follow the reading order, quotations included.
    visit(tree, (node, index, parent) => {
      if (node.type === 'paragraph') return quoteParagraph(node);
      if (node.type !== 'text' || index === undefined || !parent) return;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const match of findCitations(node.value)) {
        const cited = match.target && byTarget.get(formatTarget(match.target));
        if (!cited) continue;
        if (match.index > at) parts.push({ type: 'text', value: node.value.slice(at, match.index) });
        for (const part of inline(cited)) {
          parts.push(part.type === 'element' ? { type: 'text', value: '', data: { hName: part.tagName, hProperties: part.properties, hChildren: part.children } } : { type: 'text', value: part.type === 'text' ? part.value : '' });
        }
        at = match.index + match.raw.length;
      }
      if (parts.length === 0) return;
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
      return index + parts.length;
    });
  };

  /** Turns a paragraph that is only `![[<claim id>]]` into the quotation (and then skips its text). */
  function quoteParagraph(paragraph: Paragraph) {
    const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined;
    const match = only?.type === 'text' ? findCitations(only.value.trim()) : [];
    const cited = match.length === 1 && match[0]!.bang && match[0]!.target ? byTarget.get(formatTarget(match[0]!.target)) : undefined;
    if (cited?.kind !== 'claim') return undefined;
    const figure = quotation(cited);
    paragraph.data = { hName: figure.tagName, hProperties: figure.properties, hChildren: figure.children };
    return SKIP;
  }
}
