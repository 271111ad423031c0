import { describe, expect, it } from 'vitest';
import { displayAddress } from './display-address.ts';

// Addresses of dev pages in /work/eval/pages.
describe('displayAddress', () => {
  it('drops the scheme, www. and a trailing slash', () => {
    expect(displayAddress('https://www.5min.at/5lokales/villachs-meister-proper/')).toBe('5min.at/5lokales/villachs-meister-proper');
  });

  it('cuts a long path, keeping the host', () => {
    const shown = displayAddress('https://www.90min.de/posts/bundesliga-tabelle-2023-24-ohne-fehlentscheidungen-01hdgzyyg1b1');
    expect(shown).toBe('90min.de/posts/bundesliga-tabelle-2023-24-ohne-…');
    expect(shown).toHaveLength(48);
  });

  it('shows umlauts of a percent-encoded path as letters', () => {
    expect(displayAddress('https://de.wikipedia.org/wiki/M%C3%BCnchen')).toBe('de.wikipedia.org/wiki/München');
  });
});
