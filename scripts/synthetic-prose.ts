/**
 * Sentences, paragraphs and titles of synthetic articles. Frequent words
 * follow Zipf's law over large pools (compounds, invented names and towns),
 * so a dossier of 5,000 articles has a long tail of rare words, as a real
 * one has.
 */
import {
  ADJECTIVES, CAST, COMPOUND_HEADS, COMPOUND_TAILS, DISTINCTIVE, FIRST_NAMES, SURNAME_ENDINGS, SYLLABLES, TOWN_ENDINGS, VERBS_PAST,
  type SyntheticEntity,
} from './synthetic-lexicon.ts';
import { seededRandom } from '../src/lib/random/seeded-random.ts';

/** The state of one article being written. */
export interface Writer {
  random: () => number;
  /** Spell the cast the English way (translated wire copy). */
  english: boolean;
  /** Entities named so far: the first mention is the full name, later ones the short form. */
  mentioned: Set<string>;
  /** Publication day, ms since the epoch (UTC midnight): dates in the text fall on or before it. */
  published: number;
  year: number;
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];

/** Pools built once from a fixed seed: the same on every run, whatever the dossier's seed. */
const poolRandom = seededRandom(7);
const shuffle = <T>(list: T[]): T[] => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(poolRandom() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
};
const syllables = (n: number) => Array.from({ length: n }, () => SYLLABLES[Math.floor(poolRandom() * SYLLABLES.length)]).join('');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const COMPOUNDS = shuffle(COMPOUND_HEADS.flatMap((head) => COMPOUND_TAILS.map((tail) => head + tail.toLowerCase())));
const SURNAMES = shuffle(Array.from({ length: 20_000 }, () => capital(syllables(2 + Math.floor(poolRandom() * 2))) + SURNAME_ENDINGS[Math.floor(poolRandom() * SURNAME_ENDINGS.length)]));
const TOWNS = shuffle(Array.from({ length: 5_000 }, () => capital(syllables(2)) + TOWN_ENDINGS[Math.floor(poolRandom() * TOWN_ENDINGS.length)]));
const PEOPLE = CAST.filter((e) => e.type === 'person');
const PLACES = CAST.filter((e) => e.type === 'place');

/** An index into a list of `n`, the first ones far more often (Zipf, s = 1). */
function zipf(random: () => number, n: number): number {
  // Inverse of the continuous approximation of the harmonic CDF: ln(1 + i) / ln(1 + n).
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));
}

const pick = <T>(w: Writer, list: readonly T[]): T => list[Math.floor(w.random() * list.length)]!;
const pickZipf = <T>(w: Writer, list: readonly T[]): T => list[zipf(w.random, list.length)]!;

function name(w: Writer, e: SyntheticEntity): string {
  const english = w.english && !e.germanOnly && e.en;
  const first = !w.mentioned.has(e.id);
  w.mentioned.add(e.id);
  if (english) return first ? e.en! : e.enShort!;
  return first ? e.de : e.deShort;
}

const person = (w: Writer) => name(w, pickZipf(w, PEOPLE));
const place = (w: Writer) => name(w, pickZipf(w, PLACES));
const genitive = (n: string) => (/[sxzß]$/.test(n) ? `${n}’` : `${n}s`);

function noun(w: Writer): string {
  if (w.random() < 0.08) return pick(w, COMPOUND_HEADS) + pick(w, COMPOUND_HEADS).toLowerCase() + pick(w, COMPOUND_TAILS).toLowerCase();
  return pickZipf(w, COMPOUNDS);
}

const nounInflected = (w: Writer) => noun(w) + pick(w, ['', '', '', 'e', 'en', 'n', 's']);
const adjective = (w: Writer) => pick(w, ADJECTIVES) + pick(w, ['e', 'en', 'er', 'es']);
const minor = (w: Writer) => `${pick(w, FIRST_NAMES)} ${pickZipf(w, SURNAMES)}`;
const town = (w: Writer) => pickZipf(w, TOWNS);
const DAY = 86_400_000;
/** A report dates events of the last four weeks, never after its own publication. */
function date(w: Writer): string {
  if (w.random() < 0.5) return `am ${pick(w, WEEKDAYS)}`;
  const day = new Date(w.published - Math.floor(w.random() * 28) * DAY);
  return `am ${day.getUTCDate()}. ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}
const amount = (w: Writer) => pick(w, ['30', '90', '1.500', '12.000', 'zwei', 'drei', 'mehrere', 'rund 400']);

const SENTENCES: ((w: Writer) => string)[] = [
  (w) => `${person(w)} traf sich ${date(w)} in ${place(w)} mit ${person(w)}, um über die ${nounInflected(w)} zu sprechen.`,
  (w) => `Nach Angaben von ${person(w)} ist die ${adjective(w)} ${noun(w)} in ${place(w)} weiter ${pick(w, ADJECTIVES)}.`,
  (w) => `${person(w)} ${pick(w, VERBS_PAST)}, die ${nounInflected(w)} zwischen ${place(w)} und ${place(w)} seien ${pick(w, ADJECTIVES)}.`,
  (w) => `Wie ${minor(w)} berichtete, hätten ${person(w)} und ${person(w)} eine ${adjective(w)} ${noun(w)} vereinbart.`,
  (w) => `${minor(w)}, Beamter aus ${town(w)}, ${pick(w, VERBS_PAST)} die ${nounInflected(w)} als ${pick(w, ADJECTIVES)}.`,
  (w) => `Im ${pick(w, MONTHS)} ${w.year} ${pick(w, VERBS_PAST)} ${person(w)} die ${nounInflected(w)} in ${place(w)}.`,
  (w) => `Beobachter in ${place(w)} sprechen von einer ${adjective(w)} ${noun(w)}.`,
  (w) => `Die ${adjective(w)} ${nounInflected(w)} sollen nach der ${noun(w)} in ${town(w)} fortgesetzt werden.`,
  (w) => `${genitive(person(w))} ${noun(w)} mit ${person(w)} fand ${date(w)} in ${place(w)} statt.`,
  (w) => `Dabei ging es auch um die ${nounInflected(w)} und die ${nounInflected(w)}.`,
  (w) => `„Die ${noun(w)} ist ${pick(w, ADJECTIVES)}, und wir erwarten eine ${adjective(w)} ${noun(w)}“, sagte ${person(w)}.`,
  (w) => `Ein Sprecher in ${place(w)} wollte die ${nounInflected(w)} nicht kommentieren.`,
  (w) => `Bis ${w.year + 1} sollen ${amount(w)} ${nounInflected(w)} nach ${place(w)} geliefert werden.`,
  (w) => `${minor(w)} aus ${town(w)} ${pick(w, VERBS_PAST)} die ${adjective(w)} ${noun(w)}.`,
];

/** Sentences that carry one of the rare phrases phrase queries look for. */
const DISTINCTIVE_SENTENCES: ((w: Writer) => string)[] = [
  (w) => `${person(w)} und ${person(w)} vereinbarten, ${DISTINCTIVE[0]}.`,
  (w) => `Ein ${DISTINCTIVE[1]} zwischen ${place(w)} und ${place(w)} wurde ${date(w)} vereinbart.`,
  (w) => `Das ${DISTINCTIVE[2]} war ${date(w)} Thema in ${place(w)}.`,
  (w) => `${person(w)} sprach von einer Gefahr für die ${DISTINCTIVE[3]}.`,
];

const sentence = (w: Writer) => (w.random() < 0.02 ? pick(w, DISTINCTIVE_SENTENCES) : pick(w, SENTENCES))(w);

/** The headline of an article. */
export function titleFor(w: Writer): string {
  const title = pick(w, [
    () => `${person(w)} trifft ${person(w)} in ${place(w)}`,
    () => `${capital(adjective(w))} ${noun(w)}: ${person(w)} warnt vor ${noun(w)}`,
    () => `${place(w)}: ${noun(w)} nach Gesprächen mit ${person(w)}`,
  ])();
  // A headline names the cast in full; the text introduces them again.
  w.mentioned.clear();
  return title;
}

/** Between `least` and `most` paragraphs (three to six unless told) of two to five sentences. */
export function paragraphsFor(w: Writer, [least, most]: readonly [number, number] = [3, 6]): string[] {
  return Array.from({ length: least + Math.floor(w.random() * (most - least + 1)) }, () =>
    Array.from({ length: 2 + Math.floor(w.random() * 4) }, () => sentence(w)).join(' '),
  );
}
