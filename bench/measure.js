// Shared helpers of the benchmark: arguments, timing loops, statistics.
import { performance } from 'node:perf_hooks';

/** `--n 20`, `--n=20`, `--warmup 5`, `--file PATH`, `--format handout`. */
export function parseBenchArgs(argv) {
  const options = { n: 50, warmup: 30, file: 'data/astana-2025-12-03.yaml', format: 'handout' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const key = flag.replace(/^--/, '');
    if (!(key in options)) throw new Error(`unknown option ${flag} (known: --n, --warmup, --file, --format)`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    options[key] = typeof options[key] === 'number' ? Number(value) : value;
    if (typeof options[key] === 'number' && !(Number.isInteger(options[key]) && options[key] >= 0)) {
      throw new Error(`${flag} needs a whole number, got ${value}`);
    }
  }
  if (options.n < 1) throw new Error('--n must be at least 1');
  return options;
}

/** Milliseconds one call of `fn` takes, with its result. */
export async function timeOnce(fn) {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

/** Runs `fn` `warmup` times untimed, then `n` times timed; resolves to the times, sorted. */
export async function timeLoop(fn, n, warmup) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < n; i++) times.push((await timeOnce(fn)).ms);
  return times.sort((a, b) => a - b);
}

/** The p-th percentile (0–100) of sorted numbers, nearest rank. */
export function percentile(sorted, p) {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (sorted) => (sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2);

/** Pages of an uncompressed-structure PDF (pdfkit writes no object streams). */
export function countPages(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb() {
  return process.resourceUsage().maxRSS / 1024;
}

/** The one line a worker prints for bench/run.js. */
export function report(result) {
  process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
}
