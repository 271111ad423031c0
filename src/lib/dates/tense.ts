/**
 * Which way a date without a year (or a weekday) points from the article's
 * publication date. News reports mostly look back, so the default is the
 * past; a date points ahead only when its own clause says the event is
 * still to come ("wird am Donnerstag … führen", "für den 10. Januar
 * geplante Treffen", "am Freitag stattfinden könnte", "findet am Mittwoch
 * statt", "steht am Samstag an"). A clause built on a present "ist"/"sind"
 * ("Am 5. Februar ist Hauptversammlung bei Siemens") reads the nearer way.
 *
 * Only the clause matters, not the sentence: in "Trump sagte am Dienstag,
 * er werde … telefonieren" the Tuesday is past though the call is future.
 */
import { primaryLanguage } from '../text/primary-language.ts';

/**
 * The direction in which an incomplete date is resolved: `past` (the default), `future` (a future or
 * schedule word), or `present` for a clause in the present that names no time (`Am 5. Februar ist
 * Hauptversammlung`), which takes whichever reading lies nearer to publication: the present announces
 * what is close ahead, and in a narrative present ("Es ist der 13. November") the nearer day is the past one.
 */
export type Direction = 'past' | 'future' | 'present';

/** Punctuation that ends a clause in a German sentence: commas (not the decimal one of "34,45"), colons, brackets, quotes, dashes. */
const CLAUSE_BOUNDARY = /(?<!\d),|,(?!\d)|[;:()[\]„“”"«»‚‘’–—]|\s-\s/gu;

/**
 * Words that put a clause in the future: the future auxiliary (also the
 * Konjunktiv forms reported speech uses for it), "soll" for scheduled
 * events, planning words and modal guesses about what may happen.
 */
const FUTURE_WORDS = new Set([
  'wird', 'werde', 'werden', 'wirst', 'würde', 'würden',
  'soll', 'solle', 'sollen',
  'geplant', 'geplante', 'geplanten', 'geplanter', 'geplantes', 'plant', 'planen', 'planten',
  'voraussichtlich', 'bevorstehend', 'bevorstehende', 'bevorstehenden', 'anstehende', 'anstehenden',
  'könnte', 'könnten', 'künftig', 'demnächst',
  'will', 'stattfindet', 'ansteht', 'anstehen',
]);

/** Separable verbs of a schedule in the present, as finite verb and particle: "findet … statt", "steht … an". */
const SCHEDULE_VERBS: ReadonlyArray<readonly [ReadonlySet<string>, string]> = [
  [new Set(['findet', 'finden']), 'statt'],
  [new Set(['steht', 'stehen']), 'an'],
];

/** A present "ist"/"sind" speaks of now or what is near ("Am 5. Februar ist Hauptversammlung") unless it builds a perfect or passive. */
const COPULA = new Set(['ist', 'sind']);

/**
 * Words that look like a past participle, which turns "ist" into a perfect ("ist … gestorben",
 * "ist … eingetroffen", "sind … verhaftet worden"): ge- inside a word ending in -t/-en, -iert, or the
 * inseparable prefixes. Broad on purpose: a noun taken for a participle only keeps the past reading,
 * which was the behaviour before the present was recognised.
 */
const PARTICIPLE = /^(?:\p{L}*ge\p{L}{2,}(?:t|en)|\p{L}{3,}iert|(?:ver|er|be|ent|zer|über|unter)\p{L}{2,}(?:t|en)|worden)$/u;

/** The clause of `text` around `[start, end)`: from the boundary before it to the boundary after it. */
export function clauseAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BOUNDARY)) {
    const at = match.index ?? 0;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to);
}

/** The words of one language that decide a clause's direction. */
interface TenseWords {
  future: ReadonlySet<string>;
  schedule: ReadonlyArray<readonly [ReadonlySet<string>, string]>;
  copula: ReadonlySet<string>;
  participle: RegExp;
}

const GERMAN: TenseWords = { future: FUTURE_WORDS, schedule: SCHEDULE_VERBS, copula: COPULA, participle: PARTICIPLE };

/**
 * English: the future auxiliaries ("will", "'ll", reported "would"), plans and
 * schedules ("is due", "is expected", "set for"), modal guesses; a present
 * "is"/"are" unless a participle makes it a passive or perfect ("was held",
 * "is expected" is future already). "may" is left out: lowercased it is the month.
 */
const ENGLISH: TenseWords = {
  future: new Set([
    'will', 'll', 'shall', 'would', 'going', 'planned', 'scheduled', 'due', 'expected', 'upcoming', 'plans', 'intends',
    'could', 'might', 'forthcoming',
  ]),
  schedule: [[new Set(['set', 'slated']), 'for']],
  copula: new Set(['is', 'are']),
  participle: /^(?:\p{L}{2,}ed|been|done|made|held|taken|given|seen|known|shown|paid|built|won|lost|sold|told|said|found|left|sent|brought|caught|bought|begun|gone|written|chosen|broken|spoken|driven|fallen|drawn|grown|thrown|struck|laid|led|met|kept)$/u,
};

/**
 * `future` when the clause around the date has a future or schedule marker, `present` when it is built on
 * a present "ist"/"sind" ("is"/"are" in English), else `past`. The words are those of `language`.
 */
export function directionAt(text: string, start: number, end: number, language = 'de'): Direction {
  const tense = primaryLanguage(language) === 'en' ? ENGLISH : GERMAN;
  const clause = clauseAround(text, start, end);
  const words: string[] = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((word) => tense.future.has(word))) return 'future';
  if (tense.schedule.some(([verbs, particle]) => words.includes(particle) && words.some((w) => verbs.has(w)))) return 'future';
  return words.some((w) => tense.copula.has(w)) && !words.some((w) => tense.participle.test(w)) ? 'present' : 'past';
}
