import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractChecklist } from '../../src/lib/guides/checklist.ts';
import { parseGuideFile } from '../../src/lib/guides/guide-files.ts';
import { createGuide, ScaffoldError } from '../../scripts/lib/new-content.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'piva-new-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createGuide', () => {
  it('writes <slug>.mdx whose frontmatter passes the guide schema, reviewed today', () => {
    const path = createGuide(dir, 'Veilig printen en scannen', '2026-11-02');
    expect(path).toBe(join(dir, 'veilig-printen-en-scannen.mdx'));
    const guide = parseGuideFile(readFileSync(path, 'utf8'), path, 'veilig-printen-en-scannen');
    expect(guide.data.title).toBe('Veilig printen en scannen');
    expect(guide.data.reviewed.toISOString().slice(0, 10)).toBe('2026-11-02');
    expect(guide.data.audience).toEqual(['medewerkers']);
    expect(guide.data.topic).toBe('beleid');
    expect(guide.data.reviewer).not.toBe('');
  });

  it('adds a checklist skeleton the self-assessment can read', () => {
    const path = createGuide(dir, 'Printen', '2026-11-02');
    const { body } = parseGuideFile(readFileSync(path, 'utf8'), path, 'printen');
    expect(extractChecklist(body, 'printen').length).toBeGreaterThan(0);
  });

  it('makes a URL-safe slug from titles with accents and quotes', () => {
    const path = createGuide(dir, 'Wat doet de "DPO" één keer per jaar?', '2026-11-02');
    expect(path).toBe(join(dir, 'wat-doet-de-dpo-een-keer-per-jaar.mdx'));
    expect(() => parseGuideFile(readFileSync(path, 'utf8'), path, 'x')).not.toThrow();
  });

  it('refuses to overwrite an existing guide and leaves it untouched', () => {
    writeFileSync(join(dir, 'printen.mdx'), 'eigen tekst');
    expect(() => createGuide(dir, 'Printen', '2026-11-02')).toThrow(ScaffoldError);
    expect(readFileSync(join(dir, 'printen.mdx'), 'utf8')).toBe('eigen tekst');
  });

  it('refuses a title without letters or digits', () => {
    expect(() => createGuide(dir, ' ?! ', '2026-11-02')).toThrow(ScaffoldError);
  });
});
