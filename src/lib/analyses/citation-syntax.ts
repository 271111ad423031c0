/**
 * The citation syntax of analyses: `[[c1as0hqe6x5]]` cites a claim,
 * `[[@sergey-naryshkin]]` an entity, `[[a:<slug>]]` an article and
 * `[[analysis:<slug>]]` another analysis. A `!` before a claim citation
 * standing alone in its paragraph (`![[c1as0hqe6x5]]`) transcludes the
 * sentence as a quotation with its outlet and date.
 */
import { isClaimId } from '../claims/claim-ids.ts';

/** What a citation points at. */
export type CitationTarget =
  | { kind: 'claim'; id: string }
  | { kind: 'entity'; id: string }
  | { kind: 'article'; slug: string }
  | { kind: 'analysis'; slug: string };

/** One `[[…]]` in a text, where it is, and what it cites (none when the syntax is unknown). */
export interface CitationMatch {
  raw: string;
  target: CitationTarget | undefined;
  /** Written with a leading `!`: the block form. */
  bang: boolean;
  /** Offset of the match in the text searched. */
  index: number;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Brackets that hold no bracket or line break: `[[a [[b]]` matches `[[b]]` alone. */
const CITATION = /(!?)\[\[([^[\]\n]*)\]\]/g;

/** The target of the inside of `[[…]]`, or undefined when it is no citation syntax Dossier knows. */
export function parseCitationTarget(inner: string): CitationTarget | undefined {
  const text = inner.trim();
  if (isClaimId(text)) return { kind: 'claim', id: text };
  if (text.startsWith('@') && SLUG.test(text.slice(1))) return { kind: 'entity', id: text.slice(1) };
  if (text.startsWith('a:') && SLUG.test(text.slice(2))) return { kind: 'article', slug: text.slice(2) };
  if (text.startsWith('analysis:') && SLUG.test(text.slice(9))) return { kind: 'analysis', slug: text.slice(9) };
  return undefined;
}

/** Every `[[…]]` in `text`, in order. */
export function findCitations(text: string): CitationMatch[] {
  return [...text.matchAll(CITATION)].map((m) => ({ raw: m[0], target: parseCitationTarget(m[2] ?? ''), bang: m[1] === '!', index: m.index }));
}

/** A target as the curator writes it, for messages: `[[@svr]]`. */
export function formatTarget(target: CitationTarget): string {
  switch (target.kind) {
    case 'claim':
      return `[[${target.id}]]`;
    case 'entity':
      return `[[@${target.id}]]`;
    case 'article':
      return `[[a:${target.slug}]]`;
    case 'analysis':
      return `[[analysis:${target.slug}]]`;
  }
}
