/**
 * Reads an analysis's Markdown without rendering it: every citation with its
 * line and the paragraph around it, and every problem of form, each with its
 * line. `dossier check`, the backlinks and the page all start from here.
 *
 * Raw HTML is rejected, not escaped: a curator who writes `<b>` means markup
 * and would be surprised to see the tag printed; the error says to use
 * Markdown instead. The renderer drops raw HTML as well (remark-rehype's
 * default), so a page built past the check still cannot carry a script.
 */
import type { Paragraph, Root, Text } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { DossierProblem } from '../content/types.ts';
import { findCitations, type CitationTarget } from './citation-syntax.ts';

/** One citation in an analysis. */
export interface CitationUse {
  target: CitationTarget;
  /** The transcluded form (`![[id]]` alone in its paragraph). */
  block: boolean;
  /** 1-based line in the file. */
  line: number;
  /** The paragraph's text without its citations: what the claim is cited for, to find the claim meant when an id is wrong. */
  context: string;
}

/** What an analysis's Markdown cites, and what is wrong with it. */
export interface ScannedAnalysis {
  tree: Root;
  citations: CitationUse[];
  problems: DossierProblem[];
}

/** Links go to the web or into the dossier; `javascript:` and `data:` URLs could run script. */
const SAFE_URL = /^(?:https?:|mailto:|[/#?.]|[^:/?#]*(?:[/?#]|$))/i;

/** Whether a link or image address is safe to publish. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/** Parses `body`, the Markdown of `file` from line `bodyLine` on. */
export function scanAnalysis(file: string, body: string, bodyLine: number): ScannedAnalysis {
  const tree = unified().use(remarkParse).parse(body);
  const citations: CitationUse[] = [];
  const problems: DossierProblem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => (node.position?.start.line ?? 1) + bodyLine - 1;
  const problem = (line: number, message: string, fix: string) =>
    problems.push({ file, severity: 'error', code: 'bad-analysis', message: `Line ${line}: ${message}`, fix });

  visit(tree, (node, _index, parent) => {
    if (node.type === 'html') {
      problem(lineOf(node), `raw HTML \`${clip(node.value)}\` is not allowed in an analysis.`, 'Write it in Markdown (e.g. **bold**, [link](https://…)); to show a tag as text, put it in backticks.');
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      problem(lineOf(node), `the address \`${clip(node.url)}\` is not a web address.`, 'Link to an https:// address or a page of the dossier.');
    } else if (node.type === 'text') {
      scanText(node, parent?.type === 'paragraph' ? (parent as Paragraph) : undefined);
    }
  });

  function scanText(node: Text, paragraph: Paragraph | undefined) {
    const context = paragraph ? paragraphText(paragraph) : node.value;
    const alone = paragraph?.children.length === 1 && node.value.trim().match(/^!\[\[[^[\]\n]*\]\]$/) !== null;
    for (const match of findCitations(node.value)) {
      const line = lineOf(node) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
      if (!match.target) {
        problem(line, `\`${match.raw}\` is no citation.`, 'Cite a claim as [[c1as0hqe6x5]], an entity as [[@sergey-naryshkin]], an article as [[a:<slug>]] or an analysis as [[analysis:<slug>]]; to show brackets as text, put them in backticks.');
      } else if (match.bang && !alone) {
        problem(line, `the quotation \`${match.raw}\` must stand alone in its paragraph.`, `Put \`${match.raw}\` on a line of its own with a blank line before and after, or write \`${match.raw.slice(1)}\` for a numbered citation.`);
      } else if (match.bang && match.target.kind !== 'claim') {
        problem(line, `only a claim can be quoted; \`${match.raw}\` cites no claim.`, `Write \`${match.raw.slice(1)}\` (without the !) to link it.`);
      } else {
        citations.push({ target: match.target, block: match.bang, line, context });
      }
    }
  }

  return { tree, citations, problems };
}

function paragraphText(paragraph: Paragraph): string {
  let text = '';
  visit(paragraph, 'text', (t) => void (text += t.value));
  return text.replace(/!?\[\[[^[\]\n]*\]\]/g, ' ').replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
