/**
 * The labelled development pages, as the evaluation and training scripts read
 * them: NAME.txt (the copied text), NAME.json (hand labels), NAME.html (for
 * the headline the page states). Matching follows the development set's
 * scorer: NFC, invisible characters removed, whitespace collapsed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../src/lib/text/decode-bytes.ts';
import { decodeHtml, statedHeadlines } from './eval-headline-reference.ts';

/** A page's hand labels. */
export interface Labels {
  url: string;
  keep: string[];
  drop: string[];
  drop_comments?: string[];
}

/** One labelled page. */
export interface Page {
  name: string;
  labels: Labels;
  text: string;
  /** Headlines the HTML states (empty when it states none). */
  headlines: string[];
  /** Which half of the hosts the page belongs to: tune on A, check on B. */
  half: 'A' | 'B';
}

/** As the scorer's norm(): NFC, invisible characters removed, whitespace runs collapsed. */
export const norm = (s: string) =>
  s.normalize('NFC').replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Looser form for comparing titles: case, quotes, dashes, an ellipsis typed as three dots and a space before
 * punctuation do not matter (pages join a kicker to its headline with " : " in one place and ": " in another;
 * a page's text shows "Alles hat seine Zeit…" where its og:title says "Alles hat seine Zeit...").
 */
export const loose = (s: string) =>
  norm(s).toLowerCase().replace(/…/g, '...').replace(/[„“”»«"‚‘’'`´]/g, '').replace(/[‐-―−-]/g, '-').replace(/\s+([:,;.!?])/g, '$1').replace(/\s+/g, ' ').trim();

/** Half of a host, stable across runs (FNV-1a of the host name). */
export function halfOf(url: string): 'A' | 'B' {
  const host = new URL(url).hostname.replace(/^www\./, '');
  let h = 0x811c9dc5;
  for (const ch of host) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'A' : 'B';
}

/** Reads every page of `dir` whose name contains `only` (all when not given), in name order. */
export function loadPages(dir: string, only?: string): Page[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .filter((n) => !only || n.includes(only))
    .sort();
  return names.map((name) => {
    const labels = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Labels;
    let headlines: string[] = [];
    try {
      headlines = statedHeadlines(decodeHtml(readFileSync(join(dir, `${name}.html`))), labels.url);
    } catch {
      // No HTML: the page has no title reference.
    }
    const text = decodeBytes(readFileSync(join(dir, `${name}.txt`)), name).text;
    return { name, labels, text, headlines, half: halfOf(labels.url) };
  });
}

/** Whether a title matches one of the headlines the page states. */
export const titleMatches = (title: string, headlines: readonly string[]) => headlines.some((h) => loose(h) === loose(title));
