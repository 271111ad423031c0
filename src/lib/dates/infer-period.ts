/**
 * Dates that leave something out (the year of `am 12. Februar`, the week of
 * `am Dienstag`) are completed from the publication date: the nearest
 * matching period in the direction the clause points (see `tense.ts`).
 */
import { addDays, daysBetween, isoWeekday, parseIso, type IsoRange } from './calendar.ts';
import type { Direction } from './tense.ts';

/** How far from the reference a period is looked for. */
export type Reach = Direction | 'before' | 'after' | 'containing';

/**
 * Of a period that recurs every year (a day, a month, a season), the
 * occurrence meant relative to `reference`:
 * - `past`: the latest that has begun by the reference (`im Januar`, said in March: this January);
 * - `future`: the earliest that has not ended by then (`am 10. Januar geplant`, said in December: next January);
 * - `present`: of those two, the nearer to the reference (the past one when as near);
 * - `before` / `after`: the latest that ended before it / the earliest that begins after it (`vergangenen Sommer`);
 * - `containing`: the one the reference falls in, else the one beginning in its year (`diesen Winter`).
 */
export function nearestYearly(reference: string, reach: Reach, occurrence: (year: number) => IsoRange): IsoRange {
  const year = parseIso(reference).year;
  const candidates = [year - 2, year - 1, year, year + 1, year + 2].map(occurrence);
  const past = () => candidates.filter((c) => c.start <= reference).at(-1);
  const future = () => candidates.find((c) => c.end >= reference);
  const pick = {
    past,
    future,
    present: () => {
      const [back, ahead] = [past()!, future()!];
      return Math.max(0, daysBetween(back.end, reference)) <= Math.max(0, daysBetween(reference, ahead.start)) ? back : ahead;
    },
    before: () => candidates.filter((c) => c.end < reference).at(-1),
    after: () => candidates.find((c) => c.start > reference),
    containing: () => candidates.find((c) => c.start <= reference && reference <= c.end) ?? occurrence(year),
  }[reach]();
  // Five consecutive years always hold a match for every reach.
  return pick ?? occurrence(year);
}

/**
 * The day with ISO weekday `weekday` nearest to `reference` in the given
 * reach; `past` and `future` include the reference day itself (a report
 * published on a Wednesday says "am Mittwoch" for that day), `present` takes
 * the nearer of those two, `before` and `after` exclude the reference day,
 * `containing` means the reference's own week.
 */
export function nearestWeekday(reference: string, reach: Reach, weekday: number): string {
  const today = isoWeekday(reference);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (reach) {
    case 'past':
      return addDays(reference, -back);
    case 'future':
      return addDays(reference, ahead);
    case 'present':
      return addDays(reference, back <= ahead ? -back : ahead);
    case 'before':
      return addDays(reference, -(back || 7));
    case 'after':
      return addDays(reference, ahead || 7);
    case 'containing':
      return addDays(reference, weekday - today);
  }
}

/** Modifier stems by the reach they ask for; German and English words are distinct, so one table serves both. */
const REACH_OF_MODIFIER: Readonly<Record<string, Reach>> = {
  vergangen: 'before', letzt: 'before', vorig: 'before', last: 'before', past: 'before', previous: 'before',
  kommend: 'after', nächst: 'after', next: 'after', coming: 'after',
  dies: 'containing', laufend: 'containing', this: 'containing',
};

/** The reach a modifier word asks for (`vergangenen`, `kommenden`, `diesen`, `last`, `next`, `this`), else the clause's direction. */
export function reachOf(modifier: string | undefined, direction: Direction): Reach {
  const lower = modifier?.toLowerCase() ?? '';
  return REACH_OF_MODIFIER[lower] ?? REACH_OF_MODIFIER[lower.replace(/e[nmrs]?$/, '')] ?? direction;
}
