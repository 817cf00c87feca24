/** Date formatting for nl-BE. Dates without a time are handled in UTC so a build gives the same text anywhere. */
const longDate = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "19 februari 2015" from "2015-02-19" or a Date. */
export function formatDate(value: string | Date): string {
  return longDate.format(typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value);
}

/** "2015-02-19" from a Date (UTC). */
export function toIsoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** Adds whole months to an ISO date (used for "reviewed more than 12 months ago"). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, d));
  return toIsoDate(date);
}
