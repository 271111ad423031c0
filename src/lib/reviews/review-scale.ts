/**
 * The scale a curator rates a claim on. Five steps, deliberately few: a
 * reader must tell them apart at a glance, and a fact-checker's finer
 * grades ("mostly true") would claim more than a dossier's sources allow.
 *
 * The stable keys are German (Dossier's default language) in ASCII, so
 * they survive in URLs and search-index keys; a dossier in either language
 * may write the German or the English word (`belegt` or `supported`,
 * `nicht prüfbar` or `unverifiable`), case and spacing aside.
 */

/** The stable keys, from the best-supported to the unverifiable. */
export const RATINGS = ['belegt', 'plausibel', 'umstritten', 'falsch', 'nicht-pruefbar'] as const;

export type Rating = (typeof RATINGS)[number];

/** What a curator may write for each key: the German and the English word. */
export const RATING_WORDS: Readonly<Record<Rating, readonly [german: string, english: string]>> = {
  belegt: ['belegt', 'supported'],
  plausibel: ['plausibel', 'plausible'],
  umstritten: ['umstritten', 'disputed'],
  falsch: ['falsch', 'false'],
  'nicht-pruefbar': ['nicht prüfbar', 'unverifiable'],
};

/**
 * The truth value schema.org's `Rating` carries, on a scale of 1 (false)
 * to 4 (supported). `nicht-pruefbar` has none: it says nothing about truth,
 * and any number would rank it between two verdicts it is neither of.
 */
export const RATING_VALUES: Readonly<Record<Rating, number | undefined>> = {
  belegt: 4,
  plausibel: 3,
  umstritten: 2,
  falsch: 1,
  'nicht-pruefbar': undefined,
};

/** The best and worst `ratingValue` (see {@link RATING_VALUES}). */
export const BEST_RATING = 4;
export const WORST_RATING = 1;

/** `Nicht  Prüfbar` → `nicht prüfbar`, `nicht-pruefbar` → `nicht prüfbar`: spelling variants a person types. */
function fold(word: string): string {
  return word.trim().toLowerCase().replace(/ue/g, 'ü').replace(/[\s_-]+/g, ' ');
}

const BY_WORD = new Map<string, Rating>(
  RATINGS.flatMap((key) => [key, ...RATING_WORDS[key]].map((word) => [fold(word), key] as const)),
);

/** The key a curator's word stands for, or undefined when it is not on the scale. */
export function parseRating(word: string): Rating | undefined {
  return BY_WORD.get(fold(word));
}

/** The scale as a fix lists it: `belegt` (supported), …. */
export function describeScale(): string {
  return RATINGS.map((key) => `\`${RATING_WORDS[key][0]}\` (${RATING_WORDS[key][1]})`).join(', ');
}
