/**
 * Validates content/data/ before Astro renders anything, so bad data fails the build with file, entry and field
 * and no page is written.
 */
import type { AstroIntegration } from 'astro';
import { loadDataset } from '../lib/members/dataset-files.ts';

export function dataCheck(): AstroIntegration {
  return {
    name: 'piva:data-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const data = loadDataset();
        logger.info(
          `${data.authorities.length} besturen, ${data.agreements.length} overeenkomsten, stand ${data.asOf}${data.sample ? ' (voorbeeldgegevens)' : ''}`,
        );
      },
    },
  };
}
