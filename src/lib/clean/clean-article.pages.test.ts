/**
 * The cleaner on real pages it was not written for: copied text of
 * German web pages (news, a police wire, a blog with reader comments, a
 * magazine with comments, a recipe blog) from the development set, with their hand labels
 * (strings the article must keep, furniture and reader comments it must
 * not) and the headline each page states in its HTML.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article.ts';
import { formatCleaned } from './format-cleaned.ts';
import { normalizeSpace } from './normalize-space.ts';

interface Labels {
  keep: string[];
  drop: string[];
  drop_comments?: string[];
}

const dir = new URL('./fixtures/', import.meta.url);

const pages = {
  'zeit.de-0a12df42': 'Klimaschutz: Bohren, bis es heiß wird',
  'polizeiticker.ch-Unfall': 'Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt',
  'holzwerken.net-Kreissaege': 'Perfekte Schnitte nach Riss an der Kreissaege',
  'archive.org.nesselsetzer.wordpress.com.antipoden': 'Rebloggt von gnaddrig ad libitum: Antipoden: Die Wahrheit',
};

function clean(name: string) {
  const source = readFileSync(new URL(`${name}.txt`, dir), 'utf8');
  const labels = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as Labels;
  const result = cleanArticle(source);
  // As the scorer matches: whitespace runs are one space.
  return { source, labels, result, text: normalizeSpace(formatCleaned(result)).replace(/\s+/g, ' ') };
}

const squash = (s: string) => normalizeSpace(s).replace(/\s+/g, ' ');

describe.each(Object.entries(pages))('%s', (name, headline) => {
  it('takes the headline as title', () => {
    expect(clean(name).result.title).toBe(headline);
  });
  it('keeps every labelled string of the article', () => {
    const { labels, text } = clean(name);
    for (const s of labels.keep) expect(text, s).toContain(squash(s));
  });
  it('removes the labelled furniture and every reader comment', () => {
    const { labels, text } = clean(name);
    for (const s of [...labels.drop, ...(labels.drop_comments ?? [])]) expect(text, s).not.toContain(squash(s));
  });
  it('records every removal at its offsets, with a rule and a reason', () => {
    const { source, result } = clean(name);
    expect(result.removed.length).toBeGreaterThan(5);
    for (const r of result.removed) {
      expect(source.slice(r.start, r.end)).toBe(r.text);
      expect(r.rule).toMatch(/^[a-z-]+$/);
      expect(r.reason.length).toBeGreaterThan(5);
    }
  });
});

describe('reader comments', () => {
  it('names the comments of the blog as such', () => {
    const { result, labels } = clean('holzwerken.net-Kreissaege');
    const comment = squash(labels.drop_comments![0]!);
    expect(result.removed.find((r) => squash(r.text).includes(comment))?.rule).toBe('reader-comments');
  });
});

describe('one-word lines', () => {
  // greator.com (development set): a one-word subheading between two paragraphs, then the site's menu.
  const before =
    'Mach es zu einer Gewohnheit: Um von den positiven Auswirkungen der Meditation zu profitieren, ist es wichtig, dass du es regelmäßig übst. Versuche, es zu einer festen Gewohnheit in deinem Alltag zu machen, indem du zum Beispiel jeden Tag zur gleichen Zeit meditierst.';
  const after =
    'Innere Zufriedenheit ist der Schlüssel zu einem erfüllten Leben und kann durch verschiedene Maßnahmen gesteigert werden, wie das Setzen von klaren Zielen, das Pflegen von positiven Beziehungen und das Engagieren in sinnvollen Tätigkeiten. Eine wirksame Möglichkeit, um innere Zufriedenheit zu erlangen, ist das regelmäßige Üben von Meditation.';
  const source = ['Innere Zufriedenheit finden', '', before, 'Fazit', '', after, 'Persönlichkeitstest', 'Magazin', 'Coaching Magazin'].join('\n');

  it('keeps one that stands between two paragraphs of the text as a subheading', () => {
    expect(cleanArticle(source).blocks.map((b) => b.text)).toEqual([before, 'Fazit', after]);
  });
  it('drops one after the text as a menu item', () => {
    expect(cleanArticle(source).removed.map((r) => [r.text, r.rule])).toContainEqual(['Magazin', 'ui-fragment']);
  });
});

describe('the text around a misplaced title', () => {
  // kulinariaathome.com (development set): the comment form and a licence footer outweigh the recipe's short steps,
  // so the title is chosen below them (at 'Verbinde mit %s'); a step is a sentence, left to the line model, not cut
  // as page header.
  const source = readFileSync(new URL('kulinariaathome.com.mandelplaetzchen.txt', dir), 'utf8');

  it('keeps a short sentence of the text that stands above the chosen title', () => {
    expect(formatCleaned(cleanArticle(source))).toContain('Ein Backblech mit Backpapier auslegen.');
  });
  it('keeps a list of ingredients between the chosen title and the first paragraph', () => {
    const text = formatCleaned(cleanArticle(source));
    for (const line of ['300 g Mehl', '200 g Zucker', '1 TL Zimt']) expect(text).toContain(line);
  });
});
