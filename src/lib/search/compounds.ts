/**
 * German compounds against the dossier's own words: `Hackerangriff` is
 * found where the text has `Hacker-Angriff` or `Angriff von Hackern`, and
 * `Corona Krise` where it has `Coronakrise`. No dictionary: a compound is
 * split only where both parts are words of the dossier, and parts are
 * joined only into a compound the dossier has.
 */
import { stem } from './normalize.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Linking elements between the parts (`Finanzierung·s·form`,
 * `Tarif·vertrag`, `Familie·n·psychologin`), the empty one first.
 */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'] as const;
/** Parts shorter than this are too often a syllable of some other word (`an`, `be`, `ge`). */
const MIN_PART = 3;
/** Compounds found by their head: enough for a query word, few enough to fetch quickly. */
const MAX_WITH_HEAD = 8;

/** A compound taken apart: the index terms of its modifier and its head. */
export type CompoundParts = [modifier: string, head: string];

/** The modifier's index term, when `left` (a compound's front up to its head) is a word of the dossier with or without a linking element. */
function modifierTerm(left: string, vocabulary: Vocabulary): string | undefined {
  for (const link of LINKS) {
    if (!left.endsWith(link)) continue;
    const word = left.slice(0, left.length - link.length);
    if (word.length >= MIN_PART && vocabulary.hasStem(stem(word))) return stem(word);
  }
  return undefined;
}

/**
 * The ways to split the folded word `word` into two words of the dossier
 * (`coronakrise` → `corona` + `kris`), longest head first.
 */
export function splitCompound(word: string, vocabulary: Vocabulary): CompoundParts[] {
  const splits: CompoundParts[] = [];
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = stem(word.slice(i));
    if (!vocabulary.hasStem(head)) continue;
    const modifier = modifierTerm(word.slice(0, i), vocabulary);
    if (modifier && modifier !== head) splits.push([modifier, head]);
  }
  return splits;
}

/** The index term of the dossier's compound of two folded words written apart (`corona`, `krise` → `coronakris`), if it has one. */
export function joinedCompound(modifier: string, head: string, vocabulary: Vocabulary): string | undefined {
  if (modifier.length < MIN_PART || head.length < MIN_PART) return undefined;
  for (const link of LINKS) {
    const term = stem(modifier + link + head);
    if (vocabulary.hasStem(term)) return term;
  }
  return undefined;
}

/**
 * Index terms of the dossier's compounds whose head is the index term
 * `term` and whose modifier is a word of the dossier too: `kris` finds
 * `coronakrise`, and `zug` does not find `bezug`.
 */
export function compoundsWithHead(term: string, vocabulary: Vocabulary): string[] {
  const found = new Set<string>();
  for (const word of vocabulary.wordsContaining(term)) {
    if (word.length < term.length + MIN_PART) continue;
    const at = word.lastIndexOf(term);
    if (at < MIN_PART || stem(word.slice(at)) !== term || !modifierTerm(word.slice(0, at), vocabulary)) continue;
    found.add(stem(word));
    if (found.size === MAX_WITH_HEAD) break;
  }
  return [...found];
}
