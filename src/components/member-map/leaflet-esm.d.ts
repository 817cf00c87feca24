// Leaflet's package.json points bundlers at its UMD build; the ES module build beside it has the same API.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
