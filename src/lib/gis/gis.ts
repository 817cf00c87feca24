/** GIS know-how articles (content/gis/): grouping by theme, related articles and the GIS services. */
import { GIS_THEMES, type GisArticleData, type GisTheme } from '../../schemas/gis-article.ts';
import type { ServiceId } from '../../schemas/common.ts';

/** The services the GIS hub points to, in the order a municipality usually meets them. */
export const GIS_SERVICE_IDS = [
  'gis-coordinator',
  'gis-operator',
  'gis-scan',
  'grb-omzetting',
] as const satisfies readonly ServiceId[];

export interface GisArticle {
  id: string;
  data: Pick<GisArticleData, 'title' | 'summary' | 'theme' | 'related'>;
}

const collator = new Intl.Collator('nl-BE', { sensitivity: 'base' });

/** Themes in their fixed order, each with its articles by title; themes without articles are left out. */
export function groupByTheme<T extends GisArticle>(articles: readonly T[]): { theme: GisTheme; articles: T[] }[] {
  return GIS_THEMES.map((theme) => ({
    theme,
    articles: articles
      .filter((a) => a.data.theme === theme)
      .sort((a, b) => collator.compare(a.data.title, b.data.title)),
  })).filter((group) => group.articles.length > 0);
}

/** The articles an article lists under `related`, in its order; an unknown id fails the build naming file and id. */
export function relatedArticles<T extends GisArticle>(article: GisArticle, all: readonly T[]): T[] {
  const byId = new Map(all.map((a) => [a.id, a]));
  return article.data.related.map((id) => {
    const found = byId.get(id);
    if (!found) {
      throw new Error(`content/gis/${article.id}.mdx: veld related: artikel "${id}" bestaat niet in content/gis/`);
    }
    if (found.id === article.id) throw new Error(`content/gis/${article.id}.mdx: veld related: verwijst naar zichzelf`);
    return found;
  });
}
