// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.
export interface CsvTable {
  columns: string[];
  rows: (string | number | boolean | undefined)[][];
}

function field(value: string | number | boolean | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv({ columns, rows }: CsvTable): string {
  return [columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
