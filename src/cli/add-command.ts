import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatProblem } from '../lib/content/dossier-error.ts';
import { describeDuplicate, findDuplicates } from '../lib/content/find-duplicates.ts';
import { count, LARGE_BATCH, plural, progress } from '../lib/content/progress.ts';
import { readConfig } from '../lib/content/read-dossier.ts';
import { ARTICLES_DIR, scanArticles, sidecarPath } from '../lib/content/scan-articles.ts';
import { fetchPageArticle } from './add-page.ts';
import { collectArticleFiles } from './collect-article-files.ts';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command.ts';
import { isWebAddress } from './fetch-page.ts';
import { isRefusal, readArticleFile, type Candidate, type Refusal } from './read-article-file.ts';

/** `dossier add`: brings raw article files into `content/articles/` under the dossier's naming. */
export const addCommand: Command = {
  name: 'add',
  help: `Usage: npx dossier add <file, folder or https://address>…

Copies each file byte for byte to content/articles/<NNN>_<hash>.txt (the
next free number and the first 16 hex digits of the file's SHA-256) and
writes a sidecar <NNN>_<hash>.meta.yaml with \`status: draft\`, prefilled
with what the text states (publication date, outlet) and \`origin:\` saying
which values came from the text. Check them, then set \`status: published\`.
A folder is read with all its subfolders, in name order: every .txt, .html
and .htm file in it is taken; other files, node_modules/ and the X_files/
folder a browser saves beside X.html are named as skipped, hidden ones
(.DS_Store) are passed over. For thousands of files give their folder, not
the files: a command line that long is more than npx passes on.
UTF-8, UTF-16 and Windows-1252 files are accepted; the raw file is never
re-encoded. Refused, each named with the reason: empty, binary or oversized
files, and duplicates of an article in the dossier or of another file given.
A saved page (.html, .htm) or an address (fetched once) is stored as
<NNN>_<hash>.html, byte for byte in its own encoding, with a draft sidecar
filled from what the page states (outlet, dates, authors, address), each
value marked \`origin: page\`. A page with almost no article text is
refused, or added with a warning.
A file already in content/articles/ that has no sidecar gets one.

Exit codes: 0 all added, 1 some refused, 2 usage error.`,

  async run(args) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length === 0) throw new UsageError('give at least one article file or folder to add.');
    const root = process.cwd();
    if (!existsSync(join(root, 'content'))) {
      throw new UsageError(`there is no content/ folder in ${root}; run dossier from the project root.`);
    }
    const articlesDir = resolve(root, ARTICLES_DIR);
    await mkdir(articlesDir, { recursive: true });
    // A broken config is `check`'s to report, not a reason to refuse files: only its size limit and language matter here.
    const config = await readConfig(root, []);
    const maxBytes = config?.maxArticleBytes;
    const language = config?.language ?? 'de';
    const existing = await scanArticles(root, maxBytes);
    const addresses = positionals.filter(isWebAddress);
    const { files, skipped } = await collectArticleFiles(positionals.filter((p) => !isWebAddress(p)), root);
    for (const { path, reason } of skipped) process.stderr.write(`skipped  ${path}: ${reason}\n`);
    if (files.length + addresses.length === 0) {
      process.stdout.write(`\nNo article files found${skipped.length > 0 ? ` (skipped ${plural(skipped.length, 'entry', 'entries')}; see above)` : ''}.\n`);
      return EXIT.problem;
    }

    let refused = 0;
    let duplicatesRefused = 0;
    let sidecarsWritten = 0;
    const refuse = (file: string, { code, message, fix }: Refusal): void => {
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
    const candidates: Candidate[] = [];
    for (const [i, given] of files.entries()) {
      reading.tick(i);
      const path = resolve(root, given);
      const outcome = await readArticleFile(given, { path, maxBytes, language });
      if (isRefusal(outcome)) refuse(given, outcome);
      else if (dirname(path) !== articlesDir) candidates.push(outcome);
      else if (await writeMissingSidecar(root, basename(path), outcome)) sidecarsWritten++;
      else refuse(given, { code: 'already-added', message: 'it is already in the dossier.', fix: 'Nothing to do; edit its .meta.yaml sidecar to change its metadata.' });
    }

    for (const address of addresses) {
      const outcome = await fetchPageArticle(address, { maxBytes, language });
      if (isRefusal(outcome)) refuse(address, outcome);
      else candidates.push(outcome);
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
        refuse(candidate.given, {
          code: 'duplicate-article',
          message: `it is ${describeDuplicate(dup)}.`,
          fix: 'Add only one copy of an article; if this copy is cleaner, delete the other one first (its .txt and .meta.yaml).',
        });
        continue;
      }
      const file = await store(root, String(next++).padStart(3, '0'), candidate);
      added++;
      process.stdout.write(`added  ${candidate.given} → ${file}${candidate.remark}\n`);
    }

    const parts = [`Added ${plural(added, 'article')}`];
    if (sidecarsWritten > 0) parts.push(`wrote ${plural(sidecarsWritten, 'sidecar')} for articles already in ${ARTICLES_DIR}/`);
    if (refused > 0) parts.push(`refused ${plural(refused, 'file')} (${refusals(duplicatesRefused, refused - duplicatesRefused)}; see above)`);
    if (skipped.length > 0) parts.push(`skipped ${plural(skipped.length, 'entry', 'entries')} that are not article files`);
    process.stdout.write(`\n${parts.join(', ')}.\n`);
    if (added + sidecarsWritten > 0) {
      process.stdout.write('Next: check `outlet:` and `published:` in the new .meta.yaml files, set `status: published` in each you have reviewed, then run `npx dossier check`.\n');
    }
    return refused > 0 ? EXIT.problem : EXIT.ok;
  },
};

/** Writes the raw file and its sidecar under the number `number`; resolves to the stored file's path. */
async function store(root: string, number: string, candidate: Candidate): Promise<string> {
  const name = `${number}_${candidate.digest.slice(0, 16)}${candidate.extension}`;
  const file = `${ARTICLES_DIR}/${name}`;
  await writeFile(join(root, file), candidate.bytes, { flag: 'wx' });
  try {
    await writeFile(join(root, sidecarFor(file)), candidate.sidecar(name), { flag: 'wx' });
  } catch (error) {
    // An article without its sidecar would be a half-added file: take it back out before failing.
    await rm(join(root, file), { force: true });
    throw error;
  }
  return file;
}

/** `005_x.txt` and `005_x.html` alike get `005_x.meta.yaml`. */
const sidecarFor = (file: string) => sidecarPath(file.replace(/\.[^./]+$/, '.txt'));

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

async function writeMissingSidecar(root: string, name: string, candidate: Candidate): Promise<boolean> {
  const metaFile = sidecarFor(`${ARTICLES_DIR}/${name}`);
  try {
    await writeFile(join(root, metaFile), candidate.sidecar(name), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  process.stdout.write(`wrote  ${metaFile} for the article already in ${ARTICLES_DIR}/\n`);
  return true;
}
