import { describe, expect, it } from 'vitest';
import { parseEntities } from '../entities/read-entities.ts';
import { newDossier } from './new-dossier.ts';
import { parseYamlFile } from './parse-yaml-file.ts';
import { boilerplateSpec, dossierConfigSpec } from './schemas.ts';

const ANSWERS = { title: 'Wasserstoff in Norddeutschland', language: 'de', baseUrl: 'https://dossier.example.org/wasserstoff/' };

function files(answers: Parameters<typeof newDossier>[0]): Record<string, string> {
  const made = newDossier(answers);
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return made.files;
}

describe('newDossier', () => {
  it('writes a dossier.yaml the build accepts, with German defaults for description and intro', () => {
    const config = parseYamlFile('content/dossier.yaml', files(ANSWERS)['content/dossier.yaml']!, dossierConfigSpec);
    expect(config).toEqual({
      ok: true,
      value: {
        title: 'Wasserstoff in Norddeutschland',
        description: 'Ein Dossier: Wasserstoff in Norddeutschland.',
        intro: expect.stringContaining('„Wasserstoff in Norddeutschland“'),
        language: 'de',
        baseUrl: 'https://dossier.example.org/wasserstoff/',
      },
    });
  });

  it('writes English defaults for an English dossier', () => {
    const yaml = files({ ...ANSWERS, title: 'Hydrogen in the North', language: 'en' })['content/dossier.yaml']!;
    expect(parseYamlFile('content/dossier.yaml', yaml, dossierConfigSpec)).toMatchObject({
      ok: true,
      value: { description: 'A dossier: Hydrogen in the North.', intro: expect.stringContaining('reports on “Hydrogen in the North”'), language: 'en' },
    });
  });

  it('keeps a given description and intro, and adds the slash a bare host lacks', () => {
    const yaml = files({ ...ANSWERS, baseUrl: 'https://example.org', description: 'Kurz.', intro: 'Erster Absatz.\n\nZweiter Absatz.' })['content/dossier.yaml']!;
    expect(parseYamlFile('content/dossier.yaml', yaml, dossierConfigSpec)).toMatchObject({
      ok: true,
      value: { description: 'Kurz.', intro: 'Erster Absatz.\n\nZweiter Absatz.', baseUrl: 'https://example.org/' },
    });
  });

  it('starts with an empty registry and no rules, both valid, an article folder git keeps, and no ledger', () => {
    const made = files(ANSWERS);
    expect(Object.keys(made).sort()).toEqual(['content/articles/.gitkeep', 'content/boilerplate.yaml', 'content/dossier.yaml', 'content/entities.yaml']);
    expect(parseEntities(made['content/entities.yaml']!)).toEqual({ entities: [], problems: [] });
    expect(parseYamlFile('content/boilerplate.yaml', made['content/boilerplate.yaml']!, boilerplateSpec)).toEqual({ ok: true, value: { rules: [] } });
  });

  it('refuses an address that is not http(s) or is not a folder, and a language without UI strings, naming the answer', () => {
    expect(newDossier({ ...ANSWERS, baseUrl: 'dossier.example.org' })).toMatchObject({
      ok: false,
      problems: [{ field: 'baseUrl', message: expect.stringContaining('must be an absolute http(s) URL') }, { field: 'baseUrl' }],
    });
    expect(newDossier({ ...ANSWERS, baseUrl: 'https://example.org/dossier' })).toMatchObject({
      ok: false,
      problems: [{ field: 'baseUrl', message: '`baseUrl` must end with a slash.' }],
    });
    expect(newDossier({ ...ANSWERS, language: 'fr' })).toMatchObject({
      ok: false,
      problems: [{ field: 'language', message: '`language` has no interface texts; use one of `de`, `en`.' }],
    });
    expect(newDossier({ ...ANSWERS, title: '  ' })).toMatchObject({ ok: false, problems: [{ field: 'title', message: '`title` is empty.' }] });
  });
});
