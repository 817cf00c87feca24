/** The member table beside the map: rows rebuilt from data with DOM text APIs only, and sortable headers. */
import type { MemberMapData, MemberRow, SortDirection, SortKey } from '../../lib/members/members.ts';
import { format } from '../../lib/site/format.ts';
import { routes } from '../../lib/site/routes.ts';
import type { MemberMapStrings } from './strings.ts';

export function serviceSinceText(
  data: MemberMapData,
  strings: MemberMapStrings,
  service: string,
  year: number,
): string {
  const title = data.services.find((s) => s.id === service)?.title ?? service;
  return format(strings.since, { title, year });
}

/** One row, the same markup as MemberTable.astro renders on the server. */
export function tableRow(data: MemberMapData, strings: MemberMapStrings, row: MemberRow): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.authority = row.authority.id;
  const name = document.createElement('th');
  name.scope = 'row';
  const link = document.createElement('a');
  link.href = routes.authority(row.authority.id);
  link.textContent = row.authority.name;
  name.append(link);
  const type = document.createElement('td');
  type.textContent = strings.typeLabels[row.authority.type];
  const services = document.createElement('td');
  const list = document.createElement('ul');
  list.className = 'member-table__services';
  for (const s of row.services) {
    const item = document.createElement('li');
    item.dataset.service = s.service;
    item.textContent = serviceSinceText(data, strings, s.service, s.since);
    list.append(item);
  }
  services.append(list);
  const since = document.createElement('td');
  since.textContent = String(row.since);
  tr.append(name, type, services, since);
  return tr;
}

/**
 * Turns the sortable column headers into buttons (they are plain text without JavaScript) and reports clicks.
 */
export function enhanceHeaders(table: HTMLTableElement, onSort: (key: SortKey) => void): void {
  for (const th of table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'member-table__sort';
    button.textContent = th.textContent?.trim() ?? '';
    const arrow = document.createElement('span');
    arrow.className = 'member-table__arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.append(arrow);
    th.replaceChildren(button);
    button.addEventListener('click', () => onSort(th.dataset.sort as SortKey));
  }
}

export function showSort(table: HTMLTableElement, key: SortKey, direction: SortDirection): void {
  for (const th of table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
    if (th.dataset.sort === key) th.setAttribute('aria-sort', direction);
    else th.removeAttribute('aria-sort');
  }
}
