import { describe, expect, it } from 'vitest';
import { isDossierFile } from './watch-content.ts';

describe('isDossierFile', () => {
  it.each(['dossier.yaml', 'boilerplate.yaml', 'entities.yaml', 'reviews.yaml', 'articles/000_x.txt', 'articles/000_x.html', 'articles/000_x.htm', 'articles/000_x.meta.yaml'])('watches %s', (path) => {
    expect(isDossierFile(path)).toBe(true);
  });

  it.each(['articles/.DS_Store', 'articles/notes.md', 'articles/sub/a.txt', 'other.yaml', '../content/dossier.yaml'])(
    'ignores %s',
    (path) => {
      expect(isDossierFile(path)).toBe(false);
    },
  );
});
