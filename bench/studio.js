// The studio's preview latency: from the last keystroke in the editor to the
// new preview pages on screen, for the seed handout, in Debian's Chromium
// (`npm run bench` runs it after the render benchmark; `node bench/studio.js
// --n 10` alone). The time is taken in the page: the keydown's timestamp to
// the first animation frame after the new pages replaced the old ones. It
// includes the 400 ms pause the studio waits for after typing.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '..');
const nArg = process.argv.indexOf('--n');
const n = nArg >= 0 ? Number(process.argv[nArg + 1]) : 10;
if (!existsSync(CHROMIUM)) {
  console.log(`\nstudio: skipped, ${CHROMIUM} not found (install the Debian package chromium)`);
  process.exit(0);
}
const { chromium } = await import('playwright-core');
const { startStudio } = await import(resolve(root, 'dist/studio/studioServer.js'));
const dir = mkdtempSync(join(tmpdir(), 'studio-bench-'));
cpSync(resolve(root, 'data'), dir, { recursive: true });
const seed = 'astana-2025-12-03.yaml';
const studio = await startStudio({ root: dir, port: 0, initial: seed });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(120_000);
  await page.goto(studio.url);
  await page.locator('[data-testid="preview"] img[data-page="1"]').waitFor();
  await page.getByTestId('editor').locator('.cm-line', { hasText: 'title:' }).first().click();
  await page.keyboard.press('End');
  const times = [];
  for (let i = 0; i < n + 1; i++) {
    const shown = page.evaluate(
      () =>
        new Promise((done) => {
          let lastKey = 0;
          const editor = document.querySelector('[data-testid="editor"]');
          const preview = document.querySelector('[data-testid="preview"]');
          const before = preview.dataset.version;
          editor.addEventListener(
            'keydown',
            (e) => {
              lastKey = e.timeStamp;
            },
            { capture: true },
          );
          new MutationObserver((_, observer) => {
            if (preview.dataset.version === before) return;
            observer.disconnect();
            requestAnimationFrame(() => done(performance.now() - lastKey));
          }).observe(preview, { attributes: true, attributeFilter: ['data-version'] });
        }),
    );
    await page.keyboard.type(i % 2 === 0 ? ' а' : '');
    if (i % 2 === 1) {
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
    }
    const ms = await shown;
    if (i > 0) times.push(ms); // the first one warms up the pipeline
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`\nstudio: last keystroke → new preview on screen, ${seed} (handout), ${times.length} edits`);
  console.log(
    `  median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}), of which 400 ms is the pause after typing; previews drawn: ${studio.renderer.rendered}`,
  );
} finally {
  await browser.close();
  await studio.close();
  rmSync(dir, { recursive: true, force: true });
}
