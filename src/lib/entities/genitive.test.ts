import { describe, expect, it } from 'vitest';
import { genitiveBase } from './genitive.ts';

const none = new Set<string>();

describe('genitiveBase', () => {
  it('reads the base form after an article of the genitive', () => {
    // „…prophylaktische Zölle innerhalb des Vereinigten Königreichs“ (nzz.ch), „des Beratenden Ausschusses“ (seeds).
    expect(genitiveBase('Königreichs', 'des', none)).toBe('Königreich');
    expect(genitiveBase('Kremls', 'des', none)).toBe('Kreml');
  });

  it('keeps a genitive in -es, which the registry would not match from its base', () => {
    expect(genitiveBase('Ausschusses', 'des', none)).toBe('Ausschusses');
    expect(genitiveBase('Hauses', 'des', new Set(['Haus']))).toBe('Hauses');
  });

  it('reads the base form that the dossier has too', () => {
    expect(genitiveBase('Chinas', 'außerhalb', new Set(['China']))).toBe('China');
    expect(genitiveBase('Peskows', undefined, new Set(['Peskow']))).toBe('Peskow');
  });

  it('keeps names that end in s', () => {
    // „Dazu wurden am SLF in Davos Messungen durchgeführt.“; „…schreiben Berlin und Paris im „Aachener Vertrag““.
    expect(genitiveBase('Davos', 'in', none)).toBe('Davos');
    expect(genitiveBase('Paris', 'und', new Set(['Berlin']))).toBe('Paris');
    expect(genitiveBase('Lukas', undefined, none)).toBe('Lukas');
    expect(genitiveBase('Windows', 'Internet', none)).toBe('Windows');
    // Words and first names that end in s, though the dossier has `Al Jazeera` and `Helmut Thoma`.
    expect(genitiveBase('Als', undefined, new Set(['Al']))).toBe('Als');
    expect(genitiveBase('Thomas', undefined, new Set(['Thoma']))).toBe('Thomas');
  });
});
