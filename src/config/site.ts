/** Settings that belong to the organisation, kept in one place. The site URL itself lives in astro.config.mjs. */

/** Domain of the role e-mail addresses (ict@…, gis@…). Change it here only. */
const CONTACT_DOMAIN = 'egov.oost-vlaanderen.be';
export const ROLE_ADDRESSES = {
  algemeen: `info@${CONTACT_DOMAIN}`,
  ict: `ict@${CONTACT_DOMAIN}`,
  gis: `gis@${CONTACT_DOMAIN}`,
  informatieveiligheid: `informatieveiligheid@${CONTACT_DOMAIN}`,
} as const;
export type Role = keyof typeof ROLE_ADDRESSES;
