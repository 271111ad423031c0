/**
 * The occurrences of each uncovered name, added up: how often, where (see
 * PLACE_WEIGHTS in uncovered-names.ts), in which articles, in which forms,
 * and the sentence to quote. A surname alone (`Johnson`) counts for the one
 * person the dossier names in full with it (`Boris Johnson`), as an alias.
 */
import type { EntityType } from './entity.ts';
import { preferredForm } from './name-variants.ts';
import { agreedType } from './name-type.ts';
import type { UncoveredName } from './uncovered-names.ts';

/** One occurrence of a name. */
export interface Occurrence {
  form: string;
  type: EntityType | undefined;
  /** Its place's weight: title, lead or body. */
  weight: number;
  file: string;
  sentence: string;
}

interface Tally {
  forms: Map<string, number>;
  /** Forms that are aliases only (a surname merged into the full name). */
  aliasForms: Map<string, number>;
  count: number;
  weight: number;
  files: Set<string>;
  types: Array<EntityType | undefined>;
  /** The occurrence quoted: the most prominent, the first among equals (a headline shows best what the name is). */
  quoted: Occurrence;
}

/** The names' tallies by key (see inflectionKey). */
export type NameTally = Map<string, Tally>;

/** Adds one occurrence of the name with `key`. */
export function countOccurrence(tally: NameTally, key: string, occurrence: Occurrence): void {
  const entry: Tally = tally.get(key) ?? { forms: new Map(), aliasForms: new Map(), count: 0, weight: 0, files: new Set(), types: [], quoted: occurrence };
  entry.forms.set(occurrence.form, (entry.forms.get(occurrence.form) ?? 0) + 1);
  entry.count++;
  entry.weight += occurrence.weight;
  entry.files.add(occurrence.file);
  entry.types.push(occurrence.type);
  if (occurrence.weight > entry.quoted.weight) entry.quoted = occurrence;
  tally.set(key, entry);
}

/** The names, a surname merged into its person's full name, highest score (weight times articles) first. */
export function rankedNames(tally: NameTally): UncoveredName[] {
  mergeSurnames(tally);
  return [...tally.values()]
    .map(({ forms, aliasForms, count, weight, files, types, quoted }) => {
      const { name, aliases } = preferredForm(forms);
      return {
        name, aliases: [...aliases, ...aliasForms.keys()], type: agreedType(types), count, articles: files.size,
        score: weight * files.size, file: quoted.file, sentence: quoted.sentence,
      };
    })
    .sort((a, b) => b.score - a.score || b.count - a.count || a.name.localeCompare(b.name, 'de'));
}

function mergeSurnames(tally: NameTally): void {
  for (const [key, entry] of [...tally]) {
    if (key.includes(' ')) continue;
    const people = [...tally].filter(([other, e]) => other.endsWith(` ${key}`) && agreedType(e.types) === 'person');
    if (people.length !== 1) continue;
    const [, person] = people[0]!;
    for (const [form, n] of entry.forms) person.aliasForms.set(form, (person.aliasForms.get(form) ?? 0) + n);
    person.count += entry.count;
    person.weight += entry.weight;
    for (const file of entry.files) person.files.add(file);
    tally.delete(key);
  }
}
