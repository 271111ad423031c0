/**
 * Whether two claims can speak of the same moment. A claim's time is what
 * its date expressions say; a claim without one is taken to report
 * something recent when its article appeared (the month before publication).
 * Two reports of one fact can differ by a few days (the call on Tuesday, its
 * announcement on Wednesday), but not by years.
 */
import { addDays, type IsoRange } from '../dates/calendar.ts';
import type { DateExpression } from '../dates/date-expressions.ts';

/** How far back from publication an undated claim may reach. */
const RECENT_DAYS = 31;
/** How far apart two reports of one event may date it. */
const SLACK_DAYS = 7;

/** The time of a claim: its stated dates, or the weeks before publication, or nothing known. */
export interface ClaimTime {
  ranges: readonly IsoRange[];
  /** True when the ranges come from the claim's own words. */
  stated: boolean;
  /** Stated ranges of day, week or month precision: precise enough to confirm a match. */
  precise: readonly IsoRange[];
  /** Publication date of the claim's article, when known. */
  published?: string | undefined;
}

/** The time of a claim with these dates in an article published on `published`. */
export function claimTime(dates: readonly DateExpression[], published: string | undefined): ClaimTime {
  if (dates.length > 0) {
    const ranges = dates.map((d) =>
      // "seit 2010" reaches up to the report itself.
      d.qualifier === 'since' && published && published > d.date.end ? { start: d.date.start, end: published } : d.date,
    );
    const precise = dates.filter((d) => d.precision === 'day' || d.precision === 'week' || d.precision === 'month').map((d) => d.date);
    return { ranges, stated: true, precise, published };
  }
  if (!published) return { ranges: [], stated: false, precise: [] };
  return { ranges: [{ start: addDays(published, -RECENT_DAYS), end: published }], stated: false, precise: [], published };
}

/**
 * How two claim times relate: the same precise date; both undated in
 * reports of the same week (`cycle`: the same news, most likely);
 * compatible; apart; not known; or `impossible`: one states a precise date
 * after the other report was published (a report of November 2022 cannot
 * tell of a call in March 2025), or both state precise dates that lie
 * apart (two calls, not one).
 */
export type Agreement = 'same' | 'cycle' | 'compatible' | 'apart' | 'unknown' | 'impossible';

export function dateAgreement(a: ClaimTime, b: ClaimTime): Agreement {
  if (a.precise.some((x) => b.precise.some((y) => overlaps(x, y, 0)))) return 'same';
  if (after(a, b.published) || after(b, a.published)) return 'impossible';
  if (a.ranges.length === 0 || b.ranges.length === 0) return 'unknown';
  if (!a.stated && !b.stated && overlaps(a.ranges[0]!, b.ranges[0]!, SLACK_DAYS - RECENT_DAYS)) return 'cycle';
  if (a.ranges.some((x) => b.ranges.some((y) => overlaps(x, y, SLACK_DAYS)))) return 'compatible';
  return a.precise.length > 0 && b.precise.length > 0 ? 'impossible' : 'apart';
}

/** Whether every precise date the claim states lies after `published` (a day's slack for time zones). */
function after(time: ClaimTime, published: string | undefined): boolean {
  return published !== undefined && time.precise.length > 0 && time.precise.every((range) => range.start > addDays(published, 1));
}

function overlaps(x: IsoRange, y: IsoRange, slackDays: number): boolean {
  return addDays(x.start, -slackDays) <= y.end && y.start <= addDays(x.end, slackDays);
}
