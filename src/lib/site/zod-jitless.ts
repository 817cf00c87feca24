/**
 * The site's CSP forbids eval. Zod compiles object parsers with `new Function` unless told not to, and merely probing
 * for it is reported as a CSP violation, so browser code imports this module before any schema is built.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
