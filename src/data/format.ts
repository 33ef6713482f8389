// The site's number formats, in one place, so prose, labels, tables and alt text agree.
// Intl rather than d3-format: the same output for these formats, and nothing added to the page's JavaScript.
const fixed = (digits: number) => {
  const f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (n: number) => f.format(n);
};
const whole = fixed(0);
const oneDecimal = fixed(1);
const twoDecimals = fixed(2);

export type Unit = 'count' | 'usd-millions' | 'percent' | 'ratio' | 'year';

/** $5,920 M → "$5.9 billion"; $211 M → "$211 million". */
export function formatUsdMillions(millions: number, style: 'long' | 'short' | 'precise' = 'long'): string {
  if (Math.abs(millions) >= 1000) {
    // "precise" shows the data's own precision (two decimals of a billion) where the text discusses rounding.
    const b = style === 'precise' ? twoDecimals(millions / 1000) : oneDecimal(millions / 1000);
    return style === 'short' ? `$${b}B` : `$${b} billion`;
  }
  const m = whole(millions);
  return style === 'short' ? `$${m}M` : `$${m} million`;
}

export function formatCount(n: number): string {
  return whole(n);
}

export function formatPercent(share: number): string {
  return `${whole(share * 100)}%`;
}

export function formatValue(value: number, unit: Unit, style: 'long' | 'short' | 'precise' = 'long'): string {
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

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2025-05-28" → "May 2025" */
export function formatMonth(iso: string): string {
  return formatDate(iso.slice(0, 7));
}

/** "1 launch", "2 launches" */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "2025-01-16" → "16 January 2025"; "2025-04" → "April 2025". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = m ? months[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? iso;
}
