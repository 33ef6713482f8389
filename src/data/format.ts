// The site's number and date formats, in one place, so prose, labels, tables and alt text agree.
// Intl rather than d3-format: the same output for these formats, and nothing added to the page's JavaScript.
// Two registers: chart labels, tables and money always use digits (formatCount and friends); running text
// follows the house style (formatProseCount: one to nine spelled out, formatTimes: "once", "twice").
// Each Intl formatter is made on first use, not when the module loads: the first one costs the page
// ICU's locale data (about 180 ms of a story's load at 4x CPU slowdown, measured), and nothing needs a
// format until a chart nears the screen.
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const fixed = (digits: number) => {
  const f = once(() => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return (n: number) => f().format(n);
};
const whole = fixed(0);
const oneDecimal = fixed(1);
const twoDecimals = fixed(2);

export type Unit = 'count' | 'usd-millions' | 'percent' | 'ratio' | 'year';
export type MoneyStyle = 'long' | 'short' | 'precise';

/** $5,920 M → "$5.9 billion"; $211 M → "$211 million". */
export function formatUsdMillions(millions: number, style: MoneyStyle = 'long'): string {
  if (Math.abs(millions) >= 1000) {
    // "precise" shows the data's own precision (two decimals of a billion) where the text discusses rounding.
    const b = style === 'precise' ? twoDecimals(millions / 1000) : oneDecimal(millions / 1000);
    return style === 'short' ? `$${b}B` : `$${b} billion`;
  }
  const m = whole(millions);
  return style === 'short' ? `$${m}M` : `$${m} million`;
}

/** Digits, for chart labels and tables: 7 → "7", 1234 → "1,234". */
export function formatCount(n: number): string {
  return whole(n);
}

export function formatPercent(share: number): string {
  return `${whole(share * 100)}%`;
}

/** Digits in every unit: what chart labels, tables and alt text get. */
export function formatValue(value: number, unit: Unit, style: MoneyStyle = 'long'): string {
  switch (unit) {
    case 'usd-millions':
      return formatUsdMillions(value, style);
    case 'percent':
      return formatPercent(value);
    case 'year':
      return String(value);
    case 'ratio':
    case 'count':
      return formatCount(value);
  }
}

const smallNumbers = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Running text: whole numbers one to nine spelled out, 10 and up (and fractions) in digits: 7 → "seven", 28 → "28". */
export function formatProseCount(n: number): string {
  const rounded = Math.round(n);
  if (rounded === n && rounded >= 1 && rounded <= 9) return smallNumbers[rounded]!;
  return formatCount(n);
}

/** How often, in running text: 1 → "once", 2 → "twice", 3 → "three times", 165 → "165 times". */
export function formatTimes(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${formatProseCount(n)} times`;
}

/** Running text: counts follow formatProseCount; money, shares and years are as in formatValue. */
export function formatProseValue(value: number, unit: Unit, style: MoneyStyle = 'long'): string {
  return unit === 'count' ? formatProseCount(value) : formatValue(value, unit, style);
}

const pluralRules = once(() => new Intl.PluralRules('en-GB'));

/** "1 launch", "2 launches": digits (chart labels), or in running text ("seven launches") with `prose`. */
export function plural(n: number, one: string, many: string, { prose = false }: { prose?: boolean } = {}): string {
  return `${prose ? formatProseCount(n) : formatCount(n)} ${pluralRules().select(n) === 'one' ? one : many}`;
}

// Day-first, no leading zero, the month in full: en-GB's long date. UTC so that a date written
// YYYY-MM-DD is the same day on every machine, whatever its time zone.
const dayFormat = once(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const monthFormat = once(() => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }));

function utc(y: string, m = '01', d = '01'): Date | undefined {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Reject what Date would silently roll over (month 13, 31 June).
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return date;
}

/** "2025-01-16" → "16 January 2025"; "2025-04" → "April 2025"; "2025" → "2025". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!y || !/^\d{4}$/.test(y)) return iso;
  if (m && d) {
    const date = utc(y, m, d);
    return date ? dayFormat().format(date) : iso;
  }
  if (m) {
    const date = utc(y, m);
    return date ? monthFormat().format(date) : iso;
  }
  return y;
}

const dayMonthFormat = once(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }));
const monthOnlyFormat = once(() => new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }));

/** Without the year, where the year is plain from context: "2025-06-05" → "5 June"; "2025-06" → "June". */
export function formatDateInYear(iso: string): string {
  const [y, m, d] = iso.split('-');
  const date = y && /^\d{4}$/.test(y) && m ? utc(y, m, d ?? '01') : undefined;
  if (!date) return formatDate(iso);
  return (d ? dayMonthFormat() : monthOnlyFormat()).format(date);
}

/** "2025-05-28" → "May 2025" */
export function formatMonth(iso: string): string {
  return formatDate(iso.slice(0, 7));
}
