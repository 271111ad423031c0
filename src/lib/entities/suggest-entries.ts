/**
 * `dossier check`'s list of uncovered names: each as an entry to paste under
 * `entities:` in `content/entities.yaml`, with where it occurs as a comment.
 * Only the highest ranked are shown: once they are covered (or their words
 * are), the next ones come up.
 */
import { Document, isSeq } from 'yaml';
import { slugify } from '../text/slugify.ts';
import { ENTITIES_FILE } from './entity.ts';
import type { UncoveredName } from './uncovered-names.ts';

/** Characters of context shown on each side of a name. */
const CONTEXT = 40;

/** Names shown at most: 40 entries of 6 lines fill a few screens, and a list longer than that goes unread. */
export const SUGGESTION_LIMIT = 40;

/**
 * The registry entry for a name, indented to go under `entities:`. Its empty
 * description (and its empty type, where the text gave no firm evidence) must
 * be written before the build accepts it.
 */
export function suggestedEntry(name: UncoveredName): string {
  const doc = new Document([
    {
      id: slugify(name.name),
      name: name.name,
      type: name.type ?? '',
      description: '',
      aliases: name.aliases,
    },
  ]);
  const aliases = doc.getIn([0, 'aliases'], true);
  if (isSeq(aliases)) aliases.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd().split('\n').map((line) => `  ${line}`).join('\n');
}

/** The whole section for `dossier check` (the first {@link SUGGESTION_LIMIT} of `names`, ranked), or an empty string when every name is covered. */
export function formatUncoveredNames(names: readonly UncoveredName[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, SUGGESTION_LIMIT);
  const entries = shown.map((name) => `  # ${where(name)}: ${name.file}: „${excerptAround(name.sentence, name.name)}“\n${suggestedEntry(name)}`);
  const count = names.length === 1 ? '1 name' : `${names.length} names`;
  const which = shown.length < names.length ? ` These are the ${shown.length} named most often and most prominently.` : '';
  return (
    `${count} in the articles no entity covers.${which} To link one, paste its entry under ` +
    `\`entities:\` in ${ENTITIES_FILE}, write the type (person, organisation, place or event) where it is empty or check it, and write the description; ` +
    `if it is another spelling of a listed entity, add it to that entity's aliases instead; a word that names nothing you want to link can be ignored.\n\n${entries.join('\n\n')}\n`
  );
}

/** `3× in 2 articles`, or `3×` in one. */
function where(name: UncoveredName): string {
  return name.articles > 1 ? `${name.count}× in ${name.articles} articles` : `${name.count}×`;
}

function excerptAround(sentence: string, name: string): string {
  const at = Math.max(0, sentence.indexOf(name));
  // Whole words only: widen the window to the spaces around it.
  const before = sentence.lastIndexOf(' ', Math.max(0, at - CONTEXT));
  const after = sentence.indexOf(' ', at + name.length + CONTEXT);
  const start = before < 0 ? 0 : before + 1;
  const end = after < 0 ? sentence.length : after;
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end).trim()}${end < sentence.length ? '…' : ''}`;
}
