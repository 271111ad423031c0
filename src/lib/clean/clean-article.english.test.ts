/**
 * The cleaner on the English fixture dossier (test-fixtures/english-dossier,
 * composed texts with the boilerplate English news sites carry). Expectations
 * are written out by hand from reading the raw files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article.ts';
import { promptRule } from './prompt-rules.ts';
import { lineSignals } from './line-signals.ts';

const dir = new URL('../../../test-fixtures/english-dossier/content/articles/', import.meta.url);
const clean = (file: string, language = 'en') => cleanArticle(readFileSync(new URL(file, dir), 'utf8'), { language });
const removed = (file: string) => clean(file).removed.map((r) => [r.text, r.rule]);

describe('English articles', () => {
  it('drops the share buttons, byline, advertisement, newsletter, read-more and cookie lines of 000, and keeps its four paragraphs', () => {
    expect(removed('000_dogger-bank-cable.txt')).toEqual([
      ['Share', 'share-prompt'],
      ['Tweet', 'share-prompt'],
      ['Email', 'share-prompt'],
      ['By Claire Benson', 'page-furniture'],
      ['Advertisement', 'advertising'],
      ['Sign up for our newsletter to get the latest energy news in your inbox.', 'newsletter-prompt'],
      ['Read more: Who pays for the idle turbines?', 'read-more'],
      ['We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.', 'cookie-consent'],
    ]);
    const result = clean('000_dogger-bank-cable.txt');
    expect(result.title).toBe('Dogger Bank cable reaches the shore after two-year delay');
    expect(result.blocks.map((b) => b.text.slice(0, 24))).toEqual([
      'HULL, March 12, 2025 – T', '"We are relieved, frankl', 'The cable is 190 km long', "The wind farm's 95 turbi",
    ]);
    expect(result.removed.map((r) => r.reason)).toContain('Newsletter or notification offer');
  });

  it('drops "Related" and the headlines under it, "Share this article" and "Read more" at the end of 001', () => {
    expect(removed('001_idle-turbines.txt').map(([, rule]) => rule)).toEqual([
      'page-furniture', 'advertising', 'share-prompt', 'read-more', 'related-list', 'page-furniture', 'page-furniture',
    ]);
    expect(clean('001_idle-turbines.txt').title).toBe('Who pays for the idle turbines?');
  });

  it('drops cookie settings, "Related" and "Follow us on X" after 002, and the posting stamp above it', () => {
    expect(removed('002_first-power.txt')).toEqual([
      ['Posted April 2, 2025', 'page-furniture'],
      ['Cookie settings', 'cookie-consent'],
      ['Related', 'related-list'],
      ['Follow us on X', 'share-prompt'],
    ]);
  });

  it('picks the prompt rules by the language given, not by the look of the line', () => {
    const line = 'Sign up for our newsletter to get the latest energy news in your inbox.';
    expect(promptRule(line, lineSignals(line, 'en'), 'en')?.id).toBe('newsletter-prompt');
    expect(promptRule(line, lineSignals(line, 'de'), 'de')).toBeUndefined();
    const german = 'Melden Sie sich jetzt für unseren Newsletter an und erhalten Sie alle News.';
    expect(promptRule(german, lineSignals(german, 'de'), 'de')?.id).toBe('newsletter-prompt');
    expect(promptRule(german, lineSignals(german, 'en'), 'en')).toBeUndefined();
  });

  it.each([
    'The regulator said on Tuesday that the firm had used tracking cookies without consent for three years, and that it would fine the company £4 million for the breach of the rules.',
    'The newsletter, which has 40,000 readers, was sold to a publisher in Leeds last year.',
  ])('keeps a sentence that reports on cookies or a newsletter: %s', (line) => {
    expect(promptRule(line, lineSignals(line, 'en'), 'en')).toBeUndefined();
  });
});
