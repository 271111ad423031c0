/**
 * Names in the articles that no entity covers, for `dossier check`. German
 * capitalises every noun, so a capital letter alone says little; a name is
 * read from stronger signals: several capitalised words in a row that are
 * not nouns seen elsewhere with an article (`Beratenden Ausschusses`), a
 * first name (`Jake Sullivan`), a name after a title (`Zeitung Kommersant`),
 * and single words shaped like names (acronyms, Cyrillic, transliterated
 * surnames). Capitals at the start of a sentence or quotation say nothing.
 */
import { draftClaims } from '../claims/draft-claims.ts';
import type { Block } from '../clean/types.ts';
import type { EntityType } from './entity.ts';
import type { EntityMatcher } from './entity-matcher.ts';
import { findMentions } from './find-mentions.ts';
import { DETERMINERS, FIRST_NAMES, TIME_WORDS, TITLE_ENDINGS } from './name-signals.ts';

/** What the scan needs of an article. */
export interface ScannedArticle {
  file: string;
  language: string;
  cleaned: { blocks: readonly Block[] };
}

/** A name no entity covers, with the forms it was written in and where it first occurs. */
export interface UncoveredName {
  name: string;
  forms: string[];
  type: EntityType;
  count: number;
  file: string;
  sentence: string;
}

interface Token {
  text: string;
  capital: boolean;
  /** Capitalised by position: the first word of a sentence or quotation. */
  initial: boolean;
  covered: boolean;
  /** Only whitespace separates it from the previous token. */
  joined: boolean;
  previous: string | undefined;
}

const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐‑][\p{L}\p{N}]+)*/gu;
const OPENS_SENTENCE = /[.!?:;„“"«»‚‘]/u;
const ACRONYM = /^\p{Lu}{2,}(?:-[\p{Lu}\p{N}]+)*$/u;
const CYRILLIC = /^\p{Script=Cyrillic}/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Russian, Ukrainian, Polish and Georgian surnames as German and English write them. */
const SURNAME = /(?:ow|ew|ov|ev|owa|ewa|ova|eva|enko|tschuk|chuk|ski|sky|skij|skaja|witsch|vich|schwili|shvili)$/u;
const PLACE_PREPOSITIONS = new Set(['in', 'aus', 'nach']);
/** Abstract nouns end no name (`hinter den Kulissen Verhandlungen`); newspapers do end in `Zeitung`. */
const ABSTRACT_NOUN = /(?<!zeit)(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|ismus|nis|nisse)$/u;

/** Every name no entity covers, most frequent first. */
export function uncoveredNames(articles: readonly ScannedArticle[], matcher: EntityMatcher): UncoveredName[] {
  const texts = articles.map((article) => {
    const units = [
      ...article.cleaned.blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
      ...draftClaims(article.cleaned.blocks, article.language).map((c) => c.text),
    ];
    const mentions = findMentions(matcher, units);
    return units.map((text, i) => ({ file: article.file, text, tokens: tokenize(text, mentions[i]!) }));
  }).flat();
  const { lowercase, nouns } = corpusEvidence(texts.map((t) => t.tokens));

  const found = new Map<string, UncoveredName>();
  for (const { file, text, tokens } of texts) {
    for (const run of capitalisedRuns(tokens)) {
      const candidate = nameInRun(run, lowercase, nouns);
      if (!candidate) continue;
      const name = candidate.tokens.map((t) => t.text).join(' ');
      const entry = found.get(name) ?? { name, forms: [name], type: candidate.type, count: 0, file, sentence: text };
      entry.count++;
      found.set(name, entry);
    }
  }
  return mergeGenitives([...found.values()]).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'de'));
}

function tokenize(text: string, mentions: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const tokens: Token[] = [];
  let end = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const gap = text.slice(end, start);
    const stop = start + match[0].length;
    tokens.push({
      text: match[0],
      // `US-amerikanischen` is an adjective: what counts is the last part of a compound.
      capital: /^\p{Lu}/u.test(match[0]) && /^\p{Lu}/u.test(match[0].split(/[-‐‑]/u).at(-1)!),
      initial: tokens.length === 0 || OPENS_SENTENCE.test(gap),
      covered: mentions.some((m) => m.start < stop && start < m.end),
      joined: tokens.length > 0 && /^\s+$/u.test(gap),
      previous: tokens.at(-1)?.text,
    });
    end = stop;
  }
  return tokens;
}

/**
 * Words seen in lowercase, and capitalised words seen as a plain noun: after
 * an article (with at most two adjectives between) and not followed by
 * another capitalised word, so `das Weiße Haus` is no evidence for `Weiße`.
 */
function corpusEvidence(texts: readonly Token[][]): { lowercase: Set<string>; nouns: Set<string> } {
  const lowercase = new Set<string>();
  const nouns = new Set<string>();
  for (const tokens of texts) {
    tokens.forEach((token, i) => {
      if (!token.capital) {
        lowercase.add(token.text);
        return;
      }
      if (token.initial || (tokens[i + 1]?.capital && tokens[i + 1]?.joined)) return;
      for (let back = 1; back <= 3; back++) {
        const before = tokens[i - back];
        if (!before) break;
        if (DETERMINERS.has(before.text.toLowerCase())) nouns.add(token.text);
        // Only inflected adjectives stand between an article and its noun (`der russische Pilot`).
        if (before.capital || !/(?:e|en|er|es|em)$/u.test(before.text)) break;
      }
    });
  }
  return { lowercase, nouns };
}

/** Runs of capitalised, uncovered words with only spaces between them; words of time break a run. */
function capitalisedRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const inName = token.capital && !token.covered && !TIME_WORDS.has(token.text);
    if (inName && (run.length === 0 || token.joined)) run.push(token);
    else {
      if (run.length > 0) runs.push(run);
      run = inName ? [token] : [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function nameInRun(run: Token[], lowercase: ReadonlySet<string>, nouns: ReadonlySet<string>): { tokens: Token[]; type: EntityType } | undefined {
  let tokens = run;
  if (tokens[0]!.initial && !FIRST_NAMES.has(tokens[0]!.text) && !nameShaped(tokens[0]!.text, lowercase, nouns)) tokens = tokens.slice(1);
  const first = tokens.findIndex((t, i) => FIRST_NAMES.has(t.text) && i < tokens.length - 1);
  if (first >= 0) return { tokens: tokens.slice(first), type: 'person' };
  let afterTitle = false;
  while (tokens.length >= 2 && (TITLE_ENDINGS.test(tokens[0]!.text) || nouns.has(tokens[0]!.text))) {
    tokens = tokens.slice(1);
    afterTitle = true;
  }
  while (tokens.length > 1 && ABSTRACT_NOUN.test(tokens.at(-1)!.text)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return undefined;
  const last = tokens.at(-1)!.text;
  const single = tokens.length === 1;
  const plain = !nouns.has(last) && !TITLE_ENDINGS.test(last) && !lowercase.has(last.toLowerCase());
  // `in Genf`: a place; `in Fragen`, `in Gebieten`: plural nouns, which end in -n or -e.
  const placeAfterPreposition = plain && PLACE_PREPOSITIONS.has(tokens[0]!.previous ?? '') && !/(?:n|e|s|-.*)$/u.test(last);
  if (single && !nameShaped(last, lowercase, nouns) && !(afterTitle && plain) && !placeAfterPreposition) return undefined;
  const type: EntityType = PLACE_PREPOSITIONS.has(tokens[0]!.previous ?? '')
    ? 'place'
    : SURNAME.test(last) && !ACRONYM.test(last)
      ? 'person'
      : 'organisation';
  return { tokens, type };
}

/** A single word that looks like a name whatever its position. */
function nameShaped(word: string, lowercase: ReadonlySet<string>, nouns: ReadonlySet<string>): boolean {
  if (ACRONYM.test(word) || CYRILLIC.test(word) || INNER_CAPITAL.test(word)) return true;
  return SURNAME.test(word) && !nouns.has(word) && !lowercase.has(word.toLowerCase()) && !TITLE_ENDINGS.test(word);
}

/** `Kommersants` is a form of `Kommersant` when both occur. */
function mergeGenitives(names: UncoveredName[]): UncoveredName[] {
  const byName = new Map(names.map((n) => [n.name, n]));
  for (const entry of names) {
    const base = byName.get(entry.name.replace(/s$/u, ''));
    if (!base || base === entry) continue;
    base.forms.push(entry.name);
    base.count += entry.count;
    byName.delete(entry.name);
  }
  return [...byName.values()];
}
