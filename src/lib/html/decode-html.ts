/**
 * Decodes the bytes of a saved web page. A page names its own encoding (a
 * byte order mark, `<meta charset>` or `http-equiv`), but saved pages often
 * lie: a "Save as" rewrites the bytes to UTF-8 and keeps the old declaration.
 * So the bytes have the last word: text that is valid UTF-8 with non-ASCII
 * characters is UTF-8 whatever the page says, and a page declared UTF-8 that
 * is not valid UTF-8 falls back to Windows-1252, which decodes every byte.
 */
import { ContentError } from '../content/content-error.ts';
import { formatSize } from '../text/decode-bytes.ts';

/** Default for the page size limit: real article pages are up to ~1 MB; 10 MB is no saved article. */
export const DEFAULT_MAX_HTML_BYTES = 10 * 1024 * 1024;

/**
 * The size limit of one saved page: the dossier's `maxArticleBytes` when it
 * is higher, else the default. A page carries markup, scripts and styles, so
 * the text articles' limit would refuse ordinary pages.
 */
export function pageByteLimit(maxArticleBytes: number | undefined): number {
  return Math.max(maxArticleBytes ?? 0, DEFAULT_MAX_HTML_BYTES);
}

/** A decoded page. */
export interface DecodedHtml {
  /** The markup as text, without a byte order mark. */
  html: string;
  /** The WHATWG name of the encoding used to decode it, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
}

/** How far into the page a charset declaration is looked for (browsers look at 1024 bytes; saved pages put scripts first). */
const PRESCAN_BYTES = 16 * 1024;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Decodes a saved page's bytes, by byte order mark, then the page's
 * declaration, checked against the bytes (see the module comment).
 *
 * @param name the page's name for messages (a file as the user wrote it, or `<stdin>`)
 * @throws ContentError `too-large`, `empty-file` or `binary-file`
 */
export function decodeHtmlBytes(bytes: Uint8Array, name: string, options: { maxBytes?: number } = {}): DecodedHtml {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_HTML_BYTES;
  if (bytes.length > maxBytes) {
    throw new ContentError({
      file: name,
      code: 'too-large',
      detail: `The page is ${formatSize(bytes.length)}, more than the limit of ${formatSize(maxBytes)} for one saved page.`,
      fix: 'Save the page again as "HTML only" (without embedded images and files), or raise `maxArticleBytes` in content/dossier.yaml.',
    });
  }
  const decoded = decode(bytes);
  check(decoded.html, bytes, name);
  return decoded;
}

function decode(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return { html: new TextDecoder(bom).decode(bytes), encoding: bom };
  const declared = declaredEncoding(bytes);
  const utf8 = strictUtf8(bytes);
  // Valid UTF-8 beyond ASCII is almost never an accident of another encoding.
  if (utf8 !== undefined && (declared === undefined || declared === 'utf-8' || /[^\x00-\x7f]/.test(utf8))) {
    return { html: utf8, encoding: 'utf-8' };
  }
  const label = declared && declared !== 'utf-8' ? declared : 'windows-1252';
  return { html: new TextDecoder(label).decode(bytes), encoding: label };
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The WHATWG name of the encoding the page declares, if it names one this runtime knows. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A page cannot declare UTF-16 in ASCII-compatible markup; browsers read that as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function check(html: string, bytes: Uint8Array, name: string): void {
  if (html.trim() === '') {
    throw new ContentError({
      file: name,
      code: 'empty-file',
      detail: bytes.length === 0 ? 'The page is empty.' : 'The page contains only whitespace.',
      fix: 'Save the page again from the browser ("Save page as…", HTML), or delete the file.',
    });
  }
  const head = html.slice(0, 4096);
  const controls = head.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (!/</.test(head) || controls > head.length * 0.01) {
    throw new ContentError({
      file: name,
      code: 'binary-file',
      detail: controls > 0 ? `This is not an HTML page (${controls} control characters at its start: binary data).` : 'This is not an HTML page (no markup at its start).',
      fix: 'Save the article from the browser as a web page (.html), or copy its text into a .txt file and add that.',
    });
  }
}

