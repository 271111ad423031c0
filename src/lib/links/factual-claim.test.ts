import { describe, expect, it } from 'vitest';
import { stemSet } from './content-words.ts';
import { isFactual } from './factual-claim.ts';

const factual = (text: string) => isFactual(text, stemSet(text).size);

describe('isFactual', () => {
  it('takes a report of an event', () => {
    expect(factual('Die russische Delegation werde von dem Leiter des russischen Auslandsgeheimdienstes, Sergej Naryschkin, geführt.')).toBe(true);
    expect(factual('Damit ist wahrscheinlich das für den 10. Januar in Genf geplante Treffen zu dem sich seit Wochen zuspitzenden Ukraine-Konflikt gemeint.')).toBe(true);
  });

  it('refuses short generic sentences, questions and quotations', () => {
    expect(factual('Beide sagen Nein.')).toBe(false);
    expect(factual('Nicht weniger, sondern viel mehr war zu tun.')).toBe(false);
    expect(factual('Unter welchen Voraussetzungen halten Sie die Nutzung der anonymisierten Daten zur Bekämpfung von Covid-19 für legitim?')).toBe(false);
    expect(factual('„Hier ging es wirklich darum, die Kommunikationskanäle mit Russland zu Themen offen zu halten, die die Zukunft unserer Sicherheit betreffen“, sagte der Beamte.')).toBe(false);
  });

  it('refuses what the page says to its reader', () => {
    expect(factual('Diese Seite verwendet Cookies, um Ihnen den bestmöglichen Service zu gewährleisten.')).toBe(false);
    expect(factual('Diese Website verwendet Cookies, damit wir dir die bestmögliche Benutzererfahrung bieten können.')).toBe(false);
    expect(factual('Erst wenn Sie den Link in der Bestätigungsmail anklicken, sind Sie für den Newsletter angemeldet.')).toBe(false);
  });

  it('refuses speculation and habits', () => {
    expect(factual('Der Kreml hat sich noch nicht offiziell geäußert, aber die Sprecherin des Außenministeriums, Maria Sacharowa, sagte, Kontakte zwischen Moskau und Washington könnten nicht ausgeschlossen werden.')).toBe(false);
    expect(factual('Der russische Geheimdienstchef hat in den letzten Jahren wiederholt seine Bereitschaft signalisiert, den Kontakt zur CIA aufrechtzuerhalten, trotz der angespannten Beziehungen zwischen Moskau und Washington.')).toBe(false);
  });

  describe('in English (the English fixture dossier)', () => {
    const english = (text: string) => isFactual(text, stemSet(text, 'en').size, 'en');

    it('takes a report, a past "could not" and the month May included', () => {
      expect(english('Harbor Point Capital Inc. has filed a claim against North Sea Grid Ltd. at the High Court in London, the firm said on Monday, 5 May 2025.')).toBe(true);
      expect(english('It seeks 41 million pounds in damages for the years in which the turbines could not deliver power.')).toBe(true);
    });

    it('refuses speculation and habits', () => {
      expect(english('LONDON — Consumers may end up paying for the two years in which the Dogger Bank turbines stood still, a report by the regulator warned on 14 March 2025.')).toBe(false);
      expect(english('The operator has for years delayed the connection of offshore wind farms to the grid in the North Sea.')).toBe(false);
    });

    it("reads a claim with its own language's words: German's do not know the English modal", () => {
      const text = 'LONDON — Consumers may end up paying for the two years in which the Dogger Bank turbines stood still, a report by the regulator warned on 14 March 2025.';
      expect(isFactual(text, stemSet(text, 'en').size, 'de')).toBe(true);
    });
  });
});
