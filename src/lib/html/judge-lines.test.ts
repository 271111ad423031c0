import { describe, expect, it } from 'vitest';
import { judgeLines } from './judge-lines.ts';
import type { PageLine } from './visible-text.ts';

/** Page lines from their tag and text, laid out one after another as visibleText lays them out. */
function page(...specs: [tag: string, text: string, linkShare?: number][]): PageLine[] {
  let at = 0;
  return specs.map(([tag, text, linkShare = 0]) => {
    const line = { tag, text, start: at, end: at + text.length, article: true, quote: false, caption: false, landmark: false, comments: false, linkShare };
    at += text.length + 2;
    return line;
  });
}

const kept = (verdicts: ReturnType<typeof judgeLines>) => verdicts.flatMap((v, i) => ('kind' in v ? [i] : []));

describe('judgeLines: text Readability missed', () => {
  // correctiv.org (development set): Readability took the next article on the page; the one under the headline,
  // with a teaser paragraph above that headline, was left out.
  const lines = page(
    ['p', 'CORRECTIV bleibt auch nach der ersten Veröffentlichung einer Geschichte am Thema dran. Wir recherchieren weiter, wir aktualisieren und veröffentlichen Einzel- oder Folgeartikel. Diese finden Sie hier.'],
    ['h2', '„Wir haben bereits die Zusage“'],
    ['p', 'Die AfD behauptet, nichts vom Versand einer Gratiszeitung an NRW-Haushalte im Landtagswahlkampf 2017 gewusst zu haben. Interne Dokumente deuten jedoch darauf hin, dass ihre Funktionäre sich sehr wohl mit dem Herausgaber des Blattes abstimmte. Der Partei droht damit eine Millionenstrafe wegen illegaler Parteispenden.'],
    ['p', 'Vorweg: Die beteiligten AfD-Politiker bestreiten, dass es sich so abgespielt hat. Ihre Version steht damit im Widerspruch zu Dokumenten, die CORRECTIV und Frontal 21 vorliegen.'],
    ['p', 'Diese deuten auf folgendes hin: Demnach erhält im März 2017 Andreas Keith, Wahlkampfleiter der AfD in NRW, eine Anfrage des Essener Kreisverbandes der Partei. Die Parteikollegen wollen das, was alle im Wahlkampf wollen: mehr Geld für Zeitungsanzeigen und Flyer für den Landtagswahlkampf.'],
    // More than 20 lines of teaser furniture between them, as on the page.
    ...Array.from({ length: 22 }, (): [string, string, number] => ['div', 'weiterlesen 5 Minuten', 0.5]),
    ['p', 'Wie so viele Geschichten über den Spendenskandal der AfD beginnt auch diese mit einem Dementi. Seit Beginn des Skandals leugnet die Partei und streitet ab. Sie will nichts gewusst haben von den vermutlich millionenschweren Werbekampagnen, die ein gemeinnütziger Verein und eine Schweizer Firma für sie organisiert haben. Die AfD läuft weg vor der entscheidenden Frage: wie hat sie in den vergangenen Jahren ihren Aufstieg zu einer Bundestagspartei finanziert?'],
    ['p', 'So lässt der Bundesvorstand AfD über Medienanwälte mitteilen: „Es ist falsch, dass Gliederungen der AfD in Städten wie Essen und Duisburg … die Verteilung von Exemplaren des Deutschland-Kuriers organisiert haben sollen.“ Sollten dennoch AfD-Mitglieder die Zeitungen verteilt haben, „so geschah dies privat und ohne jede Beteiligung der AfD“, schreiben die Anwälte der Partei.'],
    ['p', 'Schriftliche Dokumente und Aussagen von Parteimitgliedern, die anderes berichten, seien nicht richtig, sondern teilweise „erfundene Behauptungen“.'],
    ['p', 'CORRECTIV und Frontal21 liegen eine E-Mail, ein Screenshoot aus einem WhatsApp-Gespräch und Aussagen von zwei Parteimitgliedern vor, die das Dementi der AfD fragwürdig erscheinen lassen. Es geht um zwei Städte im Ruhrgebiet, Duisburg und Essen.'],
  );
  const inMain = lines.map((_, i) => i >= 27);

  it('keeps the text right below the headline, though a teaser above the headline runs on into it', () => {
    expect(kept(judgeLines(lines, inMain, 1))).toEqual([2, 3, 4, 27, 28, 29, 30]);
  });
});

describe('judgeLines: the end of the article', () => {
  // wmn.de (development set): a list of links inside the article, opened by a line that often ends one.
  const lines = page(
    ['p', 'Ein Nährstoffmangel – ausgelöst durch eine einseitige Ernährung oder Krankheiten des Verdauungssystems – kann zu chronischer Erschöpfung führen. Vor allem Frauen, die eine starke Regelblutung haben, leiden überdurchschnittlich häufig unter einem Eisenmangel. Weitere Symptome sind Kurzatmigkeit, Herzklopfen und Blässe.'],
    ['p', 'Auch ein Vitamin-B12-Mangel kann dazu führen, dass man ständig müde ist. Betroffen sind vor allem Vegetarier:innen und Veganer:innen. Neben der Erschöpfung treten Symptome wie Sehstörungen, Muskelschwäche, Reizbarkeit sowie Gedächtnis- und Konzentrationsschwäche auf. Zu wenig Vitamin B12 soll sogar Depressionen begünstigen können.'],
    ['li', 'Mehr zum Thema Gesundheit:'],
    ['li', 'Augenzucken: Das will dein Körper dir damit sagen', 1],
    ['li', 'Das passiert mit der Kopfhaut, wenn du jeden Tag Zopf trägst', 1],
    ['p', 'Im Winter ebenfalls nicht selten ist eine Unterversorgung mit Vitamin D. Wer einen zu niedrigen Vitamin-D-Spiegel hat, fühlt sich kraftlos, müde und erschöpft. Dasselbe trifft auf zu wenig Magnesium zu. Ob man einen Nährstoffmangel hat, kann man mithilfe eines Bluttests herausfinden.'],
    ['h3', '3. Schilddrüsenunterfunktion'],
    ['p', 'Wenn du nicht nur unter Müdigkeit leidest, sondern auch noch an Gewicht zulegst, solltest du deine Schilddrüse untersuchen lassen. Auch trockene Haut, brüchige Nägel und dünneres Haar können auf eine Schilddrüsenunterfunktion hindeuten. Hinzu kommen manchmal Muskel- und Gelenkschmerzen.'],
  );

  it('goes on after a list of links that the article’s running text continues behind', () => {
    const verdicts = judgeLines(lines, lines.map(() => true), -1);
    expect(kept(verdicts)).toEqual([0, 1, 5, 6, 7]);
    expect(verdicts[2]).toMatchObject({ rule: 'related-list' });
  });

  it('ends at that line where little of the article follows it', () => {
    expect(kept(judgeLines(lines.slice(0, 5), lines.slice(0, 5).map(() => true), -1))).toEqual([0, 1]);
  });
});

describe('judgeLines: after the last paragraph', () => {
  it('keeps the commands a how-to ends with, and drops what is neither sentence nor command', () => {
    // it-learner.de (development set): the article ends in <pre> commands and a tag list.
    const lines = page(
      ['p', 'Jedoch gibt es anscheinend Probleme mit älteren Routern oder manch Firewall Software, welche diese Funktion nicht unterstützt. Daher kann es deshalb zu einer langsamen Datenübertragung kommen oder einem ständigen Verlust der Verbindung. Die Autotuning Funktion kann natürlich deshalb auch deaktiviert werden.'],
      ['p', 'Aktueller Status von autotuninglevel'],
      ['pre', 'netsh interface tcp show global'],
      ['p', 'Autotuning wieder aktivieren:'],
      ['pre', 'netsh interface tcp set global autotuninglevel=normal'],
    );
    expect(kept(judgeLines(lines, lines.map(() => true), -1))).toEqual([0, 2, 3, 4]);
  });
});
