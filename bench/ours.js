// Worker: renders one briefing with the built library (dist/index.js) in this
// process — first (cold) render, warm-up, then n timed renders — and reports.
// Run through bench/run.js; alone: node bench/ours.js --n 20
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { countPages, median, parseBenchArgs, peakRssMb, percentile, report, timeLoop, timeOnce } from './measure.js';

const options = parseBenchArgs(process.argv.slice(2));
const file = resolve(options.file);
const renderOptions = { format: options.format };

const cold = await timeOnce(async () => {
  const library = await import(pathToFileURL(resolve(import.meta.dirname, '../dist/index.js')).href);
  const briefing = await library.loadBriefing(file);
  return { library, briefing, bytes: await library.renderBriefing(briefing, renderOptions) };
});
const { library, briefing, bytes } = cold.result;

const render = await timeLoop(() => library.renderBriefing(briefing, renderOptions), options.n, options.warmup);
const load = await timeLoop(() => library.loadBriefing(file), Math.min(options.n, 20), 2);

report({
  coldMs: cold.ms,
  medianMs: median(render),
  p90Ms: percentile(render, 90),
  loadMedianMs: median(load),
  peakRssMb: peakRssMb(),
  pages: countPages(bytes),
  kb: bytes.length / 1024,
});
