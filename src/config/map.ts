/**
 * Base map tiles: the only resource the site could load from another host. Configured here alone; the CSP's img-src
 * allows the tile origin only while the layer is enabled.
 */
/** Off by default: tiles would tell a third party who looked at the map; the municipalities are the map. */
export const TILE_LAYER_ENABLED = false;
export const TILE_URL_TEMPLATE = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bijdragers';
export const TILE_HOST_ORIGIN = new URL(TILE_URL_TEMPLATE.replace(/\{[a-z]\}/g, '0')).origin;
