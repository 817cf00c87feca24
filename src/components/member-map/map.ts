/**
 * The member map island, loaded on demand by <member-map>. Draws the province outline (so the map reads without
 * tiles), one marker per participating authority and, when the build has official boundaries, municipalities
 * shaded by participation. On /leden/ it also drives the filters, the status line and the table, and keeps the
 * filter in the URL. Every text from the data goes in through textContent: names are never parsed as HTML.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { Pillar } from '../../schemas/common.ts';
import type { AuthorityType } from '../../schemas/authority.ts';
import {
  coverageByMunicipality,
  dateForYear,
  filterMembers,
  memberQueryString,
  parseMemberQuery,
  pillarsOf,
  sortMembers,
  type MemberAuthority,
  type MemberFilter,
  type MemberMapData,
  type MemberRow,
  type SortDirection,
  type SortKey,
} from '../../lib/members/members.ts';
import { TILE_ATTRIBUTION, TILE_LAYER_ENABLED, TILE_URL_TEMPLATE } from '../../config/map.ts';
import { enhanceHeaders, serviceSinceText, showSort, tableRow } from './table.ts';

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/** nl-BE long date without pulling Intl options into every call. */
const longDate = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatDate = (iso: string): string => longDate.format(new Date(`${iso}T00:00:00Z`));

function markerIcon(pillars: Pillar[]): L.DivIcon {
  const html = document.createElement('span');
  html.className = 'member-marker__glyphs';
  for (const pillar of pillars) {
    const glyph = document.createElement('span');
    glyph.className = `pillar-glyph pillar-glyph--${pillar}`;
    html.append(glyph);
  }
  // At least 24 × 24 px: the minimum target size of WCAG 2.2 (2.5.8).
  const width = Math.max(24, pillars.length * 13 + 9);
  return L.divIcon({ className: 'member-marker', html, iconSize: [width, 24], iconAnchor: [width / 2, 12], popupAnchor: [0, -12] });
}

class MemberMapView {
  private readonly map: L.Map;
  private readonly markerLayer = L.layerGroup();
  private readonly highlightLayer = L.layerGroup();
  private readonly markers = new Map<string, L.Marker>();
  private readonly areas = new Map<string, L.Path>();
  private rows: MemberRow[] = [];
  private filter: MemberFilter;
  private sort: { key: SortKey; direction: SortDirection } = { key: 'name', direction: 'ascending' };
  private readonly form: HTMLElement | null;
  private readonly table: HTMLTableElement | null;
  private readonly status: HTMLElement | null;
  private readonly single: MemberAuthority | undefined;

  constructor(
    host: HTMLElement,
    private readonly data: MemberMapData,
  ) {
    this.form = host.querySelector('[data-member-filters]');
    this.table = host.querySelector('table[data-member-table]');
    this.status = host.querySelector('[data-member-status]');
    const only = host.dataset.authority;
    this.single = only ? data.authorities.find((a) => a.id === only) : undefined;
    this.filter = this.form ? this.readUrl() : { service: null, type: null, year: Number(data.asOf.slice(0, 4)) };

    const canvas = host.querySelector<HTMLElement>('[data-map-canvas]')!;
    canvas.replaceChildren();
    this.map = L.map(canvas, { zoomControl: false, attributionControl: false, scrollWheelZoom: false });
    L.control.zoom({ zoomInTitle: data.labels.zoomIn, zoomOutTitle: data.labels.zoomOut }).addTo(this.map);
    // A plain-text prefix: Leaflet's default prefix carries markup we do not need.
    L.control.attribution({ prefix: 'Leaflet' }).addTo(this.map);
    if (TILE_LAYER_ENABLED) L.tileLayer(TILE_URL_TEMPLATE, { attribution: TILE_ATTRIBUTION, maxZoom: 18 }).addTo(this.map);

    const outline = L.geoJSON(data.outline, { interactive: false, style: { className: 'member-map__outline' } }).addTo(this.map);
    if (data.boundaries) this.drawBoundaries();
    this.highlightLayer.addTo(this.map);
    this.markerLayer.addTo(this.map);
    this.map.fitBounds(outline.getBounds(), { padding: [8, 8] });
    if (this.single) {
      const places = this.single.municipalities.flatMap((nis) => data.municipalities.filter((m) => m.nis === nis));
      const bounds = L.latLngBounds(places.map((m) => [m.lat, m.lon] as [number, number]));
      this.map.fitBounds(bounds.pad(0.5), { maxZoom: 11 });
    }

    this.map.on('popupopen', (event) => this.onPopupOpen(event.popup));
    this.map.on('popupclose', (event) => this.onPopupClose(event.popup));
    this.map.getContainer().addEventListener('keydown', (event) => this.onKeyDown(event));

    for (const hidden of host.querySelectorAll<HTMLElement>('[data-map-only]')) hidden.hidden = false;
    if (this.form) this.wireForm(this.form);
    if (this.table) {
      enhanceHeaders(this.table, (key) => this.onSort(key));
      showSort(this.table, this.sort.key, this.sort.direction);
    }
    if (this.single) this.highlight(this.single, true);
    this.render();
  }

  private readUrl(): MemberFilter {
    return parseMemberQuery(window.location.search, {
      services: this.data.services.map((s) => s.id),
      types: Object.keys(this.data.typeLabels) as AuthorityType[],
      firstYear: this.data.firstYear,
      asOf: this.data.asOf,
    });
  }

  private select(name: string): HTMLSelectElement {
    return this.form!.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  }

  private wireForm(form: HTMLElement): void {
    form.hidden = false;
    this.showFilterInForm();
    form.addEventListener('change', () => {
      this.filter = {
        service: this.select('dienst').value || null,
        type: (this.select('type').value || null) as AuthorityType | null,
        year: Number(this.select('jaar').value),
      };
      this.applyFilter();
    });
    form.querySelector('[data-reset]')?.addEventListener('click', () => {
      this.filter = { service: null, type: null, year: Number(this.data.asOf.slice(0, 4)) };
      this.showFilterInForm();
      this.applyFilter();
    });
    window.addEventListener('popstate', () => {
      this.filter = this.readUrl();
      this.showFilterInForm();
      this.render();
    });
  }

  /** A new history entry per change, so the back button steps through earlier views. */
  private applyFilter(): void {
    const query = memberQueryString(this.filter, this.data.asOf);
    if (query !== window.location.search) history.pushState(null, '', `${window.location.pathname}${query}`);
    this.render();
  }

  private showFilterInForm(): void {
    this.select('dienst').value = this.filter.service ?? '';
    this.select('type').value = this.filter.type ?? '';
    this.select('jaar').value = String(this.filter.year);
  }

  private onSort(key: SortKey): void {
    const direction: SortDirection =
      this.sort.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction };
    showSort(this.table!, key, direction);
    this.renderTable();
  }

  private render(): void {
    this.map.closePopup();
    const all = filterMembers(this.data.authorities, this.filter, this.data.asOf);
    if (this.single) {
      const own = all.find((row) => row.authority.id === this.single!.id);
      this.rows = [own ?? { authority: this.single, services: [], since: Number(this.data.asOf.slice(0, 4)) }];
    } else {
      this.rows = all;
    }
    this.renderMarkers();
    if (this.data.boundaries) this.shadeBoundaries();
    this.renderTable();
    this.renderStatus();
  }

  private renderMarkers(): void {
    this.markerLayer.clearLayers();
    const order = this.data.pillars.map((p) => p.id);
    for (const row of this.rows) {
      const pillars = pillarsOf(row, this.data.services, order);
      const key = pillars.join(' ');
      let marker = this.markers.get(row.authority.id);
      if (!marker || marker.options.alt !== key) {
        marker = L.marker([row.authority.lat, row.authority.lon], {
          icon: markerIcon(pillars),
          keyboard: true,
          riseOnHover: true,
          // alt is unused by div icons; it remembers which glyphs the icon has.
          alt: key,
        });
        marker.bindPopup(() => this.popupContent(row.authority.id), { maxWidth: 280, autoPanPadding: [16, 16] });
        marker.on('add', () => this.labelMarker(row.authority.id));
        this.markers.set(row.authority.id, marker);
      }
      this.markerLayer.addLayer(marker);
    }
  }

  private rowOf(id: string): MemberRow | undefined {
    return this.rows.find((row) => row.authority.id === id);
  }

  private labelMarker(id: string): void {
    const element = this.markers.get(id)?.getElement();
    const row = this.rowOf(id);
    if (!element || !row) return;
    const pillars = pillarsOf(row, this.data.services, this.data.pillars.map((p) => p.id));
    const pillarText = pillars.map((p) => this.data.pillars.find((x) => x.id === p)!.label).join(', ');
    element.setAttribute('aria-label', fill(this.data.labels.marker!, { name: row.authority.name, pillars: pillarText }));
    element.setAttribute('aria-haspopup', 'dialog');
    element.dataset.authority = id;
  }

  private popupContent(id: string): HTMLElement {
    const row = this.rowOf(id)!;
    const box = document.createElement('div');
    box.className = 'member-popup';
    const name = document.createElement('a');
    name.className = 'member-popup__name';
    name.href = `/leden/${row.authority.id}/`;
    name.textContent = row.authority.name;
    const type = document.createElement('p');
    type.className = 'member-popup__type';
    type.textContent = this.data.typeLabels[row.authority.type];
    box.append(name, type);
    if (row.services.length > 0) {
      const list = document.createElement('ul');
      for (const s of row.services) {
        const item = document.createElement('li');
        item.textContent = serviceSinceText(this.data, s.service, s.since);
        list.append(item);
      }
      box.append(list);
    }
    if (row.authority.municipalities.length > 1) {
      const covers = document.createElement('p');
      const names = row.authority.municipalities.map((nis) => this.data.municipalities.find((m) => m.nis === nis)?.name ?? nis);
      covers.textContent = fill(this.data.labels.covers!, { names: names.join(', ') });
      box.append(covers);
    }
    return box;
  }

  private openMarkerId: string | undefined;

  private onPopupOpen(popup: L.Popup): void {
    const id = this.markerIdOf(popup);
    if (!id) return;
    this.openMarkerId = id;
    const element = popup.getElement();
    const close = element?.querySelector<HTMLAnchorElement>('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', this.data.labels.close!);
    element?.setAttribute('role', 'dialog');
    element?.setAttribute('aria-label', this.rowOf(id)?.authority.name ?? '');
    this.markers.get(id)?.getElement()?.classList.add('member-marker--selected');
    if (!this.single) this.highlight(this.rowOf(id)!.authority, false);
    element?.querySelector<HTMLElement>('.member-popup__name')?.focus();
  }

  private onPopupClose(popup: L.Popup): void {
    const id = this.markerIdOf(popup);
    if (!id) return;
    this.openMarkerId = undefined;
    const markerElement = this.markers.get(id)?.getElement();
    markerElement?.classList.remove('member-marker--selected');
    if (!this.single) this.highlightLayer.clearLayers();
    if (!this.single) this.areas.forEach((area) => area.getElement()?.classList.remove('member-map__area--selected'));
    const active = document.activeElement;
    const popupElement = popup.getElement();
    if (markerElement && (!active || active === document.body || popupElement?.contains(active))) markerElement.focus();
  }

  private markerIdOf(popup: L.Popup): string | undefined {
    for (const [id, marker] of this.markers) if (marker.getPopup() === popup) return id;
    return undefined;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.openMarkerId) {
      const id = this.openMarkerId;
      event.preventDefault();
      event.stopPropagation();
      this.map.closePopup();
      this.markers.get(id)?.getElement()?.focus();
      return;
    }
    // role="button" promises Space as well as Enter.
    const target = event.target as HTMLElement;
    if (event.key === ' ' && target.classList.contains('member-marker') && target.dataset.authority) {
      event.preventDefault();
      this.markers.get(target.dataset.authority)?.openPopup();
    }
  }

  /** Marks the municipalities an authority covers: their boundary when known, else a circle at each centre. */
  private highlight(authority: MemberAuthority, permanent: boolean): void {
    this.highlightLayer.clearLayers();
    // Outline only the chosen authority's municipalities, not those of the one chosen before.
    for (const area of this.areas.values()) area.getElement()?.classList.remove('member-map__area--selected');
    for (const nis of authority.municipalities) {
      const area = this.areas.get(nis);
      if (area) {
        area.getElement()?.classList.add('member-map__area--selected');
        continue;
      }
      const place = this.data.municipalities.find((m) => m.nis === nis);
      if (!place) continue;
      L.circleMarker([place.lat, place.lon], {
        radius: 14,
        interactive: false,
        className: permanent ? 'member-map__covered member-map__covered--own' : 'member-map__covered',
      }).addTo(this.highlightLayer);
    }
  }

  private drawBoundaries(): void {
    const layer = L.geoJSON(this.data.boundaries!, {
      interactive: false,
      style: { className: 'member-map__area' },
      onEachFeature: (feature, path) => {
        this.areas.set(String((feature.properties as { nis: string }).nis), path as L.Path);
      },
    });
    layer.addTo(this.map);
  }

  private shadeBoundaries(): void {
    const counts = coverageByMunicipality(this.rows);
    for (const [nis, area] of this.areas) {
      const element = area.getElement();
      if (!element) continue;
      const bucket = Math.min(3, counts.get(nis) ?? 0);
      for (let n = 0; n <= 3; n++) element.classList.toggle(`member-map__area--n${n}`, n === bucket);
    }
  }

  private renderTable(): void {
    if (!this.table) return;
    const labels = this.data.typeLabels;
    const sorted = sortMembers(this.rows, this.sort.key, this.sort.direction, (type) => labels[type]);
    this.table.tBodies[0]!.replaceChildren(...sorted.map((row) => tableRow(this.data, row)));
  }

  private renderStatus(): void {
    if (!this.status) return;
    const count = this.rows.length;
    const template = count === 0 ? this.data.labels.statusNone! : count === 1 ? this.data.labels.statusOne! : this.data.labels.status!;
    this.status.textContent = fill(template, { count, date: formatDate(dateForYear(this.filter.year, this.data.asOf)) });
  }
}

export function mountMemberMap(host: HTMLElement, data: MemberMapData): void {
  new MemberMapView(host, data);
}
