/**
 * The member map island, loaded on demand by <member-map>. It draws the 55 municipalities from kaart.json's border
 * topology as a Leaflet map (SVG renderer, no tiles unless src/config/map.ts enables them), so users can zoom in on
 * small municipalities, and hides the server-rendered SVG (MunicipalityMap.astro) once the map has drawn. It shades
 * each polygon for the chosen service, type and year (src/lib/members/map-shading.ts, the rule the static map uses)
 * with the static map's patterns, makes the polygons a keyboard-reachable group with arrow keys between neighbours,
 * shows a municipality's details, outlines an authority's area, and drives the filters, the status line, the table
 * and the URL. Every text from the data goes in through textContent.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { TILE_ATTRIBUTION, TILE_LAYER_ENABLED, TILE_URL_TEMPLATE } from '../../config/map.ts';
import {
  coverageOf,
  legendShades,
  shadeOf,
  shadePattern,
  type MunicipalityCoverage,
  type Shade,
} from '../../lib/members/map-shading.ts';
import {
  dateForYear,
  filterMembers,
  memberQueryString,
  parseMemberQuery,
  sortMembers,
  type MemberAuthority,
  type MemberFilter,
  type MemberMapData,
  type MemberRow,
  type SortDirection,
  type SortKey,
} from '../../lib/members/members.ts';
import type { AuthorityType } from '../../schemas/authority.ts';
import { formatDate } from '../../lib/site/dates.ts';
import { format, formatCount } from '../../lib/site/format.ts';
import { routes } from '../../lib/site/routes.ts';
import type { MemberMapStrings } from './strings.ts';
import { enhanceHeaders, serviceSinceText, showSort, tableRow } from './table.ts';

/** Performance mark set once the Leaflet polygons are drawn, shaded and interactive; `npm run bench` reads it. */
export const DRAWN_MARK = 'member-map:drawn';

const ARROWS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/** Names compare without case or accents, so "sint-niklaas" finds Sint-Niklaas. */
const fold = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl-BE').trim();

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}

class MemberMapView {
  private readonly figure: HTMLElement;
  private readonly mapId: string;
  private readonly map: L.Map;
  /** The Leaflet polygon of each municipality and its SVG path. */
  private readonly layers = new Map<string, L.Polygon>();
  private readonly paths = new Map<string, SVGPathElement>();
  private readonly order: string[];
  private centres: Map<string, { x: number; y: number }> | undefined;
  /** Outlines above the polygons, in a pane of their own that never takes the pointer. */
  private readonly areaMarks = L.layerGroup();
  private readonly selectedMark = L.layerGroup();
  private readonly hoverMark = L.layerGroup();
  private markRenderer: L.Renderer | undefined;
  private readonly names: Map<string, string>;
  private readonly byName: Map<string, string>;
  private readonly authorities: Map<string, MemberAuthority>;
  private readonly hoverText: HTMLElement;
  private readonly details: HTMLElement;
  private readonly form: HTMLElement | null;
  private readonly table: HTMLTableElement | null;
  private readonly status: HTMLElement | null;
  private rows: MemberRow[] = [];
  private coverage = new Map<string, MunicipalityCoverage>();
  private filter: MemberFilter;
  private sort: { key: SortKey; direction: SortDirection } = { key: 'name', direction: 'ascending' };
  /** NIS code of the municipality whose details are open. */
  private selected: string | null = null;
  /** Authority whose area stays outlined (its button pressed). */
  private pinned: string | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly data: MemberMapData,
    private readonly strings: MemberMapStrings,
  ) {
    const svg = host.querySelector<SVGSVGElement>('svg[data-municipality-map]')!;
    this.figure = svg.closest('figure')!;
    this.mapId = svg.dataset.mapId!;
    this.details = host.querySelector<HTMLElement>('[data-map-details]')!;
    this.hoverText = host.querySelector<HTMLElement>('[data-map-hover]')!;
    this.form = host.querySelector('[data-member-filters]');
    this.table = host.querySelector('table[data-member-table]');
    this.status = host.querySelector('[data-member-status]');
    this.names = new Map(data.municipalities.map((m) => [m.nis, m.name]));
    this.byName = new Map(data.municipalities.map((m) => [fold(m.name), m.nis]));
    this.authorities = new Map(data.authorities.map((a) => [a.id, a]));
    this.filter = this.form ? this.readUrl() : { service: null, type: null, year: Number(data.asOf.slice(0, 4)) };

    // The Leaflet map takes the static map's place in the figure, at its proportions, so nothing below it moves.
    const container = element('div', 'member-map__leaflet');
    container.setAttribute('role', 'group');
    container.setAttribute('aria-labelledby', svg.getAttribute('aria-labelledby')!);
    const box = svg.viewBox.baseVal;
    container.style.aspectRatio = `${box.width} / ${box.height}`;
    svg.after(container);
    this.map = this.createMap(container);

    for (const [nis, path] of this.paths) {
      path.dataset.nis = nis;
      path.setAttribute('role', 'button');
      path.setAttribute('tabindex', '-1');
    }
    this.order = [...this.paths.keys()].sort((a, b) => this.nameOf(a).localeCompare(this.nameOf(b), 'nl-BE'));
    this.paths.get(this.order[0]!)?.setAttribute('tabindex', '0');
    // The static SVG stays the view without JavaScript; with the polygons drawn, it would only repeat them.
    svg.style.display = 'none';

    this.wireMap();
    this.wireFind();
    this.wireDetails();
    for (const hidden of host.querySelectorAll<HTMLElement>('[data-map-only]')) hidden.hidden = false;
    host.querySelector<HTMLElement>('[data-no-script]')?.setAttribute('hidden', '');
    if (this.form) this.wireForm(this.form);
    if (this.table) {
      enhanceHeaders(this.table, (key) => this.onSort(key));
      showSort(this.table, this.sort.key, this.sort.direction);
      this.wireAreaPreview(this.table);
    }
    this.render();
    host.setAttribute('data-drawn', '');
    performance.mark(DRAWN_MARK);
  }

  private createMap(container: HTMLElement): L.Map {
    const map = L.map(container, {
      zoomControl: false,
      attributionControl: false,
      // Arrow keys move between municipalities (wireMap); the container itself is no extra tab stop.
      keyboard: false,
      // A page scroll over the map should scroll the page; the buttons, pinch and double click zoom.
      scrollWheelZoom: false,
      // The province fills the map exactly; the buttons still step one zoom level.
      zoomSnap: 0,
      renderer: L.svg({ padding: 0.5 }),
    });
    L.control.zoom({ zoomInTitle: this.strings.zoomIn, zoomOutTitle: this.strings.zoomOut }).addTo(map);
    if (TILE_LAYER_ENABLED) {
      L.control.attribution({ prefix: false }).addTo(map);
      L.tileLayer(TILE_URL_TEMPLATE, { attribution: TILE_ATTRIBUTION, maxZoom: 18 }).addTo(map);
    }
    const marks = map.createPane('member-map-marks');
    marks.classList.add('member-map__marks');
    marks.setAttribute('aria-hidden', 'true');
    this.markRenderer = L.svg({ pane: 'member-map-marks', padding: 0.5 });

    const borders = this.data.borders;
    const collection = feature(borders, borders.objects.municipalities) as FeatureCollection<Polygon | MultiPolygon>;
    const shapes = L.geoJSON(collection, {
      style: () => ({ className: 'member-map__shape', weight: 1, fillOpacity: 1, opacity: 1 }),
      onEachFeature: (shape: Feature, layer: L.Layer) => this.layers.set(String(shape.id), layer as L.Polygon),
    });
    // The view first: Leaflet renders layers only on a map that has one.
    const bounds = shapes.getBounds();
    map.fitBounds(bounds, { animate: false, padding: [4, 4] });
    shapes.addTo(map);
    for (const [nis, layer] of this.layers) this.paths.set(nis, layer.getElement() as SVGPathElement);
    // Never further out than the whole province, nor off it.
    map.setMinZoom(map.getZoom());
    map.setMaxBounds(bounds.pad(0.25));
    map.setMaxZoom(map.getZoom() + 5);
    for (const group of [this.areaMarks, this.selectedMark, this.hoverMark]) group.addTo(map);
    map.on('zoomend moveend', () => {
      this.centres = undefined;
    });
    return map;
  }

  /** An outline of one municipality (kind: hover, selected or area) in the marks pane. */
  private mark(group: L.LayerGroup, kind: 'hover' | 'selected' | 'area', nis: string): void {
    const shape = this.layers.get(nis);
    if (!shape) return;
    const outline = L.polygon(shape.getLatLngs() as L.LatLngExpression[][], {
      className: `member-map__mark member-map__mark--${kind}`,
      interactive: false,
      fill: false,
      pane: 'member-map-marks',
      renderer: this.markRenderer,
    }).addTo(group);
    // Not data-nis: an outline is never one of the municipalities.
    if (kind === 'area') outline.getElement()?.setAttribute('data-area-nis', nis);
  }

  private nameOf(nis: string): string {
    return this.names.get(nis) ?? nis;
  }

  private titleOf(service: string): string {
    return this.data.services.find((s) => s.id === service)?.title ?? service;
  }

  private dateText(): string {
    return formatDate(dateForYear(this.filter.year, this.data.asOf));
  }

  // Filters, URL, table and status line

  private readUrl(): MemberFilter {
    return parseMemberQuery(window.location.search, {
      services: this.data.services.map((s) => s.id),
      types: Object.keys(this.strings.typeLabels) as AuthorityType[],
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
    this.rows = filterMembers(this.data.authorities, this.filter, this.data.asOf);
    this.coverage = coverageOf(this.rows);
    this.shade();
    this.renderTable();
    this.renderStatus();
    if (this.pinned && !this.rows.some((row) => row.authority.id === this.pinned)) this.pinned = null;
    this.showArea(this.pinned);
    if (this.selected) this.fillDetails(this.selected);
  }

  private renderTable(): void {
    if (!this.table) return;
    const labels = this.strings.typeLabels;
    const sorted = sortMembers(this.rows, this.sort.key, this.sort.direction, (type) => labels[type]);
    this.table.tBodies[0]!.replaceChildren(...sorted.map((row) => tableRow(this.data, this.strings, row)));
  }

  private renderStatus(): void {
    if (!this.status) return;
    this.status.textContent = formatCount(this.strings.status, this.rows.length, { date: this.dateText() });
  }

  // Shading, legend and caption

  private shadeLabels(): Partial<Record<Shade, string>> {
    return this.filter.service ? this.strings.shadesService : this.strings.shadesAll;
  }

  private shade(): void {
    const service = this.filter.service;
    const labels = this.shadeLabels();
    for (const [nis, path] of this.paths) {
      const shade = shadeOf(this.coverage.get(nis), service);
      const pattern = shadePattern(shade);
      // Restyled in place, never redrawn: the class carries the colour, the fill the static map's pattern.
      path.dataset.shade = shade;
      this.layers.get(nis)!.setStyle({ fillColor: pattern ? `url(#${this.mapId}-${pattern})` : undefined });
      path.classList.toggle('member-map__shape--patterned', pattern !== null);
      const suffix = service ? ` (${labels[shade]})` : '';
      path.setAttribute('aria-label', `${this.describe(nis)}${suffix}`);
    }
    const shown = legendShades(service);
    for (const item of this.figure.querySelectorAll<HTMLElement>('li[data-shade]')) {
      const shade = item.dataset.shade as Shade;
      item.hidden = !shown.includes(shade);
      const label = item.querySelector('[data-shade-label]');
      if (label && labels[shade]) label.textContent = labels[shade];
    }
    const caption = this.figure.querySelector('figcaption');
    if (caption) {
      const template = service ? this.strings.captionService : this.strings.captionAll;
      caption.textContent = format(template, { date: this.dateText(), title: service ? this.titleOf(service) : '' });
    }
  }

  /** "Zele: ICT-deskundige, GIS-coördinator": the municipality and the services that run there in this view. */
  private describe(nis: string): string {
    const services = this.coverage.get(nis)?.services ?? [];
    const list = services.length > 0 ? services.map((s) => this.titleOf(s)).join(', ') : this.strings.nothing;
    return `${this.nameOf(nis)}: ${list}`;
  }

  // The shapes: hover, focus, arrow keys, activation

  private nisOf(target: EventTarget | null): string | undefined {
    return target instanceof SVGPathElement && target.dataset.nis && this.paths.has(target.dataset.nis)
      ? target.dataset.nis
      : undefined;
  }

  private wireMap(): void {
    const canvas = this.map.getContainer();
    canvas.addEventListener('pointerover', (event) => {
      // A tap opens the details below the map; a hover box would only cover the map there.
      if (event.pointerType === 'touch') return;
      const nis = this.nisOf(event.target);
      if (nis) this.hover(nis);
    });
    canvas.addEventListener('pointerleave', () => this.hover(this.nisOf(document.activeElement) ?? null));
    // Focus listeners sit on the figure: Chromium makes an SVG element with focus listeners a tab stop of its own.
    this.figure.addEventListener('focusin', (event) => {
      const nis = this.nisOf(event.target);
      if (!nis) return;
      this.rove(nis);
      this.reveal(nis);
      this.hover(nis);
    });
    this.figure.addEventListener('focusout', () => this.hover(null));
    canvas.addEventListener('click', (event) => {
      const nis = this.nisOf(event.target);
      if (nis) this.open(nis, true);
    });
    canvas.addEventListener('keydown', (event) => {
      const nis = this.nisOf(event.target);
      if (!nis) return;
      let next: string | undefined;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.open(nis, true);
        return;
      }
      if (event.key in ARROWS) next = this.neighbour(nis, ARROWS[event.key]!);
      else if (event.key === 'Home') next = this.order[0];
      else if (event.key === 'End') next = this.order[this.order.length - 1];
      else return;
      event.preventDefault();
      if (next) this.paths.get(next)!.focus();
    });
  }

  /** One tab stop for the whole map: the shape last reached. */
  private rove(nis: string): void {
    for (const [code, path] of this.paths) path.setAttribute('tabindex', code === nis ? '0' : '-1');
  }

  private hover(nis: string | null): void {
    this.hoverMark.clearLayers();
    if (!nis) {
      this.hoverText.hidden = true;
      return;
    }
    const path = this.paths.get(nis)!;
    this.mark(this.hoverMark, 'hover', nis);
    this.hoverText.textContent = this.describe(nis);
    this.hoverText.hidden = false;
    // Above the shape, kept inside the map; set through the CSSOM, which the CSP allows (style attributes it does not).
    const canvas = this.hoverText.offsetParent ?? this.map.getContainer();
    const area = canvas.getBoundingClientRect();
    // Zoomed in, a municipality may reach past the map's edges: place the box by the part that is on screen.
    const view = this.map.getContainer().getBoundingClientRect();
    const whole = path.getBoundingClientRect();
    const shape = DOMRect.fromRect({
      x: Math.max(whole.left, view.left),
      y: Math.max(whole.top, view.top),
      width: Math.max(0, Math.min(whole.right, view.right) - Math.max(whole.left, view.left)),
      height: Math.max(0, Math.min(whole.bottom, view.bottom) - Math.max(whole.top, view.top)),
    });
    const width = this.hoverText.offsetWidth;
    const left = Math.min(Math.max(0, shape.left - area.left + shape.width / 2 - width / 2), area.width - width);
    const height = this.hoverText.offsetHeight;
    const below = shape.top - area.top < height + 8;
    this.hoverText.style.left = `${left}px`;
    this.hoverText.style.top = below
      ? `${Math.min(shape.bottom - area.top + 4, area.height - height)}px`
      : `${shape.top - area.top - height - 4}px`;
  }

  /** The nearest shape in the arrow's direction, favouring shapes straight ahead over those off to the side. */
  private neighbour(nis: string, [dx, dy]: [number, number]): string | undefined {
    // In layer pixels, so "right" and "up" are what the screen shows at any zoom.
    this.centres ??= new Map(
      [...this.layers].map(([code, layer]) => [code, this.map.latLngToLayerPoint(layer.getBounds().getCenter())]),
    );
    const from = this.centres.get(nis)!;
    let best: string | undefined;
    let bestScore = Infinity;
    for (const [code, centre] of this.centres) {
      const ahead = (centre.x - from.x) * dx + (centre.y - from.y) * dy;
      if (code === nis || ahead <= 0) continue;
      const aside = Math.abs((centre.x - from.x) * dy) + Math.abs((centre.y - from.y) * dx);
      const score = ahead + 2 * aside;
      if (score < bestScore) {
        bestScore = score;
        best = code;
      }
    }
    return best;
  }

  /** Pans a municipality into view when the keyboard or the find field reaches it off screen. */
  private reveal(nis: string): void {
    const bounds = this.layers.get(nis)!.getBounds();
    if (!this.map.getBounds().contains(bounds))
      this.map.panInside(bounds.getCenter(), { padding: [24, 24], animate: false });
  }

  // Details of a municipality

  private wireDetails(): void {
    this.details.querySelector('[data-details-close]')!.addEventListener('click', () => this.close());
    this.details.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.close();
    });
    this.details.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-show-area]');
      if (!button) return;
      const id = button.closest<HTMLElement>('[data-authority]')!.dataset.authority!;
      this.pinned = this.pinned === id ? null : id;
      for (const other of this.details.querySelectorAll('[data-show-area]')) {
        other.setAttribute('aria-pressed', String(other === button && this.pinned === id));
      }
      this.showArea(this.pinned);
      if (this.pinned) this.fitArea(this.pinned);
    });
    this.wireAreaPreview(this.details);
  }

  private open(nis: string, moveFocus: boolean): void {
    this.selected = nis;
    this.rove(nis);
    this.selectedMark.clearLayers();
    this.mark(this.selectedMark, 'selected', nis);
    this.fillDetails(nis);
    this.details.hidden = false;
    if (moveFocus) this.detailsHeading().focus();
  }

  private close(): void {
    const nis = this.selected;
    this.selected = null;
    this.pinned = null;
    this.showArea(null);
    this.selectedMark.clearLayers();
    this.details.hidden = true;
    if (nis) this.paths.get(nis)!.focus();
  }

  /** The panel's heading, made on first use: an empty heading in the HTML would name nothing. */
  private detailsHeading(): HTMLElement {
    let heading = this.details.querySelector<HTMLElement>('[data-details-name]');
    if (!heading) {
      heading = element('h2', 'member-map__details-name');
      heading.id = 'kaart-details-naam';
      heading.tabIndex = -1;
      heading.dataset.detailsName = '';
      this.details.prepend(heading);
      this.details.setAttribute('aria-labelledby', heading.id);
    }
    return heading;
  }

  private fillDetails(nis: string): void {
    const name = this.nameOf(nis);
    this.detailsHeading().textContent = name;
    const ids = new Set(this.coverage.get(nis)?.authorities ?? []);
    const rows = this.rows.filter((row) => ids.has(row.authority.id));
    this.details.querySelector('[data-details-summary]')!.textContent = formatCount(
      this.strings.detailsAuthorities,
      rows.length,
      {
        name,
        date: this.dateText(),
      },
    );
    const template = this.host.querySelector<HTMLTemplateElement>('template[data-authority-item]')!;
    this.details
      .querySelector('[data-details-list]')!
      .replaceChildren(...rows.map((row) => this.authorityItem(template, row)));
  }

  private authorityItem(template: HTMLTemplateElement, row: MemberRow): HTMLElement {
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const { authority } = row;
    item.dataset.authority = authority.id;
    const link = item.querySelector<HTMLAnchorElement>('[data-name]')!;
    link.href = routes.authority(authority.id);
    link.textContent = authority.name;
    item.querySelector('[data-type]')!.textContent = this.strings.typeLabels[authority.type];
    item.querySelector('[data-services]')!.replaceChildren(
      ...row.services.map((s) => {
        const entry = element('li');
        entry.textContent = serviceSinceText(this.data, this.strings, s.service, s.since);
        return entry;
      }),
    );
    if (authority.municipalities.length > 1) {
      const covers = item.querySelector<HTMLElement>('[data-covers]')!;
      covers.textContent = format(this.strings.detailsCovers, {
        count: authority.municipalities.length,
        names: authority.municipalities.map((code) => this.nameOf(code)).join(', '),
      });
      covers.hidden = false;
      const button = item.querySelector<HTMLButtonElement>('[data-show-area]')!;
      button.textContent = this.strings.showArea;
      button.setAttribute('aria-pressed', String(this.pinned === authority.id));
      button.hidden = false;
    }
    return item;
  }

  // An authority's area

  /** Pointing at or focusing an authority (a table row, an entry in the details) outlines its municipalities. */
  private wireAreaPreview(container: HTMLElement): void {
    const authorityOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('[data-authority]')?.dataset.authority : undefined;
    const preview = (event: Event) => {
      const id = authorityOf(event.target);
      if (id) this.showArea(id);
    };
    const restore = () => this.showArea(this.pinned);
    container.addEventListener('pointerover', preview);
    container.addEventListener('focusin', preview);
    container.addEventListener('pointerleave', restore);
    container.addEventListener('focusout', restore);
  }

  private showArea(id: string | null): void {
    const authority = id ? this.authorities.get(id) : undefined;
    this.areaMarks.clearLayers();
    for (const nis of authority?.municipalities ?? []) this.mark(this.areaMarks, 'area', nis);
  }

  /** Brings a pinned area wholly into view; a preview from the table never moves the map. */
  private fitArea(id: string): void {
    const bounds = L.latLngBounds([]);
    for (const nis of this.authorities.get(id)?.municipalities ?? []) {
      const layer = this.layers.get(nis);
      if (layer) bounds.extend(layer.getBounds());
    }
    if (bounds.isValid() && !this.map.getBounds().contains(bounds)) {
      this.map.fitBounds(bounds, { padding: [24, 24], animate: false });
    }
  }

  // Find a municipality by name

  /**
   * Zooms to a municipality, a few steps in at most, and opens its details. Without animation: Leaflet drops a new
   * view asked for during a zoom animation, and a jump needs no motion.
   */
  private jump(nis: string, moveFocus: boolean): void {
    const bounds = this.layers.get(nis)!.getBounds();
    this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: this.map.getMinZoom() + 3, animate: false });
    this.open(nis, moveFocus);
  }

  private wireFind(): void {
    const form = this.host.querySelector<HTMLFormElement>('form[data-map-find]');
    if (!form) return;
    const input = form.querySelector('input')!;
    const message = form.querySelector<HTMLElement>('[data-find-message]')!;
    // Picking a name from the list fills the field in one go: show it at once, but leave the focus in the field.
    input.addEventListener('input', () => {
      message.textContent = '';
      const nis = this.byName.get(fold(input.value));
      if (nis) this.jump(nis, false);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const nis = this.byName.get(fold(input.value));
      if (nis) {
        message.textContent = '';
        this.jump(nis, true);
      } else {
        message.textContent = format(this.strings.findNotFound, { name: input.value.trim() });
      }
    });
  }
}

export function mountMemberMap(host: HTMLElement, data: MemberMapData, strings: MemberMapStrings): void {
  new MemberMapView(host, data, strings);
}
