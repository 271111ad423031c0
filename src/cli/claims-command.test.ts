/** `dossier claims` and the ledger part of `dossier check`, run as the real CLI on a copy of the seeds. */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE } from '../lib/claims/ledger-file.ts';
import { REPO_ROOT, SEED_ROOT, tempProject } from '../test-support/temp-project.ts';

const BIN = join(REPO_ROOT, 'bin/dossier.mjs');
const SEED_000 = 'content/articles/000_9b40cf4b3cb6ef87.txt';

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => {
  project = await tempProject();
});
afterEach(async () => {
  await project.dispose();
});

function dossier(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: project.root, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ledgerIds = async () => JSON.parse(await readFile(join(project.root, LEDGER_FILE), 'utf8')).claims as Record<string, { article: string; text: string }>;

describe('dossier claims', () => {
  it('prints every sentence of a seed as <id><TAB><text>, with the ids the ledger has published', async () => {
    const { code, stdout } = dossier(['claims', SEED_000]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(lines).toHaveLength(17);
    const published = await ledgerIds();
    for (const [id, text] of lines) expect(published[id!]).toMatchObject({ article: '000_9b40cf4b3cb6ef87', text });
    expect(lines[0]![1]).toBe('Sergey Naryshkin und John Ratcliffe haben vereinbart, regelmäßigen Kontakt zu pflegen, um die Spannungen zwischen den USA und Russland abzubauen.');
  });

  it('reads standard input, keys it as --article, and keeps abbreviations and dates inside sentences', () => {
    const text = 'Titel der Meldung\n\nDas ist z. B. ein Satz vom 12. März. Und noch einer.\n';
    const a = dossier(['claims', '--article', 'probe', '-'], text);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^c[0-9a-z]{10}\tDas ist z\. B\. ein Satz vom 12\. März\.\nc[0-9a-z]{10}\tUnd noch einer\.\n$/);
    expect(dossier(['claims', '--article', 'probe', '-'], text).stdout).toBe(a.stdout);
    expect(dossier(['claims', '--article', 'other', '-'], text).stdout).not.toBe(a.stdout);
  });

  it('exits 2 without a file', () => {
    expect(dossier(['claims']).code).toBe(2);
  });
});

describe('dossier check and the ledger', () => {
  it('is quiet about claims when the text matches the ledger', () => {
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(0);
    expect(stdout).toContain('78 claims (0 new, 0 moved, 0 withdrawn, 0 restored since content/claims.ledger.json)');
  });

  it('warns, without failing, about a published claim that an edit moves and one it withdraws', async () => {
    const raw = await readFile(join(project.root, SEED_000), 'utf8');
    const edited = raw
      .replace('Das Telefongespräch der Präsidenten wäre ihr zweites innerhalb eines Monats. ', '')
      .replace('stattfinden könnte.', 'stattfinden könne.');
    await project.write(SEED_000, edited);
    const { code, stdout } = dossier(['check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/warning +content\/articles\/000_9b40cf4b3cb6ef87\.txt: The published claim c[0-9a-z]{10} „Der Kreml-Reporter Dmitry Smirnov[^\n]*permalink will lead to c[0-9a-z]{10}/);
    expect(stdout).toMatch(/The published claim c[0-9a-z]{10} „Das Telefongespräch der Präsidenten wäre ihr zweites innerhalb eines Monats\.“ is gone/);
    expect(stdout).toContain('(1 new, 1 moved, 1 withdrawn, 0 restored since content/claims.ledger.json)');
    expect(await readFile(join(project.root, LEDGER_FILE), 'utf8')).toBe(await readFile(join(SEED_ROOT, LEDGER_FILE), 'utf8'));
  });
});
