import { describe, expect, it } from 'vitest';
import { findTitle } from './find-title.ts';
import type { PageLine } from './visible-text.ts';

const line = (tag: string, text: string): PageLine => ({ tag, text, start: 0, end: text.length, article: false, quote: false, caption: false, landmark: false, comments: false, linkShare: 0 });

describe('findTitle', () => {
  const lines = [line('a', 'Brücke wird gebaut'), line('p', 'Stadt | Politik'), line('h2', 'Brücke wird gebaut'), line('p', 'Der Text beginnt.'), line('h3', 'Brücke wird gebaut')];
  const inMain = [false, false, false, true, true];

  it('takes the line showing the stated headline nearest above the text, ignoring case, quotes and spacing', () => {
    expect(findTitle(lines, inMain, { text: 'Brücke  wird gebaut' })).toEqual({ line: 2, text: 'Brücke wird gebaut' });
    expect(findTitle([line('h1', '„Wir bauen“ – sagt der Bürgermeister'), line('p', 'Text.')], [false, true], { text: '"Wir bauen" – sagt der Bürgermeister' }).line).toBe(0);
  });

  it('keeps the stated headline where no line shows it, standing at the <h1>', () => {
    const split = [line('h1', 'Krach vor der Versammlung:'), line('h1', 'Es knirscht im Aufsichtsrat'), line('p', 'Text.')];
    expect(findTitle(split, [false, false, true], { text: 'Krach vor der Versammlung: Es knirscht im Aufsichtsrat' })).toEqual({ line: 1, text: 'Krach vor der Versammlung: Es knirscht im Aufsichtsrat' });
    expect(findTitle([line('p', 'Text.')], [true], { text: 'Nur in den Metadaten' })).toEqual({ line: -1, text: 'Nur in den Metadaten' });
  });

  it('takes the <h1> that shows one side of a stated title whose other side is a site name the page states nowhere else', () => {
    // arbeitsagentur.de (development set): only <title> states the headline, signed with the agency's full name.
    const page = [line('a', 'Bundesagentur für Arbeit'), line('h1', 'Arbeitslosenquote & Arbeitslosenzahlen 2022'), line('p', 'Text.')];
    const stated = 'Arbeitslosenquote & Arbeitslosenzahlen 2022 - Bundesagentur für Arbeit';
    expect(findTitle(page, [false, false, true], { text: stated })).toEqual({ line: 1, text: 'Arbeitslosenquote & Arbeitslosenzahlen 2022' });
    expect(findTitle([line('h1', 'Hertha BSC Blog'), line('h1', 'Der Lange und die alte Dame'), line('p', 'Text.')], [false, false, true], { text: 'Hertha BSC Blog | Der Lange und die alte Dame' }).line).toBe(1);
    // A word alone is no side: a section name in an <h1> is not the headline.
    expect(findTitle([line('h1', 'Politik'), line('p', 'Text.')], [false, true], { text: 'Politik - Regierung legt Gesetz vor' }).text).toBe('Politik - Regierung legt Gesetz vor');
  });

  it('falls back to the last <h1> above the main text, else the first on the page', () => {
    const page = [line('h1', 'Der Blog'), line('h1', 'Die Schlagzeile'), line('p', 'Text.'), line('h1', 'Kommentare')];
    expect(findTitle(page, [false, false, true, false], {})).toEqual({ line: 1, text: 'Die Schlagzeile' });
    expect(findTitle(page, [false, false, false, false], {}).line).toBe(0);
    expect(findTitle([line('p', 'Text.')], [true], {})).toEqual({ line: -1, text: '' });
  });

  it('takes the main <h1> over a headline only <title> states, and the <h1> that repeats it among several', () => {
    // mueritzurlauber.de (development set): <title> is the search engine's sentence, the <h1> the page's headline.
    const page = [line('a', 'Ferienhäuser'), line('h1', 'Blockhaus 3'), line('p', 'Das Blockhaus Typ 3 liegt direkt am Wald.')];
    expect(findTitle(page, [false, false, true], { text: 'Blockhaus Typ 3 in Ludorf. Günstige Ferienhäuser an der Müritz.', fromTitleTag: true })).toEqual({ line: 1, text: 'Blockhaus 3' });
    // stuttgart.de: an <h1> per menu section; the one that says what <title> says is the headline.
    const menu = [line('h1', 'Rathaus'), line('h1', 'Kultur'), line('h1', 'Bohnenviertel'), line('p', 'Text.')];
    expect(findTitle(menu, [false, false, false, false], { text: 'Bohnenviertel', fromTitleTag: true }).line).toBe(2);
    expect(findTitle([line('p', 'Text.')], [true], { text: 'Nur im Titel', fromTitleTag: true }).text).toBe('Nur im Titel');
  });

  it('takes the statement the <h1> shows where the page’s statements disagree', () => {
    // gofeminin.de: the JSON-LD headline differs from og:title, which the <h1> shows.
    const page = [line('h1', 'Liebeshoroskop Januar 2023: Das sagen die Sterne über euer Liebesglück'), line('p', 'Text.')];
    const stated = {
      text: 'Liebeshoroskop Januar 2023: Das ändert sich in eurem Liebesglück',
      all: ['Liebeshoroskop Januar 2023: Das ändert sich in eurem Liebesglück', 'Liebeshoroskop Januar 2023: Das sagen die Sterne über euer Liebesglück'],
    };
    expect(findTitle(page, [false, true], stated)).toEqual({ line: 0, text: 'Liebeshoroskop Januar 2023: Das sagen die Sterne über euer Liebesglück' });
    // Without that agreement, the JSON-LD headline stands at the <h1>.
    expect(findTitle(page, [false, true], { text: stated.text }).text).toBe(stated.text);
  });
});
