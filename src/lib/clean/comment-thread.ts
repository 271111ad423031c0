/**
 * Reader comments: where a page's comment thread begins. Comments are prose,
 * so no shape tells them from article text; the thread around them does:
 * "Name sagt:", "Antworten", "Melden", "vor 3 Stunden", "Gefällt mir",
 * "12 Kommentare", "Schreibe einen Kommentar". Everything from the thread's
 * first line on is reader territory, never article text.
 */

const anchored = (parts: string[]) => new RegExp(`^(?:${parts.join('|')})$`, 'iu');

/** Lines that only occur in a comment thread: a commenter's handle, reply and report buttons, reply counts. */
const THREAD_MARK = anchored([
  String.raw`.{1,40}\s(?:sagt|schreibt|meint|kommentiert|antwortete|says|said)\s?:`,
  String.raw`.{1,40}\ssaid,? on .{4,40}`,
  String.raw`(?:Antworten|Antwort|Melden|Reply|Gefällt mir|Like|Zitieren|Teilen Antworten)(?:\s*\(?\d*\)?)?`,
  String.raw`[+-]?\d+ .{0,12}Antworten`,
  String.raw`(?:Comment|Kommentar) (?:by|von) .{1,80}`,
  String.raw`.{0,60}\b(?:Antworten|Zitieren|Melden|Reply|Quote)\s*#?`,
  String.raw`weitere Antworten anzeigen|\d+ Antworten? anzeigen|Gast|neuste älteste beste Bewertung|Kommentare abonnieren\??`,
]);

/** Time stamps: in a thread under every comment, but teaser lists carry them too, so alone they open nothing. */
const TIME_STAMP = anchored([
  String.raw`.{0,40}vor \d+ (?:Sekunden?|Minuten?|Stunden?|Tagen?|Wochen?|Monaten?|Jahren?)`,
  String.raw`\d{1,2}\.\d{1,2}\.\d{2,4}`,
  String.raw`.{0,40}\p{L}{3,}\.? \d{1,2}, \d{4}`,
  String.raw`.{0,40}\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:,)? (?:um )?\d{1,2}[:.]\d{2}(?::\d{2})?(?: Uhr)?`,
  String.raw`\d{1,2}\. \p{L}+\.? \d{4}`,
  String.raw`.{0,40}\d{1,2}\. \p{L}+\.? \d{4}(?: um| at|,| -| \/)? \d{1,2}[:.]\d{2}(?: Uhr)?`,
]);

/** Headers and forms that open a comment section. */
const THREAD_HEADER =
  /^(?:\d+\s+(?:Kommentare?|Comments?|Antworten|Leserbriefe?):?|Kommentare?\s*\(?\d*\)?:?|Comments?:?|Subscribe to comments.*|\d+ (?:Responses?|Antworten|Kommentare|Gedanken|Reaktionen|Meinungen) (?:to|zu|auf) .{1,200}|\d+\s+(?:Gedanken|Antworten|Meinungen|Reaktionen) zu .{1,200}|Leserkommentare?|Schreibe einen Kommentar|Kommentar (?:schreiben|verfassen|hinterlassen|abgeben)|Hinterlasse einen Kommentar|(?:Eine )?Antwort hinterlassen|Diskutieren Sie mit.*|Diskussion|Die Kommentarfunktion .{0,120}|Kommentare sind geschlossen\.?|Ihre Meinung ist gefragt.*|Leserbriefe?)$/iu;

/** How far after a header the thread's first marks must appear. */
const LOOKAHEAD = 40;

/**
 * Index of the first line of the reader comments, or -1 when the page has
 * none. A header or mark only opens the thread after `minProseBefore` words
 * of prose (a "4 Kommentare" counter under the headline opens nothing), and
 * only when more marks follow it: one "Antworten" is a word, three are a thread.
 * After a header, a time stamp is enough; without one, a reply button or
 * handle must show the thread (teaser lists carry time stamps too).
 *
 * @param texts whitespace-normalised lines ('' for blank ones)
 * @param proseWords words of running prose on each line (0 for other lines)
 */
export function commentThreadStart(texts: readonly string[], proseWords: readonly number[], minProseBefore = 80): number {
  // Each line is tested once; counts over the lookahead come from running sums.
  const strongUpTo = [0];
  const marksUpTo = [0];
  const proseAfter = new Array<number>(texts.length + 1).fill(0);
  texts.forEach((t, i) => {
    const mark = t !== '' && THREAD_MARK.test(t);
    // Every stamp has a digit; the test for one spares most lines the stamps' backtracking `.{0,40}` prefixes.
    const stamp = !mark && /\d/.test(t) && TIME_STAMP.test(t);
    strongUpTo.push(strongUpTo[i]! + (mark ? 1 : 0));
    marksUpTo.push(marksUpTo[i]! + (mark || stamp ? 1 : 0));
  });
  for (let i = texts.length - 1; i >= 0; i--) proseAfter[i] = proseAfter[i + 1]! + (proseWords[i] ?? 0);
  let prose = 0;
  for (let i = 0; i < texts.length; i++) {
    prose += proseWords[i] ?? 0;
    const text = texts[i]!;
    if (prose < minProseBefore || text === '') continue;
    const header = THREAD_HEADER.test(text);
    const own = marksUpTo[i + 1]! - marksUpTo[i]!;
    if (!header && own === 0) continue;
    const end = Math.min(texts.length, i + LOOKAHEAD);
    const strong = strongUpTo[end]! - strongUpTo[i]!;
    const marks = marksUpTo[end]! - marksUpTo[i + 1]!;
    // A closing form ("Schreibe einen Kommentar" with nothing after) is the end of the thread too.
    const restIsForm = header && proseAfter[i + 1] === 0;
    if ((header && marks >= 1) || (strong >= 1 && marks >= 2) || restIsForm) return i;
  }
  return -1;
}
