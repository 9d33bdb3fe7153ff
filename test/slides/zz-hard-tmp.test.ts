import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import { longBriefing, withBigGroup, SEED } from './hardCases.js';
it('renders', async () => {
  const seed = await loadBriefing(SEED);
  const cases = { big: withBigGroup(seed), long: longBriefing(seed), en: { ...longBriefing(seed), lang: 'en' as const }, kk: { ...seed, lang: 'kk' as const } };
  for (const [name, b] of Object.entries(cases)) {
    for (const format of ['slides', 'pptx'] as const) {
      const bytes = await renderBriefing(b, { format, onWarning: (p) => console.log(name, 'WARN', p.message) });
      writeFileSync(`/tmp/i10/${name}.${format === 'pptx' ? 'pptx' : 'pdf'}`, bytes);
    }
  }
}, 300000);
