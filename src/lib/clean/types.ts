/**
 * Shapes shared by the cleaner, the content loader, the CLI and the pages.
 * Offsets are UTF-16 indices into the decoded source text (the string the
 * cleaner was given), so `source.slice(start, end)` is always the raw span.
 */
import type { OutletLines } from './outlet-repeats.ts';

/** A half-open range `[start, end)` into the decoded source text. */
export interface Span {
  start: number;
  end: number;
}

/** A block of reading text: a paragraph, a subheading, a list item or a quoted passage. */
export interface Block extends Span {
  kind: 'paragraph' | 'heading' | 'item' | 'quote';
  /** The kept text, whitespace normalised (NBSP → space, runs collapsed). */
  text: string;
}

/** A span the cleaner removed, with the rule that removed it and why. */
export interface Removal extends Span {
  /** The raw text removed, exactly `source.slice(start, end)`. */
  text: string;
  /** Stable rule id, e.g. `nav-word`, `photo-credit`, `glued-teaser`, or a curator rule id. */
  rule: string;
  /** Human-readable reason, in the dossier's language. */
  reason: string;
}

/** The cleaner's output for one article. */
export interface CleanedArticle {
  title: string;
  /** Where the title stands in the source. */
  titleSpan: Span;
  blocks: Block[];
  /** Removed spans, sorted by `start`, never overlapping. */
  removed: Removal[];
}

/** A curator-written boilerplate rule (validated from `content/boilerplate.yaml`). */
export interface BoilerplateRule {
  id: string;
  /** A JavaScript regular expression source, matched case-sensitively unless `flags` says otherwise. */
  pattern: string;
  flags?: string;
  /** `line`: drop whole lines that match; `inline`: drop only the matched text. */
  scope: 'line' | 'inline';
  reason: string;
  /** Restrict the rule to articles of these outlets (names as in the sidecar metadata). */
  outlets?: string[];
}

/** Per-article corrections the curator writes in the sidecar metadata. */
export interface CleaningOverrides {
  /** Lines (exact text after whitespace normalisation, or a substring of one) to keep although a rule dropped them. */
  keep: string[];
  /** Lines (exact text or a substring) to drop although the cleaner kept them. */
  drop: string[];
}

/** Everything the cleaner needs besides the text itself. */
export interface CleanOptions {
  rules?: BoilerplateRule[];
  overrides?: CleaningOverrides;
  /** The outlet of this article, to apply outlet-specific rules. */
  outlet?: string;
  /** BCP 47 language of the article (default `de`): picks the reasons' language and the expected script. */
  language?: string;
  /**
   * Line counts over all articles of this article's outlet, this one
   * included (see `countOutletLines`). Lines that recur across them are
   * treated as outlet furniture (navigation, footers).
   */
  outletLines?: OutletLines;
}
