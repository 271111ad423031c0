/**
 * Finds the registry's names in text. All aliases are compiled into one
 * regular expression shaped like a trie (`Na(?:ryshkin|ryschkin)…`), so the
 * engine follows one path per position instead of trying hundreds of
 * alternatives: the matcher runs over every sentence of the dossier.
 */
import type { Entity } from './entity.ts';
import { normalizeAlias } from './normalize-alias.ts';

/** One name found in a text: offsets into it (the genitive `s` included) and the entity it stands for. */
export interface Mention {
  start: number;
  end: number;
  entity: string;
  /** Found through a contextual alias (a title such as `Kreml-Sprecher`). */
  contextual: boolean;
}

interface AliasTarget {
  entity: string;
  contextual: boolean;
}

/** The compiled registry; build it once with {@link compileEntityMatcher} and reuse it. */
export interface EntityMatcher {
  /** Entities that have contextual aliases. */
  readonly contextualEntities: ReadonlySet<string>;
  /** Direct aliases, global. */
  readonly direct: RegExp | undefined;
  /** Direct and contextual aliases, global. */
  readonly all: RegExp | undefined;
  /** Direct aliases, sticky: the longest one starting exactly at `lastIndex`. */
  readonly directAt: RegExp | undefined;
  readonly targets: ReadonlyMap<string, AliasTarget>;
}

/**
 * A letter or digit next to a match means it is part of a longer word
 * (`Reed` in `Reederei`). A hyphen is a boundary: German compounds such as
 * `Ukraine-Konflikt` or `CIA-Chef` name the entity.
 */
const WORD_CHAR = '[\\p{L}\\p{N}_]';

/**
 * Names are matched as written (case-sensitive, so `But` is not `but`), plus
 * an optional genitive `s` (`Naryschkins`, `Russlands`). Other inflected
 * forms (`Weißen Hauses`) are aliases of their own.
 */
function compile(aliases: readonly string[], flags: string): RegExp | undefined {
  if (aliases.length === 0) return undefined;
  return new RegExp(`(?<!${WORD_CHAR})(${trieSource(aliases)})s?(?!${WORD_CHAR})`, flags);
}

/** Compiles the registry. Every name, alias and contextual alias of every entity is looked for. */
export function compileEntityMatcher(entities: readonly Entity[]): EntityMatcher {
  const targets = new Map<string, AliasTarget>();
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases]) targets.set(normalizeAlias(alias), { entity: entity.id, contextual: false });
    for (const alias of entity.contextual) targets.set(normalizeAlias(alias), { entity: entity.id, contextual: true });
  }
  const direct = [...targets].filter(([, target]) => !target.contextual).map(([alias]) => alias);
  return {
    contextualEntities: new Set(entities.filter((e) => e.contextual.length > 0).map((e) => e.id)),
    direct: compile(direct, 'gu'),
    all: compile([...targets.keys()], 'gu'),
    directAt: compile(direct, 'yu'),
    targets,
  };
}

/**
 * The next match of `regex` (global or sticky) in `text` from its
 * `lastIndex`, which it advances past the match; undefined when there is none.
 */
export function nextMatch(matcher: EntityMatcher, regex: RegExp | undefined, text: string): Mention | undefined {
  const match = regex?.exec(text);
  if (!match) return undefined;
  const target = matcher.targets.get(normalizeAlias(match[1]!));
  // Every alternative of the expression is a key of `targets`.
  if (!target) throw new Error(`Matched \`${match[1]}\`, which is no alias.`);
  return { start: match.index, end: match.index + match[0].length, ...target };
}

/** Every mention of a direct alias in `text`: leftmost, longest, never overlapping. */
export function directMentions(matcher: EntityMatcher, text: string): Mention[] {
  const mentions: Mention[] = [];
  if (!matcher.direct) return mentions;
  matcher.direct.lastIndex = 0;
  for (let m = nextMatch(matcher, matcher.direct, text); m; m = nextMatch(matcher, matcher.direct, text)) mentions.push(m);
  return mentions;
}

/** The longest direct alias starting exactly at `position`. */
export function directMentionAt(matcher: EntityMatcher, text: string, position: number): Mention | undefined {
  if (!matcher.directAt) return undefined;
  matcher.directAt.lastIndex = position;
  return nextMatch(matcher, matcher.directAt, text);
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** An alias ends here. */
  end: boolean;
}

/** Alternation of `aliases` as a trie; at each node longer continuations come first (greedy `?`). */
function trieSource(aliases: readonly string[]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const alias of aliases) {
    let node = root;
    for (const char of alias) {
      let child = node.children.get(char);
      if (!child) node.children.set(char, (child = { children: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return branchSource(root);
}

function branchSource(node: TrieNode): string {
  const branches = [...node.children]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([char, child]) => charSource(char) + branchSource(child));
  if (branches.length === 0) return '';
  const alternation = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${alternation})?` : alternation;
}

/** A space in an alias matches any run of whitespace (line breaks, no-break spaces). */
function charSource(char: string): string {
  if (char === ' ') return '\\s+';
  return /[\^$\\.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
