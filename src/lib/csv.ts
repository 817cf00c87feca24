/**
 * CSV writer (RFC 4180) shared by every CSV the site produces. Spreadsheet programs run a cell that starts with
 * = + - @ or a control character as a formula, so such cells get a leading apostrophe ("formula injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: neutralised when it could start a formula, quoted when it holds a quote, comma or line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text: comma-separated, CRLF after every record, as RFC 4180 describes. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
