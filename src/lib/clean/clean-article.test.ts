/**
 * The cleaner on outlets it has never seen: texts written for these tests in
 * the shapes of German news sites, plus curator rules and overrides.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article.ts';
import { countOutletLines } from './outlet-repeats.ts';

const P1 = 'Die Bundesregierung hat am Montag ein neues Gesetz zur Cybersicherheit vorgestellt, das bis zum Sommer verabschiedet werden soll.';
const P2 = 'Kritiker bemängeln, dass die Behörden damit weitreichende Befugnisse erhalten, ohne dass eine unabhängige Kontrolle vorgesehen ist.';
const P3 = 'Die Opposition kündigte an, den Entwurf im Bundestag zu prüfen und gegebenenfalls vor das Verfassungsgericht zu ziehen.';

const texts = (source: string, opts = {}) => cleanArticle(source, opts).blocks.map((b) => b.text);
const rulesOf = (source: string, opts = {}) => cleanArticle(source, opts).removed.map((r) => r.rule);

describe('unseen outlets', () => {
  it('drops breadcrumb and section lines above the title by position', () => {
    const src = ['Startseite › Politik › Deutschland', 'Cybersicherheit', '', 'Regierung legt Cyber-Gesetz vor', '', P1, '', P2].join('\n');
    const r = cleanArticle(src);
    expect(r.title).toBe('Regierung legt Cyber-Gesetz vor');
    expect(r.removed.map((x) => x.rule)).toEqual(['page-furniture', 'ui-fragment']);
    expect(texts(src)).toEqual([P1, P2]);
  });

  it('drops a dpa photo credit and a "Lesen Sie auch" teaser line', () => {
    const src = ['Regierung legt Cyber-Gesetz vor', 'Foto: Michael Kappeler/dpa', P1, 'Lesen Sie auch: Wie sicher sind unsere Netze?', P2].join('\n');
    expect(rulesOf(src)).toEqual(['photo-credit', 'read-more']);
    expect(texts(src)).toEqual([P1, P2]);
  });

  it('drops a numbered figure caption but keeps the paragraph that cites the figure', () => {
    // slf.ch, weekly avalanche report (development page).
    const cites =
      'Ein ganz anderes, viel positiveres Bild zeigten die Lawinenauslösungen: Über die gesamte Wochenberichtsperiode wurden nur einzelne, durch Personen ausgelöste Lawinen registriert (Abb. 4).';
    const caption =
      'Abbildung 4: Die grösste Lawine dieser Berichtsperiode wurde in Tschiertschen am Gürgaletsch ausgelöst. Die Schneebrettlawine wurde bei der Abfahrt vermutlich in einer Schwachschicht unterhalb der Regenkruste ausgelöst. Glücklicherweise verlief der Abgang glimpflich und niemand kam zu schaden (Foto: A. Conzett, 15.01.2022).';
    const src = ['Regierung legt Cyber-Gesetz vor', '', P1, '', cites, '', caption, '', P2].join('\n');
    expect(rulesOf(src)).toEqual(['photo-caption']);
    expect(texts(src)).toEqual([P1, cites, P2]);
  });

  it('drops a login prompt written as a sentence, but keeps reporting that names one', () => {
    const prompt = 'Um an der Diskussion teilzunehmen, loggen Sie sich ein oder registrieren Sie sich.';
    const reporting =
      'Die Plattform verlangt seit Montag, dass sich alle Nutzer mit Klarnamen registrieren, und die Aufforderung „melden Sie sich an“ erscheint nun auf jeder Seite des Angebots.';
    const src = ['Regierung legt Cyber-Gesetz vor', P1, prompt, P2, reporting].join('\n');
    expect(rulesOf(src)).toEqual(['login-prompt']);
    expect(texts(src)).toEqual([P1, P2, reporting]);
  });

  it('drops share buttons, cookie-less footers and lone numbers after the text', () => {
    const src = ['Regierung legt Cyber-Gesetz vor', '', P1, '', P2, '', 'Teilen', 'Facebook | Twitter | WhatsApp', '12', 'Impressum · Datenschutz', 'Alle Rechte vorbehalten Beispielverlag GmbH'].join('\n');
    expect(rulesOf(src)).toEqual(['nav-word', 'nav-word', 'no-words', 'nav-word', 'rights-notice']);
    expect(texts(src)).toEqual([P1, P2]);
  });

  it('drops lines that recur in other articles of the same outlet', () => {
    const sibling = ['Andere Meldung aus Berlin', 'Ihr Nachrichtenportal für Brandenburg und Berlin', P3].join('\n');
    const src = ['Regierung legt Cyber-Gesetz vor', P1, 'Ihr Nachrichtenportal für Brandenburg und Berlin', P2].join('\n');
    expect(rulesOf(src, { outletLines: countOutletLines([src, sibling]) })).toEqual(['outlet-repeat']);
    expect(rulesOf(src)).toEqual([]);
  });

  it('needs two other articles to call a line furniture once an outlet has more than three', () => {
    const line = 'Ihr Nachrichtenportal für Brandenburg und Berlin';
    const src = ['Regierung legt Cyber-Gesetz vor', P1, line, P2].join('\n');
    const other = (n: number, withLine: boolean) => [`Meldung ${n}`, withLine ? line : '', P3].join('\n');
    expect(rulesOf(src, { outletLines: countOutletLines([src, other(1, true), other(2, false), other(3, false)]) })).toEqual([]);
    expect(rulesOf(src, { outletLines: countOutletLines([src, other(1, true), other(2, true), other(3, false)]) })).toEqual(['outlet-repeat']);
  });

  it('never drops a sentence that merely recurs in a sibling', () => {
    const src = ['Regierung legt Cyber-Gesetz vor', P1, P2].join('\n');
    expect(texts(src, { outletLines: countOutletLines([src, `Anderer Titel\n${P2}`]) })).toEqual([P1, P2]);
  });

  it('drops a teaser headline glued between two sentences of a paragraph', () => {
    const src = `Regierung legt Cyber-Gesetz vor\n${P1} Faeser: Wir brauchen mehr Befugnisse gegen Hacker Die Opposition kündigte an, den Entwurf zu prüfen.`;
    const r = cleanArticle(src);
    expect(r.removed.map((x) => [x.rule, x.text])).toEqual([['glued-teaser', 'Faeser: Wir brauchen mehr Befugnisse gegen Hacker']]);
    expect(r.blocks[0]!.text).toBe(`${P1} Die Opposition kündigte an, den Entwurf zu prüfen.`);
  });

  it('leaves a quoted statement with a colon alone', () => {
    const src = `Regierung legt Cyber-Gesetz vor\n${P1} Faeser sagte: Die Lage ist ernst. ${P2}`;
    expect(rulesOf(src)).toEqual([]);
  });

  it('drops Cyrillic interface text but keeps a Cyrillic name inside German prose', () => {
    const src = ['Regierung legt Cyber-Gesetz vor', P1, 'Читать далее', 'Der Sender nannte ihn auf Russisch Нарышкин, wie auch die Agentur Tass berichtete.', 'Поделиться'].join('\n');
    const r = cleanArticle(src);
    expect(r.removed.map((x) => x.text)).toEqual(['Читать далее', 'Поделиться']);
    expect(r.blocks).toHaveLength(2);
  });

  it('keeps Cyrillic prose in a Russian dossier', () => {
    const ru = 'Директор СВР Сергей Нарышкин провёл телефонный разговор с директором ЦРУ, сообщила служба в среду.';
    expect(texts(`Нарышкин и Рэтклифф\n${ru}`, { language: 'ru' })).toEqual([ru]);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const src = 'Regierung legt Cyber-Gesetz vor\n\nDie Bundesregierung hat am Montag ein neues Gesetz\nzur Cybersicherheit vorgestellt, das bis zum Sommer\nverabschiedet werden soll.\n\nZweiter Absatz mit einem ganzen Satz, der hier endet.';
    expect(texts(src)).toEqual([P1, 'Zweiter Absatz mit einem ganzen Satz, der hier endet.']);
  });

  it('reads CRLF line ends and non-breaking spaces as whitespace', () => {
    const src = `Regierung legt Cyber-Gesetz vor\r\n\r\n${P1.replace(/ /g, '\u00a0')}\r\n\r\n${P2}\r\n`;
    const r = cleanArticle(src);
    expect(r.title).toBe('Regierung legt Cyber-Gesetz vor');
    expect(r.blocks.map((b) => b.text)).toEqual([P1, P2]);
    expect(r.removed).toEqual([]);
  });

  it('returns no title and no blocks for pure boilerplate', () => {
    const r = cleanArticle('Startseite\nAbonnieren\n© dpa\nnach oben\n');
    expect(r.blocks).toEqual([]);
    expect(r.removed).toHaveLength(4);
  });
});

describe('curator rules and overrides', () => {
  const src = ['Regierung legt Cyber-Gesetz vor', 'Ein Angebot der Beispielverlag GmbH.', P1, P2].join('\n');
  const rule = { id: 'beispiel-angebot', pattern: '^Ein Angebot der Beispielverlag', scope: 'line' as const, reason: 'Verlagshinweis' };

  it('applies a line rule with its own id and reason', () => {
    const r = cleanArticle(src, { rules: [rule] });
    expect(r.removed).toEqual([{ start: 32, end: 68, text: 'Ein Angebot der Beispielverlag GmbH.', rule: 'beispiel-angebot', reason: 'Verlagshinweis' }]);
  });

  it('applies outlet-bound rules only to that outlet', () => {
    const bound = { ...rule, outlets: ['Beispielblatt'] };
    expect(rulesOf(src, { rules: [bound], outlet: 'Beispielblatt' })).toEqual(['beispiel-angebot']);
    expect(rulesOf(src, { rules: [bound], outlet: 'Anderes Blatt' })).toEqual([]);
  });

  it('applies an inline rule to the matched words only', () => {
    const inline = { id: 'kuerzel', pattern: '\\s*\\(mit Material von \\w+\\)', scope: 'inline' as const, reason: 'Agenturkürzel' };
    const r = cleanArticle(`Titel der Meldung\n${P1} (mit Material von dpa)`, { rules: [inline] });
    expect(r.removed.map((x) => x.text)).toEqual(['(mit Material von dpa)']);
    expect(r.blocks[0]!.text).toBe(P1);
  });

  it('keeps a line the curator pinned, and drops one the curator named', () => {
    const pinned = cleanArticle(`Titel der Meldung\n${P1}\nAbonnieren\n${P2}`, { overrides: { keep: ['Abonnieren'], drop: [] } });
    expect(pinned.blocks.map((b) => b.text)).toContain('Abonnieren');
    const dropped = cleanArticle(`Titel der Meldung\n${P1}\n${P2}`, { overrides: { keep: [], drop: ['Kritiker bemängeln'] } });
    expect(dropped.removed.map((x) => x.rule)).toEqual(['curator-drop']);
    expect(dropped.blocks.map((b) => b.text)).toEqual([P1]);
  });
});

describe('characters that hold text together', () => {
  it('keeps zero-width joiners (emoji sequences) and drops zero-width spaces and soft hyphens', () => {
    const r = cleanArticle(`Titel der Meldung\n${P1} Die Familie 👩\u200d👩\u200d👧 und die Flagge 🏳️\u200d🌈 sind Text, ein Null\u200bbreiten\u00adzeichen nicht.`);
    expect(r.blocks[0]!.text).toContain('👩\u200d👩\u200d👧 und die Flagge 🏳️\u200d🌈');
    expect(r.blocks[0]!.text).toContain('Nullbreitenzeichen');
  });
});
