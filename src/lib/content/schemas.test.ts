import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ROOT, seedNames } from '../../test-support/temp-project.ts';
import { parseYamlFile } from './parse-yaml-file.ts';
import { articleMetaSpec, boilerplateSpec, dossierConfigSpec } from './schemas.ts';
import type { DossierProblem } from './types.ts';

const META = 'content/articles/005_x.meta.yaml';
const meta = articleMetaSpec('de');

function problemsOf(result: ReturnType<typeof parseYamlFile>): DossierProblem[] {
  if (result.ok) throw new Error('expected problems');
  for (const p of result.problems) {
    expect(p.file).not.toBe('');
    expect(p.fix.length).toBeGreaterThan(10);
  }
  return result.problems;
}

describe('the repository content', () => {
  it('validates content/dossier.yaml', async () => {
    const result = parseYamlFile('content/dossier.yaml', await readFile(join(SEED_ROOT, 'content/dossier.yaml'), 'utf8'), dossierConfigSpec);
    expect(result).toMatchObject({ ok: true, value: { language: 'de', baseUrl: 'https://dossier.example.org/' } });
  });

  it('validates every seed sidecar', async () => {
    for (const name of await seedNames()) {
      const file = `content/articles/${name.replace(/\.txt$/, '.meta.yaml')}`;
      const result = parseYamlFile(file, await readFile(join(SEED_ROOT, file), 'utf8'), meta);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
  });
});

describe('sidecar schema', () => {
  it('fills defaults: dossier language, empty cleaning overrides', () => {
    expect(parseYamlFile(META, 'outlet: RT DE\npublished: 2022-11-14\n', articleMetaSpec('en'))).toEqual({
      ok: true,
      value: {
        outlet: 'RT DE',
        published: '2022-11-14',
        language: 'en',
        cleaning: { keep: [], drop: [] },
        status: 'published',
        origin: {},
        checked: [],
      },
    });
  });

  it('reads what `dossier add` writes: a draft, where each value was found, and what the curator checked', () => {
    const yaml = 'outlet: SNA\nstatus: draft\nauthor: [Anna Muster]\nmodified: 2022-11-15\norigin: { outlet: page, published: text }\nchecked: [published]\n';
    expect(parseYamlFile(META, yaml, meta)).toMatchObject({
      ok: true,
      value: { status: 'draft', author: ['Anna Muster'], modified: '2022-11-15', origin: { outlet: 'page', published: 'text' }, checked: ['published'] },
    });
  });

  it('names the allowed values of `origin:` and `checked:`', () => {
    const [problem] = problemsOf(parseYamlFile(META, 'outlet: SNA\nchecked: [pubished]\n', meta));
    expect(problem?.message).toContain('`checked[0]` must be one of outlet, published');
  });

  it('treats an empty optional field as absent', () => {
    expect(parseYamlFile(META, 'outlet: SNA\nurl:\npublished:\n', meta)).toMatchObject({ ok: true, value: { outlet: 'SNA' } });
  });

  it('suggests the field a misspelt key meant, with its line', () => {
    const [problem] = problemsOf(parseYamlFile(META, 'outlet: SNA\npubished: 2021-12-29\n', meta));
    expect(problem).toEqual({
      file: META,
      severity: 'error',
      code: 'bad-metadata',
      message: 'Line 2: Unknown field `pubished`. Did you mean `published`?',
      fix: 'Rename `pubished` to `published`.',
    });
  });

  it('lists the allowed fields for an unknown key that is no typo', () => {
    const [problem] = problemsOf(parseYamlFile(META, 'outlet: SNA\nheadline: Jemand\n', meta));
    expect(problem?.message).toBe('Line 2: Unknown field `headline`.');
    expect(problem?.fix).toContain('`outlet`, `published`');
  });

  it('finds misspelt keys in nested objects', () => {
    const [problem] = problemsOf(parseYamlFile(META, 'outlet: SNA\ncleaning:\n  dorp: [Abonnieren]\n', meta));
    expect(problem?.message).toBe('Line 3: Unknown field `cleaning.dorp`. Did you mean `drop`?');
  });

  it('rejects impossible and malformed dates, and non-http URLs', () => {
    const problems = problemsOf(parseYamlFile(META, 'outlet: SNA\npublished: 2021-02-30\nurl: www.example.org/a\n', meta));
    expect(problems.map((p) => p.message)).toEqual([
      'Line 2: `published` is not a real calendar date.',
      'Line 3: `url` must be an absolute http(s) URL.',
    ]);
    expect(problems[0]?.fix).toContain('YYYY-MM-DD');
    expect(problemsOf(parseYamlFile(META, 'outlet: SNA\npublished: 29.12.2021\n', meta))[0]?.message).toContain('YYYY-MM-DD');
  });

  it('flags the empty outlet placeholder `dossier add` writes', () => {
    const [problem] = problemsOf(parseYamlFile(META, 'outlet: ""\n', meta));
    expect(problem?.message).toBe('Line 1: `outlet` is empty.');
    expect(problem?.fix).toContain('Unbekanntes Nachrichtenportal');
  });

  it('reports a missing required field and an empty file', () => {
    expect(problemsOf(parseYamlFile(META, 'note: x\n', meta))[0]?.message).toBe('Line 1: `outlet` is missing.');
    // A sidecar (unlike the rules and the registry) may not be empty: it needs an outlet.
    expect(problemsOf(parseYamlFile(META, '', meta))[0]?.message).toBe('The file has no fields.');
    expect(problemsOf(parseYamlFile('content/dossier.yaml', '# nothing yet\n', dossierConfigSpec))[0]?.message).toBe('The file has no fields.');
  });

  it('reports malformed YAML with line and column, alone', () => {
    const problems = problemsOf(parseYamlFile(META, 'outlet: SNA\ntitle: "Medien: Gespräche\npubished: x\n', meta));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'yaml-syntax', message: expect.stringMatching(/^Line \d+, column \d+: Missing closing "quote/) });
  });

  it('explains duplicate keys and unquoted colons', () => {
    expect(problemsOf(parseYamlFile(META, 'outlet: SNA\noutlet: RT DE\n', meta))[0]?.fix).toContain('remove one');
    expect(problemsOf(parseYamlFile(META, 'outlet: SNA\ntitle: Medien: Gespräche\n', meta))[0]?.fix).toContain('quotes');
  });
});

describe('dossier config schema', () => {
  it('requires an absolute base URL with a trailing slash and a positive size limit', () => {
    const problems = problemsOf(
      parseYamlFile('content/dossier.yaml', 'title: T\ndescription: D\nintro: I\nbaseUrl: https://x.org\nmaxArticleBytes: 0\n', dossierConfigSpec),
    );
    expect(problems.map((p) => p.message)).toEqual(['Line 4: `baseUrl` must end with a slash.', 'Line 5: `maxArticleBytes` must be positive.']);
  });

  it('takes a number of entries per list page, and names the fix for anything else', () => {
    const config = (size: string) => parseYamlFile('content/dossier.yaml', `title: T\ndescription: D\nintro: I\nbaseUrl: https://x.org/\nlistPageSize: ${size}\n`, dossierConfigSpec);
    expect(config('10')).toMatchObject({ ok: true, value: { listPageSize: 10 } });
    const problems = problemsOf(config('0'));
    expect(problems.map((p) => p.message)).toEqual(['Line 5: `listPageSize` must be at least 1.']);
    expect(problems[0]!.fix).toMatch(/listPageSize: 50/);
    expect(problemsOf(config('zwanzig')).map((p) => p.message)).toEqual(['Line 5: `listPageSize` must be a number of list entries.']);
  });
});

describe('boilerplate rules schema', () => {
  const RULES = 'content/boilerplate.yaml';

  it('accepts rules and fills the default scope', () => {
    const yaml = "rules:\n  - id: more-on-topic\n    pattern: '^Mehr zum Thema'\n    reason: Teaser\n    outlets: [RT DE]\n";
    expect(parseYamlFile(RULES, yaml, boilerplateSpec)).toEqual({
      ok: true,
      value: { rules: [{ id: 'more-on-topic', pattern: '^Mehr zum Thema', scope: 'line', reason: 'Teaser', outlets: ['RT DE'] }] },
    });
  });

  it('says which rule has a bad regex and why', () => {
    const yaml = "rules:\n  - id: ok\n    pattern: 'a'\n    reason: r\n  - id: broken-group\n    pattern: '(Foto'\n    reason: r\n";
    const [problem] = problemsOf(parseYamlFile(RULES, yaml, boilerplateSpec));
    expect(problem?.message).toMatch(/^Line 6: `rules\[1\]\.pattern` \(rule `broken-group`\) is not a valid JavaScript regular expression: .*Unterminated group/);
    expect(problem?.fix).toContain('single quotes');
  });

  it('rejects patterns matching the empty string, bad flags, bad ids and duplicate ids', () => {
    const messages = (yaml: string) => problemsOf(parseYamlFile(RULES, yaml, boilerplateSpec)).map((p) => p.message);
    expect(messages("rules:\n  - id: all\n    pattern: '.*'\n    reason: r\n")[0]).toContain('matches the empty string');
    expect(messages("rules:\n  - id: g\n    pattern: 'a'\n    flags: gi\n    reason: r\n")[0]).toContain('`rules[0].flags` may only contain');
    expect(messages("rules:\n  - id: Not_Kebab\n    pattern: 'a'\n    reason: r\n")[0]).toContain('kebab-case');
    expect(messages("rules:\n  - id: a\n    pattern: 'a'\n    reason: r\n  - id: a\n    pattern: 'b'\n    reason: r\n")).toEqual([
      'Line 5: `rules[1].id` `a` is already the id of rule 1.',
    ]);
  });

  it('accepts an empty rules file (nothing, only comments, or `rules:` alone) as no rules', () => {
    for (const yaml of ['', '# Boilerplate rules for this dossier.\n', 'rules:\n', 'rules: []\n']) {
      expect(parseYamlFile(RULES, yaml, boilerplateSpec)).toEqual({ ok: true, value: { rules: [] } });
    }
  });

  it('explains the double-quoted backslash mistake', () => {
    const [problem] = problemsOf(parseYamlFile(RULES, 'rules:\n  - id: a\n    pattern: "\\d+"\n    reason: r\n', boilerplateSpec));
    expect(problem?.code).toBe('yaml-syntax');
    expect(problem?.fix).toContain('single quotes');
  });
});
