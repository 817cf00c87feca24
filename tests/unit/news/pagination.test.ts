import { describe, expect, it } from 'vitest';
import { pageItems, type PageItem } from '../../../src/lib/news/pagination.ts';

/** "1 … 4 [5] 6 … 9" style summary of the items. */
function show(items: PageItem[], current: number): string {
  return items
    .map((i) => (i.kind === 'gap' ? '…' : i.number === current ? `[${i.number}]` : String(i.number)))
    .join(' ');
}

describe('pageItems', () => {
  it('shows a single page', () => {
    expect(show(pageItems(1, 1), 1)).toBe('[1]');
  });

  it('shows every page when there are few', () => {
    expect(show(pageItems(2, 4), 2)).toBe('1 [2] 3 4');
  });

  it('keeps first, last and neighbours, with gaps for skipped runs', () => {
    expect(show(pageItems(5, 9), 5)).toBe('1 … 4 [5] 6 … 9');
    expect(show(pageItems(1, 9), 1)).toBe('[1] 2 … 9');
    expect(show(pageItems(9, 9), 9)).toBe('1 … 8 [9]');
  });

  it('shows a single skipped page instead of a gap', () => {
    expect(show(pageItems(4, 9), 4)).toBe('1 2 3 [4] 5 … 9');
  });
});
