import type { APIRoute } from 'astro';
import { ROLE_ADDRESSES } from '../../config/site.ts';
import { renderSecurityTxt, securityTxtExpiry } from '../../lib/site/security-txt.ts';

export const GET: APIRoute = ({ site, url }) =>
  new Response(
    renderSecurityTxt({
      contact: ROLE_ADDRESSES.informatieveiligheid,
      expires: securityTxtExpiry(new Date()),
      languages: ['nl', 'en'],
      canonical: new URL(url.pathname, site),
    }),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
