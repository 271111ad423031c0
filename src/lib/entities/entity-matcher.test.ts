import { describe, expect, it } from 'vitest';
import type { Entity } from './entity.ts';
import { compileEntityMatcher, directMentions } from './entity-matcher.ts';
import { findMentions } from './find-mentions.ts';

const entity = (id: string, name: string, aliases: string[] = [], contextual: string[] = []): Entity => ({
  id,
  name,
  type: 'person',
  description: '…',
  aliases,
  contextual,
});

const registry = [
  entity('naryshkin', 'Sergej Naryschkin', ['Naryschkin', 'Naryshkin', 'Sergey Naryshkin', 'Нарышкин'], ['SVR-Direktor', 'Chef des SVR']),
  entity('svr', 'SVR', ['russischen Auslandsgeheimdienstes']),
  entity('trump', 'Donald Trump', ['Trump']),
  entity('russia', 'Russland', ['Russische Föderation']),
  entity('washington', 'Washington, D.C.', ['Washington']),
  entity('reed', 'Trevor Reed', [], ['Reed']),
  entity('bout', 'Wiktor But', ['Viktor Bout'], ['But']),
  entity('white-house', 'Weißes Haus', ['Weißen Haus', 'Weißen Hauses']),
  entity('kremlin', 'Kreml'),
  entity('peskov', 'Dmitri Peskow', ['Peskow'], ['Kreml-Sprecher']),
  entity('cia', 'CIA'),
  entity('wsj', 'Wall Street Journal'),
  entity('nato', 'NATO', ['Nato']),
  entity('war', 'Russisch-ukrainischer Krieg', ['Ukraine-Konflikt']),
  entity('ukraine', 'Ukraine'),
];
const matcher = compileEntityMatcher(registry);

/** The mentions of one text as `matched text → entity`. */
function found(text: string): string[] {
  return findMentions(matcher, [text])[0]!.map((m) => `${text.slice(m.start, m.end)} → ${m.entity}`);
}

describe('entity matching', () => {
  it('finds names with their genitive -s', () => {
    expect(found('Naryschkins Kontakt, Trumps Vorgänger, Russlands Präsident und Washingtons Vorschlag.')).toEqual([
      'Naryschkins → naryshkin',
      'Trumps → trump',
      'Russlands → russia',
      'Washingtons → washington',
    ]);
  });

  it('lands spelling variants and transliterations on one entity', () => {
    expect(found('Sergey Naryshkin, Naryschkin und Нарышкин.')).toEqual([
      'Sergey Naryshkin → naryshkin',
      'Naryschkin → naryshkin',
      'Нарышкин → naryshkin',
    ]);
  });

  it('takes the longest name at a place, and never two overlapping ones', () => {
    expect(found('Sergej Naryschkin traf Vertreter des Weißen Hauses im Weißen Haus.')).toEqual([
      'Sergej Naryschkin → naryshkin',
      'Weißen Hauses → white-house',
      'Weißen Haus → white-house',
    ]);
    expect(found('Die Russische Föderation')).toEqual(['Russische Föderation → russia']);
  });

  it('matches whole words only: never inside another word', () => {
    expect(found('Die Reederei Trumpf liefert zum Natogipfel, Washingtoner Zeitungen und Ukrainer.')).toEqual([]);
  });

  it('is case-sensitive for names: "But" is the name, "but" is English', () => {
    expect(found('Wiktor But said: but then. Viktor Bout.')).toEqual(['Wiktor But → bout', 'Viktor Bout → bout']);
    expect(found('nato')).toEqual([]);
    expect(found('NATO und Nato')).toEqual(['NATO → nato', 'Nato → nato']);
  });

  it('treats a hyphen as a word boundary, so compounds name the entity', () => {
    expect(found('Der CIA-Chef, NATO-Friedenstruppen und Anti-Trump-Proteste')).toEqual(['CIA → cia', 'NATO → nato', 'Trump → trump']);
    expect(found('den Ukraine-Konflikt in der Ukraine')).toEqual(['Ukraine-Konflikt → war', 'Ukraine → ukraine']);
  });

  it('matches a name across any whitespace, and aliases with punctuation literally', () => {
    expect(found('das Wall\u00a0Street\n Journal in Washington, D.C. und Washington')).toEqual([
      'Wall\u00a0Street\n Journal → wsj',
      'Washington, D.C. → washington',
      'Washington → washington',
    ]);
    expect(found('Washington, DC')).toEqual(['Washington → washington']);
  });

  it('gives offsets into the text', () => {
    const [mention] = findMentions(matcher, ['Laut CIA.'])[0]!;
    expect(mention).toEqual({ start: 5, end: 8, entity: 'cia', contextual: false });
  });

  it('finds nothing without entities', () => {
    const empty = compileEntityMatcher([]);
    expect(findMentions(empty, ['Naryschkin'])).toEqual([[]]);
    expect(directMentions(empty, 'Naryschkin')).toEqual([]);
  });
});

describe('contextual aliases', () => {
  it('count only in a document that names the entity directly, in any of its texts', () => {
    expect(found('Der SVR-Direktor sprach mit dem Chef des SVR.')).toEqual(['SVR → svr', 'SVR → svr']);
    const [first, second] = findMentions(matcher, ['Sergey Naryshkin sprach.', 'Der SVR-Direktor sagte, der Chef des SVR sei bereit.']);
    expect(first!.map((m) => m.entity)).toEqual(['naryshkin']);
    expect(second).toEqual([
      { start: 4, end: 16, entity: 'naryshkin', contextual: true },
      { start: 28, end: 40, entity: 'naryshkin', contextual: true },
    ]);
  });

  it('a contextual surname needs its full name somewhere in the document', () => {
    expect(found('Reed wurde ausgetauscht.')).toEqual([]);
    expect(findMentions(matcher, ['Trevor Reed kam frei.', 'Reed dankte.'])[1]).toEqual([{ start: 0, end: 4, entity: 'reed', contextual: true }]);
  });

  it('a title that introduces the name is no mention of its own: the words in it count for other entities', () => {
    expect(found('sagte der Kreml-Sprecher, Dmitri Peskow.')).toEqual(['Kreml → kremlin', 'Dmitri Peskow → peskov']);
    expect(found('sagte Kreml-Sprecher Dmitri Peskow.')).toEqual(['Kreml → kremlin', 'Dmitri Peskow → peskov']);
    expect(found('sagte Dmitri Peskow, der Kreml-Sprecher.')).toEqual(['Dmitri Peskow → peskov', 'Kreml → kremlin']);
    expect(findMentions(matcher, ['Peskow sprach.', 'Der Kreml-Sprecher sagte nichts.'])[1]!.map((m) => m.entity)).toEqual(['peskov']);
  });

  it('without the entity named, the title falls back to the names inside it', () => {
    expect(found('Der Kreml-Sprecher sagte nichts.')).toEqual(['Kreml → kremlin']);
  });
});
