import { describe, expect, it } from 'vitest';
import { groupByTheme, relatedArticles, type GisArticle } from '../../../src/lib/gis/gis.ts';

const article = (
  id: string,
  title: string,
  theme: GisArticle['data']['theme'],
  related: string[] = [],
): GisArticle => ({
  id,
  data: { title, summary: 'Samenvatting.', theme, related },
});

const articles = [
  article('webdiensten', 'Webdiensten', 'techniek'),
  article('grb', 'Het GRB', 'grb', ['webdiensten']),
  article('coordinaten', 'Coördinatenstelsels', 'techniek'),
  article('omzetting', 'Data omzetten naar het GRB', 'grb', ['grb', 'ontbreekt']),
];

describe('groupByTheme', () => {
  it('keeps the themes in their fixed order, leaves out empty ones and sorts titles', () => {
    expect(groupByTheme(articles).map((g) => [g.theme, g.articles.map((a) => a.id)])).toEqual([
      ['grb', ['omzetting', 'grb']],
      ['techniek', ['coordinaten', 'webdiensten']],
    ]);
  });
});

describe('relatedArticles', () => {
  it('resolves ids in the order the article lists them', () => {
    expect(relatedArticles(articles[1]!, articles).map((a) => a.id)).toEqual(['webdiensten']);
  });
  it('fails naming the file, the field and the missing id', () => {
    expect(() => relatedArticles(articles[3]!, articles)).toThrow(
      /content\/gis\/omzetting\.mdx: veld related: .*"ontbreekt"/,
    );
  });
});
