// The benchmark: `npm run bench` (builds first), or `node bench/run.js --n 20`.
// Renders the seed handout with the built library (bench/ours.js) and draws
// the same briefing with a plain pdfkit script (bench/baseline.js), each in a
// fresh process of its own, so that cold start and peak memory are each
// side's own; then prints one table.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBenchArgs } from './measure.js';

const argv = process.argv.slice(2);
let options;
try {
  options = parseBenchArgs(argv);
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
if (!existsSync(resolve(root, 'dist/index.js'))) {
  console.error('bench: dist/index.js is missing: run `npm run build` (or `npm run bench`, which builds)');
  process.exit(1);
}
if (!existsSync(resolve(root, options.file))) {
  console.error(`bench: no such data file: ${options.file}`);
  process.exit(1);
}

function runWorker(script) {
  const run = spawnSync(process.execPath, [resolve(import.meta.dirname, script), ...argv], {
    cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (run.status !== 0 || !line) {
    console.error(`bench: ${script} failed (exit ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  return JSON.parse(line.slice('BENCH '.length));
}

console.log(`briefing benchmark: ${options.file}, ${options.format}, ${options.n} renders after ${options.warmup} warm-up`);
console.log(`Node ${process.version}, ${process.platform} ${process.arch}; each side in a fresh process\n`);
const ours = runWorker('ours.js');
const base = runWorker('baseline.js');

const rows = [
  ['first render (cold), ms', ours.coldMs, base.coldMs],
  ['median, ms/doc', ours.medianMs, base.medianMs],
  ['p90, ms/doc', ours.p90Ms, base.p90Ms],
  ['peak RSS, MB', ours.peakRssMb, base.peakRssMb],
  ['pages', ours.pages, base.pages],
  ['PDF size, KB', ours.kb, base.kb],
];
const cell = (value, width) => (Number.isInteger(value) ? String(value) : value.toFixed(1)).padStart(width);
console.log(`${''.padEnd(26)}${'briefing'.padStart(10)}${'pdfkit'.padStart(10)}${'ratio'.padStart(8)}`);
for (const [label, a, b] of rows) {
  console.log(`${label.padEnd(26)}${cell(a, 10)}${cell(b, 10)}${(a / b).toFixed(2).padStart(8)}`);
}
console.log(`\nbriefing: load + validate the data file, median ${ours.loadMedianMs.toFixed(1)} ms (not in the figures above)`);
console.log('cold = importing the modules + the first document (fonts, templates, dictionaries loaded once).');
console.log('pdfkit = bench/baseline.js: the same data drawn naively, no typography, hyphenation, tagging or validation.');
