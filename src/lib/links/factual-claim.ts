/**
 * Which claims can corroborate another at all. "Three outlets report this"
 * is the dossier's most consequential statement, so it is made only of
 * sentences that state a fact of their own:
 *
 * - not questions ("Was sind die Symptome?");
 * - not quotations standing as a sentence („Hier ging es wirklich darum …“):
 *   a quote is what someone said, and two outlets quoting alike is shared
 *   wording, not a second source for a fact;
 * - not speculation about what may be ("Kontakte … könnten nicht
 *   ausgeschlossen werden", "Analysten zufolge könnte es … gegangen sein"):
 *   two guesses alike are no evidence;
 * - not habits and background ("hat in den letzten Jahren wiederholt seine
 *   Bereitschaft signalisiert"): they resemble the news they explain
 *   without reporting it;
 * - not the page speaking to its reader ("Diese Seite verwendet Cookies …",
 *   "Meine Einwilligung kann ich jederzeit … widerrufen"): a sentence the
 *   cleaner's prompt rules describe, left in by the cleaning, is furniture
 *   that recurs across sites;
 * - not short, generic sentences ("Beide sagen Nein.", "Dass der Chef sich
 *   sorgt."): with fewer than {@link MIN_CONTENT_STEMS} distinct content
 *   words, any overlap is common vocabulary. On the mixed test dossier the
 *   shortest true match has 7; 26 of the 33 false matches of the earlier
 *   linking had 5 or fewer.
 *
 * The word lists are German, the dossier's first language, and English.
 */

import { promptRule } from '../clean/prompt-rules.ts';
import { primaryLanguage } from '../text/primary-language.ts';

/** Distinct content words a claim needs to state a checkable fact. */
export const MIN_CONTENT_STEMS = 6;

const QUESTION = /\?[\s"'“”»«’)\]]*$/u;
const OPENING_QUOTE = /^[\s(\[]*[„“”"»«‚‘']/u;
// What may be, not what is; a probability ("wahrscheinlich", "voraussichtlich") often hedges a fact the sentence still states.
const SPECULATION = /(?<!\p{L})(?:könnte|könnten|dürfte|dürften|möglicherweise|womöglich|vielleicht|eventuell)(?!\p{L})/iu;
const HABIT = /(?<!\p{L})(?:immer wieder|seit Jahren|seit Jahrzehnten|in den (?:letzten|vergangenen) (?:Jahren|Jahrzehnten))(?!\p{L})/iu;
// English modals by case: "may" is the month when capitalised ("since May 1"), and a bare "could" is as often the past of "can" ("could not deliver power").
const SPECULATION_EN = /(?<!\p{L})(?:might|may|could (?:be|have)|possibly|perhaps|maybe|Perhaps|Maybe|Possibly)(?!\p{L})/u;
const HABIT_EN = /(?<!\p{L})(?:again and again|for (?:years|decades)|in recent (?:years|decades)|over the (?:past|last) (?:years|decades))(?!\p{L})/iu;

/** The speculation and habit words of a language: English's, else German's. */
function hedges(language: string): { speculation: RegExp; habit: RegExp } {
  return primaryLanguage(language) === 'en' ? { speculation: SPECULATION_EN, habit: HABIT_EN } : { speculation: SPECULATION, habit: HABIT };
}

/** Whether a claim in `language` with this text and these distinct content stems may corroborate another. */
export function isFactual(text: string, distinctStems: number, language = 'de'): boolean {
  const { speculation, habit } = hedges(language);
  return (
    distinctStems >= MIN_CONTENT_STEMS &&
    !QUESTION.test(text) &&
    !OPENING_QUOTE.test(text) &&
    !speculation.test(text) &&
    !habit.test(text) &&
    // Words counted by spaces: the rules only ask whether a line is short enough to be a prompt, and a claim's full line signals cost a third of the linking.
    promptRule(text, { words: text.split(/\s+/).length }, language) === undefined
  );
}
