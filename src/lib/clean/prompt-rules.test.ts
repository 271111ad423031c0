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
  // archive.org/bewegliche-lettern.de, dzs-clan.de, spdfraktion.de, spektrum.de, t3n.de, impulse.de, rosa-mag.de, drk.de,
  // reitschuster.de, ndr.de.
  it('knows closed comments, feedback, newsletter, donation, shop and download prompts', () => {
    expect(ruleOf('Comments are closed.')).toBe('comment-form');
    expect(ruleOf('Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?')).toBe('comment-form');
    expect(ruleOf('Bei Fragen und Anregungen zu diesem Artikel können Sie hier mit uns in Kontakt treten.')).toBe('comment-form');
    expect(ruleOf('Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter – fünf Mal die Woche von Dienstag bis Samstag')).toBe('newsletter-prompt');
    expect(ruleOf('Verpasse keine News zu Hardware & Gadgets 💌')).toBe('newsletter-prompt');
    expect(ruleOf('2023 nichts mehr versäumen!')).toBe('newsletter-prompt');
    expect(ruleOf('Unterstütze RosaMag bereits mit 2,50!')).toBe('paywall-prompt');
    expect(ruleOf('Jede kleine Spende hilft den notleidenden Menschen dieser Welt!')).toBe('paywall-prompt');
    expect(ruleOf('Jetzt neu! Besuchen Sie unseren Fan-Shop!')).toBe('advertising');
    expect(ruleOf('Dieses Skript als PDF herunterladen')).toBe('share-prompt');
  });
  // Lines labelled article text (bundespolizei.de, digitale-exzellenz.de).
  it('leaves a sentence of the text that announces a list alone', () => {
    expect(ruleOf('Lesen Sie dazu auch die Pressemitteilungen:')).toBeUndefined();
    expect(ruleOf('Weitere genutzte Quellen in englischer und chinesischer Sprache:')).toBeUndefined();
  });
});
