import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatPercent, formatUsdMillions, formatValue } from '../../src/data/format';

describe('formatUsdMillions', () => {
  it('writes billions with one decimal in the long style', () => {
    expect(formatUsdMillions(5920)).toBe('$5.9 billion');
    expect(formatUsdMillions(2380)).toBe('$2.4 billion');
    expect(formatUsdMillions(13660)).toBe('$13.7 billion');
    expect(formatUsdMillions(1000)).toBe('$1.0 billion');
  });

  it('writes millions as whole numbers', () => {
    expect(formatUsdMillions(211.43)).toBe('$211 million');
    expect(formatUsdMillions(340)).toBe('$340 million');
    expect(formatUsdMillions(282.105)).toBe('$282 million');
    expect(formatUsdMillions(40)).toBe('$40 million');
  });

  // "precise" is a prose style (content/chapters/07 uses it mid-sentence: "we use $5.36 billion"):
  // it keeps the long wording and only adds the data's second decimal.
  it('shows two decimals of a billion in the precise style, worded like the long style', () => {
    expect(formatUsdMillions(5360, 'precise')).toBe('$5.36 billion');
    expect(formatUsdMillions(5300, 'precise')).toBe('$5.30 billion');
  });

  it('below a billion, the precise style is the long style', () => {
    expect(formatUsdMillions(211.43, 'precise')).toBe('$211 million');
  });

  it('abbreviates in the short style', () => {
    expect(formatUsdMillions(5920, 'short')).toBe('$5.9B');
    expect(formatUsdMillions(211.43, 'short')).toBe('$211M');
  });

  it('groups thousands of billions', () => {
    expect(formatUsdMillions(1_234_000)).toBe('$1,234.0 billion');
  });
});

describe('formatCount, formatPercent, formatValue', () => {
  it('counts are whole and grouped', () => {
    expect(formatCount(54)).toBe('54');
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(82.5)).toBe('83');
  });

  it('percentages are whole', () => {
    expect(formatPercent(0.6)).toBe('60%');
    expect(formatPercent(28 / 54)).toBe('52%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('dispatches by unit; a year is never grouped like a count', () => {
    expect(formatValue(2027, 'year')).toBe('2027');
    expect(formatValue(2027, 'count')).toBe('2,027');
    expect(formatValue(82.5, 'ratio')).toBe('83');
    expect(formatValue(0.4, 'percent')).toBe('40%');
    expect(formatValue(5360, 'usd-millions')).toBe('$5.4 billion');
    expect(formatValue(5360, 'usd-millions', 'short')).toBe('$5.4B');
  });
});

describe('formatDate', () => {
  it('writes a full date day-first without a leading zero', () => {
    expect(formatDate('2025-01-16')).toBe('16 January 2025');
    expect(formatDate('2025-06-09')).toBe('9 June 2025');
    expect(formatDate('2024-12-31')).toBe('31 December 2024');
  });

  it('writes a month date as month and year, and a year alone as itself', () => {
    expect(formatDate('2025-04')).toBe('April 2025');
    expect(formatDate('2025')).toBe('2025');
  });
});
