/**
 * The numbers a sentence states, as values: "1,50 Metern" is 1.5, not 1 and
 * 50; "7.300 Schusswaffen" is 7300; "30-tägigen" is 30. Two reports of one
 * fact that both give a number give the same one, so numbers that disagree
 * tell two facts apart ("Mindestabstand von 1,50 Metern" / "nicht mal 50
 * Meter lang"), and numbers that agree are a reason a reader can check.
 *
 * Years and day numbers of dates are left to the date expressions: "am 10.
 * Januar" states a date, not the number 10.
 */
import type { DateExpression } from '../dates/date-expressions.ts';

/** German digits: thousands grouped by dots or thin spaces, decimals after a comma. */
const NUMBER = /(?<![\p{L}\p{N}.,])\d{1,3}(?:[.\u202f\u00a0]\d{3})+(?:,\d+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:,\d+)?(?![\p{N}])/gu;

/**
 * Numbers written as words, from three: "eins" and "zwei" are mostly no
 * quantities ("ein", "die zwei Länder" for both sides), "fünf Meter" is.
 */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100, tausend: 1000,
};
const NUMBER_WORD = new RegExp(`(?<!\\p{L})(?:${Object.keys(NUMBER_WORDS).join('|')})(?!\\p{L})`, 'giu');

/** The values of the numbers in `text` outside its date expressions, as written without grouping ("1.5", "7300"). */
export function statedNumbers(text: string, dates: readonly Pick<DateExpression, 'start' | 'end'>[] = []): string[] {
  const values = new Set<string>();
  for (const match of text.matchAll(NUMBER_WORD)) values.add(String(NUMBER_WORDS[match[0].toLowerCase()]));
  for (const match of text.matchAll(NUMBER)) {
    const at = match.index;
    if (dates.some((d) => at >= d.start && at < d.end)) continue;
    const value = match[0].replace(/[.\u202f\u00a0]/g, '').replace(',', '.');
    // A year outside a recognised date ("im Jahr 2023") is still a date, not a quantity.
    if (/^(1[89]|20)\d\d$/.test(value)) continue;
    values.add(String(Number(value)));
  }
  return [...values];
}
