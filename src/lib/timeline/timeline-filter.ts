/**
 * The timeline's filter by registry entry, outlet and year: which events a
 * choice keeps, and the choices a page of events offers. Shared by the page
 * (which writes each event's keys into its markup) and the browser script
 * that filters them (src/scripts/timeline-filter.ts), so both read an event
 * the same way.
 */
import type { TimelineEntry } from './build-timeline.ts';

/** What the filter compares of one event: all its reports' outlets and named entries, and its year. */
export interface EventKeys {
  outlets: readonly string[];
  entities: readonly string[];
  year: string;
}

/** A reader's choice; an empty or missing value does not filter. */
export interface TimelineFilter {
  entity?: string | undefined;
  outlet?: string | undefined;
  year?: string | undefined;
}

/** The keys of one event: any report's outlet or entry counts, as the event is theirs together. */
export function eventKeys(entry: TimelineEntry): EventKeys {
  return {
    outlets: [...new Set(entry.sources.map((s) => s.outlet))],
    entities: [...new Set(entry.sources.flatMap((s) => s.entities))],
    year: entry.date.start.slice(0, 4),
  };
}

/** Whether an event passes every part of the filter that is set. */
export function keepsEvent(keys: EventKeys, filter: TimelineFilter): boolean {
  return (
    (!filter.entity || keys.entities.includes(filter.entity)) &&
    (!filter.outlet || keys.outlets.includes(filter.outlet)) &&
    (!filter.year || keys.year === filter.year)
  );
}

/** The choices a page of events offers: only values some event has, so no choice alone leaves the page empty. */
export function filterChoices(entries: readonly TimelineEntry[], entityName: (id: string) => string | undefined, language: string) {
  const keys = entries.map(eventKeys);
  const byName = (a: string, b: string) => a.localeCompare(b, language);
  const entities = [...new Set(keys.flatMap((k) => k.entities))]
    .flatMap((id) => {
      const name = entityName(id);
      return name === undefined ? [] : [{ id, name }];
    })
    .sort((a, b) => byName(a.name, b.name));
  return {
    entities,
    outlets: [...new Set(keys.flatMap((k) => k.outlets))].sort(byName),
    years: [...new Set(keys.map((k) => k.year))].sort(),
  };
}
