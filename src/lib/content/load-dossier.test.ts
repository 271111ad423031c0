import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test-support/temp-project.ts';
import { assertNoErrors, DossierError } from './dossier-error.ts';
import { loadDossier } from './load-dossier.ts';
import { outletLinesFor, readDossier } from './read-dossier.ts';
import type { DossierProblem, LoadedDossier } from './types.ts';

/** Four unrelated reports, so that tests adding several articles do not trip the duplicate check. */
const BODIES = [
  'Die Delegationen der beiden Länder trafen sich am Montag, um über Fragen der strategischen Stabilität zu sprechen. Beide Seiten bezeichneten die Gespräche anschließend als sachlich und nützlich.\n\nEin weiteres Treffen soll nach Angaben der Delegationen noch vor dem Ende des Jahres stattfinden, sagte ein Sprecher am Dienstag.',
  'Der Außenminister reiste am Donnerstag überraschend in die Hauptstadt des Nachbarlandes. Dort wollte er nach Angaben seines Ministeriums mit Vertretern der Regierung über Handelsfragen beraten.\n\nKritiker warfen der Regierung vor, das Parlament vorab nicht informiert zu haben, was ein Sprecher zurückwies.',
  'Ein Gericht in der Provinz hat am Mittwoch einen ehemaligen Beamten zu drei Jahren Haft verurteilt. Die Richter sahen es als erwiesen an, dass er vertrauliche Unterlagen weitergegeben hatte.\n\nDie Verteidigung kündigte an, gegen das Urteil Berufung einzulegen, weil wichtige Zeugen nicht gehört worden seien.',
  'Nach tagelangen Verhandlungen haben sich die Unterhändler auf einen Austausch von Gefangenen geeinigt. Die Übergabe soll in den kommenden Wochen auf einem Flughafen in einem neutralen Drittland erfolgen.\n\nAngehörige der Inhaftierten begrüßten die Einigung, mahnten aber zur Geduld bis zur tatsächlichen Freilassung.',
] as const;

function article(title: string, body: number): string {
  return `${title}\n\n${BODIES[body]}\n`;
}

const ARTICLE = article('Gespräche über strategische Stabilität in Genf', 0);
const ALL_BOILERPLATE = 'Registrierung erfolgreich abgeschlossen!\nAbonnieren\nNewsticker\n0\nloader\nLive\nChats\n';

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => {
  project = await tempProject();
});
afterEach(async () => {
  await project.dispose();
});

/** Adds an article with a sidecar to the temp project. */
async function addArticle(name: string, data: string | Uint8Array, sidecar = 'outlet: Testportal\npublished: 2024-05-06\n') {
  await project.write(`content/articles/${name}.txt`, data);
  await project.write(`content/articles/${name}.meta.yaml`, sidecar);
}

function codes(problems: readonly DossierProblem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.code} ${p.file}`);
}

function expectActionable(problems: readonly DossierProblem[]): void {
  for (const p of problems) {
    expect(p.file).toMatch(/^content\//);
    expect(p.message.length).toBeGreaterThan(10);
    expect(p.fix.length).toBeGreaterThan(10);
  }
}

describe('loadDossier on the seeds', () => {
  let dossier: LoadedDossier;
  beforeEach(async () => {
    dossier = await loadDossier(project.root);
  });

  it('loads five articles without problems', () => {
    expect(dossier.problems).toEqual([]);
    expect(dossier.config.title).toBe('Geheimdienstkontakte USA–Russland 2021–2025');
    expect(dossier.articles.map((a) => a.file)).toEqual([
      'content/articles/000_9b40cf4b3cb6ef87.txt',
      'content/articles/001_6f10fa47b279544a.txt',
      'content/articles/002_dfe8015b3b02bc70.txt',
      'content/articles/003_f1290934ed803041.txt',
      'content/articles/004_bd2a967ae327f507.txt',
    ]);
  });

  it('resolves outlet and date with their provenance', () => {
    const summary = dossier.articles.map((a) => [a.outlet.value, a.published?.value, a.published?.source, a.published?.evidence]);
    expect(summary).toEqual([
      ['SeaPRwire', '2025-03-12', 'curated', undefined],
      ['Unbekanntes Nachrichtenportal', '2025-03-12', 'text', 'am 12. März 2025'],
      ['RT DE', '2022-11-15', 'curated', undefined],
      ['RT DE', '2022-11-14', 'curated', undefined],
      ['SNA', '2021-12-29', 'text', '29.12.2021'],
    ]);
  });

  it('derives unique ASCII slugs from the titles', () => {
    const slugs = dossier.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(5);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugs[3]).toBe('medien-russland-und-usa-fuehren-gespraeche-in-ankara');
  });

  it('keeps the decoded source exact, and offsets point into it', async () => {
    for (const article of dossier.articles) {
      expect(article.source).toBe(await readFile(join(project.root, article.file), 'utf8'));
      for (const r of article.cleaned.removed) expect(article.source.slice(r.start, r.end)).toBe(r.text);
    }
  });
});

describe('readDossier', () => {
  it('counts the lines of each outlet once, over its articles', async () => {
    const { inputs } = await readDossier(project.root);
    const rt = inputs.filter((i) => i.meta.outlet === 'RT DE');
    const lines = outletLinesFor(inputs);
    expect(lines(rt[0]!)).toBe(lines(rt[1]!));
    expect(lines(rt[0]!).articles).toBe(2);
    expect(lines(inputs[0]!).articles).toBe(1);
    expect(inputs[0]!.bytesDigest).toBe('685f3e2d0a1af12bfe2352bb00bc7785bba850360cd4034352dafa95e342fec9');
  });

  it('reports a missing sidecar with the command that writes one', async () => {
    await project.write('content/articles/005_new.txt', ARTICLE);
    const { inputs, problems } = await readDossier(project.root);
    expect(inputs).toHaveLength(5);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'missing-metadata', file: 'content/articles/005_new.txt', fix: expect.stringContaining('npx dossier add content/articles/005_new.txt') }),
    ]);
  });

  it('reports a sidecar without article and stray files; ignores hidden files', async () => {
    await project.write('content/articles/009_gone.meta.yaml', 'outlet: X\n');
    await project.write('content/articles/notes.docx', 'x');
    await project.write('content/articles/ARTIKEL.TXT', ARTICLE);
    await project.write('content/articles/.DS_Store', 'x');
    const { problems } = await readDossier(project.root);
    expect(codes(problems)).toEqual([
      'warning stray-file content/articles/ARTIKEL.TXT',
      'warning stray-file content/articles/notes.docx',
      'error orphan-metadata content/articles/009_gone.meta.yaml',
    ]);
    expectActionable(problems);
  });

  it('reports unreadable articles and goes on with the rest', async () => {
    await addArticle('005_empty', '');
    await addArticle('006_binary', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 8, 0, 1, 2, 0xff, 0]));
    await addArticle('007_big', Buffer.alloc(5 * 1024 * 1024, 'Ein Satz. '));
    const { inputs, problems } = await readDossier(project.root);
    expect(inputs).toHaveLength(5);
    expect(codes(problems)).toEqual([
      'error empty-file content/articles/005_empty.txt',
      'error binary-file content/articles/006_binary.txt',
      'error too-large content/articles/007_big.txt',
    ]);
    expect(problems[2]?.fix).toContain('`maxArticleBytes` in content/dossier.yaml');
    expectActionable(problems);
  });

  it('honours a raised maxArticleBytes', async () => {
    const config = await readFile(join(project.root, 'content/dossier.yaml'), 'utf8');
    await project.write('content/dossier.yaml', `${config}maxArticleBytes: 6000000\n`);
    await addArticle('007_big', Buffer.alloc(5 * 1024 * 1024, 'Ein Satz. '));
    const { config: parsed, problems } = await readDossier(project.root);
    expect(parsed?.maxArticleBytes).toBe(6000000);
    expect(problems.filter((p) => p.code === 'too-large')).toEqual([]);
  });

  it('reports two copies of one article, naming both', async () => {
    const seed = await readFile(join(project.root, 'content/articles/003_f1290934ed803041.txt'), 'utf8');
    await addArticle('005_copy', seed.replace(/\n/g, '\r\n'), 'outlet: RT DE\n');
    const { inputs, problems } = await readDossier(project.root);
    expect(inputs.map((i) => i.file)).not.toContain('content/articles/005_copy.txt');
    expect(problems).toEqual([
      {
        file: 'content/articles/005_copy.txt',
        severity: 'error',
        code: 'duplicate-article',
        message: 'This article is the same text as content/articles/003_f1290934ed803041.txt.',
        fix: expect.stringContaining('Delete one of the two'),
      },
    ]);
  });

  it('reports malformed YAML, misspelt keys and invalid dates in sidecars', async () => {
    await addArticle('005_a', ARTICLE, 'outlet: Testportal\ntitle: "Gespräche\n');
    await addArticle('006_b', article('Außenminister reist überraschend ins Nachbarland', 1), 'outlet: Testportal\npubished: 2024-05-06\n');
    await addArticle('007_c', article('Ehemaliger Beamter zu drei Jahren Haft verurteilt', 2), 'outlet: Testportal\npublished: 2024-13-01\n');
    const { inputs, problems } = await readDossier(project.root);
    expect(inputs).toHaveLength(5);
    expect(problems.map((p) => [p.file, p.code, p.message])).toEqual([
      ['content/articles/005_a.meta.yaml', 'yaml-syntax', expect.stringMatching(/^Line 3, column 1: Missing closing "quote/)],
      ['content/articles/006_b.meta.yaml', 'bad-metadata', 'Line 2: Unknown field `pubished`. Did you mean `published`?'],
      ['content/articles/007_c.meta.yaml', 'bad-metadata', 'Line 2: `published` is not a real calendar date.'],
    ]);
  });

  it('reports a bad regex in boilerplate.yaml', async () => {
    await project.write('content/boilerplate.yaml', "rules:\n  - id: photo\n    pattern: 'Foto: (dpa'\n    reason: Bildnachweis\n");
    const { rules, problems } = await readDossier(project.root);
    expect(rules).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/boilerplate.yaml', code: 'bad-rules', message: expect.stringContaining('(rule `photo`) is not a valid JavaScript regular expression') }),
    ]);
  });

  it('reports a dossier without articles, and a missing articles folder', async () => {
    for (const name of await readdir(join(project.root, 'content/articles'))) await rm(join(project.root, 'content/articles', name));
    // The seed registry links its events to seed articles, which would be reported gone too (see read-entities.test.ts).
    await project.write('content/entities.yaml', 'entities:\n');
    expect(codes((await readDossier(project.root)).problems)).toEqual(['error no-articles content/articles']);
    await rm(join(project.root, 'content/articles'), { recursive: true });
    const { problems } = await readDossier(project.root);
    expect(problems).toEqual([expect.objectContaining({ code: 'no-articles', message: 'The folder content/articles/ does not exist.' })]);
  });

  it('reports an event linked to an article that is gone, at its line in entities.yaml', async () => {
    await rm(join(project.root, 'content/articles/000_9b40cf4b3cb6ef87.txt'));
    await rm(join(project.root, 'content/articles/000_9b40cf4b3cb6ef87.meta.yaml'));
    const { entities, problems } = await readDossier(project.root);
    expect(entities).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/entities.yaml',
        code: 'bad-entities',
        message: expect.stringMatching(/^Line \d+: `entities\[\d+\]\.articles\[0\]` \(entity `naryshkin-ratcliffe-call-2025`\) is `000_9b40cf4b3cb6ef87`, which is no article in content\/articles\/\.$/u),
      }),
    ]);
  });

  it('reports a missing dossier.yaml', async () => {
    await rm(join(project.root, 'content/dossier.yaml'));
    const { config, problems } = await readDossier(project.root);
    expect(config).toBeUndefined();
    expect(codes(problems)).toEqual(['error missing-config content/dossier.yaml']);
  });
});

describe('loadDossier with bad input', () => {
  it('decodes Windows-1252, UTF-16 LE/BE and CRLF articles', async () => {
    await addArticle('005_cp1252', Buffer.from(article('Gespräche in Zürich', 0), 'latin1'));
    await addArticle('006_le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('Reise nach Wien', 1), 'utf16le')]));
    await addArticle('007_be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(article('Urteil in Oslo', 2), 'utf16le').swap16()]));
    await addArticle('008_crlf', article('Austausch in Rom', 3).replace(/\n/g, '\r\n'));
    const dossier = await loadDossier(project.root);
    expect(dossier.problems).toEqual([]);
    const added = dossier.articles.slice(5);
    expect(added.map((a) => [a.encoding, a.cleaned.title, a.slug])).toEqual([
      ['windows-1252', 'Gespräche in Zürich', 'gespraeche-in-zuerich'],
      ['utf-16le', 'Reise nach Wien', 'reise-nach-wien'],
      ['utf-16be', 'Urteil in Oslo', 'urteil-in-oslo'],
      ['utf-8', 'Austausch in Rom', 'austausch-in-rom'],
    ]);
    expect(added[3]!.source).toContain('\r\n');
    for (const a of added) expect(a.cleaned.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(2);
  });

  it('suffixes colliding slugs and reports clashing pinned ones', async () => {
    const pinned = 'outlet: X\npublished: 2024-05-06\nslug: pinned\n';
    await addArticle('005_a', article('Gespräche in Genf', 0));
    await addArticle('006_b', article('Gespräche in Genf', 1));
    await addArticle('007_c', article('Gespräche in Genf', 2), pinned);
    await addArticle('008_d', article('Gespräche in Genf', 3), pinned);
    const dossier = await loadDossier(project.root);
    expect(dossier.articles.slice(5).map((a) => a.slug)).toEqual(['gespraeche-in-genf', 'gespraeche-in-genf-2', 'pinned', 'pinned']);
    expect(codes(dossier.problems)).toEqual(['error duplicate-slug content/articles/008_d.meta.yaml']);
  });

  it('gives a draft, though earlier by name, no address a published article would have in the build', async () => {
    await addArticle('005_a', article('Gespräche in Genf', 0), 'outlet: X\npublished: 2024-05-06\nstatus: draft\n');
    await addArticle('006_b', article('Gespräche in Genf', 1));
    const dossier = await loadDossier(project.root);
    expect(dossier.articles.slice(5).map((a) => a.slug)).toEqual(['gespraeche-in-genf-2', 'gespraeche-in-genf']);
  });

  it('reports an article that is all boilerplate', async () => {
    await addArticle('005_furniture', ALL_BOILERPLATE);
    const { problems } = await loadDossier(project.root);
    const allBoilerplate = problems.find((p) => p.code === 'all-boilerplate');
    expect(allBoilerplate).toMatchObject({ severity: 'error', file: 'content/articles/005_furniture.txt' });
    expect(allBoilerplate?.fix).toContain('cleaning: keep:');
    expectActionable(problems);
  });

  it('warns about a curated date the text contradicts, and a missing date', async () => {
    await addArticle('005_a', `${ARTICLE}\nStand: 7. Mai 2024\n`);
    await addArticle('006_b', article('Außenminister reist überraschend ins Nachbarland', 1), 'outlet: Testportal\n');
    const { problems } = await loadDossier(project.root);
    expect(codes(problems)).toEqual(['warning date-mismatch content/articles/005_a.meta.yaml', 'warning no-date content/articles/006_b.meta.yaml']);
    expect(() => assertNoErrors(problems)).not.toThrow();
  });

  it('throws a DossierError listing all problems when dossier.yaml is invalid', async () => {
    await project.write('content/dossier.yaml', 'titel: X\n');
    await project.write('content/articles/005_new.txt', ARTICLE);
    const error = await loadDossier(project.root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect(codes((error as DossierError).problems)).toEqual([
      ...Array(5).fill('error bad-config content/dossier.yaml'),
      'error missing-metadata content/articles/005_new.txt',
    ]);
    expect((error as Error).message).toContain('Unknown field `titel`. Did you mean `title`?');
  });
});

describe('assertNoErrors', () => {
  it('throws one error listing every error with file, message and fix', async () => {
    await writeFile(join(project.root, 'content/articles/005_x.txt'), '');
    await writeFile(join(project.root, 'content/articles/006_y.meta.yaml'), 'outlet: X\n');
    const { problems } = await loadDossier(project.root);
    let message = '';
    try {
      assertNoErrors(problems);
    } catch (error) {
      expect(error).toBeInstanceOf(DossierError);
      message = (error as Error).message;
    }
    expect(message).toContain('The dossier has 2 errors');
    expect(message).toContain('error    content/articles/005_x.txt: The file is empty.\n    fix: Paste the article text');
    expect(message).toContain('content/articles/006_y.meta.yaml: This sidecar has no article');
  });

  it('carries no stack: a curator\'s mistake must not print as a crash pointing into Dossier\'s code', () => {
    const error = new DossierError([{ file: 'content/dossier.yaml', severity: 'error', code: 'bad-config', message: 'Line 1: x', fix: 'y' }]);
    expect(error.stack).toBe('');
    expect(error.message).toContain('content/dossier.yaml: Line 1: x\n    fix: y');
  });
});

describe('loadDossier and the address ledger', () => {
  const SEED = 'content/articles/003_f1290934ed803041';
  const slugOf = (dossier: LoadedDossier) => dossier.articles.find((a) => a.file === `${SEED}.txt`)!.slug;

  it('keeps a published article\'s address when its title changes, and renames it only for a `slug:`', async () => {
    const before = slugOf(await loadDossier(project.root));
    const sidecar = await readFile(join(project.root, `${SEED}.meta.yaml`), 'utf8');
    await project.write(`${SEED}.meta.yaml`, `${sidecar}title: Geheimdienstchefs treffen sich in Ankara\n`);
    const retitled = await loadDossier(project.root);
    expect(slugOf(retitled)).toBe(before);
    expect(retitled.addresses.changes).toEqual([]);

    await project.write(`${SEED}.meta.yaml`, `${sidecar}slug: treffen-in-ankara\n`);
    const renamed = await loadDossier(project.root);
    expect(slugOf(renamed)).toBe('treffen-in-ankara');
    expect(renamed.addresses.changes).toEqual([{ kind: 'renamed', from: before, to: 'treffen-in-ankara', article: '003_f1290934ed803041' }]);
  });

  it('reports a damaged address ledger with the way to restore it', async () => {
    await project.write('content/articles.ledger.json', '{ "version": 1, "addresses": { "a": {} } }');
    const { problems } = await loadDossier(project.root);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/articles.ledger.json', severity: 'error', code: 'bad-address-ledger', fix: expect.stringContaining('git checkout --') })]);
  });
});
