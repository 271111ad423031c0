/**
 * The fixed query set of the search benchmark, and what each query should
 * find: names as the texts spell them, one-letter typos of them, forms the
 * texts never use (English, Cyrillic: only the registry knows them),
 * phrases, several names at once, and boilerplate that must find nothing.
 */
import { containsPhrase } from '../src/lib/search/parse-query.ts';
import { tokenize } from '../src/lib/search/normalize.ts';
import { CAST } from './synthetic-lexicon.ts';

export type QueryKind = 'exact' | 'typo' | 'transliteration' | 'phrase' | 'several' | 'boilerplate';

/** A benchmark query: the claims it should find are those naming all `entities` (any spelling) and containing `phrase`. */
export interface BenchQuery {
  q: string;
  kind: QueryKind;
  entities?: string[];
  phrase?: string;
}

const e = (q: string, kind: QueryKind, ...entities: string[]): BenchQuery => ({ q, kind, entities });
const p = (q: string, kind: QueryKind, phrase: string): BenchQuery => ({ q, kind, phrase });

export const QUERIES: BenchQuery[] = [
  e('Naryschkin', 'exact', 'sergey-naryshkin'),
  e('Sacharowa', 'exact', 'maria-zakharova'),
  e('Peskow', 'exact', 'dmitry-peskov'),
  e('Prigoschin', 'exact', 'yevgeny-prigozhin'),
  e('Uschakow', 'exact', 'yuri-ushakov'),
  e('Dschidda', 'exact', 'jeddah'),
  e('Charkiw', 'exact', 'kharkiv'),
  e('Witkoff', 'exact', 'steve-witkoff'),
  e('Naryschkln', 'typo', 'sergey-naryshkin'),
  e('Sacharwa', 'typo', 'maria-zakharova'),
  e('Peskoww', 'typo', 'dmitry-peskov'),
  e('Prigoschni', 'typo', 'yevgeny-prigozhin'),
  e('Bortnikof', 'typo', 'alexander-bortnikov'),
  e('Dschida', 'typo', 'jeddah'),
  e('Ratclife', 'typo', 'john-ratcliffe'),
  e('Ankarra', 'typo', 'ankara'),
  e('Zakharova', 'transliteration', 'maria-zakharova'),
  e('Захарова', 'transliteration', 'maria-zakharova'),
  e('Нарышкин', 'transliteration', 'sergey-naryshkin'),
  e('Prigozhin', 'transliteration', 'yevgeny-prigozhin'),
  e('Bortnikov', 'transliteration', 'alexander-bortnikov'),
  e('Ushakov', 'transliteration', 'yuri-ushakov'),
  e('Jeddah', 'transliteration', 'jeddah'),
  e('Riyadh', 'transliteration', 'riyadh'),
  e('Kharkiv', 'transliteration', 'kharkiv'),
  e('Geneva', 'transliteration', 'geneva'),
  e('Патрушев', 'transliteration', 'nikolai-patrushev'),
  p('Gefangenenaustausch', 'phrase', 'Gefangenenaustausch'),
  p('Gefangenenaustauch', 'typo', 'Gefangenenaustausch'),
  p('"regelmäßigen Kontakt"', 'phrase', 'regelmäßigen Kontakt'),
  p('Getreideabkommen', 'phrase', 'Getreideabkommen'),
  p('"internationale Stabilität"', 'phrase', 'internationale Stabilität'),
  e('Naryschkin Burns', 'several', 'sergey-naryshkin', 'william-burns'),
  e('Lawrow Rubio Riad', 'several', 'sergey-lavrov', 'marco-rubio', 'riyadh'),
  e('Witkoff Uschakow', 'several', 'steve-witkoff', 'yuri-ushakov'),
  { q: 'Abonnieren', kind: 'boilerplate' },
  { q: 'SeaPRwire liefert', kind: 'boilerplate' },
  { q: 'loggen', kind: 'boilerplate' },
  { q: 'Registrierung erfolgreich', kind: 'boilerplate' },
  { q: 'Bilddatenbank', kind: 'boilerplate' },
  { q: 'Newsticker', kind: 'boilerplate' },
];

/** The spellings of an entity the texts use, as a pattern (whole words, genitive included). */
function spellings(id: string): RegExp {
  const entity = CAST.find((c) => c.id === id);
  if (!entity) throw new Error(`No entity ${id} in the cast`);
  const forms = [entity.deShort, entity.enShort].filter((f): f is string => f !== undefined);
  return new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?:s|’)?(?![\\p{L}])`, 'u');
}

/** Whether a claim's text is one the query should find. */
export function isAnswer(query: BenchQuery, text: string): boolean {
  if (query.kind === 'boilerplate') return false;
  if (query.entities && !query.entities.every((id) => spellings(id).test(text))) return false;
  if (query.phrase) {
    const words = tokenize(text).map((t) => t.folded);
    return containsPhrase(words, tokenize(query.phrase).map((t) => t.folded));
  }
  return true;
}
