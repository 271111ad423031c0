/**
 * `dossier check`'s list of uncovered names: each as an entry to paste under
 * `entities:` in `content/entities.yaml`, with where it occurs as a comment.
 */
import { Document, isSeq } from 'yaml';
import { slugify } from '../text/slugify.ts';
import { ENTITIES_FILE } from './entity.ts';
import type { UncoveredName } from './uncovered-names.ts';

/** Characters of context shown on each side of a name. */
const CONTEXT = 40;

/** The registry entry for a name, indented to go under `entities:`. Its empty description must be written before the build accepts it. */
export function suggestedEntry(name: UncoveredName): string {
  const doc = new Document([
    {
      id: slugify(name.name),
      name: name.name,
      type: name.type,
      description: '',
      aliases: name.forms.filter((form) => form !== name.name),
    },
  ]);
  const aliases = doc.getIn([0, 'aliases'], true);
  if (isSeq(aliases)) aliases.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd().split('\n').map((line) => `  ${line}`).join('\n');
}

/** The whole section for `dossier check`, or an empty string when every name is covered. */
export function formatUncoveredNames(names: readonly UncoveredName[]): string {
  if (names.length === 0) return '';
  const entries = names.map((name) => `  # ${name.count}× ${name.file}: „${excerptAround(name.sentence, name.forms[0]!)}“\n${suggestedEntry(name)}`);
  return (
    `${names.length === 1 ? '1 name' : `${names.length} names`} in the articles no entity covers. To link one, paste its entry under ` +
    `\`entities:\` in ${ENTITIES_FILE}, check the type (person, organisation, place or event) and write the description; ` +
    `if it is another spelling of a listed entity, add it to that entity's aliases instead.\n\n${entries.join('\n\n')}\n`
  );
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
