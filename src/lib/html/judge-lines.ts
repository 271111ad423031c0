/**
 * Dossier's judgement on top of Readability's: which of a page's lines are
 * article text. Readability picks one container and sometimes misses the
 * lead above it or a paragraph it thought was furniture, and it keeps link
 * lists and comment threads that sit inside that container. The rules here
 * use what holds across sites: prose shape, link density, the page's
 * landmarks and comment sections, and the position relative to the title
 * and the main text.
 */
import { LINE_RULES } from '../clean/builtin-rules.ts';
import { promptRule } from '../clean/prompt-rules.ts';
import { compileRules } from '../clean/curator-rules.ts';
import { isProse, lineSignals, type LineSignals } from '../clean/line-signals.ts';
import { reasonFor, type BuiltinRuleId } from '../clean/rule-reasons.ts';
import type { Block, CleanOptions } from '../clean/types.ts';
import { isEndOfArticleMarker } from './section-markers.ts';
import type { PageLine } from './visible-text.ts';
import { primaryLanguage } from '../text/primary-language.ts';

/** A line's verdict: a block of the article, or a removal with its rule and reason. */
export type LineVerdict = { kind: Block['kind'] } | { rule: string; reason: string };

/** Lines at least this link-heavy are links to elsewhere, not text. */
const LINK_LINE = 0.5;
/** A line with less link text than this can be prose. */
const PROSE_LINKS = 0.3;

const LEAD_WORDS = 10;

/** A photo credit closing a short line ("… (Foto: Stadt Nordhausen)", "… Foto: dpa"): the line is a caption. */
const CREDIT_AT_END = /(?:\((?:Foto|Fotos|Bild|Bilder|Grafik|Abb\.|Abbildung|Quelle|Screenshot|Illustration)\s*:[^()]{1,80}\)|(?:Foto|Fotos|Bild|Bildquelle)\s*:\s*[^.!?]{1,60})$/u;
const CAPTION_WORDS = 35;

/** Calls to subscribe, register or download: the site's offers, not the article's text. */
const PROMPT = /\b(?:Newsletter|Jetzt (?:\p{L}+ ){0,3}(?:anmelden|abonnieren|bestellen|registrieren|testen|sichern|herunterladen|downloaden|kaufen)|(?:Melden Sie sich|Melde dich) (?:\p{L}+ ){0,4}an\b|Verpasse(?:n Sie)? (?:keine|nichts)|(?:Abonnieren|Abonniere) Sie)/iu;
const PROMPT_WORDS = 30;

/** A cookie notice: names cookies and what the reader agrees to. */
const COOKIE = /\bCookies?\b/iu;
const COOKIE_CONTEXT = /verwende|nutz|setz|akzeptier|zustimm|einverstanden|Datenschutz|Einstellungen|Einwilligung|erlaube|Website|Webseite/iu;
const COOKIE_WORDS = 80;

/** An author's bio: a name, then what the person is or does ("Moritz Gathmann leitet …", "Die Autorin ist …"). */
const BIO = /^(?:(?:Der|Die) Autor(?:in)?|(?!(?:D(?:er|ie|as|ies\p{Ll}*)|Ein\p{Ll}*|Kein\p{Ll}*|Unser\p{Ll}*|Mein\p{Ll}*|Dein\p{Ll}*|Sein\p{Ll}*|Ihr\p{Ll}*|Jede\p{Ll}*|Alle\p{Ll}*|Viele|Manche\p{Ll}*|Welche\p{Ll}*) )\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: (?:von |van |de )?\p{Lu}[\p{Ll}-]+){1,2})(?: \([^)]*\))?,? (?:ist|war|leitet|arbeitet|schreibt|studierte|lebt|berichtet|betreut|verantwortet|hat \p{L}+ studiert|wurde \d{4}|geboren)\b/u;
/** A bio closes the page: it is looked for only in the last few lines kept. */
const BIO_TAIL_LINES = 3;
const BIO_WORDS = 80;

interface Line extends PageLine {
  signals: LineSignals;
  text: string;
}

/** Running text: prose shape, or long and full of function words (a lead set as a heading has no full stop). */
function isRunningText(line: Line): boolean {
  const s = line.signals;
  return line.linkShare < PROSE_LINKS && (isProse(s) || (s.words >= LEAD_WORDS * 2 && s.stopwordRatio >= 0.15));
}

const contains = (text: string, needles: readonly string[]) => needles.some((n) => n.trim() !== '' && text.includes(n.trim()));

/**
 * Judges every line except the title: `inMain` is Readability's verdict,
 * `title` the headline's index (or -1). The curator's line rules and the
 * sidecar's `cleaning.keep`/`drop` apply as for text articles; a kept line
 * is kept even outside the main text.
 */
export function judgeLines(lines: readonly PageLine[], inMain: readonly boolean[], title: number, options: CleanOptions = {}): LineVerdict[] {
  const language = options.language ?? 'de';
  const rules = compileRules(options.rules ?? [], options.outlet).filter((r) => r.scope === 'line');
  const overrides = options.overrides ?? { keep: [], drop: [] };
  const verdicts = judgeByShape(lines, inMain, title, language);
  return lines.map((line, i) => {
    if (contains(line.text, overrides.drop)) return { rule: 'curator-drop', reason: reasonFor('curator-drop', language) };
    if (contains(line.text, overrides.keep)) return { kind: kindOf(line) };
    const curator = rules.find((r) => r.regex.test(line.text));
    if (curator) return { rule: curator.id, reason: curator.reason };
    return verdicts[i]!;
  });
}

function kindOf(line: PageLine): Block['kind'] {
  if (/^h[1-6]$/.test(line.tag)) return 'heading';
  if (line.quote) return 'quote';
  if (line.tag === 'li') return 'item';
  return 'paragraph';
}

const isEnglish = (language: string) => primaryLanguage(language) === 'en';

function judgeByShape(lines: readonly PageLine[], inMain: readonly boolean[], title: number, language: string): LineVerdict[] {
  const ls: Line[] = lines.map((l) => ({ ...l, signals: lineSignals(l.text, language) }));
  const first = inMain.indexOf(true);
  const last = inMain.lastIndexOf(true);
  const keep = inMain.map((m, i) => m && i !== title);
  // The lead between the headline and the main text, and paragraphs Readability skipped inside it.
  if (first !== -1) {
    for (let i = Math.max(0, title + 1); i < last; i++) {
      if (keep[i] || i === title || first - i > 20) continue;
      const line = ls[i]!;
      if (!line.landmark && !line.comments && !line.caption && isRunningText(line)) keep[i] = true;
    }
  }
  recoverMissedText(ls, keep, title);
  const { end, boxes } = articleEnd(ls, keep);
  const tail = new Set(ls.flatMap((_, i) => (keep[i] && i < end ? [i] : [])).slice(-BIO_TAIL_LINES));
  const running = ls.flatMap((line, i) => (keep[i] && i < end && isRunningText(line) ? [i] : []));
  const bodyEnd = running.at(-1) ?? -Infinity;
  return ls.map((line, i) => {
    if (!keep[i]) return drop('outside-main-text', language);
    if (i >= end) return drop('after-article', language);
    if (boxes.has(i)) return drop('related-list', language);
    // Around the text, as in a text article: what is not a sentence is the page's header or footer.
    // List items and preformatted text (a command to type) are content without being sentences.
    if (i > bodyEnd && !line.signals.endsLikeSentence && line.tag !== 'li' && line.tag !== 'pre') return { rule: 'page-furniture', reason: reasonFor('page-furniture', language) };
    if (line.comments) return drop('comment-section', language);
    const rule = LINE_RULES.find((r) => r.test(line.text, line.signals));
    if (rule) return { rule: rule.id, reason: reasonFor(rule.id, language) };
    // English pages get the English prompt phrases of text articles; German pages keep the page rules below, as measured.
    const prompt = isEnglish(language) ? promptRule(line.text, line.signals, language) : undefined;
    if (prompt) return { rule: prompt.id, reason: reasonFor(prompt.id, language) };
    if (tail.has(i) && BIO.test(line.text) && line.signals.words <= BIO_WORDS) return drop('author-bio', language);
    if (PROMPT.test(line.text) && line.signals.words <= PROMPT_WORDS) return drop('prompt', language);
    if (COOKIE.test(line.text) && COOKIE_CONTEXT.test(line.text) && line.signals.words <= COOKIE_WORDS) return drop('cookie-notice', language);
    if (line.linkShare >= LINK_LINE && !isRunningText({ ...line, linkShare: 0 })) return drop('link-block', language);
    if (line.caption || (CREDIT_AT_END.test(line.text) && line.signals.words <= CAPTION_WORDS)) return drop('figure-caption', language);
    return { kind: kindOf(line) };
  });
}

/** Running-text lines at most this many lines apart belong to one stretch of text. */
const STRETCH_GAP = 4;

/** The article's text starts at most this many lines below its headline (byline, date, share buttons between). */
const TITLE_GAP = 12;
/** A stretch below the headline needs this much running text to count as the article rather than a teaser. */
const MIN_STRETCH_CHARS = 400;

interface Stretch {
  from: number;
  to: number;
  chars: number;
  kept: number;
}

/** Stretches of running text: running-text lines at most {@link STRETCH_GAP} lines apart, outside landmarks and comments. */
function runningStretches(lines: readonly Line[], keep: readonly boolean[], title: number, unkeptOnly = false): Stretch[] {
  const stretches: Stretch[] = [];
  lines.forEach((line, i) => {
    if (i === title || line.landmark || line.comments || line.caption || !isRunningText(line) || (unkeptOnly && keep[i])) return;
    let run = stretches.at(-1);
    // The headline parts a stretch: the teaser text above it is not the start of the article below it.
    if (!run || i - run.to > STRETCH_GAP || (run.to < title && i > title)) stretches.push((run = { from: i, to: i, chars: 0, kept: 0 }));
    run.to = i;
    run.chars += line.text.length;
    if (keep[i]) run.kept += line.text.length;
  });
  return stretches;
}

/**
 * Readability sometimes picks a sidebar, a cookie notice, one paragraph or
 * the next article, and misses the article. The longest stretch of running
 * text on the page is the article when Readability kept less than half of
 * it; a long stretch that it left out right below the headline is too.
 */
function recoverMissedText(lines: readonly Line[], keep: boolean[], title: number): void {
  const stretches = runningStretches(lines, keep, title);
  const longest = stretches.reduce<Stretch | undefined>((best, s) => (s.chars > (best?.chars ?? 0) ? s : best), undefined);
  // Text Readability left out right below the headline, even where the stretch runs on into what it kept.
  const missed = title === -1 ? [] : runningStretches(lines, keep, title, true);
  const belowTitle = missed.find((s) => s.from > title && s.from - title <= TITLE_GAP && s.chars >= MIN_STRETCH_CHARS);
  for (const stretch of [longest, belowTitle]) {
    if (!stretch || stretch.kept >= stretch.chars / 2) continue;
    for (let i = stretch.from; i <= stretch.to; i++) {
      const line = lines[i]!;
      if (i !== title && !line.landmark && !line.comments) keep[i] = true;
    }
  }
}

/** Share of the kept text that must come before an end marker, so a marker in a page's header does not end the article. */
const END_AFTER_SHARE = 0.3;

/**
 * Share of the kept text that running text after an end marker must reach for the marker to open a box inside
 * the article ("Mehr zum Thema Gesundheit:" and three links, then the article goes on) rather than end it.
 */
const TEXT_AFTER_BOX_SHARE = 0.2;

/**
 * The first line after the article: an end-of-article marker once most of the text is behind us, unless
 * much of the article's running text still follows it; such markers are `boxes`, headings of a list of
 * links inside the article.
 */
function articleEnd(lines: readonly Line[], keep: readonly boolean[]): { end: number; boxes: Set<number> } {
  const total = lines.reduce((sum, line, i) => sum + (keep[i] ? line.text.length : 0), 0);
  const boxes = new Set<number>();
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    const line = lines[i]!;
    if (seen >= total * END_AFTER_SHARE && isEndOfArticleMarker(line.text)) {
      const textAfter = lines.reduce((sum, l, j) => sum + (j > i && keep[j] && isRunningText(l) ? l.text.length : 0), 0);
      const next = lines.findIndex((_, j) => j > i && keep[j]);
      const linksNext = next !== -1 && lines[next]!.linkShare >= LINK_LINE;
      if (!linksNext || textAfter < total * TEXT_AFTER_BOX_SHARE) return { end: i, boxes };
      boxes.add(i);
    }
    seen += line.text.length;
  }
  return { end: lines.length, boxes };
}

function drop(rule: BuiltinRuleId, language: string): LineVerdict {
  return { rule, reason: reasonFor(rule, language) };
}
