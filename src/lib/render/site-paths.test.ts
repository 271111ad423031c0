import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../i18n/index.ts';
import { analysisPath, articleListPath, articlePath, dataPath, entitiesPath, entityPath, feedPath, originalPath, timelinePath } from './site-paths.ts';

describe('site paths', () => {
  it('builds article and original paths under the base, with trailing slashes', () => {
    expect(articlePath('/', 'naryshkin-cia')).toBe('/articles/naryshkin-cia/');
    expect(originalPath('/', 'naryshkin-cia')).toBe('/articles/naryshkin-cia/original/');
    expect(articlePath('/dossier/', 'a')).toBe('/dossier/articles/a/');
    expect(articlePath('/dossier', 'a')).toBe('/dossier/articles/a/');
  });

  it('builds the pages of the article list under the base, the first being the home page', () => {
    expect(articleListPath('/dossier/')).toBe('/dossier/');
    expect(articleListPath('/', 1)).toBe('/');
    expect(articleListPath('/dossier/', 3)).toBe('/dossier/page/3/');
  });

  it('builds entity paths under the base', () => {
    expect(entitiesPath('/')).toBe('/entities/');
    expect(entityPath('/dossier/', 'sergey-naryshkin')).toBe('/dossier/entities/sergey-naryshkin/');
    expect(entityPath('/dossier/', 'sergey-naryshkin', 1)).toBe('/dossier/entities/sergey-naryshkin/');
    expect(entityPath('/', 'sergey-naryshkin', 12)).toBe('/entities/sergey-naryshkin/12/');
  });

  it('builds the timeline and export paths under the base; the exports are files', () => {
    expect(timelinePath('/dossier/')).toBe('/dossier/timeline/');
    expect(feedPath('/')).toBe('/feed.xml');
    expect(dataPath('/dossier')).toBe('/dossier/dossier.json');
  });

  it('puts an analysis in the folder the interface language names', () => {
    expect(analysisPath('/', uiStrings('de').analysesPathSegment, 'kontakte-svr-cia')).toBe('/analysen/kontakte-svr-cia/');
    expect(analysisPath('/dossier', uiStrings('en-GB').analysesPathSegment, 'kontakte-svr-cia')).toBe('/dossier/analyses/kontakte-svr-cia/');
  });
});
