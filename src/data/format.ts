// The site's number and date formats, in one place, so prose, labels, tables and alt text agree.
// Two registers: chart labels, tables and money always use digits (formatCount and friends); running text
// follows the house style (formatProseCount: one to nine spelled out, formatTimes: "once", "twice").
// Written out rather than made with Intl, to the letter of what Intl gives for these formats (en-US digits,
// en-GB dates and plurals; tests/unit/format.test.ts compares them over many values): a page's first Intl
// formatter loads ICU's locale data, 12 ms on this machine and 48 ms at 4x CPU slowdown, and the story's
// first chart paid it in the middle of a scroll, its one long task there (Performance, round 11).

/** A number's shortest decimal form, as String() gives it, without an exponent: 1.5e-7 → "0.00000015". */
function plainDecimal(abs: number): string {
  const s = String(abs);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const [int, frac = ''] = s.slice(0, e).split('.');
  const digits = int! + frac;
  const point = int!.length + Number(s.slice(e + 1));
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** "199" + 1 in the last place → "200", as decimal digits. */
function incrementDigits(d: string): string {
  const out = d.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** en-US digits with exactly `digits` decimals and grouped thousands, rounded half away from zero on the
 *  number's shortest decimal form, as Intl.NumberFormat rounds: 1.005 → "1.01" (toFixed gives "1.00"). */
function fixedDigits(n: number, digits: number): string {
  if (Number.isNaN(n)) return 'NaN';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (!Number.isFinite(n)) return `${sign}∞`;
  const [int = '0', frac = ''] = plainDecimal(Math.abs(n)).split('.');
  let whole = int + frac.slice(0, digits).padEnd(digits, '0');
  if (frac.length > digits && frac[digits]! >= '5') whole = incrementDigits(whole);
  const head = whole.slice(0, whole.length - digits) || '0';
  const grouped = head.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return digits ? `${sign}${grouped}.${whole.slice(whole.length - digits)}` : `${sign}${grouped}`;
}
const fixed = (digits: number) => (n: number) => fixedDigits(n, digits);
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

/** English's plural rule as en-GB's Intl.PluralRules applies it to a number: "one" is 1 with no visible
 *  decimals, once rounded to its default three (1.0004 is "one", 1.0005 is not). */
const isOne = (n: number) => fixedDigits(Math.abs(n), 3) === '1.000';

/** "1 launch", "2 launches": digits (chart labels), or in running text ("seven launches") with `prose`. */
export function plural(n: number, one: string, many: string, { prose = false }: { prose?: boolean } = {}): string {
  return `${prose ? formatProseCount(n) : formatCount(n)} ${isOne(n) ? one : many}`;
}

// Day-first, no leading zero, the month in full: en-GB's long date. UTC so that a date written
// YYYY-MM-DD is the same day on every machine, whatever its time zone.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (date: Date) => MONTHS[date.getUTCMonth()]!;
const dayFormat = (date: Date) => `${date.getUTCDate()} ${monthName(date)} ${date.getUTCFullYear()}`;
const monthFormat = (date: Date) => `${monthName(date)} ${date.getUTCFullYear()}`;

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
    return date ? dayFormat(date) : iso;
  }
  if (m) {
    const date = utc(y, m);
    return date ? monthFormat(date) : iso;
  }
  return y;
}


/** Without the year, where the year is plain from context: "2025-06-05" → "5 June"; "2025-06" → "June". */
export function formatDateInYear(iso: string): string {
  const [y, m, d] = iso.split('-');
  const date = y && /^\d{4}$/.test(y) && m ? utc(y, m, d ?? '01') : undefined;
  if (!date) return formatDate(iso);
  return d ? `${date.getUTCDate()} ${monthName(date)}` : monthName(date);
}

/** "2025-05-28" → "May 2025" */
export function formatMonth(iso: string): string {
  return formatDate(iso.slice(0, 7));
}
