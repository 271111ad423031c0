import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ContentError } from '../lib/content/content-error.ts';
import { digestBytes } from '../lib/content/scan-articles.ts';
import { decodeBytes, DEFAULT_MAX_ARTICLE_BYTES, ENCODING_LABELS, formatSize } from '../lib/text/decode-bytes.ts';
import { pageByteLimit } from '../lib/html/decode-html.ts';
import { readPageArticle } from './add-page.ts';
import { sidecarSkeleton } from './sidecar-skeleton.ts';

/** A file that decoded and awaits the duplicate check before it is stored. */
export interface Candidate {
  /** The path as the curator gave it (or as the folder walk found it). */
  given: string;
  /** The raw bytes, stored unchanged. */
  bytes: Uint8Array;
  digest: string;
  /** The ending the stored file gets, e.g. `.txt`. */
  extension: string;
  /** The text the duplicate check compares (a saved page's visible text). */
  source: string;
  /** A text encoding, or the WHATWG name of a saved page's. */
  encoding: string;
  /** The sidecar to write beside the stored file `name`. */
  sidecar(name: string): string;
  /** Said after `added  a → b`, e.g. how the file was decoded; empty for nothing to say. */
  remark: string;
}

/** Why one file was not added: the message completes "Not added: …". */
export interface Refusal {
  code: string;
  message: string;
  fix: string;
}

/** What the per-file step needs to know about the dossier. */
export interface ReadContext {
  /** The path the file resolves to. */
  path: string;
  maxBytes: number | undefined;
  /** The dossier's language, for cleaning a saved page. */
  language: string;
}

/** Reads one file into a candidate, or says why it cannot be one. */
export type ArticleReader = (given: string, bytes: Uint8Array, ctx: ReadContext) => Promise<Candidate | Refusal>;

/** Copied text: decoded as the build decodes it; the sidecar is filled from what the text states. */
export const readTextArticle: ArticleReader = async (given, bytes, { maxBytes }) => {
  try {
    const { text, encoding } = decodeBytes(bytes, given, maxBytes === undefined ? {} : { maxBytes });
    return {
      given,
      bytes,
      digest: digestBytes(bytes),
      extension: '.txt',
      source: text,
      encoding,
      sidecar: (name) => sidecarSkeleton({ name, from: given.split(/[\\/]/).pop() ?? given, source: text, encoding }),
      remark: encoding === 'utf-8' ? '' : ` (decoded from ${ENCODING_LABELS[encoding]}; the file is kept byte for byte)`,
    };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { code: error.code, message: error.detail, fix: error.fix };
  }
};

/** The reader for each file ending; any other ending is read as text, since the curator named the file. */
export const READERS: Record<string, ArticleReader> = { '.html': readPageArticle, '.htm': readPageArticle };

/**
 * The per-file step of `dossier add`: reads `given` (at `ctx.path`) and
 * hands it to the reader for its ending. Missing, unreadable and oversized
 * files are refused before anything is read into memory.
 */
export async function readArticleFile(given: string, ctx: ReadContext): Promise<Candidate | Refusal> {
  const limit = READERS[extname(given).toLowerCase()] === readPageArticle ? pageByteLimit(ctx.maxBytes) : (ctx.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
  try {
    const info = await stat(ctx.path);
    // decodeBytes refuses it too, but only after a 5 GB file has been read into memory.
    if (info.size > limit) {
      return {
        code: 'too-large',
        message: `The file is ${formatSize(info.size)}, more than the limit of ${formatSize(limit)}: too large, is this really one article?`,
        fix: 'Split it into one file per article, or raise `maxArticleBytes` in content/dossier.yaml.',
      };
    }
    const bytes = await readFile(ctx.path);
    return await (READERS[extname(given).toLowerCase()] ?? readTextArticle)(given, bytes, ctx);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    return unreadable(code);
  }
}

function unreadable(code: string): Refusal {
  const why = code === 'ENOENT' ? 'the file does not exist.' : `the file cannot be read (${code}).`;
  return { code: 'unreadable', message: why, fix: 'Check the path; give article files or folders of them.' };
}

/** Whether the per-file step refused the file. */
export const isRefusal = (outcome: Candidate | Refusal): outcome is Refusal => 'code' in outcome;
