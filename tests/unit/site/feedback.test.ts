import { describe, expect, it } from 'vitest';
import { feedbackMailto } from '../../../src/lib/site/feedback.ts';

describe('feedbackMailto', () => {
  const href = feedbackMailto(
    'info@example.be',
    'https://example.be/diensten/gis-scan/',
    'Opmerking',
    'Wat klopt er niet?',
  );
  const url = new URL(href);

  it('addresses the agency', () => {
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('info@example.be');
  });

  it('puts the page URL in subject and body', () => {
    expect(url.searchParams.get('subject')).toBe('Opmerking: https://example.be/diensten/gis-scan/');
    expect(url.searchParams.get('body')).toContain('https://example.be/diensten/gis-scan/');
  });

  it('encodes spaces as %20, not +', () => {
    expect(href).not.toContain('+');
    expect(href).toContain('Wat%20klopt');
  });
});
