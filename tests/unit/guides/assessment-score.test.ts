import { describe, expect, it } from 'vitest';
import {
  assessmentRows,
  computeScores,
  parseSavedState,
  score,
  serialiseState,
  type ExportLabels,
  type MeasureRef,
} from '../../../src/lib/guides/assessment-score.ts';
import { toCsv } from '../../../src/lib/open-data/csv.ts';
import type { Answer } from '../../../src/schemas/assessment-export.ts';

const measures: MeasureRef[] = [
  { id: 'a1', topic: 'beleid', guide: 'a' },
  { id: 'a2', topic: 'beleid', guide: 'a' },
  { id: 'b1', topic: 'beleid', guide: 'b' },
  { id: 'c1', topic: 'mensen', guide: 'c' },
];
const done = (...ids: string[]) => new Map<string, Answer>(ids.map((id) => [id, { status: 'done' }]));

describe('computeScores', () => {
  it('counts measures in order overall, per topic and per guide', () => {
    const scores = computeScores(measures, done('a1', 'c1'));
    expect(scores.overall).toEqual({ done: 2, total: 4, na: 0, percent: 50 });
    expect(scores.topics).toEqual([
      { topic: 'beleid', done: 1, total: 3, na: 0, percent: 33 },
      { topic: 'mensen', done: 1, total: 1, na: 0, percent: 100 },
    ]);
    expect(scores.guides.map((g) => [g.guide, g.done, g.total])).toEqual([
      ['a', 1, 2],
      ['b', 0, 1],
      ['c', 1, 1],
    ]);
  });

  it('leaves "not applicable" out of the score, per topic and overall', () => {
    const answers = done('a1');
    answers.set('a2', { status: 'na', reason: 'geen eigen server' });
    answers.set('c1', { status: 'na' });
    const scores = computeScores(measures, answers);
    // 1 of the 2 measures that apply: a1 done, b1 open.
    expect(scores.overall).toEqual({ done: 1, total: 2, na: 2, percent: 50 });
    expect(scores.topics).toEqual([
      { topic: 'beleid', done: 1, total: 2, na: 1, percent: 50 },
      { topic: 'mensen', done: 0, total: 0, na: 1, percent: 0 },
    ]);
    expect(scores.guides.find((g) => g.guide === 'a')).toEqual({ guide: 'a', done: 1, total: 1, na: 1, percent: 100 });
  });

  it('ignores saved ids of measures that no longer exist', () => {
    expect(computeScores(measures, done('weg', 'a1')).overall.done).toBe(1);
  });

  it('scores zero of zero as 0 percent, not NaN', () => {
    expect(score(0, 0)).toEqual({ done: 0, total: 0, na: 0, percent: 0 });
    expect(computeScores([], new Map()).overall.percent).toBe(0);
  });

  it('rounds to whole percent', () => {
    expect(score(2, 3).percent).toBe(67);
  });
});

describe('saved state', () => {
  it('survives a round trip with answers, reasons and the name', () => {
    const answers = done('b');
    answers.set('a', { status: 'na', reason: '<script>alert(1)</script>' });
    const state = { answers, bestuur: 'Gemeente Voorbeeld' };
    const again = parseSavedState(serialiseState(state));
    expect(again.bestuur).toBe('Gemeente Voorbeeld');
    expect([...again.answers]).toEqual([
      ['a', { status: 'na', reason: '<script>alert(1)</script>' }],
      ['b', { status: 'done' }],
    ]);
  });

  it('stores a format version', () => {
    expect(JSON.parse(serialiseState({ answers: new Map(), bestuur: '' }))).toMatchObject({ version: 2 });
  });

  it('reads the first format (version 1, ticked ids only) as "done" answers', () => {
    const state = parseSavedState('{"version":1,"checked":["a",3,null,"b"]}');
    expect([...state.answers]).toEqual([
      ['a', { status: 'done' }],
      ['b', { status: 'done' }],
    ]);
  });

  it('treats missing, corrupt or foreign storage as nothing answered', () => {
    for (const raw of [null, '', '{', '[]', '{"version":3,"answers":{}}', '{"version":1,"checked":"a"}']) {
      expect(parseSavedState(raw).answers.size).toBe(0);
    }
  });

  it('drops a broken answer instead of guessing it', () => {
    const state = parseSavedState(
      '{"version":2,"bestuur":"X","answers":{"a":{"status":"klaar"},"b":{"status":"done"}}}',
    );
    expect([...state.answers.keys()]).toEqual(['b']);
  });
});

describe('assessmentRows and the CSV export', () => {
  const labels: ExportLabels = {
    header: ['onderwerp', 'gids', 'maatregel', 'id', 'in orde', 'reden'],
    yes: 'ja',
    no: 'nee',
    na: 'niet van toepassing',
  };
  const exportMeasures = [
    { id: 'g--x', topicLabel: 'Beleid', guideTitle: 'Gids, deel 1', text: 'Zeg "nee".' },
    { id: 'g--y', topicLabel: 'Beleid', guideTitle: 'Gids', text: '=1+1' },
    { id: 'g--z', topicLabel: 'Beleid', guideTitle: 'Gids', text: 'Iets' },
  ];

  it('writes a header and one row per measure with ja, nee or niet van toepassing and the reason', () => {
    const answers = done('g--y');
    answers.set('g--z', { status: 'na', reason: 'Geen eigen netwerk' });
    expect(assessmentRows(exportMeasures, answers, labels)).toEqual([
      ['onderwerp', 'gids', 'maatregel', 'id', 'in orde', 'reden'],
      ['Beleid', 'Gids, deel 1', 'Zeg "nee".', 'g--x', 'nee', ''],
      ['Beleid', 'Gids', '=1+1', 'g--y', 'ja', ''],
      ['Beleid', 'Gids', 'Iets', 'g--z', 'niet van toepassing', 'Geen eigen netwerk'],
    ]);
  });

  it('quotes and neutralises hostile text, also in a reason', () => {
    const answers = new Map<string, Answer>([['g--z', { status: 'na', reason: '=HYPERLINK("http://x")' }]]);
    const csv = toCsv(assessmentRows(exportMeasures, answers, labels));
    expect(csv.split('\r\n')).toEqual([
      'onderwerp,gids,maatregel,id,in orde,reden',
      'Beleid,"Gids, deel 1","Zeg ""nee"".",g--x,nee,',
      "Beleid,Gids,'=1+1,g--y,nee,",
      `Beleid,Gids,Iets,g--z,niet van toepassing,"'=HYPERLINK(""http://x"")"`,
      '',
    ]);
  });

  it('neutralises every formula prefix', () => {
    for (const reason of ['=1', '+1', '-1', '@SUM(A1)']) {
      const answers = new Map<string, Answer>([['g--z', { status: 'na', reason }]]);
      expect(toCsv(assessmentRows(exportMeasures, answers, labels))).toContain(`,'${reason}\r\n`);
    }
  });
});
