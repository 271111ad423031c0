/**
 * The text a reader sees on a page, as a browser's `innerText` gives it: one
 * line per block element (or `<br>`-separated run), blank lines between
 * them, without scripts, styles and hidden elements. Each line remembers
 * what the DOM says about it (its tag, the landmarks and comment threads it
 * stands in, how much of it is link text), so the extraction can judge lines
 * by their place in the page while every span indexes into this one string.
 */

/** What the markup says about one line of the page. */
export interface LineContext {
  /** Tag of the nearest block element, lower case (`p`, `h2`, `li`, `div`, …). */
  tag: string;
  /** Inside `<article>` or `<main>` (or their ARIA roles). */
  article: boolean;
  /** Inside a `<blockquote>`. */
  quote: boolean;
  /** Inside a `<figure>`/`<figcaption>`: an image's caption or credit. */
  caption: boolean;
  /** Inside `<nav>` or `<aside>`, or a page's (not an article's) `<header>` or `<footer>`, or their ARIA roles. */
  landmark: boolean;
  /** Inside an element whose id or class says it holds reader comments. */
  comments: boolean;
  /** Share of the line's characters inside links. */
  linkShare: number;
}

/** One line of the page's visible text. */
export interface PageLine extends LineContext {
  start: number;
  end: number;
  /** The line, whitespace collapsed (equal to `source.slice(start, end)`). */
  text: string;
}

/** The page as text, and its lines. */
export interface VisibleText {
  source: string;
  lines: PageLine[];
}

/** Minimal DOM shape used here, so linkedom, happy-dom or a browser's DOM all fit. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is never shown as text. */
const HIDDEN = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'select', 'textarea', 'input', 'video', 'audio', 'picture', 'img', 'map',
]);

const PAGE_LANDMARKS = new Set(['nav', 'aside']);
const SECTION_LANDMARKS = new Set(['header', 'footer']);
const LANDMARK_ROLES = /^(?:navigation|banner|contentinfo|complementary|search)$/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** An id or class naming a comment section (German and English), not a "comment" button inside the article. */
const COMMENT_ATTR = /(?:^|[\s_-])(?:comments?|kommentare?|disqus|discussion|diskussion|leserkommentare?|user-?comments?|reactions)(?:$|[\s_-])/i;

/** Class names that file a post under a topic (WordPress's `category-kommentare`, `tag-diskussion`): they say what it is about, not what it is. */
const TOPIC_CLASS = /(?:^|\s)(?:category|tag|post_tag|topic|rubrik)-\S*/gi;

/** Elements that hold the whole page: their classes describe the page's state (WordPress's `showing-comments`). */
const PAGE_ROOTS = new Set(['html', 'body']);

type Frame = Omit<LineContext, 'linkShare'>;

/** Collects the visible text of `root` (a document's `<body>` or any element). */
export function visibleText(root: DomNode): VisibleText {
  const lines: PageLine[] = [];
  const parts: string[] = [];
  let length = 0;
  let run: string[] = [];
  let linkChars = 0;
  let runContext: Frame | undefined;

  const flush = () => {
    const raw = run.join('');
    const text = raw.replace(/[ \t\n\r\f]+/g, ' ').trim();
    const linkShare = raw.length === 0 ? 0 : Math.min(1, linkChars / raw.replace(/[ \t\n\r\f]+/g, ' ').length);
    run = [];
    linkChars = 0;
    if (text === '' || !runContext) return;
    if (length > 0) {
      parts.push('\n\n');
      length += 2;
    }
    lines.push({ ...runContext, start: length, end: length + text.length, text, linkShare });
    parts.push(text);
    length += text.length;
  };

  const walk = (node: DomNode, frame: Frame, inLink: boolean) => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 3) {
        const data = child.textContent ?? '';
        if (run.length === 0 && data.trim() === '') continue;
        if (run.length === 0) runContext = frame;
        run.push(data);
        if (inLink) linkChars += data.replace(/[ \t\n\r\f]+/g, ' ').length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toLowerCase();
      if (HIDDEN.has(tag) || isHidden(child)) continue;
      if (tag === 'br') {
        flush();
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) flush();
      walk(child, block ? enter(frame, tag, child) : frame, inLink || tag === 'a');
      if (block) flush();
    }
  };

  walk(root, { tag: 'body', article: false, quote: false, caption: false, landmark: false, comments: false }, false);
  flush();
  return { source: parts.join(''), lines };
}

function enter(frame: Frame, tag: string, element: DomNode): Frame {
  const role = element.getAttribute?.('role') ?? '';
  const names = `${element.getAttribute?.('id') ?? ''} ${element.getAttribute?.('class') ?? ''}`;
  return {
    tag,
    article: frame.article || tag === 'article' || tag === 'main' || /^(?:main|article)$/i.test(role),
    quote: frame.quote || tag === 'blockquote',
    caption: frame.caption || tag === 'figcaption' || tag === 'figure',
    landmark: frame.landmark || PAGE_LANDMARKS.has(tag) || (SECTION_LANDMARKS.has(tag) && !frame.article) || LANDMARK_ROLES.test(role),
    // `<body class="showing-comments">` states what the page shows, it is no comment section.
    comments: frame.comments || (!PAGE_ROOTS.has(tag) && COMMENT_ATTR.test(names.replace(TOPIC_CLASS, ' '))),
  };
}

function isHidden(element: DomNode): boolean {
  const get = element.getAttribute;
  if (!get) return false;
  if (get.call(element, 'hidden') !== null) return true;
  if (get.call(element, 'aria-hidden') === 'true' && (element.textContent ?? '').length < 200) return true;
  const style = get.call(element, 'style');
  return style !== null && HIDDEN_STYLE.test(style);
}
