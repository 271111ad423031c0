/**
 * Entity mentions in one document (an article: its paragraphs, sentences or
 * text nodes). Direct aliases count everywhere; contextual ones (titles such
 * as `Kreml-Sprecher`) only in a document that names their entity directly,
 * and not where they merely introduce that name (`Kreml-Sprecher Dmitri
 * Peskow`): there the words are a title and the name is the mention.
 */
import { directMentionAt, directMentions, nextMatch, type EntityMatcher, type Mention } from './entity-matcher.ts';

/** `Dmitri Peskow, der Kreml-Sprecher`: what may stand between a name and the title that follows it. */
const TITLE_AFTER_NAME = /^[\s,]*(?:(?:der|die|das|des|dem|den)\s+)?$/u;
/** `der Kreml-Sprecher, Dmitri Peskow`: what may stand between a title and the name that follows it. */
const NAME_AFTER_TITLE = /[\s,]*/uy;

/**
 * The mentions in each of `texts`, which together form one document, in
 * text order: leftmost, longest first, never overlapping.
 */
export function findMentions(matcher: EntityMatcher, texts: readonly string[]): Mention[][] {
  const direct = texts.map((text) => directMentions(matcher, text));
  const named = new Set(direct.flat().map((m) => m.entity));
  if (![...named].some((entity) => matcher.contextualEntities.has(entity))) return direct;
  return texts.map((text) => mentionsInContext(matcher, text, named));
}

function mentionsInContext(matcher: EntityMatcher, text: string, named: ReadonlySet<string>): Mention[] {
  const mentions: Mention[] = [];
  const all = matcher.all!;
  all.lastIndex = 0;
  for (let m = nextMatch(matcher, all, text); m; m = nextMatch(matcher, all, text)) {
    if (!m.contextual || (named.has(m.entity) && !introducesName(matcher, text, m, mentions.at(-1)))) {
      mentions.push(m);
      continue;
    }
    // The contextual alias does not count here; a direct one may start at the same place (`Kreml` in `Kreml-Sprecher`).
    const fallback = directMentionAt(matcher, text, m.start);
    if (fallback) mentions.push(fallback);
    all.lastIndex = fallback ? fallback.end : m.start + 1;
  }
  return mentions;
}

/** Whether the title `m` stands next to its entity's name, as its apposition. */
function introducesName(matcher: EntityMatcher, text: string, m: Mention, previous: Mention | undefined): boolean {
  if (previous?.entity === m.entity && TITLE_AFTER_NAME.test(text.slice(previous.end, m.start))) return true;
  NAME_AFTER_TITLE.lastIndex = m.end;
  NAME_AFTER_TITLE.exec(text);
  return directMentionAt(matcher, text, NAME_AFTER_TITLE.lastIndex)?.entity === m.entity;
}
