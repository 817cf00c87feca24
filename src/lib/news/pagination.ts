/** Numbered pagination for lists split with Astro's paginate() under a `[...page]` route. */

export type PageItem = { kind: 'page'; number: number } | { kind: 'gap' };

/**
 * Page numbers to show: always the first and the last page and `around` pages either side of the current one,
 * with a gap marker where numbers are skipped. A gap of one page shows that page instead, since "…" would be no
 * shorter.
 */
export function pageItems(current: number, last: number, around = 1): PageItem[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  let previous = 0;
  for (const n of numbers) {
    if (n - previous === 2) items.push({ kind: 'page', number: n - 1 });
    else if (n - previous > 2) items.push({ kind: 'gap' });
    items.push({ kind: 'page', number: n });
    previous = n;
  }
  return items;
}
