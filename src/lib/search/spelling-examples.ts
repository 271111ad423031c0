/**
 * The examples of the search page's hint that other spellings of a name
 * are found: the spellings of one entity of the dossier's own registry
 * (`Zakharova, Sacharowa, Захарова` in a dossier about Russia), so the hint
 * shows what this dossier's search can do with its own names.
 */
/** At most this many spellings: the hint is one line. */
const MAX_EXAMPLES = 3;

/** The writing systems of a spelling (Latin, Cyrillic, …), by Unicode script of its letters. */
function scripts(spelling: string): Set<string> {
  const found = new Set<string>();
  for (const c of spelling) {
    if (/\p{Script=Latin}/u.test(c)) found.add('Latin');
    else if (/\p{Script=Cyrillic}/u.test(c)) found.add('Cyrillic');
    else if (/\p{L}/u.test(c)) found.add('other');
  }
  return found;
}

/**
 * Spellings of one entity to show as examples: its one-word spellings
 * (name and aliases) that differ in more than case, from the entity with the
 * most of them, then the most writing systems among them, then the first
 * in the registry. None when no entity has two.
 */
export function spellingExamples(entities: readonly { name: string; aliases: readonly string[] }[]): string[] {
  let best: { spellings: string[]; scripts: number } | undefined;
  for (const { name, aliases } of entities) {
    const byCase = new Map<string, string>();
    for (const spelling of [name, ...aliases].map((a) => a.trim())) {
      if (/\p{L}/u.test(spelling) && !/\s/.test(spelling) && !byCase.has(spelling.toLowerCase())) byCase.set(spelling.toLowerCase(), spelling);
    }
    const spellings = [...byCase.values()].slice(0, MAX_EXAMPLES);
    const count = new Set(spellings.flatMap((s) => [...scripts(s)])).size;
    if (spellings.length >= 2 && (!best || spellings.length > best.spellings.length || (spellings.length === best.spellings.length && count > best.scripts))) {
      best = { spellings, scripts: count };
    }
  }
  return best?.spellings ?? [];
}
