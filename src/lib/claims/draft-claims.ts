/**
 * The claims of one article: every sentence of every paragraph of the
 * cleaned text. Subheadings are navigation, not statements, so they carry no
 * claims.
 */
import type { Block } from '../clean/types.ts';
import { splitSentences } from './split-sentences.ts';

/** A sentence of the reading text, before it has an id. */
export interface ClaimDraft {
  /** Index of the block (paragraph) in the cleaned article. */
  block: number;
  /** Offsets of the sentence in the block's text. */
  start: number;
  end: number;
  text: string;
}

/** The claims of an article's cleaned blocks, in reading order. */
export function draftClaims(blocks: readonly Block[], language = 'de'): ClaimDraft[] {
  return blocks.flatMap((block, index) =>
    block.kind !== 'heading' ? splitSentences(block.text, language).map((s) => ({ block: index, ...s })) : [],
  );
}

/** The stable key of an article for claim ids: its raw file's name without `.txt` (or `.html`), which never changes with edits. */
export function articleKey(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.(?:txt|html?)$/i, '');
}
