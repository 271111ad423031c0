import { ContentError } from '../content/content-error.ts';

/** Encodings a text article file may come in. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A decoded article file. */
export interface DecodedText {
  /** The text exactly as stored (line ends, NBSP and all), without a byte order mark. */
  text: string;
  encoding: TextEncoding;
}

/** Default for `maxArticleBytes`: a long article is ~50 kB; 2 MB is clearly not one article. */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface DecodeOptions {
  /** Reject files larger than this many bytes (default {@link DEFAULT_MAX_ARTICLE_BYTES}). */
  maxBytes?: number;
}

/** Human-readable names used in messages. */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with byte order mark',
  'utf-16le': 'UTF-16 little-endian',
  'utf-16be': 'UTF-16 big-endian',
  'windows-1252': 'Windows-1252',
};

/**
 * Decodes the raw bytes of an article file, detecting its encoding.
 *
 * Order: byte order marks, BOM-less UTF-16 (recognised by its NUL bytes),
 * strict UTF-8, and Windows-1252 as the last resort, because text copied
 * from old Windows tools is the only common non-UTF-8 source and every byte
 * sequence decodes in it. Binary, empty and oversized files are rejected.
 *
 * @param file the file's name for messages
 * @throws ContentError with code `too-large`, `empty-file`, `binary-file` or `bad-encoding`
 */
export function decodeBytes(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (bytes.length > maxBytes) {
    throw new ContentError({
      file,
      code: 'too-large',
      detail: `The file is ${formatSize(bytes.length)}, more than the limit of ${formatSize(maxBytes)}: too large, is this really one article?`,
      fix: 'Split it into one file per article, or raise `maxArticleBytes` in content/dossier.yaml.',
    });
  }
  const decoded = decodeByEncoding(bytes, file);
  checkText(decoded.text, file);
  return decoded;
}

function decodeByEncoding(bytes: Uint8Array, file: string): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strictDecode(bytes, 'utf-8', 'utf-8-bom', file);
  if (startsWith(bytes, [0xff, 0xfe])) return strictDecode(bytes, 'utf-16le', 'utf-16le', file);
  if (startsWith(bytes, [0xfe, 0xff])) return strictDecode(bytes, 'utf-16be', 'utf-16be', file);

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return strictDecode(bytes, utf16, utf16, file);
  if (bytes.includes(0)) throw binaryFile(file, 'it contains NUL bytes');

  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function strictDecode(bytes: Uint8Array, label: string, encoding: TextEncoding, file: string): DecodedText {
  try {
    // The decoder strips a leading BOM of its own encoding (ignoreBOM: false).
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
  } catch {
    throw new ContentError({
      file,
      code: 'bad-encoding',
      detail: `The file looks like ${ENCODING_LABELS[encoding]} but contains byte sequences that are not valid in it (damaged or truncated file?).`,
      fix: 'Save the article again as UTF-8 from the program it came from, then add it again.',
    });
  }
}

/**
 * Plain-text UTF-16 without a BOM is mostly ASCII, so every other byte is NUL:
 * the odd bytes for little-endian, the even bytes for big-endian.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = bytes.length / 2;
  if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.02) return 'utf-16le';
  if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** Control characters other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

function checkText(text: string, file: string): void {
  if (text.trim() === '') {
    throw new ContentError({
      file,
      code: 'empty-file',
      detail: text === '' ? 'The file is empty.' : 'The file contains only whitespace.',
      fix: 'Paste the article text into the file, or delete the file.',
    });
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  // A stray control character or two happens in copied text; many mean binary data.
  if (text.includes('\u0000') || (controls >= 4 && controls > text.length * 0.01)) {
    throw binaryFile(file, `${controls} of its ${text.length} characters are control characters`);
  }
}

function binaryFile(file: string, why: string): ContentError {
  return new ContentError({
    file,
    code: 'binary-file',
    detail: `This is not a text file (${why}); articles must be plain text.`,
    fix: 'Copy the article text into a plain .txt file (e.g. from the browser or a PDF viewer) and add that instead.',
  });
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** `1.5 MB`, `12.0 kB`, `300 bytes`: a file size for messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
