import { describe, expect, it } from 'vitest';
import { lineSignals } from './line-signals.ts';
import { promptRule } from './prompt-rules.ts';

const ruleOf = (text: string) => promptRule(text, lineSignals(text))?.id;

describe('prompt rules', () => {
  // Lines labelled furniture on development pages (hertha-blog.de, mein-mmo.de, selbermachen.de, humanresourcesmanager.de,
  // von-der-see.de, basicthinking.de, ritinardo.wordpress.com, kulinariaathome.com, interscenar.io).
  it('knows the headers of lists of other articles', () => {
    expect(ruleOf('Beliebte Beiträge zum Thema:')).toBe('related-list');
    expect(ruleOf('Mehr Kolumnen auf MeinMMO:')).toBe('related-list');
    expect(ruleOf('Mehr lesen über:')).toBe('related-list');
    expect(ruleOf('Weitere Beiträge aus der Kolumne:')).toBe('related-list');
    expect(ruleOf('Interessantes aus unserem')).toBe('related-list');
    expect(ruleOf('Auch interessant für dich')).toBe('related-list');
  });
  it('knows the share and like widgets of blogs', () => {
    expect(ruleOf('Teilen Sie dies mit:')).toBe('share-prompt');
    expect(ruleOf('Gefällt mir:')).toBe('share-prompt');
    expect(ruleOf('Den Artikel mit anderen teilen/diskutieren:')).toBe('share-prompt');
  });
  // Lines labelled article text (bundespolizei.de, digitale-exzellenz.de).
  it('leaves a sentence of the text that announces a list alone', () => {
    expect(ruleOf('Lesen Sie dazu auch die Pressemitteilungen:')).toBeUndefined();
    expect(ruleOf('Weitere genutzte Quellen in englischer und chinesischer Sprache:')).toBeUndefined();
  });
});
