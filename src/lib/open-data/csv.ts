/**
 * CSV writer shared by every CSV the site produces: RFC 4180 (comma separator, CRLF after every record, fields with
 * a comma, quote or line break in double quotes, quotes doubled), UTF-8. Cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) get a leading apostrophe (OWASP "CSV injection").
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes a cell that starts like a formula, so it opens as text. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: neutralised, then quoted when RFC 4180 requires it. null and undefined become an empty field. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseCell(String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, every record ending in CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** Records to CSV: a header row with the column names, then one line per record in column order. */
export function recordsToCsv<K extends string>(columns: readonly K[], records: readonly Record<K, CsvValue>[]): string {
  return toCsv([columns, ...records.map((record) => columns.map((column) => record[column]))]);
}
