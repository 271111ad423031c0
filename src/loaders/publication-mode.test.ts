import { afterEach, describe, expect, it } from 'vitest';
import { modeOfCommand, publicationMode, setPublicationMode } from './publication-mode.ts';

const MODE = Symbol.for('dossier.publication-mode');
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[MODE];
});

describe('publicationMode', () => {
  it('previews in astro dev only: a build, sync or check publishes', () => {
    expect(modeOfCommand('dev')).toBe('preview');
    for (const command of ['build', 'sync', 'preview']) expect(modeOfCommand(command)).toBe('publish');
  });

  it('publishes (drafts left out) unless told otherwise', () => {
    expect(publicationMode()).toBe('publish');
    setPublicationMode('preview');
    expect(publicationMode()).toBe('preview');
  });
});
