/**
 * Which line of a page is its headline. The page says what its headline is
 * (JSON-LD `headline`, `og:title`, read by page-metadata.ts); the line that
 * shows it is the title line. When no line shows it, the stated headline is
 * still the title, standing where the `<h1>` at the top of the main text
 * stands; without a statement, that `<h1>` is the title. A `<title>` alone
 * is no statement the `<h1>` has to yield to: it is written for search
 * engines (`Günstige Ferienhäuser an der Müritz.`, `Home`) where the `<h1>`
 * is written for the reader.
 */
import type { PageLine } from './visible-text.ts';

/** The chosen title: the line that shows it (or -1), and its text. */
export interface PageTitle {
  line: number;
  text: string;
}

/** What the page states about its headline (see page-metadata.ts). */
export interface StatedHeadline {
  /** The headline, without the site's name. */
  text?: string | undefined;
  /** Only the page's `<title>` states it. */
  fromTitleTag?: boolean | undefined;
  /**
   * Every statement, strongest first (JSON-LD, Open Graph, Twitter), each as stripped of the site's name and as
   * written: when they disagree, the one a line above the text shows is the headline the reader sees.
   */
  all?: readonly string[] | undefined;
}

const comparable = (text: string) => text.normalize('NFC').toLowerCase().replace(/[\s\u00ad]+/g, ' ').replace(/[„“”"«»‚‘’']/g, '').trim();

/** Picks the title: the page's stated headline (at the line showing it, else at the main `<h1>`), else the main `<h1>`. */
export function findTitle(lines: readonly PageLine[], inMain: readonly boolean[], stated: StatedHeadline): PageTitle {
  const firstMain = inMain.indexOf(true);
  const h1 = pickH1(lines, firstMain);
  const headline = stated.text;
  if (headline && stated.fromTitleTag && h1 !== -1) {
    // Where `<title>` and an `<h1>` say the same, that `<h1>` is the headline (of a page with an `<h1>` per menu section).
    const both = lines.findIndex((line) => line.tag === 'h1' && comparable(line.text) === comparable(headline));
    const line = both === -1 ? h1 : both;
    return { line, text: lines[line]!.text };
  }
  if (headline) {
    const wanted = comparable(headline);
    const showing = lines.flatMap((line, i) => (comparable(line.text) === wanted ? [i] : []));
    // Of several lines showing it (a breadcrumb, the headline, a teaser), the one nearest above the text.
    const line = showing.filter((i) => firstMain === -1 || i <= firstMain).at(-1) ?? showing[0];
    if (line !== undefined) return { line, text: lines[line]!.text };
    // Another statement (og:title where the JSON-LD headline differs) that the headline's place shows.
    const other = shownAbove(lines, firstMain, h1, stated.all ?? []);
    if (other !== undefined) return { line: other, text: lines[other]!.text };
    // A line shows one side of it (`Headline | Some Site`, `Headline – Subtitle` whose site name or second part
    // the page names nowhere else): the page shows that side as its headline.
    const side = lines.flatMap((l, i) => (l.tag === 'h1' && (firstMain === -1 || i <= firstMain) && isSideOf(comparable(l.text), wanted) ? [i] : []));
    if (side.length > 0) return { line: side.at(-1)!, text: lines[side.at(-1)!]!.text };
    // No line shows it exactly (split over two `<h1>`s, a kicker in the `<h1>`, or not shown at all):
    // the page's statement is the title, and the `<h1>` is where it stands.
    return { line: h1, text: headline };
  }
  return { line: h1, text: lines[h1]?.text ?? '' };
}

/** The main `<h1>`, or else the last line above the text, that shows one of `statements` (in their order). */
function shownAbove(lines: readonly PageLine[], firstMain: number, h1: number, statements: readonly string[]): number | undefined {
  for (const statement of statements) {
    const wanted = comparable(statement);
    if (h1 !== -1 && comparable(lines[h1]!.text) === wanted) return h1;
    const above = lines.flatMap((line, i) => (i <= firstMain && comparable(line.text) === wanted ? [i] : []));
    if (above.length > 0) return above.at(-1);
  }
  return undefined;
}

/** Separators between a headline and the site's name or a second part, with a space before them (`A | B`, `A - B`). */
const SIDE_SEPARATOR = /^\s+[|\-–—·•»«›‹/:]{1,2}\s/;

/** Whether `part` (two words or more) is the start or end of `whole`, cut off at a separator. */
function isSideOf(part: string, whole: string): boolean {
  if (part.split(' ').length < 2 || part.length >= whole.length) return false;
  if (whole.startsWith(part) && SIDE_SEPARATOR.test(whole.slice(part.length))) return true;
  const before = whole.slice(0, whole.length - part.length);
  return whole.endsWith(part) && SIDE_SEPARATOR.test([...before].reverse().join(''));
}

/** The last `<h1>` before (or at the start of) the main text, else the first `<h1>` on the page. */
function pickH1(lines: readonly PageLine[], firstMain: number): number {
  const h1 = lines.flatMap((line, i) => (line.tag === 'h1' ? [i] : []));
  if (firstMain === -1) return h1[0] ?? -1;
  return h1.filter((i) => i <= firstMain).at(-1) ?? h1[0] ?? -1;
}
