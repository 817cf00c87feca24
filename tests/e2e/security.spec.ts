/**
 * Security guides and the self-assessment, against the built site. Expected values come from the guide files read
 * directly here (not through src/lib), so a bug in the site's own parsing cannot hide in the expectations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { asOf } from './data.ts';
import type { Locator, Page } from '@playwright/test';
import { expect, expectLinksWork, test } from './fixtures.ts';
import { routes } from '../../src/lib/site/routes.ts';

interface GuideFacts {
  slug: string;
  title: string;
  reviewed: string;
  audience: string[];
  items: string[];
}

function frontmatterValue(source: string, key: string): string {
  const match = source.match(new RegExp(`^${key}:\\s*(.+?)\\s*$`, 'm'));
  return match![1]!.replace(/^"(.*)"$/, '$1');
}

const guides: GuideFacts[] = readdirSync('content/informatieveiligheid')
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => {
    const source = readFileSync(`content/informatieveiligheid/${name}`, 'utf8');
    const checklist = source.split(/^## Checklist\s*$/m)[1] ?? '';
    return {
      slug: name.replace(/\.mdx$/, ''),
      title: frontmatterValue(source, 'title'),
      reviewed: frontmatterValue(source, 'reviewed'),
      audience: frontmatterValue(source, 'audience')
        .replace(/[[\]\s]/g, '')
        .split(','),
      items: [...checklist.matchAll(/^\s*- \[[ xX]\] (.+)$/gm)].map((m) => m[1]!.replace(/[*_`]/g, '').trim()),
    };
  });
const totalItems = guides.reduce((sum, g) => sum + g.items.length, 0);

/** Reviewed more than 12 months before the data's date. */
function overdue(reviewed: string): boolean {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y - 1, m - 1, d)).toISOString().slice(0, 10);
  return reviewed < limit;
}

test('the hub lists every guide by topic and by audience, most recently reviewed first', async ({ page }) => {
  await page.goto(routes.guides());
  await expect(page.getByRole('heading', { level: 1, name: 'Informatieveiligheid' })).toBeVisible();
  const byTopic = page.getByTestId('guides-by-topic');
  const byAudience = page.getByTestId('guides-by-audience');
  await expect(byTopic.locator('[data-guide]')).toHaveCount(guides.length);
  for (const guide of guides) {
    const card = byTopic.locator(`[data-guide="${guide.slug}"]`);
    await expect(card.getByRole('link', { name: guide.title, exact: true })).toHaveAttribute(
      'href',
      routes.guide(guide.slug),
    );
    await expect(card.locator('time')).toHaveAttribute('datetime', guide.reviewed);
    for (const audience of guide.audience) {
      await expect(
        byAudience.locator(`[data-audience="${audience}"]`).getByRole('link', { name: guide.title, exact: true }),
      ).toBeVisible();
    }
  }
  // Within each topic the dates never go up.
  for (const section of await byTopic.locator('[data-topic]').all()) {
    const dates = await section.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
  }
  await page.getByRole('link', { name: 'Start de zelfevaluatie' }).click();
  await expect(page).toHaveURL(/\/informatieveiligheid\/zelfevaluatie\/$/);
});

for (const guide of guides) {
  test(`guide ${guide.slug} shows its table of contents, review date and checklist anchors`, async ({ page }) => {
    await page.goto(routes.guide(guide.slug));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
    const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
    await expect(toc).toBeVisible();
    const h2s = await page.locator('.article__body h2').allTextContents();
    await expect(toc.locator(':scope > ol > li > a')).toHaveText(h2s);
    await expect(page.locator('.review-date time')).toHaveAttribute('datetime', guide.reviewed);
    await expect(page.locator('.review-date')).toContainText(/Laatst nagekeken op \d{1,2} \p{L}+ \d{4}/u);
    if (overdue(guide.reviewed)) await expect(page.getByTestId('review-overdue')).toContainText('meer dan 12 maanden');
    else await expect(page.getByTestId('review-overdue')).toHaveCount(0);
    const items = page.locator('[data-checklist-item]');
    await expect(items).toHaveText(guide.items);
    const ids = await items.evaluateAll((els) => els.map((el) => el.id));
    expect(ids.every((id) => id.startsWith(`${guide.slug}--`))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      'no sideways scrolling',
    ).toBeLessThanOrEqual(320);
  });
}

/** The radio group of one measure: its legend is the measure's text. */
function measure(page: Page, text: string): Locator {
  return page.getByRole('group', { name: text, exact: true });
}

const migrations = (
  JSON.parse(readFileSync('content/informatieveiligheid/checklist-migraties.json', 'utf8')) as {
    migrations: { from: string; to: string }[];
  }
).migrations;

test.describe('self-assessment', () => {
  test('without JavaScript it is the full printable checklist', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(routes.selfAssessment());
    // Three choices per measure: in orde, nog niet, niet van toepassing.
    await expect(page.getByRole('radio')).toHaveCount(totalItems * 3);
    await expect(page.getByRole('radio', { name: 'Niet van toepassing' })).toHaveCount(totalItems);
    await expect(page.getByTestId('assessment-score')).toBeHidden();
    await expect(page.getByTestId('assessment-report')).toBeHidden();
    for (const guide of guides) {
      await expect(page.getByRole('heading', { level: 3, name: guide.title, exact: true })).toBeVisible();
    }
    await context.close();
  });

  test('links each measure to the same item on its guide page', async ({ page }) => {
    const guide = guides[0]!;
    await page.goto(routes.selfAssessment());
    const link = page.locator(`[data-guide="${guide.slug}"] a.assessment__more`).first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/informatieveiligheid/${guide.slug}/#${guide.slug}--`));
    await link.click();
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toHaveText(guide.items[0]!);
  });

  test('answering updates the score, survives a reload, is exported as CSV and reset clears it', async ({ page }) => {
    await page.goto(routes.selfAssessment());
    const score = page.getByTestId('assessment-score');
    await expect(score).toHaveAttribute('aria-live', 'polite');
    await expect(score.locator('[data-overall]')).toHaveText(`0 van ${totalItems} maatregelen in orde (0%)`);

    const first = guides[0]!;
    const second = guides[1]!;
    await measure(page, first.items[0]!).getByRole('radio', { name: 'In orde' }).check();
    await measure(page, second.items[1]!).getByRole('radio', { name: 'In orde' }).check();
    const percent = Math.round((2 / totalItems) * 100);
    await expect(score.locator('[data-overall]')).toHaveText(`2 van ${totalItems} maatregelen in orde (${percent}%)`);
    // What is still missing links to the guide's checklist.
    await page.getByText('Nog te doen per gids').click();
    const todo = page.locator('[data-missing] li').filter({ hasText: first.title });
    await expect(todo).toContainText(`${first.items.length - 1} maatregel`);
    await expect(todo.getByRole('link')).toHaveAttribute('href', routes.guideChecklist(first.slug));

    await page.reload();
    await expect(measure(page, first.items[0]!).getByRole('radio', { name: 'In orde' })).toBeChecked();
    await expect(measure(page, second.items[1]!).getByRole('radio', { name: 'In orde' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'In orde', checked: true })).toHaveCount(2);
    await expect(score.locator('[data-overall]')).toHaveText(`2 van ${totalItems} maatregelen in orde (${percent}%)`);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('onderwerp,gids,maatregel,id,in orde,reden');
    expect(lines).toHaveLength(totalItems + 1);
    const yes = lines.filter((line) => line.endsWith(',ja,'));
    expect(yes).toHaveLength(2);
    expect(yes.some((line) => line.includes(first.items[0]!) && line.includes(`${first.slug}--`))).toBe(true);
    expect(yes.some((line) => line.includes(second.items[1]!) && line.includes(`${second.slug}--`))).toBe(true);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await expect(page.getByRole('radio', { name: 'In orde', checked: true })).toHaveCount(0);
    await expect(score.locator('[data-overall]')).toHaveText(`0 van ${totalItems} maatregelen in orde (0%)`);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'In orde', checked: true })).toHaveCount(0);
  });

  test('"niet van toepassing" leaves a measure out of the score and keeps its reason', async ({ page }) => {
    await page.goto(routes.selfAssessment());
    const overall = page.getByTestId('assessment-score').locator('[data-overall]');
    const item = measure(page, guides[0]!.items[0]!);
    const reason = item.getByRole('textbox', { name: /Waarom niet van toepassing/ });
    await expect(reason).toBeHidden();
    // Keyboard only: focus the group's checked radio and move with the arrow keys.
    await item.getByRole('radio', { name: 'Nog niet' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(item.getByRole('radio', { name: 'Niet van toepassing' })).toBeChecked();
    await expect(overall).toHaveText(`0 van ${totalItems - 1} maatregelen in orde (0%), 1 niet van toepassing`);
    await reason.fill('Wij hebben geen eigen <b>server</b>');
    await measure(page, guides[0]!.items[1]!).getByRole('radio', { name: 'In orde' }).check();
    const percent = Math.round((1 / (totalItems - 1)) * 100);
    await expect(overall).toHaveText(
      `1 van ${totalItems - 1} maatregelen in orde (${percent}%), 1 niet van toepassing`,
    );
    await page.reload();
    await expect(item.getByRole('radio', { name: 'Niet van toepassing' })).toBeChecked();
    await expect(reason).toHaveValue('Wij hebben geen eigen <b>server</b>');
    await expect(overall).toHaveText(
      `1 van ${totalItems - 1} maatregelen in orde (${percent}%), 1 niet van toepassing`,
    );
  });

  test('answers saved in an older format or under an old id survive', async ({ page }) => {
    await page.goto(routes.selfAssessment());
    // With a real migration, the old id is saved and its new item must come out done; otherwise the first format
    // (version 1: only ticked ids) must still load.
    const firstId = (await page.locator('[data-measure]').first().getAttribute('data-measure'))!;
    const entry = migrations.find((m) => migrations.filter((n) => n.to === m.to).length === 1);
    const [savedId, expectedId] = entry ? [entry.from, entry.to] : [firstId, firstId];
    await page.evaluate(
      (id) => localStorage.setItem('piva-zelfevaluatie', JSON.stringify({ version: 1, checked: [id] })),
      savedId,
    );
    await page.reload();
    await expect(page.locator(`[id="${expectedId}--ja"]`)).toBeChecked();
    await expect(page.getByTestId('assessment-score').locator('[data-overall]')).toHaveText(
      `1 van ${totalItems} maatregelen in orde (${Math.round(100 / totalItems)}%)`,
    );
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('piva-zelfevaluatie')))!);
    expect(stored).toMatchObject({ version: 2, answers: { [expectedId]: { status: 'done' } } });
  });

  test('a JSON export is read back only after confirmation; a wrong file gets a clear message', async ({ page }) => {
    await page.goto(routes.selfAssessment());
    const overall = page.getByTestId('assessment-score').locator('[data-overall]');
    await page.getByRole('textbox', { name: /Naam van uw bestuur/ }).fill('Gemeente Proef');
    await measure(page, guides[0]!.items[0]!).getByRole('radio', { name: 'In orde' }).check();
    await measure(page, guides[1]!.items[0]!).getByRole('radio', { name: 'Niet van toepassing' }).check();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Bewaren als bestand (JSON)' }).click();
    const file = (await (await downloadPromise).path())!;
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'piva-zelfevaluatie', version: 2, bestuur: 'Gemeente Proef' });
    expect(Object.keys(exported.answers)).toHaveLength(2);

    // Change the answers, then read the file back.
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await measure(page, guides[2]!.items[0]!).getByRole('radio', { name: 'In orde' }).check();
    const upload = page.getByLabel('Een bewaard bestand inlezen');
    const messages = page.getByTestId('assessment-import');
    await expect(messages).toHaveAttribute('aria-live', 'polite');

    await upload.setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from('onderwerp,gids\r\n') });
    await expect(messages).toContainText('Dit bestand is geen JSON-bestand');
    await upload.setInputFiles({
      name: 'ander.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"iets","version":1}'),
    });
    await expect(messages).toContainText('Dit bestand komt niet van deze zelfevaluatie');

    await upload.setInputFiles(file);
    await expect(messages).toContainText('Het bestand bevat 2 antwoorden. Daarmee vervangt u 1 antwoord');
    // Nothing changed yet.
    await expect(overall).toHaveText(`1 van ${totalItems} maatregelen in orde (${Math.round(100 / totalItems)}%)`);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect(messages).toContainText('Er is niets veranderd.');
    await expect(measure(page, guides[2]!.items[0]!).getByRole('radio', { name: 'In orde' })).toBeChecked();

    await upload.setInputFiles(file);
    await page.getByRole('button', { name: 'Antwoorden vervangen' }).click();
    await expect(messages).toContainText('2 antwoorden ingelezen.');
    await expect(measure(page, guides[0]!.items[0]!).getByRole('radio', { name: 'In orde' })).toBeChecked();
    await expect(measure(page, guides[1]!.items[0]!).getByRole('radio', { name: 'Niet van toepassing' })).toBeChecked();
    await expect(measure(page, guides[2]!.items[0]!).getByRole('radio', { name: 'Nog niet' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: /Naam van uw bestuur/ })).toHaveValue('Gemeente Proef');
    await expect(overall).toHaveText(
      `1 van ${totalItems - 1} maatregelen in orde (${Math.round(100 / (totalItems - 1))}%), 1 niet van toepassing`,
    );
  });

  test('a screen reader hears the file field together with its hint', async ({ page }) => {
    await page.goto('/informatieveiligheid/zelfevaluatie/');
    await expect(page.getByLabel('Een bewaard bestand inlezen')).toHaveAccessibleDescription(
      'Kies een JSON-bestand dat u eerder met deze pagina bewaarde. U ziet eerst wat er verandert.',
    );
  });

  test('the printed report shows the date, the name as text, the score per topic and the open measures', async ({
    page,
  }) => {
    await page.goto(routes.selfAssessment());
    const hostile = '<img src=x onerror="document.title=1">Gemeente Proef';
    await page.getByRole('textbox', { name: /Naam van uw bestuur/ }).fill(hostile);
    const first = guides[0]!;
    for (const text of first.items) await measure(page, text).getByRole('radio', { name: 'In orde' }).check();
    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('assessment-report');
    await expect(report).toBeVisible();
    await expect(page.getByRole('radio').first()).toBeHidden();
    await expect(report.locator('[data-report-name]')).toHaveText(hostile);
    await expect(report.locator('img')).toHaveCount(0);
    const date = await report.locator('time').getAttribute('datetime');
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(report.locator('time')).not.toBeEmpty();
    const percent = Math.round((first.items.length / totalItems) * 100);
    await expect(report.locator('[data-report-overall]')).toHaveText(
      `${first.items.length} van ${totalItems} maatregelen in orde (${percent}%)`,
    );
    await expect(report.locator('tbody tr')).toHaveCount(
      new Set(
        await page.locator('[data-measure]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.topic)),
      ).size,
    );
    const open = report.locator('[data-report-open] li');
    await expect(open).toHaveCount(totalItems - first.items.length);
    await expect(open.filter({ hasText: first.items[0]! })).toHaveCount(0);
    const second = guides[1]!;
    const link = open.filter({ hasText: second.items[0]! }).getByRole('link');
    await expect(link).toHaveAttribute('href', new RegExp(`^/informatieveiligheid/${second.slug}/#${second.slug}--`));
    await expect(open.filter({ hasText: second.items[0]! })).toContainText(second.title);
  });
});

const templates = [routes.guides(), routes.guide(guides[0]!.slug), routes.selfAssessment()];

for (const path of templates) {
  // axe runs over every template in a11y.spec.ts.
  test(`${path} fits 320 px and has working links`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      'no sideways scrolling',
    ).toBeLessThanOrEqual(320);
    // The page's own links; the site menu and footer belong to other pages' tests.
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href.split('#')[0]!));
    await expectLinksWork(page, [...new Set(hrefs)]);
  });
}
