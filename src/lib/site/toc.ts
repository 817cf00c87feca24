/** Table of contents from the headings Astro collects while rendering Markdown. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Level-2 headings with their level-3 children; deeper levels are left out to keep the list short. */
export function buildToc(headings: Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3 && toc.length > 0) {
      toc.at(-1)!.children.push({ slug: heading.slug, text: heading.text, children: [] });
    }
  }
  return toc;
}
