/**
 * Test tiers and explicit limits. The limits are sized for a loaded 2-core
 * machine (CI runs beside other work): a test that renders and reads back
 * several PDFs may take many times its quiet-machine time there, and a
 * default limit (vitest's 5 s) turns that into a false failure. Timing is
 * never asserted; these limits only stop a test that truly hangs.
 *
 *   quick — unit tests on literal inputs (`npm run test:quick`)
 *   e2e   — tests that render real PDFs, spawn the CLI or watch files
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
      { extends: true, test: { name: 'quick', include: ['test/**/*.test.ts'], exclude: E2E_FILES } },
      { extends: true, test: { name: 'e2e', include: E2E_FILES } },
    ],
  },
});
