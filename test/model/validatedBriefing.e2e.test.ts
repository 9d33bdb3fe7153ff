/**
 * A briefing is validated once per document: what loadBriefing returns is
 * rendered in every format (and again) without checkBriefing running again;
 * a briefing that did not come from the validator is validated at render.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as checking from '../../src/model/checkBriefing.js';
import { isValidated } from '../../src/model/validatedBriefing.js';
import { loadBriefing, renderBriefing, renderRelease } from '../../src/pipeline.js';

const counted = vi.hoisted(() => ({ checks: 0 }));
vi.mock('../../src/model/checkBriefing.js', async (importOriginal) => {
  const real = await importOriginal<typeof checking>();
  const checkBriefing: typeof real.checkBriefing = (...args) => {
    counted.checks++;
    return real.checkBriefing(...args);
  };
  return { ...real, checkBriefing };
});

const SEED = 'data/astana-2025-12-03.yaml';

describe('ValidatedBriefing', () => {
  beforeEach(() => {
    counted.checks = 0;
  });

  it('is what loadBriefing returns, and no render validates it again', async () => {
    const briefing = await loadBriefing(SEED);
    expect(isValidated(briefing)).toBe(true);
    expect(counted.checks).toBe(1);
    for (const format of ['handout', 'slides', 'docx', 'release', 'pptx'] as const) await renderBriefing(briefing, { format });
    await renderRelease(briefing);
    expect(counted.checks).toBe(1);
  });

  it('is not a copy: a briefing built in code is validated when it is rendered', async () => {
    const copy = { ...(await loadBriefing(SEED)) };
    expect(isValidated(copy)).toBe(false);
    counted.checks = 0;
    await renderBriefing(copy, { format: 'release' });
    await renderRelease(copy);
    expect(counted.checks).toBe(2);
  });
});
