/**
 * Text parts a build makes from many inputs, kept for the next build in one
 * file by key: each part is asked for under the stamp of what it is made
 * from, and only parts whose stamp is new are made again. The file holds one
 * `key<TAB>text` line a part; keys are stamps (base64url) and the texts
 * JSON, so neither holds a tab or a line break.
 *
 * Parts are bytes, never decoded: at 5,000 articles `/dossier.json` is
 * 46 MB, and decoding, re-encoding and rewriting it cost a warm build
 * seconds. New parts are appended; the file is written anew only once the
 * parts no build asks for anymore outweigh those it does.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Parts by key, read from the last build's file. */
export interface FragmentFile {
  /** The part stored under `key`, or the one `make` returns (then stored). */
  get: (key: string, make: () => string) => Buffer;
  /** Stores the parts made since opening. */
  save: () => void;
}

const TAB = 9;
const NEWLINE = 10;

/**
 * The parts of the file's bytes by key, and whether the file ends where a
 * line does: a line cut short (a build stopped while appending) is left out,
 * and the file must then be written anew, not appended to.
 */
function readParts(file: string): { parts: Map<string, Buffer>; whole: boolean } {
  const parts = new Map<string, Buffer>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { parts, whole: true }; // First build, or the cache was deleted.
  }
  for (let start = 0, end = bytes.indexOf(NEWLINE); end >= 0; start = end + 1, end = bytes.indexOf(NEWLINE, start)) {
    const tab = bytes.indexOf(TAB, start);
    if (tab > start && tab < end) parts.set(bytes.toString('latin1', start, tab), bytes.subarray(tab + 1, end));
  }
  return { parts, whole: bytes.length === 0 || bytes[bytes.length - 1] === NEWLINE };
}

const LINE_END = Buffer.from('\n');

/** The file's lines for `parts`, as one buffer: one copy of the parts, not one per line and another for the whole. */
const lines = (parts: Iterable<[string, Buffer]>) => Buffer.concat([...parts].flatMap(([key, part]) => [Buffer.from(`${key}\t`, 'latin1'), part, LINE_END]));

/** Opens `file`; a missing or damaged one only costs making its parts again. */
export function openFragmentFile(file: string): FragmentFile {
  const { parts: stored, whole } = readParts(file);
  const used = new Map<string, Buffer>();
  const fresh = new Map<string, Buffer>();
  return {
    get: (key, make) => {
      let part = used.get(key) ?? stored.get(key);
      if (part === undefined) fresh.set(key, (part = Buffer.from(make())));
      used.set(key, part);
      return part;
    },
    save: () => {
      const size = (parts: Iterable<Buffer>) => [...parts].reduce((sum, part) => sum + part.length, 0);
      const unused = [...stored].filter(([key]) => !used.has(key)).map(([, part]) => part);
      mkdirSync(dirname(file), { recursive: true });
      if (!whole || size(unused) > size(used.values())) writeFileSync(file, lines(used));
      else if (fresh.size > 0) appendFileSync(file, lines(fresh));
    },
  };
}
