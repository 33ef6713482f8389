import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateInYear,
  formatMonth,
  formatPercent,
  formatProseCount,
  formatProseValue,
  formatTimes,
  formatUsdMillions,
  formatValue,
  plural,
} from '../../src/data/format';

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

describe('house style for running text', () => {
  it('spells out one to nine, and writes 10 and up in digits', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(formatProseCount)).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
    expect(formatProseCount(10)).toBe('10');
    expect(formatProseCount(28)).toBe('28');
    expect(formatProseCount(1234)).toBe('1,234');
  });

  it('keeps digits for zero and for numbers that are not whole', () => {
    expect(formatProseCount(0)).toBe('0');
    expect(formatProseCount(2.5)).toBe('3');
  });

  it('says "once" and "twice", then "three times"', () => {
    expect(formatTimes(1)).toBe('once');
    expect(formatTimes(2)).toBe('twice');
    expect(formatTimes(3)).toBe('three times');
    expect(formatTimes(9)).toBe('nine times');
    expect(formatTimes(165)).toBe('165 times');
  });

  it('spells out counts only: money, shares and years stay in digits in prose too', () => {
    expect(formatProseValue(7, 'count')).toBe('seven');
    expect(formatProseValue(54, 'count')).toBe('54');
    expect(formatProseValue(2380, 'usd-millions')).toBe('$2.4 billion');
    expect(formatProseValue(5360, 'usd-millions', 'precise')).toBe('$5.36 billion');
    expect(formatProseValue(0.13, 'percent')).toBe('13%');
    expect(formatProseValue(2027, 'year')).toBe('2027');
  });

  it('plural, for chart labels, keeps digits', () => {
    expect(plural(1, 'launch', 'launches')).toBe('1 launch');
    expect(plural(7, 'mission', 'missions')).toBe('7 missions');
    expect(plural(0, 'mission', 'missions')).toBe('0 missions');
    expect(plural(7, 'mission', 'missions', { prose: true })).toBe('seven missions');
    expect(plural(1, 'lane', 'lanes', { prose: true })).toBe('one lane');
  });

  it('chart labels keep digits: formatCount and formatValue never spell out', () => {
    for (let n = 0; n <= 9; n++) {
      expect(formatCount(n)).toBe(String(n));
      expect(formatValue(n, 'count')).toBe(String(n));
    }
  });
});

describe('dates through Intl.DateTimeFormat', () => {
  it('matches Intl.DateTimeFormat day-first long dates in UTC', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const iso of ['2025-01-16', '2025-06-05', '2025-11-13', '2020-05-30']) {
      expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
  });

  it('is the same day in every time zone (no off-by-one from local midnight)', () => {
    // The formatter pins UTC; a date string must never drift to the previous day west of Greenwich.
    expect(formatDate('2025-01-01')).toBe('1 January 2025');
    expect(formatDate('2025-12-31')).toBe('31 December 2025');
  });

  it('writes months alone as month and year', () => {
    expect(formatMonth('2025-05-28')).toBe('May 2025');
    expect(formatMonth('2025-06')).toBe('June 2025');
  });

  it('gives back text it cannot read as a date rather than inventing one', () => {
    expect(formatDate('2025-02-30')).toBe('2025-02-30');
    expect(formatDate('2025-13')).toBe('2025-13');
    expect(formatDate('spring 2025')).toBe('spring 2025');
  });
});

describe('formatDateInYear', () => {
  it('drops the year where context gives it, through Intl, for days and months', async () => {
    const { formatDateInYear } = await import('../../src/data/format');
    expect(formatDateInYear('2025-06-05')).toBe('5 June');
    expect(formatDateInYear('2025-01-16')).toBe('16 January');
    expect(formatDateInYear('2025-06')).toBe('June');
    // Not a date: left to formatDate, which gives it back as it is.
    expect(formatDateInYear('2025-13-01')).toBe('2025-13-01');
  });
});

// The formats are written out, not made with Intl (a page's first Intl formatter costs ICU's locale data:
// src/data/format.ts). Node has the same ICU as Chromium, so Intl here is the reference they must match.
describe('the written-out formats give what Intl gives', () => {
  const intl = (digits: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const money = (m: number, style: 'long' | 'short' | 'precise') => {
    if (Math.abs(m) >= 1000) {
      const b = (style === 'precise' ? intl(2) : intl(1)).format(m / 1000);
      return style === 'short' ? `$${b}B` : `$${b} billion`;
    }
    const w = intl(0).format(m);
    return style === 'short' ? `$${w}M` : `$${w} million`;
  };
  // Every kind of value the data holds, the halves where rounding could part, and a seeded spread.
  let seed = 19;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const values = [
    0, -0, 1, -1, 0.5, 1.5, 2.5, -0.5, -2.5, 0.05, 0.15, 0.25, 1.005, 2.675, 1.045, 8.345, 1.0049999, 9.995, 99.95, 999.5,
    999.95, 999_999.5, 0.0000001, 1.5e-7, 1e21, 1.23e22, 123456789.125, 5920, 2380, 13660, 211.43, 282.105, 5360, 28 / 54,
    0.6, 82.5, 1_234_000, -1234.5, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity,
  ];
  for (let i = 0; i < 4000; i++) {
    const scale = 10 ** Math.floor(random() * 9 - 3);
    values.push(Math.round(random() * 100_000) / 1000 * scale, (Math.floor(random() * 20_000) + 0.5) / 10 ** Math.floor(random() * 4), -random() * scale);
  }

  it('counts and percentages, over every kind of value', () => {
    for (const v of values) {
      expect(formatCount(v), String(v)).toBe(intl(0).format(v));
      expect(formatPercent(v), String(v)).toBe(`${intl(0).format(v * 100)}%`);
    }
  });

  it('money, in every style', () => {
    for (const v of values) for (const style of ['long', 'short', 'precise'] as const) expect(formatUsdMillions(v, style), `${v} ${style}`).toBe(money(v, style));
  });

  it('plurals, as en-GB counts them', () => {
    const rules = new Intl.PluralRules('en-GB');
    for (const v of [0, 1, -1, 2, 1.5, 0.5, 21, 101, 1.0004, 1.0005, 0.9995, 0.9996, -1.0004, 1.00049999, ...values.slice(0, 200)]) expect(plural(v, 'launch', 'launches'), String(v)).toBe(`${intl(0).format(v)} ${rules.select(v) === 'one' ? 'launch' : 'launches'}`);
  });

  it('dates, every day of three years (a leap year among them) and the month forms', () => {
    const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const iso = d.toISOString().slice(0, 10);
      expect(formatDate(iso)).toBe(long.format(d));
      expect(formatDate(iso.slice(0, 7))).toBe(monthYear.format(d));
      expect(formatDateInYear(iso)).toBe(dayMonth.format(d));
      expect(formatDateInYear(iso.slice(0, 7))).toBe(month.format(d));
    }
    for (const y of ['0999', '1066', '1900', '2100']) expect(formatDate(`${y}-03-04`)).toBe(long.format(new Date(Date.UTC(Number(y), 2, 4))));
  });
});
