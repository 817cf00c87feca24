import { describe, expect, it } from 'vitest';
import { newestFirst, relatedNews, type NewsItem } from '../../../src/lib/news/news.ts';
import type { NewsData } from '../../../src/schemas/news.ts';

function news(id: string, date: string, tags: string[], pillar: NewsData['pillar']): NewsItem {
  return {
    id,
    data: { title: id, date: new Date(`${date}T00:00:00Z`), summary: `Samenvatting van ${id}`, tags, pillar },
  };
}

const items = [
  news('gis-oud', '2014-08-28', ['gis', 'operator'], 'gis'),
  news('groei', '2015-02-19', ['samenwerking', 'gis', 'ict'], 'algemeen'),
  news('gis-jubileum', '2022-10-20', ['gis', 'netwerk', 'jubileum'], 'gis'),
  news('ict-jubileum', '2026-04-01', ['ict', 'jubileum'], 'ict'),
  news('avg', '2018-05-25', ['avg'], 'informatieveiligheid'),
  news('nis2', '2024-11-05', ['nis2'], 'informatieveiligheid'),
  news('website', '2026-10-15', ['website'], 'algemeen'),
];

describe('newestFirst', () => {
  it('orders by date, newest first, without changing the input', () => {
    const copy = [...items];
    expect(newestFirst(items).map((i) => i.id)).toEqual([
      'website',
      'ict-jubileum',
      'nis2',
      'gis-jubileum',
      'avg',
      'groei',
      'gis-oud',
    ]);
    expect(items).toEqual(copy);
  });

  it('orders items of the same day by id', () => {
    const sameDay = [news('b', '2020-01-01', ['x'], 'ict'), news('a', '2020-01-01', ['x'], 'ict')];
    expect(newestFirst(sameDay).map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('relatedNews', () => {
  const byId = (id: string) => items.find((i) => i.id === id)!;

  it('puts shared tags before a shared pillar, then the newest first', () => {
    // gis-jubileum shares "gis" with gis-oud and groei, "jubileum" with ict-jubileum, and the pillar with gis-oud.
    expect(relatedNews(byId('gis-jubileum'), items).map((i) => i.id)).toEqual(['gis-oud', 'ict-jubileum', 'groei']);
  });

  it('never lists the item itself and leaves out items that share nothing', () => {
    const related = relatedNews(byId('avg'), items).map((i) => i.id);
    expect(related).toEqual(['nis2']);
  });

  it('returns nothing for an item without any match', () => {
    const lonely = news('alleen', '2021-01-01', ['uniek'], 'algemeen');
    expect(
      relatedNews(
        lonely,
        items.filter((i) => i.data.pillar !== 'algemeen'),
      ),
    ).toEqual([]);
  });

  it('respects the limit', () => {
    expect(relatedNews(byId('groei'), items, 2)).toHaveLength(2);
  });
});
