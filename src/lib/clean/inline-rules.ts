/**
 * Boilerplate that sits inside a line of article text: a press-wire tag
 * before the first sentence, a "read more" link glued after the last one,
 * and teaser headlines of other articles glued into a paragraph.
 */
import { curatorInlineMatches, type CompiledRule } from './curator-rules.ts';
import { normalizeSpace } from './normalize-space.ts';
import { reasonFor, type BuiltinRuleId } from './rule-reasons.ts';

/** A match inside one line, as offsets into that line's raw text. */
export interface InlineMatch {
  start: number;
  end: number;
  rule: BuiltinRuleId;
}

const WIRE_TAG = /^[\s\u00a0]*(?:[\p{Lu}][\p{L}./-]*(?: [\p{Lu}][\p{L}./-]*){0,2}\s+)?\((?:SeaPRwire|dpa|AFP|Reuters|AP|KNA|epd|APA|SDA|ots|dts|PRNewswire|Business Wire|GlobeNewswire)\)[\s\u00a0]*[–—-][\s\u00a0]*/u;

const READ_MORE_TAIL = /(?<=\S)[\s\u00a0]+(?:Mehr zum Thema|Lesen Sie auch|Lesen Sie mehr)[\s\u00a0]*[-–—:][\s\u00a0][^\n]*$/u;

/**
 * German words that start sentences but stand lowercase inside one. Seen
 * capitalised right after a lowercase word, they mark a sentence boundary
 * whose full stop is missing: the place where something was glued in.
 */
const SENTENCE_OPENERS =
  'In|Im|Am|An|Auf|Aus|Bei|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Es|Er|Sie|Wir|Ich|Seit|Nach|Vor|Mit|Für|Über|Unter|Zu|Zum|Zur|Wie|Wenn|Als|Doch|Aber|Und|Auch|Diese|Dieser|Dieses|Damit|Dabei|Danach|Zudem|Laut|Nachdem|Während|Trotz|Bereits|Inzwischen|Zuvor|Später|Damals';

const MISSING_BOUNDARY = new RegExp(`(?<=[\\p{Ll}\\d])[ \\u00a0]+(?=(?:${SENTENCE_OPENERS})[ \\u00a0])`, 'gu');

/** Where sentences end: terminal punctuation, an optional closing quote, then space. */
const SENTENCE_END = /[.!?…]["“”»«’]?[\s\u00a0]+/gu;

/** "Lawrow: USA und NATO wollen …": one or two capitalised words, a colon, a statement. */
const HEADLINE_WITH_SPEAKER = /^[\p{Lu}][\p{L}\p{N}-]*(?: [\p{Lu}][\p{L}\p{N}-]*)?: \S/u;

function lastSentenceStartBefore(line: string, position: number): number {
  let start = 0;
  for (const m of line.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > position) break;
    start = end;
  }
  return start;
}

function isGluedHeadline(candidate: string): boolean {
  const words = candidate.trim().split(/[\s\u00a0]+/u).length;
  return HEADLINE_WITH_SPEAKER.test(candidate.trim()) && words >= 3 && words <= 20 && !/[.!?…]/u.test(candidate);
}

/** Teaser headlines glued into a line of prose without punctuation. */
export function gluedTeasers(line: string): InlineMatch[] {
  const found: InlineMatch[] = [];
  const ends = [...line.matchAll(MISSING_BOUNDARY)].map((m) => m.index ?? 0);
  // A headline glued at the very end of a paragraph has no boundary after it.
  if (!/[.!?…:;,"“”»«’)\]]$/u.test(line.trimEnd())) ends.push(line.trimEnd().length);
  for (const end of ends) {
    const start = lastSentenceStartBefore(line, end);
    if (start === 0 && end === line.trimEnd().length) continue; // the whole line: not glued
    const candidate = line.slice(start, end);
    if (isGluedHeadline(candidate)) found.push({ start, end, rule: 'glued-teaser' });
  }
  return found;
}

/** An inline removal with its rule id and reason. */
export interface InlineRemoval {
  start: number;
  end: number;
  id: string;
  reason: string;
}

/**
 * Every inline removal in one raw line, curator rules first: sorted, and
 * never overlapping (a match that starts inside an earlier one is dropped).
 */
export function inlineRemovals(line: string, curator: readonly CompiledRule[], language: string): InlineRemoval[] {
  const builtin: InlineMatch[] = [];
  const tag = WIRE_TAG.exec(line);
  if (tag && tag[0].length < line.length) builtin.push({ start: tag.index, end: tag.index + tag[0].length, rule: 'press-wire-dateline' });
  const tail = READ_MORE_TAIL.exec(line);
  if (tail) builtin.push({ start: tail.index, end: tail.index + tail[0].length, rule: 'read-more' });
  builtin.push(...gluedTeasers(line));
  const all = [
    ...curatorInlineMatches(curator, line),
    ...builtin.map((m) => ({ start: m.start, end: m.end, id: m.rule, reason: reasonFor(m.rule, language) })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: InlineRemoval[] = [];
  for (const m of all) if (m.start >= (kept.at(-1)?.end ?? 0)) kept.push(m);
  return kept;
}

/** The line without its inline removals, whitespace normalised. */
export function withoutInline(line: string, removals: readonly InlineRemoval[]): string {
  let text = '';
  let cursor = 0;
  for (const r of removals) {
    text += `${line.slice(cursor, r.start)} `;
    cursor = r.end;
  }
  return normalizeSpace(text + line.slice(cursor));
}
