/**
 * Quoted phrases are checked on the text itself: the postings only say
 * that a claim contains every word of the phrase, not that they stand
 * together and in order. The texts live in chunks, so candidates are
 * checked best first, a batch at a time, until enough are confirmed: a
 * phrase query fetches about as many texts as it shows.
 */
import { containsPhrase } from './parse-query.ts';
import { tokenize } from './normalize.ts';

/** Whether `text` contains every phrase (folded word sequences) word for word. */
export function hasPhrases(text: string, phrases: readonly (readonly string[])[]): boolean {
  const words = tokenize(text).map((t) => t.folded);
  return phrases.every((phrase) => containsPhrase(words, phrase));
}

/** The first confirmed candidates (at most `limit`), how many were confirmed, and whether every candidate was checked. */
export interface Confirmed {
  hits: number[];
  confirmed: number;
  complete: boolean;
}

/**
 * Checks `candidates` in order, `limit` at a time (each batch's texts
 * fetched with `fetch` first), until `limit` pass `ok` or none are left.
 */
export async function confirmInBatches(
  candidates: readonly number[],
  limit: number,
  fetch: (batch: readonly number[]) => Promise<void>,
  ok: (candidate: number) => boolean,
): Promise<Confirmed> {
  const hits: number[] = [];
  let checked = 0;
  while (hits.length < limit && checked < candidates.length) {
    const batch = candidates.slice(checked, checked + limit);
    checked += batch.length;
    await fetch(batch);
    hits.push(...batch.filter(ok));
  }
  return { hits: hits.slice(0, limit), confirmed: hits.length, complete: checked === candidates.length };
}
