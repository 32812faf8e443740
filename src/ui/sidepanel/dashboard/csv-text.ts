// RFC 4180 CSV: CRLF between records, fields quoted when they hold a quote, comma or line break.
// Text that a spreadsheet would run as a formula (a leading =, +, -, @, tab or CR) gets a ' in front, so an
// event name or a customer's name cannot become a formula in whoever opens the file. Numbers are left alone:
// a dormant count of −3 is data, not a formula.

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
