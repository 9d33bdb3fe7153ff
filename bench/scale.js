// Worker: `node bench/scale.js FILE [--runs 3] [--warm]` loads and renders FILE
// (handout) in this process and reports the median time, the pages and the peak
// memory. With --warm, the seed is rendered first, so that the time is the
// document's own and not the start-up's.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { countPages, median, peakRssMb, report, timeOnce } from './measure.js';

const [file, ...rest] = process.argv.slice(2);
const runs = rest.includes('--runs') ? Number(rest[rest.indexOf('--runs') + 1]) : 1;
const library = await import(pathToFileURL(resolve(import.meta.dirname, '../dist/index.js')).href);
if (rest.includes('--warm')) {
  const seed = await library.loadBriefing(resolve(import.meta.dirname, '../data/astana-2025-12-03.yaml'));
  for (let i = 0; i < 3; i++) await library.renderBriefing(seed);
}
const times = [];
let bytes;
for (let i = 0; i < runs; i++) {
  const one = await timeOnce(async () => library.renderBriefing(await library.loadBriefing(file)));
  bytes = one.result;
  times.push(one.ms);
}
times.sort((a, b) => a - b);
report({ ms: median(times), pages: countPages(bytes), peakRssMb: peakRssMb(), heapMb: process.memoryUsage().heapUsed / 1024 / 1024 });
