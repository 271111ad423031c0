import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../lib/content/parse-yaml-file.ts';
import { articleMetaSpec } from '../lib/content/schemas.ts';
import type { PageMetadata } from '../lib/html/page-metadata.ts';
import { pageSidecar, sidecarTitle, type PageSidecarInput } from './page-sidecar.ts';

const base: PageSidecarInput = {
  name: '007_0123456789abcdef.html',
  from: 'seite.html',
  encoding: 'windows-1252',
  page: { evidence: {}, isArticle: true },
  source: 'Ein Text ohne Datum.',
  cleanedTitle: 'Ein Quantensprung für Nordhausen Nord',
  dossierLanguage: 'de',
};

function parse(yaml: string) {
  const parsed = parseYamlFile('x.meta.yaml', yaml, articleMetaSpec('de'));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.value;
}

describe('pageSidecar', () => {
  it('writes what the page states, each value marked as the page’s, as a draft the schema accepts', () => {
    const page: PageMetadata = {
      title: 'Ein Quantensprung: für Nordhausen "Nord"',
      outlet: 'nnz-online',
      published: '2023-11-06',
      modified: '2023-11-07',
      author: ['Anna Muster', 'Ben # Beispiel'],
      url: 'https://nnz-online.de/news/news_lang.php?ArtNr=335853',
      language: 'de',
      evidence: { outlet: 'og:site_name', published: '<meta name=date>', title: 'og:title' },
      statedTitles: ['Ein Quantensprung: für Nordhausen "Nord"'],
      isArticle: true,
    };
    const yaml = pageSidecar({ ...base, page });
    expect(yaml).toContain('outlet: nnz-online # from the page: og:site_name');
    expect(yaml).toContain('author: [ Anna Muster, "Ben # Beispiel" ]'); // quoted only where YAML needs it
    expect(parse(yaml)).toMatchObject({
      status: 'draft',
      outlet: 'nnz-online',
      published: '2023-11-06',
      modified: '2023-11-07',
      author: ['Anna Muster', 'Ben # Beispiel'],
      url: page.url,
      title: 'Ein Quantensprung: für Nordhausen "Nord"',
      language: 'de',
      origin: { outlet: 'page', published: 'page', modified: 'page', author: 'page', url: 'page', title: 'page' },
    });
  });

  it('writes no title when the text’s own heading already is the headline, and no language the dossier has', () => {
    const page: PageMetadata = { title: 'Ein Quantensprung  für Nordhausen Nord', outlet: 'nnz', language: 'de', evidence: {}, isArticle: true };
    const meta = parse(pageSidecar({ ...base, page }));
    expect(meta.title).toBeUndefined();
    expect(meta.origin).toEqual({ outlet: 'page' });
  });

  it('sets a headline over the extraction’s title only where the page states it and the extraction chose none of its statements (stuttgart.de, gofeminin.de)', () => {
    // Only <title> names it, with the site's name: the extraction's <h1> stays.
    const fromTitleTag: PageMetadata = { title: 'Bohnenviertel - Stadt Stuttgart', evidence: { title: '<title>' }, isArticle: true };
    expect(sidecarTitle(fromTitleTag, 'Bohnenviertel')).toBeUndefined();
    // The page states two headlines; the extraction took the one its <h1> shows.
    const disagreeing: PageMetadata = {
      title: 'Liebeshoroskop Januar 2023: Das ändert sich in eurem Liebesglück',
      statedTitles: ['Liebeshoroskop Januar 2023: Das ändert sich in eurem Liebesglück', 'Liebeshoroskop Januar 2023: Das sagen die Sterne über euer Liebesglück'],
      evidence: { title: 'JSON-LD headline' },
      isArticle: true,
    };
    expect(sidecarTitle(disagreeing, 'Liebeshoroskop Januar 2023: Das sagen die Sterne über euer Liebesglück')).toBeUndefined();
    expect(sidecarTitle(disagreeing, 'Home / Horoskop / Astrologie & Sternzeichen')).toBe('Liebeshoroskop Januar 2023: Das ändert sich in eurem Liebesglück');
  });

  it('takes the date from the text when the page states none, and says so', () => {
    const yaml = pageSidecar({ ...base, page: { outlet: 'nnz', evidence: {}, isArticle: true }, source: 'Nordhausen, 6. November 2023. Die Stadt …' });
    expect(parse(yaml)).toMatchObject({ published: '2023-11-06', origin: { outlet: 'page', published: 'text' } });
    expect(yaml).toContain('from the text');
  });

  it('leaves an empty outlet for `check` to flag when the page does not name itself, and carries a warning', () => {
    const yaml = pageSidecar({ ...base, warning: 'only 60 words of article text were found.' });
    expect(yaml).toContain('outlet: ""');
    expect(yaml).toContain('# WARNING: only 60 words');
    const parsed = parseYamlFile('x.meta.yaml', yaml, articleMetaSpec('de'));
    expect(parsed.ok).toBe(false);
  });
});
