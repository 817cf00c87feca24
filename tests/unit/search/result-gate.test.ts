import { describe, expect, it } from 'vitest';
import { ResultGate } from '../../../src/lib/search/result-gate.ts';

const real = (title: string) => ({ excerpt: `over <mark>phishing</mark> bij ${title}`, meta: { title } });
const fallback = (title: string) => ({ excerpt: 'letter <mark>Q</mark>', meta: { title } });

describe('ResultGate', () => {
  it('shows each real match the moment it arrives, whatever the order', () => {
    const gate = new ResultGate('phishing', 3);
    expect(gate.arrive(2, real('c'))).toEqual({ show: [2], complete: false, fallbackOnly: false, moveToTop: -1 });
    expect(gate.arrive(0, real('a')).show).toEqual([0]);
    const last = gate.arrive(1, real('b'));
    expect(last).toEqual({ show: [1], complete: true, fallbackOnly: false, moveToTop: -1 });
  });

  it('holds back prefix-fallback results until a real match arrives, then shows them all in order', () => {
    const gate = new ResultGate('qxz phishing', 3);
    expect(gate.arrive(1, fallback('b')).show).toEqual([]);
    expect(gate.arrive(2, fallback('c')).show).toEqual([]);
    expect(gate.arrive(0, real('a'))).toMatchObject({ show: [0, 1, 2], complete: true, fallbackOnly: false });
  });

  it('says the search found nothing when every result is only the fallback', () => {
    const gate = new ResultGate('qxzvbnm', 2);
    gate.arrive(0, fallback('a'));
    expect(gate.arrive(1, fallback('b'))).toEqual({ show: [], complete: true, fallbackOnly: true, moveToTop: -1 });
    expect(gate.confirmed).toBe(false);
  });

  it('once complete, names the result whose title is the query, to move it to the top', () => {
    const gate = new ResultGate('Phishing herkennen', 3);
    gate.arrive(0, real('Nieuws over phishing'));
    gate.arrive(2, real('Phishing herkennen'));
    expect(gate.arrive(1, real('Iets anders')).moveToTop).toBe(2);
  });

  it('rejects a position twice or out of range, as that would be a bug in the caller', () => {
    const gate = new ResultGate('phishing', 1);
    expect(() => gate.arrive(1, real('x'))).toThrow(/position 1/);
    gate.arrive(0, real('x'));
    expect(() => gate.arrive(0, real('x'))).toThrow(/arrived twice/);
  });
});
