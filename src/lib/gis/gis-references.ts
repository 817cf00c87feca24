/**
 * Checks that every reference into the GIS section resolves: glossary anchors (/gis/begrippen/#id) in any content
 * file, the glossary's own `related` ids, and links to GIS articles and events. Pure; reading the files from disk is
 * in gis-references-files.ts.
 */
import { routes } from '../site/routes.ts';

export interface ContentFile {
  /** Path shown in messages, relative to the project: content/gis/grb.mdx. */
  path: string;
  text: string;
}

export interface GlossaryFile {
  path: string;
  terms: readonly { id: string; related?: readonly string[]; formerIds?: readonly string[] }[];
}

export interface ReferenceInput {
  files: readonly ContentFile[];
  glossary: GlossaryFile;
  /** Ids (file names) of the GIS articles and of the events. */
  articleIds: readonly string[];
  eventIds: readonly string[];
}

export interface ReferenceIssue {
  file: string;
  line?: number;
  /** The id or path that does not resolve. */
  id: string;
  message: string;
}

export function formatReferenceIssue(issue: ReferenceIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}: "${issue.id}": ${issue.message}`;
}

export class GisReferenceError extends Error {
  readonly issues: ReferenceIssue[];
  constructor(issues: ReferenceIssue[]) {
    super(
      `Verwijzingen die nergens naartoe leiden (${issues.length}):\n${issues.map(formatReferenceIssue).join('\n')}`,
    );
    this.name = 'GisReferenceError';
    this.issues = issues;
  }
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * Site paths under /gis/ used as link targets: after "(" (Markdown), a quote (HTML/JSX attribute) or "<" (autolink).
 * The fragment is captured separately so a glossary anchor is checked as an anchor.
 */
const GIS_LINK = new RegExp(`[("'<](${routes.gis().replace(/[/]/g, '\\/')}[^\\s)"'<>#?]*)(#[^\\s)"'<>]*)?`, 'g');

/** Every problem found, in file order; an empty list means all references resolve. */
export function checkGisReferences(input: ReferenceInput): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const { glossary } = input;
  const termIds = new Set<string>();
  for (const term of glossary.terms) {
    if (termIds.has(term.id)) {
      issues.push({ file: glossary.path, id: term.id, message: 'dit begrip staat meer dan eens in de lijst' });
    }
    termIds.add(term.id);
  }
  // A former id is a second id on the same page: it must not clash with a term or another former id.
  const formerIds = new Map<string, string>();
  for (const term of glossary.terms) {
    for (const former of term.formerIds ?? []) {
      if (termIds.has(former) || formerIds.has(former)) {
        issues.push({
          file: glossary.path,
          id: former,
          message: `begrip "${term.id}", veld formerIds: dit anker is al in gebruik op ${routes.glossary()}`,
        });
      }
      formerIds.set(former, term.id);
    }
  }
  for (const term of glossary.terms) {
    for (const related of term.related ?? []) {
      if (!termIds.has(related)) {
        issues.push({
          file: glossary.path,
          id: related,
          message: `begrip "${term.id}", veld related: dit begrip bestaat niet`,
        });
      }
    }
  }

  const known = new Set<string>([
    routes.gis(),
    routes.glossary(),
    routes.events(),
    routes.agenda(),
    ...input.articleIds.map(routes.gisArticle),
    ...input.eventIds.flatMap((id) => [routes.event(id), routes.eventCalendar(id)]),
  ]);
  const knownPath = (path: string): boolean => known.has(path);

  for (const file of input.files) {
    for (const match of file.text.matchAll(GIS_LINK)) {
      const [, path = '', fragment] = match;
      const line = lineAt(file.text, match.index);
      if (!knownPath(path)) {
        issues.push({
          file: file.path,
          line,
          id: path,
          message: 'deze pagina bestaat niet (let op de slash op het einde)',
        });
      } else if (path === routes.glossary() && fragment !== undefined) {
        const id = fragment.slice(1);
        const renamedTo = formerIds.get(id);
        if (renamedTo !== undefined) {
          // The old anchor still works for outside links; our own pages point at the current one.
          issues.push({
            file: file.path,
            line,
            id,
            message: `${routes.glossaryTerm(id)} is een oud anker: link naar ${routes.glossaryTerm(renamedTo)}`,
          });
        } else if (!termIds.has(id)) {
          issues.push({
            file: file.path,
            line,
            id,
            message: `${routes.glossaryTerm(id)}: dit begrip staat niet in ${glossary.path}`,
          });
        }
      }
    }
  }
  return issues;
}
