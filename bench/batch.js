// Batch benchmark: `npm run bench:batch` (builds first), or
// `node bench/batch.js --n 200`. Renders a folder of N copies of the seed
// handout with the real command line, `briefing render DIR --quiet`, once
// with one job (in one process, no worker threads) and once with one thread
// per core (the main thread and worker threads), and prints the wall-clock times, files per second and the
// speed-up. Each run is a fresh process, so each pays its own cold start.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = { n: 200, file: 'data/astana-2025-12-03.yaml', jobs: String(availableParallelism()), keep: false };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const [flag, inline] = argv[i].split(/=(.*)/s);
  const key = flag.replace(/^--/, '');
  if (key === 'keep') {
    args.keep = true;
    continue;
  }
  if (!(key in args)) {
    console.error(`bench/batch: unknown option ${flag} (known: --n, --file, --jobs LIST, --keep)`);
    process.exit(2);
  }
  args[key] = key === 'n' ? Number(inline ?? argv[++i]) : (inline ?? argv[++i]);
}
const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin/briefing.js');
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('bench/batch: dist/ is missing: run `npm run build` (or `npm run bench:batch`, which builds)');
  process.exit(1);
}
const jobList = [
  '1',
  ...String(args.jobs)
    .split(',')
    .filter((j) => j !== '1'),
];

const work = mkdtempSync(join(tmpdir(), 'briefing-batch-'));
const data = join(work, 'data');
mkdirSync(data);
for (let i = 1; i <= args.n; i++) copyFileSync(resolve(root, args.file), join(data, `b${String(i).padStart(4, '0')}.yaml`));

console.log(`briefing batch benchmark: ${args.n} copies of ${args.file}, handout`);
console.log(`Node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})\n`);
console.log(`${'jobs'.padEnd(6)}${'wall, s'.padStart(10)}${'files/s'.padStart(10)}${'ms/file'.padStart(10)}${'speed-up'.padStart(10)}`);
let base;
for (const jobs of jobList) {
  const out = join(work, `out-${jobs}`);
  const start = performance.now();
  const run = spawnSync(process.execPath, [bin, 'render', data, '--out', out, '--quiet', '--jobs', jobs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const written = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.pdf')).length : 0;
  if (run.status !== 0 || written !== args.n) {
    console.error(`bench/batch: --jobs ${jobs} failed (exit ${run.status}, ${written} of ${args.n} PDFs):\n${run.stderr}`);
    process.exit(1);
  }
  base ??= seconds;
  console.log(
    `${jobs.padEnd(6)}${seconds.toFixed(1).padStart(10)}${(args.n / seconds).toFixed(2).padStart(10)}${((seconds * 1000) / args.n).toFixed(0).padStart(10)}${(base / seconds).toFixed(2).padStart(10)}`,
  );
}
console.log('\njobs 1: one process renders the files one after another; jobs N: N worker threads, each loading the pipeline once.');
if (args.keep) console.log(`files kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
