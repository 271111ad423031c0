/**
 * Text parts a build makes from many inputs, kept for the next build in one
 * file by key: each part is asked for under the stamp of what it is made
 * from, and only parts whose stamp is new are made again. The file holds one
 * `key<TAB>text` line a part; keys are stamps (base64url) and the texts
 * JSON, so neither holds a tab or a line break.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Parts by key, read from the last build's file. */
export interface FragmentFile {
  /** The part stored under `key`, or the one `make` returns (then stored). */
  get: (key: string, make: () => string) => string;
  /** Writes the parts asked for since opening, when they differ from the file's: unused parts are dropped. */
  save: () => void;
  /** How many parts were made rather than reused. */
  made: () => number;
}

/** Opens `file`; a missing or damaged one only costs making its parts again. */
export function openFragmentFile(file: string): FragmentFile {
  const stored = new Map<string, string>();
  try {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) stored.set(line.slice(0, tab), line.slice(tab + 1));
    }
  } catch {
    // First build, or the cache was deleted.
  }
  const used = new Map<string, string>();
  let made = 0;
  return {
    get: (key, make) => {
      let text = used.get(key) ?? stored.get(key);
      if (text === undefined) {
        text = make();
        made += 1;
      }
      used.set(key, text);
      return text;
    },
    save: () => {
      if (made === 0 && used.size === stored.size) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, [...used].map(([key, text]) => `${key}\t${text}\n`).join(''));
    },
    made: () => made,
  };
}
