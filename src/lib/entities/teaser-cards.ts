/**
 * Teaser cards a cleaned article still holds: a run of short headings, each
 * with at most one short paragraph under it (`Doppelherz: E-Transporter mit
 * Range Extender` and its two-sentence standfirst, then the next card). They
 * announce other articles, so the names in them say little about this one.
 *
 * The cleaner keeps them: on the 352 development pages such runs stand in
 * 120 cleaned texts, and dropping them would remove 29 labelled strings of
 * main text for 16 of boilerplate (4 for 3 where only the runs after the
 * last paragraph of 20 words or more go): articles of short questions and
 * answers, recipes and listings have the same shape, and the text path's
 * keep-recall (0.953) has no such margin. Counting their names once per
 * article costs such an article little.
 */
import type { Block } from '../clean/types.ts';

/** Cards in a row that make a teaser list: two are a subheading's section and the next, three a pattern. */
const MIN_CARDS = 3;

/**
 * Words a card's paragraph has at most: the standfirsts of the development
 * set's teaser lists have 20–26 words on average, a section of running text
 * under a subheading 85 or more.
 */
const MAX_STANDFIRST_WORDS = 45;

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** Words a headline written as a question or exclamation has at most (`Wie sicher ist die E-Ladesäule?`): the cleaner keeps it as a paragraph. */
const MAX_QUESTION_WORDS = 8;

/** A subheading, or a short question or exclamation standing alone, as teasers head their cards. */
function headlike(block: Block | undefined): boolean {
  if (!block) return false;
  return block.kind === 'heading' || (block.kind === 'paragraph' && /[?!]$/u.test(block.text) && wordCount(block.text) <= MAX_QUESTION_WORDS);
}

/** Indices of the blocks that belong to a run of teaser cards. */
export function teaserCardBlocks(blocks: readonly Block[]): Set<number> {
  const inCards = new Set<number>();
  let run: number[] = [];
  let cards = 0;
  const flush = () => {
    if (cards >= MIN_CARDS) for (const i of run) inCards.add(i);
    run = [];
    cards = 0;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (!headlike(blocks[i])) {
      flush();
      continue;
    }
    const next = blocks[i + 1];
    // A heading with one paragraph under it, and then the next heading or the end: a card. Two paragraphs make a section.
    const standfirst = next?.kind === 'paragraph' && !headlike(next) && wordCount(next.text) <= MAX_STANDFIRST_WORDS
      && (i + 2 >= blocks.length || headlike(blocks[i + 2]));
    if (next && !headlike(next) && !standfirst) {
      flush();
      continue;
    }
    cards++;
    run.push(i);
    if (standfirst) {
      run.push(i + 1);
      i++;
    }
  }
  flush();
  return inCards;
}
