// The benchmark: `npm run bench` (builds first), or `node bench/run.js [--n 30] [--runs 9] [--batch 200]`.
// Every figure is a median of several runs, and every comparison with pdfkit is
// measured side by side in the same run (interleaved), so that the load of a
// shared machine touches both sides alike: quote the ratios, not the times.
//   warm    ours vs bench/pdfkitScript.js with fonts parsed once (bench/warm.js, one process),
//           after WARMUP renders of each: the JIT has compiled both (steady state);
//   cold    the CLI rendering the seed vs a bare pdfkit script (bench/bare.js), whole processes;
//   batch   200 varied briefings with --jobs 1 and --jobs 2, and --jobs 1 held to one core (taskset);
//   scale   10,000 figures; a 100-page briefing vs a two-page one (bench/scale.js).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure.js';
import { figures, longText, variedBriefings } from './generate.js';

const args = { n: 30, runs: 9, batch: 200, file: 'data/astana-2025-12-03.yaml' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const [flag, inline] = argv[i].split(/=(.*)/s);
  const key = flag.replace(/^--/, '');
  if (!(key in args)) {
    console.error(`bench: unknown option ${flag} (known: --n, --runs, --batch, --file)`);
    process.exit(2);
  }
  const value = inline ?? argv[++i];
  args[key] = typeof args[key] === 'number' ? Number(value) : value;
}
const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('bench: dist/ is missing: run `npm run build` (or `npm run bench`, which builds)');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
const node = process.execPath;

function worker(script, ...rest) {
  const run = spawnSync(node, [join(root, 'bench', script), ...rest], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (run.status !== 0 || !line) throw new Error(`${script} failed (exit ${run.status}):\n${run.stderr}`);
  return JSON.parse(line.slice('BENCH '.length));
}

/** Wall time and peak RSS of a whole process (GNU time when present). */
function processRun(command) {
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'RSSKB %M'] : [];
  const start = performance.now();
  const run = spawnSync(time[0] ?? command[0], [...time.slice(1), ...(time.length ? command : command.slice(1))], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed (exit ${run.status}):\n${run.stderr}`);
  const kb = Number(/RSSKB (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { ms, mb: kb / 1024 };
}

/**
 * Untimed renders of each side before the warm ones are timed. A render of
 * ours runs far more code than the pdfkit script, and V8 needs about 30 of
 * them to compile it (timed in windows of 30 alternating pairs from the
 * start: the ratio is 0.45–0.51 in the first, 0.33–0.43 in every later one).
 */
const WARMUP = 30;

const rows = [];
const row = (label, ours, base, unit) => rows.push({ label, ours, base, unit });

console.error(`briefing benchmark (${args.file}, handout); Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`);

// warm
console.error('  warm renders, interleaved with pdfkit…');
const warm = worker('warm.js', '--n', String(args.n), '--warmup', String(WARMUP), '--file', args.file);
row('warm render, ms/doc', warm.oursMs, warm.pdfkitMs);

// cold
console.error('  cold processes…');
const cold = { ours: [], bare: [] };
for (let i = 0; i < args.runs; i++) {
  cold.ours.push(processRun([node, join(root, 'bin/briefing.js'), 'render', args.file, '--out', join(work, 'cold'), '--quiet']));
  cold.bare.push(processRun([node, join(root, 'bench/bare.js'), args.file, join(work, 'bare.pdf')]));
}
row('cold CLI process, ms', median(cold.ours.map((r) => r.ms)), median(cold.bare.map((r) => r.ms)));
row('cold CLI process, MB', median(cold.ours.map((r) => r.mb)), median(cold.bare.map((r) => r.mb)));

// batch
console.error(`  batch of ${args.batch} varied briefings…`);
const batchDir = join(work, 'batch');
mkdirSync(batchDir);
cpSync(join(root, 'data/assets'), join(batchDir, 'assets'), { recursive: true });
const seeds = readdirSync(join(root, 'data'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join(root, 'data', f));
variedBriefings(seeds, args.batch).forEach((data, i) => writeFileSync(join(batchDir, `b${String(i).padStart(4, '0')}.json`), JSON.stringify(data)));
// One thread is not one core: V8 collects garbage and compiles on helper threads.
// Where taskset is, --jobs 1 is also measured held to one core (CPU 0).
// The variants alternate, three runs each, and the medians are reported.
const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((path) => existsSync(path));
const variants = { 1: [], 2: [], ...(taskset ? { pinned: [] } : {}) };
const batchRuns = Math.max(1, Math.min(3, args.runs));
for (let r = 0; r < batchRuns; r++) {
  for (const [variant, times] of Object.entries(variants)) {
    const jobs = variant === 'pinned' ? '1' : variant;
    const command = [node, join(root, 'bin/briefing.js'), 'render', batchDir, '--out', join(work, `out-${variant}-${r}`), '--quiet', '--jobs', jobs];
    times.push(processRun(variant === 'pinned' ? [taskset, '-c', '0', ...command] : command).ms);
  }
}
const batch = Object.fromEntries(Object.entries(variants).map(([variant, times]) => [variant, args.batch / (median(times) / 1000)]));

// scale
console.error('  10,000 figures, 2 and 100 pages…');
const files = {
  figures: join(work, 'f10k.json'),
  two: join(work, 'two.json'),
  hundred: join(work, 'hundred.json'),
};
writeFileSync(files.figures, JSON.stringify(figures(10_000, 100)));
writeFileSync(files.two, JSON.stringify(longText(3)));
writeFileSync(files.hundred, JSON.stringify(longText(258)));
const scaleRuns = String(Math.max(1, Math.min(3, args.runs)));
const tenK = worker('scale.js', files.figures, '--runs', scaleRuns);
const two = worker('scale.js', files.two, '--runs', scaleRuns, '--warm');
const hundred = worker('scale.js', files.hundred, '--runs', scaleRuns, '--warm');
rmSync(work, { recursive: true, force: true });

const num = (v, w) => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1)) : 'n/a').padStart(w);
console.log(`\n${''.padEnd(34)}${'briefing'.padStart(10)}${'pdfkit'.padStart(10)}${'ratio'.padStart(8)}`);
for (const r of rows) console.log(`${r.label.padEnd(34)}${num(r.ours, 10)}${num(r.base, 10)}${(r.ours / r.base).toFixed(2).padStart(8)}`);
console.log(`${'batch, docs/s, --jobs 1'.padEnd(34)}${num(batch['1'], 10)}`);
console.log(
  `${'batch, docs/s, --jobs 2'.padEnd(34)}${num(batch['2'], 10)}${''.padStart(10)}${(batch['2'] / batch['1']).toFixed(2).padStart(8)}  (--jobs 2 / 1)`,
);
if (batch.pinned !== undefined) {
  console.log(`${'batch, docs/s, --jobs 1 on one core'.padEnd(34)}${num(batch.pinned, 10)}  (taskset -c 0)`);
  console.log(
    `${'batch, both cores / one core'.padEnd(34)}${''.padStart(20)}${(batch['2'] / batch.pinned).toFixed(2).padStart(8)}  (--jobs 2 / --jobs 1 on one core)`,
  );
}
console.log(
  `${'10,000 figures, s'.padEnd(34)}${num(tenK.ms / 1000, 10)}  ${tenK.pages} pages, load + render in a fresh process, peak ${tenK.peakRssMb.toFixed(0)} MB`,
);
console.log(`${'2 pages (warm), ms'.padEnd(34)}${num(two.ms, 10)}  ${two.pages} pages, peak ${two.peakRssMb.toFixed(0)} MB`);
console.log(
  `${'100 pages (warm), ms'.padEnd(34)}${num(hundred.ms, 10)}  ${hundred.pages} pages, peak ${hundred.peakRssMb.toFixed(0)} MB; ×${(hundred.ms / two.ms).toFixed(1)} the time for ×${(hundred.pages / two.pages).toFixed(0)} the pages, peak RSS ×${(hundred.peakRssMb / two.peakRssMb).toFixed(2)}`,
);
// The studio's preview latency (bench/studio.js, in Chromium; skipped without it).
spawnSync(process.execPath, [resolve(import.meta.dirname, 'studio.js')], { cwd: root, stdio: 'inherit' });
console.log(
  `\nMedians: warm of ${args.n} interleaved renders after ${WARMUP} of each; cold of ${args.runs} processes each, alternating; batch of ${batchRuns} runs each, alternating; scale of ${scaleRuns} renders.`,
);
console.log('pdfkit = bench/pdfkitScript.js: the same data drawn naively, no typography, hyphenation, tagging or validation.');
