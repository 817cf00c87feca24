/**
 * CSV writer: RFC 4180 (comma separator, CRLF line ends, fields with a comma, quote or line break in double
 * quotes, quotes doubled), UTF-8, header row first. Cells that a spreadsheet would read as a formula are
 * neutralised with a leading apostrophe (OWASP "CSV injection").
 */

/** Characters that make a spreadsheet treat a cell as a formula or a control sequence. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that starts like a formula, so it opens as text. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: neutralised, then quoted when RFC 4180 requires it. null and undefined become an empty field. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseCell(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A complete CSV document: the header row, then one line per record, every line ending in CRLF. */
export function toCsv<K extends string>(
  columns: readonly K[],
  records: readonly Record<K, string | number | boolean | null | undefined>[],
): string {
  const lines = [columns.map(csvField).join(',')];
  for (const record of records) lines.push(columns.map((column) => csvField(record[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
