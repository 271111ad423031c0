/**
 * Names in the articles that no entity covers, for `dossier check`. German
 * capitalises every noun, so a capital letter alone says little; a name is
 * read from stronger signals: several capitalised words in a row that are
 * not nouns seen elsewhere with an article (`Beratenden Ausschusses`), a
 * first name (`Jake Sullivan`), a name after a title (`Zeitung Kommersant`),
 * and single words shaped like names (acronyms, Cyrillic, transliterated
 * surnames). Capitals at the start of a sentence or quotation say nothing.
 * Names are ranked by how often and where they occur: a title or lead
 * counts more than the body, several articles more than one, and the teaser
 * cards of other articles (see teaser-cards.ts) once.
 */
import { draftClaims } from '../claims/draft-claims.ts';
import type { Block } from '../clean/types.ts';
import type { EntityType } from './entity.ts';
import type { EntityMatcher } from './entity-matcher.ts';
import { findMentions } from './find-mentions.ts';
import { genitiveBase } from './genitive.ts';
import { countOccurrence, rankedNames, type NameTally, type Occurrence } from './name-tally.ts';
import { inflectionKey } from './name-variants.ts';
import { COMMON_ACRONYMS, FIRST_NAMES, FORMAL_PRONOUNS, TIME_WORDS, TITLE_ENDINGS } from './name-signals.ts';
import { introducedType } from './name-type.ts';
import { commonNoun, corpusEvidence, lowercaseAdjective, tokenize, type CorpusEvidence, type Token } from './name-tokens.ts';
import { teaserCardBlocks } from './teaser-cards.ts';

/** What the scan needs of an article. */
export interface ScannedArticle {
  file: string;
  language: string;
  title: { value: string };
  cleaned: { blocks: readonly Block[] };
}

/** A name no entity covers (a genitive counted as its base form), and where it occurs most prominently. */
export interface UncoveredName {
  /** The form written most often. */
  name: string;
  /** Its other inflections (`Deutscher Bahn` for `Deutsche Bahn`). */
  aliases: string[];
  /** Undefined when the text gives no firm evidence: the curator chooses. */
  type: EntityType | undefined;
  count: number;
  /** Number of articles that name it. */
  articles: number;
  /** Occurrences weighted by where they are (see {@link PLACE_WEIGHTS}) times the number of articles: the rank. */
  score: number;
  file: string;
  sentence: string;
}

/**
 * An occurrence in the title counts three times, in the lead (the first
 * paragraph) twice, in the body once: a name in a headline is what the
 * article is about.
 */
export const PLACE_WEIGHTS = { title: 3, lead: 2, body: 1 } as const;

const ACRONYM = /^\p{Lu}{2,}(?:-[\p{Lu}\p{N}]+)*$/u;
const CYRILLIC = /^\p{Script=Cyrillic}/u;
/** `Alarmstufen I und II`, `Teil II`: numbering, which ends a name (and so loses `Friedrich II`, a price for far more noise). */
const ROMAN = /^[IVXLC]+$/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Russian, Ukrainian, Polish and Georgian surnames as German and English write them (`Review` is English). */
const SURNAME = /(?:ow|(?<!i)ew|ov|ev|owa|ewa|ova|eva|enko|tschuk|chuk|ski|sky|skij|skaja|witsch|vich|schwili|shvili)$/u;
const PLACE_PREPOSITIONS = new Set(['in', 'aus', 'nach']);
/** Abstract nouns end no name (`hinter den Kulissen Verhandlungen`); newspapers do end in `Zeitung`. */
const ABSTRACT_NOUN = /(?<!zeit)(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|ismus|nis|nisse)$/u;

/** Every name no entity covers, highest score first. */
export function uncoveredNames(articles: readonly ScannedArticle[], matcher: EntityMatcher): UncoveredName[] {
  const texts = articles.flatMap((article) => {
    const { blocks } = article.cleaned;
    const claims = draftClaims(blocks, article.language);
    const lead = claims[0]?.block;
    const cards = teaserCardBlocks(blocks);
    const units = [
      { text: article.title.value, weight: PLACE_WEIGHTS.title, card: false },
      ...blocks.flatMap((b, i) => (b.kind === 'heading' ? [{ text: b.text, weight: PLACE_WEIGHTS.body, card: cards.has(i) }] : [])),
      ...claims.map((c) => ({ text: c.text, weight: c.block === lead ? PLACE_WEIGHTS.lead : PLACE_WEIGHTS.body, card: cards.has(c.block) })),
    ];
    // A sentence the article repeats word for word (a teaser card shown twice) names its names once.
    const seen = new Set<string>();
    const distinct = units.filter((u) => !seen.has(u.text) && seen.add(u.text));
    const mentions = findMentions(matcher, distinct.map((u) => u.text));
    return distinct.map((unit, i) => ({ ...unit, file: article.file, tokens: tokenize(unit.text, mentions[i]!) }));
  });
  const evidence = corpusEvidence(texts.map((t) => t.tokens));

  const tally: NameTally = new Map();
  /** `file` and key of each name already counted in a teaser card: the cards of one article count a name once. */
  const inCards = new Set<string>();
  /** Occurrences of runs that start with an adjective the dossier writes in lowercase, and the keys written after an article. */
  const adjectival: Array<{ key: string; occurrence: Occurrence }> = [];
  const withArticle = new Set<string>();
  for (const { file, text, tokens, weight, card } of texts) {
    for (const run of capitalisedRuns(tokens)) {
      const candidate = nameInRun(run, evidence);
      if (!candidate) continue;
      const words = candidate.tokens.map((t) => t.text);
      const key = inflectionKey(words);
      if (card && inCards.has(`${file}\n${key}`)) continue;
      if (card) inCards.add(`${file}\n${key}`);
      const occurrence = { form: words.join(' '), type: candidate.type, weight, file, sentence: text };
      if (words.length > 1 && lowercaseAdjective(words[0]!, evidence)) {
        adjectival.push({ key, occurrence });
        // The article may stand before words the name loses (`der Deutsche Olympische Sportbund`).
        if (candidate.tokens[0]!.article ?? run[0]!.article) withArticle.add(key);
      } else countOccurrence(tally, key, occurrence);
    }
  }
  // A headline capitalises for display (`Fokus Künstliche Intelligenz`), and so does a slogan (`Express.de Aktuelle
  // Nachrichten aus Köln`). The adjective of a name takes the name's article (`der Katholischen Kirche`, `das
  // Internationale Olympische Komitee`): one the dossier writes in lowercase starts a name only if the dossier
  // writes it after an article at least once, and then its other occurrences count too.
  for (const { key, occurrence } of adjectival) if (withArticle.has(key)) countOccurrence(tally, key, occurrence);
  return rankedNames(tally);
}

/** Runs of capitalised, uncovered words with only spaces between them; words of time, Roman numerals and the formal `Sie` break a run. */
function capitalisedRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const inName = token.capital && !token.covered && !TIME_WORDS.has(token.text) && !FORMAL_PRONOUNS.has(token.text) && !ROMAN.test(token.text);
    if (inName && (run.length === 0 || token.joined)) run.push(token);
    else {
      if (run.length > 0) runs.push(run);
      run = inName ? [token] : [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function nameInRun(run: Token[], evidence: CorpusEvidence): { tokens: Token[]; type: EntityType | undefined } | undefined {
  const { lowercase, nouns } = evidence;
  let tokens = run;
  const opening = tokens[0]!;
  // `Naryschkins Kontakt …` at the start of a sentence: a genitive before a noun is a name's.
  const preposed = tokens.length > 1 && genitiveBase(opening.text, undefined, evidence.capitalised) !== opening.text;
  if (opening.initial && !FIRST_NAMES.has(opening.text) && !nameShaped(opening.text, evidence) && !preposed) tokens = tokens.slice(1);
  // `Chinas Staatschef Xi Jinping`: a person after a genitive.
  const first = tokens.findIndex((t, i) => FIRST_NAMES.has(t.text) && i < tokens.length - 1);
  if (first >= 0) {
    const person = withoutGenitive(tokens.slice(first), evidence.capitalised);
    return { tokens: person, type: introducedType(person.at(-1)!.text) ?? 'person' };
  }
  let title: string | undefined;
  // `Dortmunder Gerüstbauunternehmen Bönninger`: a place's adjective in -er describes the title noun after it, not the name.
  if (tokens.length >= 3 && /\p{Ll}er$/u.test(tokens[0]!.text) && TITLE_ENDINGS.test(tokens[1]!.text)) tokens = tokens.slice(1);
  while (tokens.length >= 2 && (TITLE_ENDINGS.test(tokens[0]!.text) || nouns.has(tokens[0]!.text))) {
    title = tokens[0]!.text;
    tokens = tokens.slice(1);
  }
  const whole = tokens.length;
  tokens = withoutGenitive(tokens, evidence.capitalised);
  // A genitive before another capitalised word is a name's (`Peskows Büro`; a noun's follows: `das Büro des Sprechers`).
  const genitive = tokens.length < whole;
  // `Brexit-Minister Grossbritanniens Stephen Barclay`: the title introduces the person, not the country.
  if (genitive) title = undefined;
  while (tokens.length > 1 && ABSTRACT_NOUN.test(tokens.at(-1)!.text)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return undefined;
  const last = tokens.at(-1)!.text;
  const single = tokens.length === 1;
  // Neither a noun the dossier uses nor a compound ending in one (`Kurzarbeit`).
  const plain = !nouns.has(last) && !TITLE_ENDINGS.test(last) && !lowercase.has(last.toLowerCase()) && !commonNoun(last, evidence);
  // `in Genf`: a place; `in Fragen`, `in Gebieten`: plural nouns, which end in -n, -e or -s.
  const nameEnding = plain && !/(?:n|e|s|-.*)$/u.test(last);
  const afterPlacePreposition = PLACE_PREPOSITIONS.has(tokens[0]!.previous ?? '');
  // A word after a title noun (`Zeitung Kommersant`), not after any noun (`mit dem Patienten Kontakt hatten`).
  const titled = title !== undefined && TITLE_ENDINGS.test(title) && plain;
  if (single && !nameShaped(last, evidence) && !titled && !genitive && !(afterPlacePreposition && nameEnding)) return undefined;
  if (!single && tokens.every((t) => nouns.has(t.text))) return undefined;
  const type = (title ? introducedType(title) : undefined) ?? introducedType(last)
    ?? (SURNAME.test(last) && !ACRONYM.test(last) ? 'person' : afterPlacePreposition ? 'place' : undefined);
  return { tokens, type };
}

/**
 * The run with its genitive in base form: a name in the genitive before a
 * noun ends the run (`Peskows Büro` → `Peskow`), and a genitive at its end
 * loses its s (`des Vereinigten Königreichs`).
 */
function withoutGenitive(run: Token[], known: ReadonlySet<string>): Token[] {
  const before = run[0]?.article;
  const cut = run.findIndex((t) => genitiveBase(t.text, undefined, known) !== t.text);
  const tokens = cut >= 0 ? run.slice(0, cut + 1) : run;
  const last = tokens.at(-1);
  return last ? [...tokens.slice(0, -1), { ...last, text: genitiveBase(last.text, before, known) }] : tokens;
}

/** A single word that looks like a name whatever its position. */
function nameShaped(word: string, evidence: CorpusEvidence): boolean {
  const { lowercase, nouns } = evidence;
  if (ACRONYM.test(word)) return !commonCapitals(word, evidence);
  if (CYRILLIC.test(word) || INNER_CAPITAL.test(word)) return true;
  return SURNAME.test(word) && !nouns.has(word) && !lowercase.has(word.toLowerCase()) && !TITLE_ENDINGS.test(word);
}

/**
 * Capitals that name nothing: an abbreviation of a common noun (`PKW`), or
 * a word set in capitals that the dossier also writes in small letters
 * (`MORGEN`, though that loses the firm `MORGEN & MORGEN`).
 */
function commonCapitals(word: string, { lowercase, capitalised }: CorpusEvidence): boolean {
  const small = word.toLowerCase();
  return COMMON_ACRONYMS.has(word) || (word.length >= 4 && (lowercase.has(small) || capitalised.has(`${word[0]}${small.slice(1)}`)));
}
