/**
 * Fails the build when a glossary anchor, a glossary `related` id or a link to a GIS article or event leads nowhere,
 * naming file, line and id. In dev it only warns, so an author can keep writing while a term is still missing.
 */
import type { AstroIntegration } from 'astro';
import { checkGisReferences, formatReferenceIssue, GisReferenceError } from '../lib/gis/gis-references.ts';
import { readReferenceInput } from '../lib/gis/gis-references-files.ts';

export function gisReferencesCheck(): AstroIntegration {
  return {
    name: 'piva:gis-references-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const input = readReferenceInput();
        const issues = checkGisReferences(input);
        if (issues.length === 0) {
          logger.info(`${input.glossary.terms.length} begrippen, alle verwijzingen naar GIS-pagina's kloppen`);
          return;
        }
        if (command === 'build') throw new GisReferenceError(issues);
        for (const issue of issues) logger.warn(formatReferenceIssue(issue));
      },
    },
  };
}
