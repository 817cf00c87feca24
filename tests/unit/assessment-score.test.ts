import { describe, expect, it } from 'vitest';
import {
  assessmentRows,
  computeScores,
  fill,
  parseSavedState,
  score,
  serialiseState,
  type ExportLabels,
  type MeasureRef,
} from '../../src/lib/assessment-score.ts';
import { toCsv } from '../../src/lib/csv.ts';

const measures: MeasureRef[] = [
  { id: 'a1', topic: 'beleid', guide: 'a' },
  { id: 'a2', topic: 'beleid', guide: 'a' },
  { id: 'b1', topic: 'beleid', guide: 'b' },
  { id: 'c1', topic: 'mensen', guide: 'c' },
];

describe('computeScores', () => {
  it('counts ticked measures overall, per topic and per guide', () => {
    const scores = computeScores(measures, new Set(['a1', 'c1']));
    expect(scores.overall).toEqual({ done: 2, total: 4, percent: 50 });
    expect(scores.topics).toEqual([
      { topic: 'beleid', done: 1, total: 3, percent: 33 },
      { topic: 'mensen', done: 1, total: 1, percent: 100 },
    ]);
    expect(scores.guides.map((g) => [g.guide, g.done, g.total])).toEqual([
      ['a', 1, 2],
      ['b', 0, 1],
      ['c', 1, 1],
    ]);
  });

  it('ignores saved ids of measures that no longer exist', () => {
    expect(computeScores(measures, new Set(['weg', 'a1'])).overall.done).toBe(1);
  });

  it('scores zero of zero as 0 percent, not NaN', () => {
    expect(score(0, 0)).toEqual({ done: 0, total: 0, percent: 0 });
    expect(computeScores([], new Set()).overall.percent).toBe(0);
  });

  it('rounds to whole percent', () => {
    expect(score(2, 3).percent).toBe(67);
  });
});

describe('saved state', () => {
  it('survives a round trip', () => {
    const checked = new Set(['b', 'a']);
    expect(parseSavedState(serialiseState(checked))).toEqual(checked);
  });

  it('treats missing, corrupt or foreign storage as nothing ticked', () => {
    for (const raw of [null, '', '{', '[]', '{"version":2,"checked":["a"]}', '{"version":1,"checked":"a"}']) {
      expect(parseSavedState(raw).size).toBe(0);
    }
  });

  it('keeps only string ids', () => {
    expect([...parseSavedState('{"version":1,"checked":["a",3,null]}')]).toEqual(['a']);
  });
});

describe('assessmentRows and the CSV export', () => {
  const labels: ExportLabels = { header: ['onderwerp', 'gids', 'maatregel', 'id', 'in orde'], yes: 'ja', no: 'nee' };
  const exportMeasures = [
    { id: 'g--x', topicLabel: 'Beleid', guideTitle: 'Gids, deel 1', text: 'Zeg "nee".' },
    { id: 'g--y', topicLabel: 'Beleid', guideTitle: 'Gids', text: '=1+1' },
  ];

  it('writes a header and one row per measure with ja or nee', () => {
    const rows = assessmentRows(exportMeasures, new Set(['g--y']), labels);
    expect(rows).toEqual([
      ['onderwerp', 'gids', 'maatregel', 'id', 'in orde'],
      ['Beleid', 'Gids, deel 1', 'Zeg "nee".', 'g--x', 'nee'],
      ['Beleid', 'Gids', '=1+1', 'g--y', 'ja'],
    ]);
  });

  it('quotes and neutralises the exported text', () => {
    const csv = toCsv(assessmentRows(exportMeasures, new Set(), labels));
    expect(csv.split('\r\n')).toEqual([
      'onderwerp,gids,maatregel,id,in orde',
      'Beleid,"Gids, deel 1","Zeg ""nee"".",g--x,nee',
      "Beleid,Gids,'=1+1,g--y,nee",
      '',
    ]);
  });
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fill('{done} van {total} {x}', { done: 1, total: 2 })).toBe('1 van 2 {x}');
  });
});
