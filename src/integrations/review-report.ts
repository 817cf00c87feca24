/**
 * Lists, at the end of every build, the security guides whose review is more than 12 months older than the data's
 * asOf date: those pages show an "may be out of date" notice, and their owners need to know.
 */
import type { AstroIntegration } from 'astro';
import { loadDataset } from '../lib/members/dataset-files.ts';
import { readGuideFiles } from '../lib/guides/guide-files.ts';
import { overdueGuides, overdueReport } from '../lib/guides/guides.ts';

export function reviewReport(): AstroIntegration {
  return {
    name: 'piva:review-report',
    hooks: {
      // After the build, so Astro has already validated every guide and named any broken file and field.
      'astro:build:done': ({ logger }) => {
        const guides = readGuideFiles();
        const { asOf } = loadDataset();
        const line = overdueReport(guides, asOf);
        if (overdueGuides(guides, asOf).length > 0) logger.warn(line);
        else logger.info(line);
      },
    },
  };
}
