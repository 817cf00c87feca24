import { describe, expect, it } from 'vitest';
import { renderSecurityTxt, securityTxtDate, securityTxtExpiry } from '../../../src/lib/site/security-txt.ts';

const builtAt = new Date('2026-11-01T10:20:30.456Z');

function fields(text: string): Map<string, string> {
  return new Map(
    text
      .trim()
      .split('\n')
      .map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]),
  );
}

describe('security.txt', () => {
  const text = renderSecurityTxt({
    contact: 'informatieveiligheid@example.be',
    expires: securityTxtExpiry(builtAt),
    languages: ['nl', 'en'],
    canonical: 'https://example.be/.well-known/security.txt',
  });
  const parsed = fields(text);

  it('has a mailto: contact', () => {
    expect(parsed.get('Contact')).toBe('mailto:informatieveiligheid@example.be');
  });

  it('keeps a contact that is already a URI', () => {
    const https = renderSecurityTxt({
      contact: 'https://example.be/melden',
      expires: builtAt,
      languages: ['nl'],
      canonical: 'https://example.be/',
    });
    expect(fields(https).get('Contact')).toBe('https://example.be/melden');
  });

  it('expires in the future but within a year of the build, in UTC with a Z', () => {
    const expires = parsed.get('Expires')!;
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const ms = Date.parse(expires);
    expect(ms).toBeGreaterThan(builtAt.getTime());
    expect(ms - builtAt.getTime()).toBeLessThan(365 * 24 * 3600 * 1000);
  });

  it('states languages and the canonical URL, one field per line, ending with a newline', () => {
    expect(parsed.get('Preferred-Languages')).toBe('nl, en');
    expect(parsed.get('Canonical')).toBe('https://example.be/.well-known/security.txt');
    expect(text.endsWith('\n')).toBe(true);
    expect([...parsed.keys()]).toEqual(['Contact', 'Expires', 'Preferred-Languages', 'Canonical']);
  });

  it('formats dates without milliseconds', () => {
    expect(securityTxtDate(new Date('2027-01-02T03:04:05.678Z'))).toBe('2027-01-02T03:04:05Z');
  });
});
