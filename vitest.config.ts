/**
 * Test tiers and explicit limits. The limits are sized for a loaded 2-core
 * machine (CI runs beside other work): a test that renders and reads back
 * several PDFs may take many times its quiet-machine time there, and a
 * default limit (vitest's 5 s) turns that into a false failure. Timing is
 * never asserted; these limits only stop a test that truly hangs.
 *
 *   quick — unit tests on literal inputs (`npm run test:quick`), with quick:mocks
 *           for the unit tests that mock modules
 *   e2e   — tests that render real PDFs, spawn the CLI or watch files, with
 *           e2e:mocks likewise
 */
import { defineConfig } from 'vitest/config';

/** Files of the end-to-end tier; everything else under test/ is quick. */
export const E2E_FILES = [
  'test/e2e/**/*.test.ts',
  'test/**/*.e2e.test.ts',
  'test/property/**/*.test.ts',
  'test/cli/watch/**/*.test.ts',
  'test/cli/png/**/*.test.ts',
  'test/cli/commands/templates.test.ts',
  'test/cli/init/**/*.test.ts',
  'test/slides/seedDeck*.test.ts',
];

/**
 * Test files that mock modules (vi.mock), by tier: they need a module graph of
 * their own, while the other files share one per worker (see `isolate`).
 */
export const MOCKING_FILES = {
  quick: ['test/layout/typography/typographFallback.test.ts', 'test/render/writeGlyphs.test.ts'],
  e2e: ['test/model/validatedBriefing.e2e.test.ts'],
};

const limits = {
  // One test: a render-and-read-back or a child process, on a loaded machine.
  testTimeout: 120_000,
  hookTimeout: 120_000,
  teardownTimeout: 30_000,
};

export default defineConfig({
  test: {
    ...limits,
    // vitest runs `cores - 1` files at once by default: one at a time on a 2-core machine.
    // Many files here wait on child processes (the CLI, LibreOffice, Chromium, npm),
    // so two at a time keep both cores busy; on a loaded machine they get a larger share.
    maxWorkers: 2,
    projects: [
      // Test files share one module graph per worker (no isolation): the pipeline is loaded once
      // per worker instead of once per file (quick tier 32 → 16 s, e2e 2m40 → 1m35 here).
      { extends: true, test: { name: 'quick', include: ['test/**/*.test.ts'], exclude: [...E2E_FILES, ...MOCKING_FILES.quick], isolate: false } },
      { extends: true, test: { name: 'e2e', include: E2E_FILES, exclude: MOCKING_FILES.e2e, isolate: false } },
      // Files that replace modules (vi.mock) get a module graph of their own.
      { extends: true, test: { name: 'quick:mocks', include: MOCKING_FILES.quick } },
      { extends: true, test: { name: 'e2e:mocks', include: MOCKING_FILES.e2e } },
    ],
  },
});
