/** /.well-known/security.txt (RFC 9116): where to report a vulnerability in this site. */

export interface SecurityTxtOptions {
  /** An e-mail address (written as a mailto: URI) or an https URL. */
  contact: string;
  expires: Date;
  /** Language tags in order of preference. */
  languages: readonly string[];
  /** Where this file is published, absolute. */
  canonical: string | URL;
}

/**
 * RFC 9116 recommends an expiry less than a year ahead: a file that is never refreshed should stop being trusted.
 * The site is rebuilt far more often than that, and every build moves the date.
 */
const SECURITY_TXT_VALID_DAYS = 360;

export function securityTxtExpiry(builtAt: Date, days = SECURITY_TXT_VALID_DAYS): Date {
  const expires = new Date(builtAt.getTime() + days * 24 * 60 * 60 * 1000);
  // Whole seconds: the file says "2027-10-27T09:15:00Z", not a millisecond-precise timestamp.
  expires.setUTCMilliseconds(0);
  return expires;
}

/** ISO 8601 / RFC 3339 in UTC with a "Z", as the Expires field requires. */
export function securityTxtDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function renderSecurityTxt({ contact, expires, languages, canonical }: SecurityTxtOptions): string {
  const contactUri = /^[a-z][a-z0-9+.-]*:/i.test(contact) ? contact : `mailto:${contact}`;
  return [
    `Contact: ${contactUri}`,
    `Expires: ${securityTxtDate(expires)}`,
    `Preferred-Languages: ${languages.join(', ')}`,
    `Canonical: ${new URL(canonical).href}`,
    '',
  ].join('\n');
}
