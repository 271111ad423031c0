/**
 * linkedom's `parseHTML`, loaded when the first page is parsed. Its ~140
 * modules took 150–200 ms to load, and every command that reads the dossier
 * paid it, though only saved pages need a DOM: `npx dossier clean` of a text
 * file spent a fifth of its time loading a parser it never used.
 */
import { createRequire } from 'node:module';
import type { parseHTML as linkedomParseHTML } from 'linkedom';

const require = createRequire(import.meta.url);
let parse: typeof linkedomParseHTML | undefined;

/** Parses markup into a linkedom window (its `document` is the page), as `linkedom.parseHTML` does. */
export function parseHTML(html: string): ReturnType<typeof linkedomParseHTML> {
  parse ??= (require('linkedom') as { parseHTML: typeof linkedomParseHTML }).parseHTML;
  return parse(html);
}
