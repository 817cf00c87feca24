import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';

/**
 * The date fields exactly as written in a file's YAML frontmatter. js-yaml turns an unquoted 2026-02-30 into a
 * Date for 2 March before any schema runs, so only the written text lets calendarDate() reject it.
 */
export function writtenDates(fields: readonly string[], text: string): Record<string, string> {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const written: Record<string, string> = {};
  for (const field of fields) {
    const m = new RegExp(`^${field}:[ \\t]*(['"]?)([^'"\\s#]+)\\1[ \\t]*(?:#.*)?$`, 'm').exec(frontmatter);
    if (m) written[field] = m[2]!;
  }
  return written;
}

/** Wraps a file loader so the schema gets the written text of these date fields instead of YAML's Date. */
export function withWrittenDates(loader: Loader, fields: readonly string[]): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: (props) => {
          if (!props.filePath) return context.parseData(props);
          const written = writtenDates(fields, readFileSync(props.filePath, 'utf8'));
          const data: Record<string, unknown> = { ...props.data };
          for (const [field, value] of Object.entries(written)) if (data[field] instanceof Date) data[field] = value;
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
