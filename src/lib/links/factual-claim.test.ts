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
});
