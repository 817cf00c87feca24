/** The words the member map island shows, rendered by MemberMap.astro into an IslandStrings block. Types only. */
import type { CountedText } from '../../lib/site/format.ts';
import type { Shade } from '../../lib/members/map-shading.ts';
import type { AuthorityType } from '../../schemas/authority.ts';

export interface MemberMapStrings {
  /** Status line above the map: `{count}`, `{date}`. */
  status: CountedText;
  /** A service in a list: `{title}`, `{year}`. */
  since: string;
  typeLabels: Record<AuthorityType, string>;
  /** Map caption for all services and for one (`{title}`); both take `{date}`. */
  captionAll: string;
  captionService: string;
  /** Class names with all services and with one chosen service. */
  shadesAll: Partial<Record<Shade, string>>;
  shadesService: Partial<Record<Shade, string>>;
  /** What a municipality without any listed service says after its name. */
  nothing: string;
  /** Details of a municipality: `{count}`, `{name}`, `{date}`. */
  detailsAuthorities: CountedText;
  /** An authority's area: `{count}`, `{names}`. */
  detailsCovers: string;
  showArea: string;
  /** `{name}`: what was typed. */
  findNotFound: string;
  /** Names of Leaflet's zoom buttons. */
  zoomIn: string;
  zoomOut: string;
}
