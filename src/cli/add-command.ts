import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ContentError } from '../lib/content/content-error.ts';
import { formatProblem } from '../lib/content/dossier-error.ts';
import { describeDuplicate, findDuplicates } from '../lib/content/find-duplicates.ts';
import { count, LARGE_BATCH, progress } from '../lib/content/progress.ts';
import { readConfig } from '../lib/content/read-dossier.ts';
import { ARTICLES_DIR, digestBytes, scanArticles, sidecarPath } from '../lib/content/scan-articles.ts';
import { decodeBytes, ENCODING_LABELS } from '../lib/text/decode-bytes.ts';
import { isPageArgument, readPage } from './add-page.ts';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command.ts';
import { plural } from '../lib/content/progress.ts';
import { sidecarSkeleton } from './sidecar-skeleton.ts';

/** A file or page given on the command line that decoded and awaits the duplicate check. */
interface Candidate {
  given: string;
  bytes: Uint8Array;
  digest: string;
  source: string;
  /** The ending the stored file gets: `.txt`, or `.html` for a saved page. */
  extension: string;
  sidecar: (name: string) => string;
  /** Said after `added  a → b`, e.g. how the file was decoded; empty for nothing to say. */
  remark: string;
}

/** `dossier add`: brings raw article files into `content/articles/` under the dossier's naming. */
export const addCommand: Command = {
  name: 'add',
  summary: 'Add article files to content/articles/ with a sidecar to fill in.',
  help: `Usage: npx dossier add <file.txt | page.html | https://…>…

Copies each file byte for byte to content/articles/<NNN>_<hash>.txt (the
next free number and the first 16 hex digits of the file's SHA-256) and
writes a sidecar <NNN>_<hash>.meta.yaml prefilled with what the text states
(the publication date) and placeholders \`npx dossier check\` flags.
UTF-8, UTF-16 and Windows-1252 files are accepted; the raw file is never
re-encoded. Refused: empty, binary or oversized files, and duplicates of an
article in the dossier or of another file given.
A saved page (.html, .htm) or an address (fetched once) is stored as
<NNN>_<hash>.html, byte for byte in its own encoding, with a draft sidecar
filled from what the page states (outlet, dates, authors, address), each
value marked \`origin: page\`. A page with almost no article text is
refused, or added with a warning.
A file already in content/articles/ that has no sidecar gets one.

Exit codes: 0 all added, 1 some refused, 2 usage error.`,

  async run(args) {
    const { positionals: files } = parseCommandArgs(args, {});
    if (files.length === 0) throw new UsageError('give at least one article file to add.');
    const root = process.cwd();
    if (!existsSync(join(root, 'content'))) {
      throw new UsageError(`there is no content/ folder in ${root}; run dossier from the project root.`);
    }
    const articlesDir = resolve(root, ARTICLES_DIR);
    await mkdir(articlesDir, { recursive: true });
    // A broken config is `check`'s to report, not a reason to refuse files: only its size limit and language matter here.
    const config = await readConfig(root, []);
    const maxBytes = config?.maxArticleBytes;
    const existing = await scanArticles(root, maxBytes);

    const candidates: Candidate[] = [];
    let refused = 0;
    let duplicatesRefused = 0;
    let sidecarsWritten = 0;
    /** Sidecars written for saved pages, filled from the page: they ask for a review, not for typing. */
    let pageSidecars = 0;
    const refuse = (file: string, code: string, message: string, fix: string): void => {
      refused++;
      if (code === 'duplicate-article') duplicatesRefused++;
      process.stderr.write(`${formatProblem({ file, severity: 'error', code, message: `Not added: ${message.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())}`, fix })}\n`);
    };

    // A line every tenth: a terminal can take ten lines, and a person sees the batch move.
    const reading = progress(files.length, {
      now: () => performance.now(),
      report: (line) => process.stderr.write(`${line}\n`),
      line: (done, total) => `… ${count(done)}/${count(total)} files read`,
      minGapMs: 0,
    });
    for (const [i, given] of files.entries()) {
      reading.tick(i);
      if (isPageArgument(given)) {
        try {
          const page = await readPage(given, { root, maxBytes, language: config?.language ?? 'de' });
          if (resolve(root, given) === join(articlesDir, basename(given))) {
            const written = await writeMissingSidecar(root, basename(given), page.sidecar(basename(given)));
            if (written) {
              sidecarsWritten++;
              pageSidecars++;
            }
            else refuse(given, 'already-added', 'it is already in the dossier.', 'Nothing to do; edit its .meta.yaml sidecar to change its metadata.');
            continue;
          }
          candidates.push(page);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          refuse(given, error.code, error.detail, error.fix);
        }
        continue;
      }
      const path = resolve(root, given);
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'the file does not exist.' : code === 'EISDIR' ? 'this is a folder.' : `the file cannot be read (${code}).`;
        refuse(given, 'unreadable', why, 'Check the path; give one article file per argument.');
        continue;
      }
      try {
        const { text, encoding } = decodeBytes(bytes, given, maxBytes === undefined ? {} : { maxBytes });
        const sidecar = (name: string): string => sidecarSkeleton({ name, from: basename(given), source: text, encoding });
        if (dirname(path) === articlesDir) {
          const written = await writeMissingSidecar(root, basename(path), sidecar(basename(path)));
          if (written) sidecarsWritten++;
          else refuse(given, 'already-added', 'it is already in the dossier.', 'Nothing to do; edit its .meta.yaml sidecar to change its metadata.');
          continue;
        }
        const remark = encoding === 'utf-8' ? '' : ` (decoded from ${ENCODING_LABELS[encoding]}; the file is kept byte for byte)`;
        candidates.push({ given, bytes, digest: digestBytes(bytes), source: text, extension: '.txt', sidecar, remark });
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        refuse(given, error.code, error.detail, error.fix);
      }
    }

    if (candidates.length >= LARGE_BATCH) {
      process.stderr.write(`… checking ${count(candidates.length)} files for duplicates among themselves and the ${count(existing.texts.length)} articles in ${ARTICLES_DIR}/\n`);
    }
    // Later entries are checked against earlier ones: existing articles first, then the files given, in order.
    const entries = [
      ...existing.texts.map((t) => ({ file: t.file, text: t.source })),
      ...candidates.map((c) => ({ file: c.given, text: c.source })),
    ];
    const duplicates = new Map(findDuplicates(entries).map((d) => [d.index - existing.texts.length, d]));
    let next = nextNumber([...existing.txtNames, ...existing.sidecarNames]);
    let added = 0;
    for (const [i, candidate] of candidates.entries()) {
      const dup = duplicates.get(i);
      if (dup) {
        refuse(
          candidate.given,
          'duplicate-article',
          `it is ${describeDuplicate(dup)}.`,
          'Add only one copy of an article; if this copy is cleaner, delete the other one first (its .txt and .meta.yaml).',
        );
        continue;
      }
      const name = `${String(next++).padStart(3, '0')}_${candidate.digest.slice(0, 16)}${candidate.extension}`;
      const file = `${ARTICLES_DIR}/${name}`;
      await writeFile(join(root, file), candidate.bytes, { flag: 'wx' });
      await writeFile(join(root, sidecarPath(file)), candidate.sidecar(name), { flag: 'wx' });
      added++;
      if (candidate.extension === '.html') pageSidecars++;
      process.stdout.write(`added  ${candidate.given} → ${file}${candidate.remark}\n`);
    }

    const parts = [`Added ${plural(added, 'article')}`];
    if (sidecarsWritten > 0) parts.push(`wrote ${plural(sidecarsWritten, 'sidecar')} for articles already in ${ARTICLES_DIR}/`);
    if (refused > 0) parts.push(`refused ${plural(refused, 'file')} (${refusals(duplicatesRefused, refused - duplicatesRefused)}; see above)`);
    process.stdout.write(`\n${parts.join(', ')}.\n`);
    if (added + sidecarsWritten - pageSidecars > 0) {
      process.stdout.write('Next: fill in `outlet:` (and check `published:`) in the new .meta.yaml files, then run `npx dossier check`.\n');
    }
    if (pageSidecars > 0) {
      process.stdout.write('Next: check the values read from each page (`origin: page`) in its .meta.yaml, set `status: published` once it is reviewed, then run `npx dossier check`.\n');
    }
    return refused > 0 ? EXIT.problem : EXIT.ok;
  },
};

/** `2 duplicates, 1 other problem`: what a batch's refusals were, duplicates being the usual case. */
function refusals(duplicates: number, others: number): string {
  const kinds = [];
  if (duplicates > 0) kinds.push(plural(duplicates, 'duplicate'));
  if (others > 0) kinds.push(plural(others, duplicates > 0 ? 'other problem' : 'problem'));
  return kinds.join(', ');
}

/** Seeds are numbered `000_…`, `001_…`: continue after the highest number in use. */
function nextNumber(names: readonly string[]): number {
  return names.reduce((max, name) => Math.max(max, Number(/^(\d+)_/.exec(name)?.[1] ?? -1)), -1) + 1;
}

async function writeMissingSidecar(root: string, name: string, sidecar: string): Promise<boolean> {
  const metaFile = sidecarPath(`${ARTICLES_DIR}/${name}`);
  try {
    await writeFile(join(root, metaFile), sidecar, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  process.stdout.write(`wrote  ${metaFile} for the article already in ${ARTICLES_DIR}/\n`);
  return true;
}
