import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempProject } from '../test-support/temp-project.ts';

const BIN = join(REPO_ROOT, 'bin/dossier.mjs');
const SEED_003 = 'content/articles/003_f1290934ed803041.txt';

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => {
  project = await tempProject();
});
afterEach(async () => {
  await project.dispose();
});

/** Runs the real CLI in the temp project with the Node running the tests (24, with type stripping). */
function dossier(args: string[], input?: Uint8Array | string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: project.root, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NEWS = `Regierung beschließt neues Gesetz

Berlin, am 3. Juni 2024 – Die Regierung hat ein Gesetz beschlossen, das lange erwartet worden war und viele Menschen im ganzen Land betrifft. Die Opposition kritisierte den Beschluss als übereilt.

Weitere Einzelheiten sollen in den nächsten Tagen folgen, hieß es am Abend aus Regierungskreisen in der Hauptstadt.
`;
/** Windows-1252 bytes of a German text with umlauts and ß (all Latin-1 code points). */
const CP1252 = Buffer.from(
  'Bürgermeister eröffnet Straße\r\n\r\nDer Bürgermeister von München hat am 1. Mai 2023 die neue Straße am Stadtrand eröffnet, an der viele Jahre lang gebaut worden war.\r\n\r\nAnwohner äußerten sich erleichtert über das Ende der Bauarbeiten und den geringeren Lärm.\r\n',
  'latin1',
);

async function snapshot(): Promise<Record<string, string>> {
  const dir = join(project.root, 'content/articles');
  const names = await readdir(dir);
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, (await readFile(join(dir, n))).toString('base64')])));
}

describe('dossier (usage)', () => {
  it('prints help with every command', () => {
    const { code, stdout } = dossier(['--help']);
    expect(code).toBe(0);
    for (const command of ['add', 'check', 'claims', 'clean']) expect(stdout).toContain(`  ${command} `);
  });

  it('exits 2 with usage for no or an unknown command', () => {
    expect(dossier([])).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npx dossier <command>') });
    const unknown = dossier(['publish']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command `publish`');
  });

  it('has --help for each command', () => {
    for (const command of ['add', 'check', 'claims', 'clean']) {
      const { code, stdout } = dossier([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: npx dossier ${command}`);
      expect(stdout).toContain('Exit codes');
    }
  });

  it('exits 2 on unknown options and missing arguments', () => {
    expect(dossier(['check', '--fix']).code).toBe(2);
    expect(dossier(['clean']).stderr).toContain('exactly one file');
    expect(dossier(['clean']).code).toBe(2);
    expect(dossier(['clean', 'missing.txt'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file: missing.txt') });
    expect(dossier(['add'])).toMatchObject({ code: 2, stderr: expect.stringContaining('at least one article file') });
  });
});

describe('dossier check', () => {
  it('passes on the seeds', () => {
    const { code, stdout, stderr } = dossier(['check']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/\n\n78 claims \(0 new, 0 moved, 0 withdrawn, 0 restored since content\/claims\.ledger\.json\)\.\n5 articles, 0 errors, 0 warnings\.\n$/);
  });

  it('lists the names no entity covers, each with an entry to paste into entities.yaml', async () => {
    await project.write('content/entities.yaml', 'entities:\n');
    // The seed analysis cites entities of the registry emptied here: its citations would be errors.
    await rm(join(project.root, 'content/analyses'), { recursive: true });
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\d+ names in the articles no entity covers\. These are the 40 named most often and most prominently\. To link one, paste its entry under `entities:` in content\/entities\.yaml/u);
    expect(stdout.match(/^ {2}- id:/gmu)).toHaveLength(40);
    expect(stdout).toContain('  # 3× in 2 articles: content/articles/000_9b40cf4b3cb6ef87.txt: „Sergey Naryshkin und John Ratcliffe haben vereinbart, regelmäßigen…“\n  - id: sergey-naryshkin\n    name: Sergey Naryshkin\n    type: person\n    description: ""\n');
    // Nothing says what kind of thing the committee is: the curator writes the type.
    expect(stdout).toContain('  - id: beratenden-ausschusses\n    name: Beratenden Ausschusses\n    type: ""\n');
    expect(stdout).toMatch(/# 1×: content\/articles\/003_f1290934ed803041\.txt: „…Begrenzung strategischer Waffen \(SNV-III oder New START\) prüfen\.“\n  - id: new-start\n/);
  });

  it('reports a broken entity registry with the entity, field and fix', async () => {
    await project.write('content/entities.yaml', 'entities:\n  - id: svr\n    name: SVR\n    type: agency\n    description: Geheimdienst.\n');
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(1);
    expect(stdout).toContain('error    content/entities.yaml: Line 4: `entities[0].type` (entity `svr`) must be one of `person`, `organisation`, `place`, `event`.\n    fix: Write one of');
  });

  it('checks the analyses: a mistyped claim id is an error with the nearest claim, unknown syntax and raw HTML name their line', async () => {
    const file = 'content/analyses/kontakte-svr-cia.md';
    const seed = await readFile(join(project.root, file), 'utf8');
    await project.write(file, seed.replace('[[csbwmdq3dm4]]', '[[csbwmdq3dm5]]').replace('## Ankara, November 2022', '## Ankara, <b>November</b> 2022').replace('[[@svr]]', '[[SVR]]'));
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(1);
    expect(stdout).toContain('error    content/analyses/kontakte-svr-cia.md: Line 13: `[[SVR]]` is no citation.\n');
    expect(stdout).toContain('error    content/analyses/kontakte-svr-cia.md: Line 20: raw HTML `<b>` is not allowed in an analysis.\n');
    expect(stdout).toContain('error    content/analyses/kontakte-svr-cia.md: Line 25: the claim csbwmdq3dm5 is not in content/claims.ledger.json. Nearest: csbwmdq3dm4 „Der russische Präsidentensprecher Dmitri Peskow');
    expect(stdout).toMatch(/\n5 articles, 4 errors, 0 warnings\.\n$/);
  });

  it('lists every problem with file and fix, exits 1, and changes nothing', async () => {
    await project.write('content/articles/005_empty.txt', '');
    await project.write('content/articles/005_empty.meta.yaml', 'outlet: X\n');
    await project.write('content/articles/006_x.txt', NEWS);
    await project.write('content/articles/006_x.meta.yaml', 'outlet: X\npubished: 2024-06-03\n');
    await project.write('content/articles/007_y.txt', NEWS.replace(/\n/g, '\r\n'));
    await project.write('content/articles/notes.pdf', '%PDF');
    const before = await snapshot();
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'error    content/articles/005_empty.txt: The file is empty.\n    fix: Paste the article text into the file, or delete the file.',
    );
    expect(stdout).toContain('warning  content/articles/notes.pdf: This is neither an article');
    expect(stdout).toContain('error    content/articles/006_x.meta.yaml: Line 2: Unknown field `pubished`. Did you mean `published`?\n    fix: Rename `pubished` to `published`.');
    expect(stdout).toContain('error    content/articles/007_y.txt: This article is the same text as content/articles/006_x.txt.');
    expect(stdout).toMatch(/\n5 articles, 3 errors, 1 warning\.\n$/);
    expect(await snapshot()).toEqual(before);
  });

  it('warns about a correction that matches nothing and a contradicted date until it is checked', async () => {
    const sidecar = 'content/articles/004_bd2a967ae327f507.meta.yaml';
    const original = await readFile(join(project.root, sidecar), 'utf8');
    await project.write(sidecar, `${original}published: 2021-12-30\ncleaning:\n  keep:\n    - "Moskau fordert Sicherheitsgarantie"\n    - "Moskau fordert Sicherheits garantien"\n`);
    const first = dossier(['check']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`warning  ${sidecar}: Line 9: the \`cleaning.keep\` entry „Moskau fordert Sicherheits garantien“ matches no line of content/articles/004_bd2a967ae327f507.txt, so it changes nothing.\n    fix: The closest line of the text is line 17: „Moskau fordert Sicherheitsgarantien“.`);
    expect(first.stdout).toContain(`warning  ${sidecar}: \`published: 2021-12-30\` differs from the date the text gives as its own, "29.12.2021" (2021-12-29).`);
    expect(first.stdout).toContain('add `checked: [published]` there and this warning stays quiet');
    expect(first.stdout).toContain('5 articles, 0 errors, 2 warnings.');

    await project.write(sidecar, `${original}published: 2021-12-30\nchecked: [published]\n`);
    expect(dossier(['check']).stdout).toContain('5 articles, 0 errors, 0 warnings.');
  });

  it('reports a bad regex in boilerplate.yaml', async () => {
    await project.write('content/boilerplate.yaml', "rules:\n  - id: photo\n    pattern: '[Foto'\n    reason: Bildnachweis\n");
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(1);
    expect(stdout).toContain('content/boilerplate.yaml: Line 3: `rules[0].pattern` (rule `photo`) is not a valid JavaScript regular expression');
    expect(stdout).toContain('fix: Write a JavaScript regular expression in single quotes');
  });

  it('names the drafts as information, checks them, and compares only the published articles with the ledger', async () => {
    await project.write('content/articles/006_x.txt', NEWS);
    await project.write('content/articles/006_x.meta.yaml', 'outlet: X\nstatus: draft\n');
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(0);
    expect(stdout).toContain('1 draft (status: draft), checked above but not published by `npm run build` until marked `status: published`:\n  content/articles/006_x.txt\n');
    // The draft's three sentences are not counted as new claims: a build gives them no id.
    expect(stdout).toMatch(/\n78 claims \(0 new, 0 moved, 0 withdrawn, 0 restored since content\/claims\.ledger\.json\)\.\n6 articles \(1 draft\), 0 errors, 0 warnings\.\n$/);

    await project.write('content/articles/006_x.meta.yaml', 'outlet: X\nstatus: published\n');
    const published = dossier(['check']);
    expect(published.stdout).not.toContain('draft');
    expect(published.stdout).toMatch(/\n81 claims \(3 new, 0 moved, 0 withdrawn, 0 restored since content\/claims\.ledger\.json\)\.\n6 articles, 0 errors, 0 warnings\.\n$/);
  });

  it('reports a draft\'s problems like any article\'s', async () => {
    await project.write('content/articles/006_x.txt', 'nach oben\n');
    await project.write('content/articles/006_x.meta.yaml', 'outlet: X\nstatus: draft\n');
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(1);
    expect(stdout).toContain('error    content/articles/006_x.txt: Cleaning left no paragraph');
    expect(stdout).toMatch(/6 articles \(1 draft\), 2 errors, 1 warning\.\n$/);
  });

  it('checks content/reviews.yaml: the scale, the reviewed and the source claims, with line and fix', async () => {
    const seed = readFileSync(join(project.root, 'content/reviews.yaml'), 'utf8');
    await project.write('content/reviews.yaml', seed.replace('rating: umstritten', 'rating: strittig').replace('c7nktb5azrv:', 'c7nktb5azvr:'));
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/error {4}content\/reviews\.yaml: Line \d+: `c1as0hqe6x5\.rating` `strittig` is not on the scale; use one of `belegt` \(supported\), `plausibel`/);
    // Field errors come first: with one, no review is resolved (a half-valid file would publish some verdicts and silently not others).
    expect(stdout).not.toContain('c7nktb5azvr');
    await project.write('content/reviews.yaml', seed.replace('c7nktb5azrv:', 'c7nktb5azvr:'));
    const unknown = dossier(['check']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('error    content/reviews.yaml: Line 8: `c7nktb5azvr` is not a claim of this dossier: the claim ledger never issued it.\n    fix: Copy the id from the claim’s page (/c/<id>/); the nearest ids are `c7nktb5azrv` „Der Direktor des russischen');
  });

  it('warns about a review whose claim the next build withdraws, with its last wording', async () => {
    const file = 'content/articles/000_9b40cf4b3cb6ef87.txt';
    const text = readFileSync(join(project.root, file), 'utf8');
    await project.write(file, text.replace(' Die beiden erörterten den Ukraine-Konflikt und die Meuterei des verstorbenen Gründers der privaten Militärfirma Wagner, Evgeny Prigozhin, die in diesem Sommer stattfand.', ''));
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/warning  content\/reviews\.yaml: Line \d+: The reviewed claim `csg5s00bmph` „Die beiden erörterten den Ukraine-Konflikt und die Meuterei[^“]*“ was withdrawn on \d{4}-\d{2}-\d{2}; its review is shown nowhere\./);
  });

  it('still lists problems when dossier.yaml is broken', async () => {
    await project.write('content/dossier.yaml', 'title: "Dossier\n');
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(1);
    expect(stdout).toContain('error    content/dossier.yaml: Line 2, column 1: Missing closing "quote.');
    expect(stdout).toMatch(/0 articles, 1 error, 0 warnings\.\n$/);
  });
});

describe('dossier clean', () => {
  it('prints title, blank line, then the blocks of a seed', () => {
    const { code, stdout } = dossier(['clean', SEED_003]);
    expect(code).toBe(0);
    const [title, blank, first] = stdout.split('\n');
    expect(title).toBe('Medien: Russland und USA führen Gespräche in Ankara');
    expect(blank).toBe('');
    expect(first).toMatch(/^Wie die russische Zeitung Kommersant berichtet/);
    expect(stdout).not.toContain('Quelle: Sputnik');
    expect(stdout.endsWith('\n')).toBe(true);
  });

  it('applies outlet rules through the sidecar of a file in content/articles', () => {
    const { stdout } = dossier(['clean', 'content/articles/000_9b40cf4b3cb6ef87.txt']);
    expect(stdout.startsWith('Russischer Geheimdienstchef telefoniert mit CIA-Chef\n\n')).toBe(true);
    expect(stdout).not.toContain('Deutsche Nachrichtenveranstaltungen finden statt');
  });

  it('prints JSON with blocks and removals pointing into the source', async () => {
    const { code, stdout } = dossier(['clean', '--json', SEED_003]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { title: string; blocks: unknown[]; removed: { start: number; end: number; text: string; rule: string; reason: string }[] };
    expect(Object.keys(json)).toEqual(['title', 'blocks', 'removed']);
    const source = await readFile(join(project.root, SEED_003), 'utf8');
    expect(json.removed.length).toBeGreaterThan(0);
    for (const r of json.removed) {
      expect(source.slice(r.start, r.end)).toBe(r.text);
      expect(r.rule).not.toBe('');
      expect(r.reason).not.toBe('');
    }
  });

  it('reads Windows-1252 from standard input', () => {
    const { code, stdout } = dossier(['clean', '-'], CP1252);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Bürgermeister eröffnet Straße\n\nDer Bürgermeister von München/);
  });

  it('exits 1 naming the file and a fix for empty, binary and all-boilerplate input', async () => {
    await project.write('empty.txt', '\n\n');
    await project.write('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    await project.write('furniture.txt', 'Registrierung erfolgreich abgeschlossen!\nAbonnieren\nNewsticker\nloader\nLive\nChats\n');
    for (const [file, text] of [['empty.txt', 'only whitespace'], ['image.png', 'not a text file'], ['furniture.txt', 'no paragraph']]) {
      const { code, stderr } = dossier(['clean', file as string]);
      expect(code).toBe(1);
      expect(stderr).toContain(`error    ${file}: `);
      expect(stderr).toContain(text);
      expect(stderr).toContain('    fix: ');
    }
  });

  it('exits 1 when the project rules are broken', async () => {
    await project.write('content/boilerplate.yaml', 'rules:\n  - id: x\n    pattern: "\\d"\n');
    const { code, stderr } = dossier(['clean', SEED_003]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/boilerplate\.yaml: Line 3, column \d+: Invalid escape sequence/);
  });
});

describe('dossier clean (saved pages)', () => {
  const PAGE = readFileSync(join(REPO_ROOT, 'src/lib/html/fixtures/nnz-online.de-Quantensprung.html'));

  it('cleans a saved page by its extension, and from standard input by its doctype', async () => {
    await project.write('seite.html', PAGE);
    const fromFile = dossier(['clean', 'seite.html']);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toMatch(/^Ein Quantensprung für Nordhausen Nord\n\nIn Nord wurde am Freitag die neue Spiel- und Freizeitanlage/);
    expect(fromFile.stdout).not.toContain('Letzte Kommentare');
    const fromStdin = dossier(['clean', '-'], PAGE);
    expect(fromStdin).toMatchObject({ code: 0, stdout: fromFile.stdout });
  });

  it('prints the page text with --json, and reads a page as text with --format text', async () => {
    await project.write('seite.htm', PAGE);
    const { code, stdout } = dossier(['clean', '--json', 'seite.htm']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { source: string; removed: { start: number; end: number; text: string; rule: string }[] };
    for (const r of json.removed) expect(json.source.slice(r.start, r.end)).toBe(r.text);
    expect(json.removed.some((r) => r.rule === 'outside-main-text')).toBe(true);
    expect(dossier(['clean', '--format', 'text', 'seite.htm']).stdout).toContain('<script');
    expect(dossier(['clean', '--format', 'pdf', 'seite.htm'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be html or text') });
  });

  it('cleans a page of the dossier with its sidecar, as the build does', async () => {
    await project.write('seite.html', PAGE);
    expect(dossier(['add', 'seite.html']).code).toBe(0);
    const article = (await readdir(join(project.root, 'content/articles'))).find((f) => f.endsWith('.html'))!;
    const sidecar = join(project.root, 'content/articles', article.replace(/\.html$/, '.meta.yaml'));
    await project.write(sidecar.slice(project.root.length + 1), `${await readFile(sidecar, 'utf8')}cleaning:\n  drop: ["Die Co2- Bilanzierung erfolgte"]\n`);
    const { code, stdout } = dossier(['clean', `content/articles/${article}`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Ein Quantensprung für Nordhausen Nord\n\nIn Nord wurde am Freitag/);
    expect(stdout).not.toContain('Die Co2- Bilanzierung erfolgte');
  });

  it('exits 1 with a clear message for a page with little article text and for an oversized page', async () => {
    await project.write('login.html', '<!doctype html><html><body><nav><a href="/">Start</a></nav><form><p>Bitte melden Sie sich an.</p></form></body></html>');
    const login = dossier(['clean', 'login.html']);
    expect(login.code).toBe(1);
    expect(login.stderr).toContain('error    login.html: Little article text found on this page');
    await project.write('riesig.html', Buffer.alloc(11 * 1024 * 1024, 'a'));
    const huge = dossier(['clean', 'riesig.html']);
    expect(huge.code).toBe(1);
    expect(huge.stderr).toContain('riesig.html: The page is 11.0 MB, more than the limit of 10.0 MB');
  });
});

describe('dossier add', () => {
  it('copies files byte for byte with sidecars, refusing duplicates, empty and missing files', async () => {
    await project.write('news.txt', NEWS);
    await project.write('strasse.txt', CP1252);
    await project.write('news-copy.txt', NEWS.replace(/\n/g, '\r\n'));
    await project.write('seed-copy.txt', await readFile(join(project.root, SEED_003)));
    await project.write('empty.txt', '');
    const { code, stdout, stderr } = dossier(['add', 'news.txt', 'strasse.txt', 'news-copy.txt', 'seed-copy.txt', 'empty.txt', 'nope.txt']);
    expect(code).toBe(1);

    const added = (await readdir(join(project.root, 'content/articles'))).filter((n) => /^00[56]_/.test(n)).sort();
    expect(added).toEqual([
      expect.stringMatching(/^005_[0-9a-f]{16}\.meta\.yaml$/),
      expect.stringMatching(/^005_[0-9a-f]{16}\.txt$/),
      expect.stringMatching(/^006_[0-9a-f]{16}\.meta\.yaml$/),
      expect.stringMatching(/^006_[0-9a-f]{16}\.txt$/),
    ]);
    const [, newsFile, , strasseFile] = added as [string, string, string, string];
    expect(await readFile(join(project.root, 'content/articles', newsFile))).toEqual(Buffer.from(NEWS));
    expect(await readFile(join(project.root, 'content/articles', strasseFile))).toEqual(CP1252);

    expect(stdout).toContain(`added  news.txt → content/articles/${newsFile}\n`);
    expect(stdout).toContain(`added  strasse.txt → content/articles/${strasseFile} (decoded from Windows-1252; the file is kept byte for byte)`);
    expect(stdout).toContain('Added 2 articles, refused 4 files (2 duplicates, 2 other problems; see above).');
    expect(stdout).toContain('Next: check `outlet:` and `published:` in the new .meta.yaml files, set `status: published`');
    expect(stderr).toContain(`error    news-copy.txt: Not added: it is the same text as news.txt.`);
    expect(stderr).toContain(`error    seed-copy.txt: Not added: it is the same text as ${SEED_003}.`);
    expect(stderr).toContain('error    empty.txt: Not added: the file is empty.\n    fix: ');
    expect(stderr).toContain('error    nope.txt: Not added: the file does not exist.');

    const sidecar = await readFile(join(project.root, 'content/articles', newsFile.replace('.txt', '.meta.yaml')), 'utf8');
    expect(sidecar).toContain('status: draft\noutlet: "" # the text does not name its outlet clearly: write it\n');
    expect(sidecar).toContain('published: 2024-06-03 # from the text: "am 3. Juni 2024"');
    expect(sidecar).toContain('origin: { published: text }\n');

    const check = dossier(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`error    content/articles/${newsFile.replace('.txt', '.meta.yaml')}: Line 5: \`outlet\` is empty.`);
  });

  it('exits 0 when all are added, and the filled-in draft passes check, its claims counted once published', async () => {
    await project.write('news.txt', NEWS);
    const { code, stdout } = dossier(['add', 'news.txt']);
    expect(code).toBe(0);
    const name = /→ content\/articles\/(\S+)\.txt/.exec(stdout)?.[1];
    const sidecar = join(project.root, 'content/articles', `${name}.meta.yaml`);
    const filled = (await readFile(sidecar, 'utf8')).replace('outlet: ""', 'outlet: Testportal');
    await project.write(`content/articles/${name}.meta.yaml`, filled);
    // Still a draft: checked, but its claims are not the next build's.
    expect(dossier(['check'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/\n78 claims \(0 new, 0 moved, 0 withdrawn, 0 restored since content\/claims\.ledger\.json\)\.\n6 articles \(1 draft\), 0 errors, 0 warnings\.\n$/) });
    await project.write(`content/articles/${name}.meta.yaml`, filled.replace('status: draft', 'status: published'));
    expect(dossier(['check'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/\n81 claims \(3 new, 0 moved, 0 withdrawn, 0 restored since content\/claims\.ledger\.json\)\.\n6 articles, 0 errors, 0 warnings\.\n$/) });
  });

  it('writes only a sidecar for an article already in content/articles', async () => {
    await project.write('content/articles/005_manual.txt', NEWS);
    const { code, stdout } = dossier(['add', 'content/articles/005_manual.txt']);
    expect(code).toBe(0);
    expect(stdout).toContain('wrote  content/articles/005_manual.meta.yaml');
    expect(await readFile(join(project.root, 'content/articles/005_manual.meta.yaml'), 'utf8')).toContain('outlet: ""');
    expect(dossier(['add', SEED_003])).toMatchObject({ code: 1, stderr: expect.stringContaining('already in the dossier') });
  });

  it('adds a folder with its subfolders in name order, naming every file it skips or refuses', async () => {
    await project.write('inbox/b-news.txt', NEWS);
    await project.write('inbox/a/strasse.TXT', CP1252);
    await project.write('inbox/foto.jpg', 'not an article');
    await project.write('inbox/.DS_Store', 'hidden');
    await project.write('inbox/seite.html', '<html><body><p>Text</p></body></html>');
    await project.write('inbox/seite_files/frame.html', '<html></html>');
    await project.write('inbox/leer.txt', '');
    const before = await snapshot();
    const { code, stdout, stderr } = dossier(['add', 'inbox']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^added {2}inbox\/a\/strasse\.TXT → content\/articles\/005_[0-9a-f]{16}\.txt \(decoded from Windows-1252/m);
    expect(stdout).toMatch(/^added {2}inbox\/b-news\.txt → content\/articles\/006_[0-9a-f]{16}\.txt$/m);
    expect(stderr).toContain('skipped  inbox/foto.jpg: not an article file (.txt, .html, .htm)');
    expect(stderr).toContain('skipped  inbox/seite_files: the images and scripts saved with seite.html');
    expect(stderr).not.toContain('.DS_Store');
    expect(stderr).toContain('error    inbox/leer.txt: Not added: the file is empty.');
    expect(stderr).toMatch(/error {4}inbox\/seite\.html: Not added: .+\n {4}fix: /);
    expect(stdout).toContain('Added 2 articles, refused 2 files (2 problems; see above), skipped 2 entries that are not article files.');
    expect(Object.keys(await snapshot()).length).toBe(Object.keys(before).length + 4);
  });

  it('fills outlet and date from what a real page says about itself, as a draft that says where each came from', async () => {
    await project.write('5min.txt', await readFile(join(REPO_ROOT, 'src/test-support/dev-pages/5min.at-Villachs.txt')));
    const { code, stdout } = dossier(['add', '5min.txt']);
    expect(code).toBe(0);
    const name = /→ (content\/articles\/\S+)\.txt/.exec(stdout)?.[1];
    const sidecar = await readFile(join(project.root, `${name}.meta.yaml`), 'utf8');
    expect(sidecar).toContain('status: draft\noutlet: "5min.at" # from the text: "Copyright 2023 - 5min.at"; correct it if that is not the outlet\n');
    expect(sidecar).toContain('published: 2023-11-05 # from the text: "am 5. November 2023"');
    expect(sidecar).toContain('origin: { outlet: text, published: text }\n');
    expect(dossier(['check']).stdout).not.toContain(`${name}.meta.yaml`);
  });

  it('refuses a file over maxArticleBytes, naming its size, and leaves content/ unchanged', async () => {
    const config = await readFile(join(project.root, 'content/dossier.yaml'), 'utf8');
    await project.write('content/dossier.yaml', `${config}\nmaxArticleBytes: 100\n`);
    await project.write('big.txt', NEWS);
    const before = await snapshot();
    const { code, stderr } = dossier(['add', 'big.txt']);
    expect(code).toBe(1);
    expect(stderr).toContain(`error    big.txt: Not added: the file is ${Buffer.byteLength(NEWS)} bytes, more than the limit of 100 bytes: too large, is this really one article?\n    fix: `);
    expect(await snapshot()).toEqual(before);
  });

  it('says so when a folder holds no article file', async () => {
    await project.write('fotos/bild.png', 'png');
    const before = await snapshot();
    expect(dossier(['add', 'fotos'])).toMatchObject({ code: 1, stdout: expect.stringContaining('No article files found (skipped 1 entry; see above).') });
    expect(await snapshot()).toEqual(before);
  });

  it('reports progress in large batches and sums them up', async () => {
    const words = 'Regierung Gesetz Opposition Minister Haushalt Wahl Partei Gericht Urteil Polizei Stadt Land Bürger Kritik Plan'.split(' ');
    for (let i = 0; i < 1200; i++) {
      // A different pseudo-random word order per file, so no two files share their 5-word sequences.
      const text = Array.from({ length: 60 }, (_, j) => words[(i * 7 + j * j * 13 + j * i) % words.length]).join(' ');
      await project.write(`batch/batch-${i}.txt`, `Meldung Nummer ${i}\n\n${text}.\n`);
    }
    await project.write('batch/batch-copy.txt', await readFile(join(project.root, 'batch/batch-7.txt')));
    await project.write('batch/batch-empty.txt', '');
    // A folder, not 1,202 paths: a command line of thousands of files is more than npx passes on.
    const { code, stdout, stderr } = dossier(['add', 'batch']);
    // A line per tenth (and one per 2 s on a slow machine), not per file or per hundred.
    const progress = stderr.split('\n').filter((line) => line.endsWith('files read'));
    expect(progress).toEqual(expect.arrayContaining(Array.from({ length: 9 }, (_, i) => `… ${((i + 1) * 121).toLocaleString('en')}/1,202 files read`)));
    expect(progress.length).toBeLessThan(20);
    expect(stderr).toContain('… checking 1,201 files for duplicates among themselves and the 5 articles in content/articles/');
    expect(stderr).toContain('error    batch/batch-copy.txt: Not added: it is the same text as batch/batch-7.txt.');
    expect(stderr).toContain('error    batch/batch-empty.txt: Not added: the file is empty.');
    expect(stdout).toContain('Added 1,200 articles, refused 2 files (1 duplicate, 1 other problem; see above).');
    expect(code).toBe(1);
  });
});
