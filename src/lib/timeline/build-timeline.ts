/**
 * The dossier's timeline: every dated claim at the date it names, in
 * chronological order, with reports of the same event at the same date
 * grouped into one entry that lists all its sources.
 *
 * Two dated claims are one event when they resolve to the same date (same
 * range, precision and qualifier) and either report the same fact
 * (corroboration) or share enough words besides the date (`same-event.ts`).
 * Only claims at the same date are ever compared.
 */
import type { DateExpression } from '../dates/date-expressions.ts';
import { append } from '../links/multimap.ts';
import type { EventDate } from '../render/event-date.ts';
import { corroboratedEvent, eventWords, sameEvent, type EventEvidence } from './same-event.ts';

/** A claim as the articles collection stores it (the fields the timeline reads). */
export interface TimelineClaim {
  id: string;
  text: string;
  dates: readonly DateExpression[];
  corroboration: { reports: ReadonlyArray<{ claim: string }> };
}

/** An article as the articles collection stores it (the fields the timeline reads). */
export interface TimelineArticle {
  slug: string;
  title: string;
  outlet: string;
  /** Its language (BCP 47): an entry quoting an article in another language than the dossier's marks it. */
  language?: string | undefined;
  published?: string | undefined;
  claims: readonly TimelineClaim[];
  /** Entity ids by claim id, when the entity registry provides them. */
  claimEntities?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** One report of an event: the claim, its article, and the words that date it. */
export interface TimelineSource {
  claim: string;
  text: string;
  slug: string;
  title: string;
  outlet: string;
  language?: string | undefined;
  /** The date expression as written, e.g. `am 12. Februar`. */
  words: string;
  /** Ids of the registry entries the claim names (the timeline's filter by entry). */
  entities: readonly string[];
}

/** One event on the timeline. */
export interface TimelineEntry extends EventDate {
  /** Its reports, oldest article first. */
  sources: TimelineSource[];
}

/** The entries of one month (or, for whole years and seasons, of none). */
export interface TimelineGroup {
  /** 1–12 for entries dated to a day, week or month. */
  month?: number;
  entries: TimelineEntry[];
}

export interface TimelineYear {
  year: number;
  groups: TimelineGroup[];
}

const TIME_OF_DAY: ReadonlySet<string> = new Set(['morning', 'midday', 'afternoon', 'evening', 'night']);
/** Dates with more events than this are grouped by corroboration alone. */
const PAIRWISE_LIMIT = 200;
/** Coarser dates first among those beginning on the same day: the year before its January. */
const PRECISION_ORDER = { year: 0, season: 1, month: 2, week: 3, day: 4 } as const;

interface Event extends EventEvidence {
  source: TimelineSource;
  date: EventDate;
  published: string;
  reports: ReadonlySet<string>;
}

/** The events of a dossier, in chronological order: a long timeline is shown over several pages, each grouped with {@link timelineYears}. */
export function timelineEntries(articles: readonly TimelineArticle[]): TimelineEntry[] {
  const buckets = new Map<string, Event[]>();
  for (const article of articles) {
    for (const claim of article.claims) {
      const seen = new Set<string>();
      const words = claim.dates.length > 0 ? eventWords(claim.text, claim.dates) : new Set<string>();
      for (const expression of claim.dates) {
        const { date, precision, qualifier } = expression;
        // The time of day ("morgen Abend") does not make another date; "Mitte Juni" does.
        const part = qualifier && !TIME_OF_DAY.has(qualifier) ? qualifier : '';
        const key = `${precision}|${date.start}|${date.end}|${part}`;
        if (seen.has(key)) continue; // "am Dienstag … am Dienstag": one entry per claim and date.
        seen.add(key);
        const event: Event = {
          source: { claim: claim.id, text: claim.text, slug: article.slug, title: article.title, outlet: article.outlet, language: article.language, words: expression.text, entities: article.claimEntities?.[claim.id] ?? [] },
          date: { date, precision, ...(qualifier && { qualifier }) },
          published: article.published ?? '',
          words,
          entities: new Set(article.claimEntities?.[claim.id] ?? []),
          reports: new Set(claim.corroboration.reports.map((r) => r.claim)),
        };
        append(buckets, key, event);
      }
    }
  }
  return [...buckets.values()].flatMap(groupEvents).sort(chronological);
}

/**
 * The entries of one date: events joined when they are the same event.
 * Corroboration links (with words besides the date) are followed through an index; words and entities
 * are compared pairwise only within dates of at most {@link PAIRWISE_LIMIT}
 * events, so a crowded year of a large dossier stays linear.
 */
function groupEvents(events: readonly Event[]): TimelineEntry[] {
  const parent = events.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const join = (i: number, j: number) => {
    parent[root(j)] = root(i);
  };
  const byClaim = new Map(events.map((e, i) => [e.source.claim, i]));
  events.forEach((event, i) => {
    for (const report of event.reports) {
      const j = byClaim.get(report);
      if (j !== undefined && corroboratedEvent(event, events[j]!)) join(i, j);
    }
  });
  if (events.length <= PAIRWISE_LIMIT) {
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        if (sameEvent(events[i]!, events[j]!)) join(i, j);
      }
    }
  }
  const groups = new Map<number, Event[]>();
  events.forEach((event, i) => append(groups, root(i), event));
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort((a, b) => a.published.localeCompare(b.published) || a.source.slug.localeCompare(b.source.slug));
    return { ...sorted[0]!.date, sources: sorted.map((e) => e.source) };
  });
}

function chronological(a: TimelineEntry, b: TimelineEntry): number {
  return (
    a.date.start.localeCompare(b.date.start) ||
    PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision] ||
    a.date.end.localeCompare(b.date.end) ||
    a.sources[0]!.text.localeCompare(b.sources[0]!.text)
  );
}

/** Chronological entries (all of them, or one page's) by year, and within a year by month. */
export function timelineYears(entries: readonly TimelineEntry[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const entry of entries) {
    const [year, month] = entry.date.start.split('-').map(Number) as [number, number];
    const inMonth = entry.precision === 'day' || entry.precision === 'week' || entry.precision === 'month' ? month : undefined;
    let current = years.at(-1);
    if (current?.year !== year) years.push((current = { year, groups: [] }));
    let group = current.groups.at(-1);
    if (!group || group.month !== inMonth) current.groups.push((group = { ...(inMonth !== undefined && { month: inMonth }), entries: [] }));
    group.entries.push(entry);
  }
  return years;
}
