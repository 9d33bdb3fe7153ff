import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStudio } from '../../src/studio/studioServer.js';
import type { RunningStudio } from '../../src/studio/studioServer.js';
import { readPdf } from '../support/readPdf.js';
import { HAVE_CHROMIUM, launchChromium } from './browser.js';

const SEED = 'astana-2025-12-03.yaml';
const WAIT = { timeout: 90_000 };
const SHOTS = process.env.STUDIO_SHOTS;

/** The src of the first preview page and the preview's version. */
async function previewState(page: Page): Promise<{ src: string | null; version: string | null; state: string | null }> {
  const preview = page.getByTestId('preview');
  return {
    src: await preview.locator('img[data-page="1"]').getAttribute('src'),
    version: await preview.getAttribute('data-version'),
    state: await preview.getAttribute('data-state'),
  };
}

/** Waits until no check is waiting or running (the preview drops `aria-busy`). */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-testid="preview"]:not([aria-busy])').waitFor(WAIT);
}

/** Puts the cursor at the end of the editor line that starts with `start`; resolves to its line number. */
async function endOfLine(page: Page, start: string): Promise<number> {
  const line = page.getByTestId('editor').locator('.cm-line', { hasText: start }).first();
  await line.click();
  await page.keyboard.press('End');
  const lines = await page.getByTestId('editor').locator('.cm-line').allTextContents();
  return lines.findIndex((l) => l.startsWith(start)) + 1;
}

describe.skipIf(!HAVE_CHROMIUM)('briefing studio in Chromium', () => {
  let studio: RunningStudio;
  let browser: Browser;
  let page: Page;
  let root: string;
  const file = (): string => readFileSync(join(root, SEED), 'utf8');

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'studio-e2e-'));
    cpSync(join(import.meta.dirname, '../../data'), root, { recursive: true });
    // a name and a value that would be markup if the page ever used HTML
    writeFileSync(join(root, '<i>x.yaml'), 'title: <img src=x onerror="document.title=1">\n');
    studio = await startStudio({ root, port: 0, initial: SEED });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(90_000);
    await page.goto(studio.url);
  });
  afterAll(async () => {
    await browser?.close();
    await studio?.close();
  });

  it('shows the file list, the editor, the problems and the pages of the handout', async () => {
    await page.getByTestId('preview').locator('img[data-page="1"]').waitFor(WAIT);
    await expect.poll(() => page.getByTestId('file-list').textContent()).toContain(SEED);
    expect(await page.getByTestId('editor').textContent()).toContain('Противодействие наркопреступности');
    expect(await page.getByTestId('problems').textContent()).toContain('Ошибок нет');
    const size = await page
      .getByTestId('preview')
      .locator('img[data-page="1"]')
      .evaluate((img) => [(img as unknown as { naturalWidth: number }).naturalWidth, (img as unknown as { naturalHeight: number }).naturalHeight]);
    expect(size[0]).toBeGreaterThan(500);
    expect(size[1]! / size[0]!).toBeCloseTo(297 / 210, 1);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'studio-open.png') });
  });

  it('follows an edit: a new preview after a pause in typing', async () => {
    const before = await previewState(page);
    await endOfLine(page, 'title:');
    await page.keyboard.type(' сегодня');
    await expect.poll(async () => (await previewState(page)).version, WAIT).not.toBe(before.version);
    const after = await previewState(page);
    expect(after.state).toBe('fresh');
    expect(after.src).not.toBe(before.src);
    expect(await page.getByTestId('status').textContent()).toMatch(/несохран/);
  });

  it('completes keys from the JSON Schema and describes a key on hover', async () => {
    await endOfLine(page, 'source:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('subt');
    await page.keyboard.press('Control+Space'); // explicit, in case typing outran the automatic popup
    const options = page.locator('.cm-tooltip-autocomplete');
    await options.waitFor(WAIT);
    expect(await options.textContent()).toContain('subtitle');
    await page.keyboard.press('Escape');
    // back to the file as it was: the typed word and the new line removed
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => page.getByTestId('editor').textContent()).not.toContain('subt');
    const key = page.getByTestId('editor').locator('.cm-line', { hasText: 'venue:' }).getByText('venue');
    const hover = page.locator('.schema-hover');
    // a tooltip shows after the pointer rests 300 ms; move away and back until it does
    await expect
      .poll(async () => {
        await page.mouse.move(0, 0);
        await key.hover();
        await page.waitForTimeout(700);
        return hover.count();
      }, WAIT)
      .toBeGreaterThan(0);
    expect(await hover.textContent()).toContain('Место проведения');
    await page.mouse.move(0, 0);
    await settled(page);
    expect(await page.getByTestId('preview').getAttribute('data-state')).toBe('fresh');
  });

  it('lists a mistake with its line, keeps the last preview marked stale, and recovers when fixed', async () => {
    await settled(page);
    const good = await previewState(page);
    const line = await endOfLine(page, 'date:');
    await page.keyboard.type('x');
    await page.locator('[data-testid="preview"][data-state="stale"]').waitFor(WAIT);
    const problem = page.getByTestId('problems').locator(`a[data-line="${line}"]`);
    await problem.waitFor(WAIT);
    expect(await problem.textContent()).toMatch(new RegExp(`строка ${line}: date: .*ГГГГ-ММ-ДД`));
    const stale = await previewState(page);
    expect(stale.src).toBe(good.src);
    expect(await page.getByTestId('preview').locator('img[data-page]').count()).toBeGreaterThan(0);
    expect(await page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'studio-mistake.png') });
    await page.getByTestId('editor').locator('.cm-content').focus();
    await problem.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await settled(page);
    expect(await page.getByTestId('preview').getAttribute('data-state')).toBe('fresh');
    expect(await page.getByTestId('problems').textContent()).toContain('Ошибок нет');
  });

  it('saves the change into the file, atomically, comments kept', async () => {
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Сохранено');
    const text = file();
    expect(text).toContain('title: Противодействие наркопреступности в Астане сегодня\n');
    expect(text).toContain('date: 2025-12-03\n');
    expect(text).toContain('# Источник: BAQ.KZ.');
  });

  it('edits through the form, keeping the comments and the order of keys', async () => {
    const keysBefore = file()
      .split('\n')
      .filter((l) => /^[a-z]+:/.test(l))
      .map((l) => l.split(':')[0]);
    await page.getByTestId('tab-form').click();
    const form = page.getByTestId('form');
    await form.waitFor(WAIT);
    const venue = form.locator('input[name="venue"]');
    await venue.fill('Региональная служба коммуникаций, зал 2');
    const groups = form.locator('fieldset[data-list="statistics"] .card').first();
    const rows = groups.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    const secondLabel = await rows.nth(1).locator('input').first().inputValue();
    await rows.nth(1).getByRole('button', { name: 'Выше' }).click();
    await expect.poll(() => groups.locator('tbody tr').nth(0).locator('input').first().inputValue()).toBe(secondLabel);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'studio-form.png') });
    await page.getByTestId('tab-text').click();
    expect(await page.getByTestId('editor').textContent()).toContain('зал 2');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Сохранено');
    const text = file();
    expect(text).toContain('venue: Региональная служба коммуникаций, зал 2\n');
    expect(text).toContain('# yaml-language-server: $schema=../schema/briefing.schema.json\n# Брифинг ДП Астаны');
    expect(text).toContain('# Источник: BAQ.KZ.');
    expect(
      text
        .split('\n')
        .filter((l) => /^[a-z]+:/.test(l))
        .map((l) => l.split(':')[0]),
    ).toEqual(keysBefore);
    expect(text.indexOf(`label: ${secondLabel}`)).toBeLessThan(text.indexOf('items:', text.indexOf('statistics:')) + 200);
  });

  it('refuses to overwrite a file changed on disk meanwhile, and keeps mine when asked', async () => {
    await endOfLine(page, 'city:');
    await page.keyboard.type(' (столица)');
    writeFileSync(join(root, SEED), file().replace('source: По материалам BAQ.KZ', 'source: чужая правка'));
    await page.getByTestId('save').click();
    await page.getByTestId('conflict').waitFor(WAIT);
    expect(file()).toContain('чужая правка');
    expect(file()).not.toContain('(столица)');
    await page.getByTestId('keep-mine').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Сохранено');
    expect(file()).toContain('city: Астана (столица)\n');
    expect(await page.getByTestId('conflict').isHidden()).toBe(true);
  });

  it('shows data values as text, never as HTML', async () => {
    expect(await page.getByTestId('file-list').textContent()).toContain('<i>x.yaml');
    expect(await page.getByTestId('file-list').locator('i').count()).toBe(0);
    await page.getByTestId('file-list').getByRole('button', { name: '<i>x.yaml' }).click();
    await page.getByTestId('problems').locator('a').first().waitFor(WAIT);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    await page.getByTestId('file-list').getByRole('button', { name: SEED }).click();
    await page.getByTestId('preview').locator('img[data-page="1"]').waitFor(WAIT);
  });

  it('downloads the PDF of the text in the editor', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('download-pdf').click()]);
    expect(download.suggestedFilename()).toBe('astana-2025-12-03.handout.pdf');
    const path = join(root, 'downloaded.pdf');
    await download.saveAs(path);
    const pdf = await readPdf(readFileSync(path));
    expect(pdf.info.Title).toBe('Противодействие наркопреступности в Астане сегодня');
    expect(pdf.pages.flatMap((p) => p.items.map((i) => i.str)).join(' ')).toContain('зал 2');
  });

  it('stores an uploaded logo beside the data file', async () => {
    const png = readFileSync(join(root, 'assets/speaker-placeholder.png'));
    await page.getByTestId('upload-input').setInputFiles({ name: 'мой логотип.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('мой-логотип.png');
    expect(readFileSync(join(root, 'мой-логотип.png'))).toEqual(png);
  });

  it('makes a new file from the starter of init, and opens it', async () => {
    page.once('dialog', (dialog) => void dialog.accept('новый-брифинг'));
    await page.getByTestId('new-file').click();
    await page.getByTestId('file-list').getByRole('button', { name: 'новый-брифинг.yaml' }).waitFor(WAIT);
    await expect.poll(() => page.getByTestId('editor').textContent()).toContain('Файл данных брифинга');
    await settled(page);
    expect(await page.getByTestId('preview').getAttribute('data-state')).toBe('fresh');
    expect(readFileSync(join(root, 'новый-брифинг.yaml'), 'utf8')).toContain('# Файл данных брифинга');
  });
});
