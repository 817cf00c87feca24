import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataValidationError, formatIssue } from '../../../src/lib/members/dataset.ts';
import {
  chronological,
  loadTimeline,
  milestoneDatetime,
  milestoneLabel,
  validateTimeline,
} from '../../../src/lib/members/timeline.ts';
import type { Milestone } from '../../../src/schemas/timeline.ts';

const FILE = 'content/data/timeline.json';

const valid = {
  milestones: [
    { year: 2012, title: 'GIS-proef', text: 'Een proef met een GIS-coördinator.', service: 'gis-coordinator' },
    { year: 2006, title: 'Start ICT', text: 'Vijf gemeenten delen een ICT-deskundige.' },
  ],
};

function messages(json: unknown, text = JSON.stringify(json)): string[] {
  try {
    validateTimeline(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as DataValidationError).issues.map(formatIssue);
  }
  throw new Error('expected the timeline to be rejected');
}

function withMilestone(index: number, change: Record<string, unknown>) {
  const copy = structuredClone(valid) as { milestones: Record<string, unknown>[] };
  Object.assign(copy.milestones[index]!, change);
  return copy;
}

describe('validateTimeline', () => {
  it('accepts a valid file', () => {
    expect(validateTimeline(JSON.stringify(valid), FILE)).toHaveLength(2);
  });

  it('reports malformed JSON with the file name', () => {
    expect(messages(undefined, '{ "milestones": [ }')).toEqual([
      expect.stringMatching(/^content\/data\/timeline\.json: geen geldige JSON/),
    ]);
  });

  it('names file, entry and field of a wrong value', () => {
    expect(messages(withMilestone(1, { year: '2006' }))).toEqual([
      expect.stringMatching(/^content\/data\/timeline\.json: milestones\[1\], veld "year": /),
    ]);
  });

  it('rejects an unknown service, an impossible month and markup in text', () => {
    const out = messages({
      milestones: [
        { ...valid.milestones[0], service: 'koffie' },
        { ...valid.milestones[1], month: 13, text: 'Zie <a href="x">hier</a>' },
      ],
    });
    expect(out).toHaveLength(3);
    expect(out).toContainEqual(expect.stringContaining('milestones[0], veld "service"'));
    expect(out).toContainEqual(expect.stringContaining('milestones[1], veld "month"'));
    expect(out).toContainEqual(expect.stringContaining('milestones[1], veld "text": mag geen HTML'));
  });

  it('rejects unknown fields and an empty list', () => {
    expect(messages(withMilestone(0, { jaar: 2012 }))).toEqual([
      expect.stringContaining('milestones[0], veld "jaar": onbekend veld: jaar'),
    ]);
    expect(messages({ milestones: [] })).toEqual([expect.stringContaining('veld "milestones"')]);
  });
});

describe('loadTimeline', () => {
  it('reads, validates and sorts the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-'));
    const path = join(dir, 'timeline.json');
    writeFileSync(path, JSON.stringify(valid));
    expect(loadTimeline(path).map((m) => m.year)).toEqual([2006, 2012]);
  });

  it('fails with the file name when the file is missing', () => {
    expect(() => loadTimeline(join(tmpdir(), 'bestaat-niet', 'timeline.json'))).toThrow(
      /timeline\.json: bestand ontbreekt/,
    );
  });
});

describe('chronological', () => {
  const m = (year: number, month?: number): Milestone => ({ year, month, title: `${year}-${month}`, text: 'x' });

  it('puts whole years before their dated milestones and keeps file order otherwise', () => {
    const sorted = chronological([m(2014, 12), m(2015, 2), m(2014), m(2006), m(2014, 7)]);
    expect(sorted.map((x) => x.title)).toEqual(['2006-undefined', '2014-undefined', '2014-7', '2014-12', '2015-2']);
  });
});

describe('milestone dates', () => {
  it('gives a machine-readable value and a Dutch label', () => {
    const dated: Milestone = { year: 2014, month: 12, title: 't', text: 'x' };
    const yearOnly: Milestone = { year: 2006, title: 't', text: 'x' };
    expect(milestoneDatetime(dated)).toBe('2014-12');
    expect(milestoneLabel(dated)).toBe('december 2014');
    expect(milestoneDatetime(yearOnly)).toBe('2006');
    expect(milestoneLabel(yearOnly)).toBe('2006');
  });
});
