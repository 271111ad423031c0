import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDossier } from '../content/load-dossier.ts';
import { SEED_ROOT } from '../../test-support/temp-project.ts';
import { ENTITIES_FILE, type Entity } from './entity.ts';
import { compileEntityMatcher } from './entity-matcher.ts';
import { parseEntities } from './read-entities.ts';
import { formatUncoveredNames, suggestedEntry } from './suggest-entries.ts';
import { uncoveredNames } from './uncovered-names.ts';

const article = (...paragraphs: string[]) => ({
  file: 'content/articles/009_x.txt',
  language: 'de',
  cleaned: { blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text, start: 0, end: text.length })) },
});
const none = compileEntityMatcher([]);
const names = (...paragraphs: string[]) => uncoveredNames([article(...paragraphs)], none).map((n) => `${n.name} (${n.type})`);

describe('uncoveredNames', () => {
  it('finds people by their first name, without the title before it', () => {
    expect(names('Das sagte die Basketballspielerin Brittney Griner am Montag.')).toEqual(['Brittney Griner (person)']);
    expect(names('Jake Sullivan verhandelte.')).toEqual(['Jake Sullivan (person)']);
  });

  it('finds capitalised word sequences that are no nouns used with an article', () => {
    expect(names('Ein Sprecher sagte, das Weiße Haus prüfe die Lage in den Vereinigten Staaten.')).toEqual([
      'Vereinigten Staaten (organisation)',
      'Weiße Haus (organisation)',
    ]);
  });

  it('reads a name after a noun that introduces it', () => {
    expect(names('Die Zeitung berichtete. Laut der Zeitung Kommersant ist das falsch.')).toEqual(['Kommersant (organisation)']);
  });

  it('finds acronyms, transliterated surnames and places after in', () => {
    expect(names('Die Gespräche über SNV-III fanden in Genf statt, sagte Peskow.')).toEqual([
      'Genf (place)',
      'Peskow (person)',
      'SNV-III (organisation)',
    ]);
  });

  it('ignores capitals at the start of sentences and quotes, German nouns, adjectives and words of time', () => {
    expect(
      names(
        'Konkrete Diskussionsthemen wurden nicht genannt. Er sagte: „Ende September kommen Delegationen.“ ' +
          'Mitte Juni trafen sich US-amerikanischen Vertreter hinter den Kulissen Verhandlungen in Fragen der Sicherheit.',
      ),
    ).toEqual([]);
  });

  it('leaves out what the registry covers, contextual titles included', () => {
    const peskov: Entity = { id: 'peskov', name: 'Dmitri Peskow', type: 'person', description: '…', aliases: [], contextual: ['Kreml-Sprecher'] };
    expect(uncoveredNames([article('Der Kreml-Sprecher Dmitri Peskow schwieg.')], compileEntityMatcher([peskov]))).toEqual([]);
  });

  it('counts a genitive as a form of the name', () => {
    const [name] = uncoveredNames([article('Laut der Zeitung Kommersant schwieg er.', 'Die Quelle der Zeitung Kommersants blieb anonym.')], none);
    expect(name).toMatchObject({ name: 'Kommersant', forms: ['Kommersant', 'Kommersants'], count: 2 });
  });
});

describe('suggestions for entities.yaml', () => {
  it('are entries to paste under entities:, their description still to write', () => {
    const [name] = uncoveredNames([article('Laut der Zeitung Kommersant schwieg er.', 'Die Quelle der Zeitung Kommersants blieb anonym.')], none);
    expect(suggestedEntry(name!)).toBe(
      '  - id: kommersant\n    name: Kommersant\n    type: organisation\n    description: ""\n    aliases: [Kommersants]',
    );
    expect(formatUncoveredNames([name!])).toContain('  # 2× content/articles/009_x.txt: „Laut der Zeitung Kommersant schwieg er.“\n  - id: kommersant\n');
    expect(formatUncoveredNames([])).toBe('');
  });

  it('on the seeds with the curated registry, leave only the treaty the registry has no type for', async () => {
    const { entities } = parseEntities(await readFile(join(SEED_ROOT, ENTITIES_FILE), 'utf8'));
    const { articles } = await loadDossier(SEED_ROOT);
    expect(uncoveredNames(articles, compileEntityMatcher(entities)).map((n) => n.name)).toEqual(['New START', 'SNV-III']);
  });
});
