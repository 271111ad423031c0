import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format-date.ts';

describe('formatIsoDate', () => {
  it('formats a long German date without a time-zone shift', () => {
    expect(formatIsoDate('2025-03-12', 'de')).toBe('12. März 2025');
    expect(formatIsoDate('2022-01-01', 'de')).toBe('1. Januar 2022');
  });

  it('rejects what is not a date', () => {
    expect(() => formatIsoDate('gestern', 'de')).toThrow(RangeError);
  });
});
