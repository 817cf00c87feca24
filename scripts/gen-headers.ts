/** Writes public/_headers and deploy/nginx.conf from src/config/http-headers.ts (see src/lib/server-config.ts). */
import { writeFileSync } from 'node:fs';
import { PRODUCTION_NGINX, renderHeadersFile, renderNginxConf } from '../src/lib/site/server-config.ts';

writeFileSync('public/_headers', renderHeadersFile());
writeFileSync('deploy/nginx.conf', renderNginxConf(PRODUCTION_NGINX));
console.log('Wrote public/_headers and deploy/nginx.conf');
