/**
 * The author's bio: a paragraph that opens with the name of the person the
 * byline names ("19.03.2019 11:45 | von Inga Buller" … "Inga Buller ist Head
 * of Social & Community bei CHIP.") or the name an author box sets on its own
 * line right above it ("Matthias Weber" / "Matthias Weber ist ERP-Experte …").
 * A name the article is about opens paragraphs too ("Birgit Kelle ist mit
 * Büchern und Vorträgen …"), so only a byline's or an author box's name counts.
 */
import { GERMAN_STOPWORDS } from './german-stopwords.ts';

/** Two or three capitalised words, a nobiliary particle allowed: "Jule Radeck", "Justus von Daniels". */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?:von |van |de )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}`;

/** "Von Jule Radeck Vom 3. Februar 2022", "… | von Inga Buller", "… Uhr - Markus Reuter - 91 Ergänzungen". */
const BYLINE = new RegExp(String.raw`(?:^|[|–-]\s*)(?:[Vv]on|[Bb]y|Autor(?:in)?:)\s+(${NAME})(?=$|[\s,|.])|\s[|–-]\s+(${NAME})\s+[|–-]\s`, 'u');

/** An author box's heading: the name alone, perhaps with a count ("Jule Radeck 300 posts"). */
const NAME_LINE = new RegExp(String.raw`^(${NAME})(?:\s+\d+\s+\p{L}+)?$`, 'u');

/** How a bio goes on after the name. */
const BIO_VERBS = 'ist|leitet|studierte|arbeitet|schreibt|beschäftigt sich|lebt|war|hat|betreut|verantwortet|berichtet';

/** A byline is short; a longer line that names someone after "von" is a sentence ("… unter der Leitung von …"). */
const BYLINE_MAX_WORDS = 12;

const wordCount = (text: string) => text.split(' ').length;

/** The authors a page names in a byline or an author box. */
function authorNames(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  const lines = texts.filter((t) => t !== '');
  lines.forEach((text, k) => {
    const box = NAME_LINE.exec(text)?.[1];
    if (box && (lines[k + 1] ?? '').startsWith(`${box} `)) names.add(box);
    const byline = wordCount(text) <= BYLINE_MAX_WORDS ? BYLINE.exec(text) : null;
    if (byline) names.add((byline[1] ?? byline[2])!);
  });
  // "Ihr Warenkorb" / "Ihr Warenkorb ist leer" has the shape of an author box.
  for (const name of names) if (GERMAN_STOPWORDS.has(name.split(' ')[0]!.toLowerCase())) names.delete(name);
  return names;
}

/** Indexes of the lines (whitespace-normalised texts) that are an author's bio. */
export function authorBioLines(texts: readonly string[]): number[] {
  const names = [...authorNames(texts)];
  if (names.length === 0) return [];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bio = new RegExp(`^(?:${names.map(escape).join('|')}) (?:${BIO_VERBS})\\b`, 'u');
  return texts.flatMap((text, i) => (bio.test(text) ? [i] : []));
}
