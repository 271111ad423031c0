import { describe, expect, it } from 'vitest';
import { contentWords } from './content-words.ts';
import { sharedPhrases } from './shared-phrases.ts';

const stems = (text: string) => contentWords(text).map((w) => w.stem);

describe('sharedPhrases', () => {
  it('counts a name shared by two unrelated sentences once', () => {
    const a = stems('Diese Meldungen werden kontinuierlich an die Landesbehörden und von dort an das Robert Koch-Institut (RKI) weitergeleitet.');
    const b = stems('In Deutschland hat das Robert Koch-Institut fünf Gigabyte an Telefondaten von der Deutschen Telekom zur Verfügung gestellt bekommen.');
    expect(sharedPhrases(a, b)).toBe(1);
  });

  it('counts who and what apart in two reports of one fact', () => {
    const a = stems('Im Gespräch mit Bloomberg wurde Kirby gebeten, die Gespräche in der Hauptstadt von Türkiye zu kommentieren, an dem Sergey Naryshkin, Direktor des russischen Auslandsgeheimdienstes (SVR), und CIA-Direktor Bill Burns beteiligt waren.');
    const b = stems('Die russische Delegation werde von dem Leiter des russischen Auslandsgeheimdienstes, Sergej Naryschkin, geführt.');
    expect(sharedPhrases(a, b)).toBe(2);
    expect(sharedPhrases(b, a)).toBe(2);
  });
});
