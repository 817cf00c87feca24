/**
 * After the build, names every CSV, GeoJSON and iCalendar file of dist/ in dist/_headers (copied from
 * public/_headers) with its content type, so static hosts serve them as data and not as text or a download of
 * unknown type.
 */
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TYPED_EXTENSIONS } from '../config/http-headers.ts';
import { renderTypedFileRules } from '../lib/site/server-config.ts';

export function typedFileHeaders(): AstroIntegration {
  return {
    name: 'piva:typed-file-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const headersFile = join(root, '_headers');
        if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing: public/_headers was not copied`);
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((file) => TYPED_EXTENSIONS.some((extension) => file.endsWith(`.${extension}`)))
          .map((file) => `/${file.split(sep).join('/')}`);
        appendFileSync(headersFile, renderTypedFileRules(files));
        logger.info(`_headers: content types for ${files.length} data files`);
      },
    },
  };
}
