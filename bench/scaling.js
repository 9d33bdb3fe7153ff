// How time and memory grow with the input: `node bench/scaling.js [--runs 3] [--quick]`
// (after `npm run build`). Generates briefings of 1,000 and 10,000 figures
// (in groups of 100, and all in one group) and data files of 1 KB, 1 MB and
// 3 MB (within the 2 000 000 characters a data file may hold), renders each in fresh processes (load + render with the built
// library, nothing written), and prints the medians and their ratios next to
// the ratio of the inputs. Growth "no faster than the input" means a time
// ratio no larger than the input ratio. --quick skips the 3 MB file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BASE, figures } from './generate.js';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);

if (argv[0] === '--child') {
  // One measurement in this fresh process: load and render, then report.
  const { loadBriefing, renderBriefing } = await import(pathToFileURL(join(root, 'dist/pipeline.js')).href);
  const start = performance.now();
  const briefing = await loadBriefing(argv[1]);
  const bytes = await renderBriefing(briefing, { format: 'handout' });
  const ms = performance.now() - start;
  const pages = (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`SCALING ${JSON.stringify({ ms, peakMb, pages, bytes: bytes.length })}`);
  process.exit(0);
}

function option(name, fallback) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}
const RUNS = option('runs', 3);
const QUICK = argv.includes('--quick');
const TIMEOUT_MS = option('timeout', 600) * 1000;

if (!existsSync(join(root, 'dist/pipeline.js'))) {
  console.error('scaling: dist/pipeline.js is missing: run `npm run build` first');
  process.exit(1);
}

function text(bytes) {
  const words = 'полиция провела рейд изъято почти килограммов синтетических веществ задержаны участники группы возбуждено уголовное дело'.split(' ');
  let seed = 1;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const paragraph = () => Array.from({ length: 60 }, () => words[next() % words.length]).join(' ') + '.';
  const sections = [];
  let size = JSON.stringify(BASE).length;
  while (size < bytes) {
    const body = bytes - size < 3000 ? paragraph().slice(0, Math.max(20, bytes - size - 60)) : [paragraph(), paragraph(), paragraph()].join('\n\n');
    sections.push({ title: `Раздел ${sections.length + 1}`, text: body });
    size += Buffer.byteLength(body) + 60;
  }
  return { ...BASE, sections };
}

const dir = mkdtempSync(join(tmpdir(), 'briefing-scaling-'));
function write(name, data) {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data, null, 1));
  return path;
}

const CASES = [
  { name: '1,000 figures (groups of 100)', file: write('f1k.json', figures(1000, 100)), input: 1000 },
  { name: '10,000 figures (groups of 100)', file: write('f10k.json', figures(10000, 100)), input: 10000, vs: 0 },
  { name: '1,000 figures (one group)', file: write('g1k.json', figures(1000, 1000)), input: 1000 },
  { name: '10,000 figures (one group)', file: write('g10k.json', figures(10000, 10000)), input: 10000, vs: 2 },
  { name: '1 KB file', file: write('s1k.json', text(1024)) },
  { name: '1 MB file', file: write('s1m.json', text(1024 * 1024)), vs: 4 },
  ...(QUICK ? [] : [{ name: '3 MB file', file: write('s3m.json', text(3 * 1024 * 1024)), vs: 3 }]),
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function measure(file) {
  const run = spawnSync(process.execPath, [join(root, 'bench/scaling.js'), '--child', file], {
    cwd: root,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = run.stdout?.split('\n').find((l) => l.startsWith('SCALING '));
  if (!line) return { failed: run.error?.code === 'ETIMEDOUT' ? `over ${TIMEOUT_MS / 1000} s` : `exit ${run.status}: ${run.stderr.trim().split('\n').pop()}` };
  return JSON.parse(line.slice('SCALING '.length));
}

const results = [];
for (const c of CASES) {
  const size = statSync(c.file).size;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = measure(c.file);
    if (r.failed) {
      runs.length = 0;
      c.failed = r.failed;
      break;
    }
    runs.push(r);
  }
  const row = c.failed
    ? { ...c, size, failed: c.failed }
    : { ...c, size, ms: median(runs.map((r) => r.ms)), peakMb: median(runs.map((r) => r.peakMb)), pages: runs[0].pages, pdfBytes: runs[0].bytes };
  results.push(row);
  const shown = row.failed ? `failed (${row.failed})` : `${(row.ms / 1000).toFixed(2)} s, peak ${row.peakMb.toFixed(0)} MB, ${row.pages} pages`;
  console.error(`  ${c.name.padEnd(32)} ${(size / 1024).toFixed(0).padStart(6)} KB  ${shown}`);
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\nMedians of ${RUNS} fresh processes (load + render, handout; peak RSS includes Node and the fonts):\n`);
console.log(`${pad('input', 32)}${pad('data', 10)}${pad('time', 10)}${pad('peak RSS', 10)}pages`);
for (const r of results) {
  const data = r.size >= 1024 * 1024 ? `${(r.size / 1024 / 1024).toFixed(1)} MB` : `${(r.size / 1024).toFixed(1)} KB`;
  if (r.failed) console.log(`${pad(r.name, 32)}${pad(data, 10)}${r.failed}`);
  else console.log(`${pad(r.name, 32)}${pad(data, 10)}${pad(`${(r.ms / 1000).toFixed(2)} s`, 10)}${pad(`${r.peakMb.toFixed(0)} MB`, 10)}${r.pages}`);
}
console.log('\nRatios (larger / smaller): input, time, peak RSS, peak RSS above the 1 KB run');
const small = results.find((r) => r.name === '1 KB file');
for (const r of results) {
  if (r.vs === undefined) continue;
  const base = results[r.vs];
  if (r.failed || base.failed) {
    console.log(`  ${pad(`${r.name} / ${base.name}`, 62)} n/a (${r.failed ?? base.failed})`);
    continue;
  }
  const input = r.input && base.input ? r.input / base.input : r.size / base.size;
  const above = small && !small.failed ? (r.peakMb - small.peakMb) / Math.max(1, base.peakMb - small.peakMb) : NaN;
  const verdict = r.ms / base.ms <= input * 1.25 ? 'ok' : 'GROWS FASTER THAN THE INPUT';
  console.log(
    `  ${pad(`${r.name} / ${base.name}`, 62)} input ×${input.toFixed(1)}  time ×${(r.ms / base.ms).toFixed(1)}  RSS ×${(r.peakMb / base.peakMb).toFixed(2)}  RSS above base ×${above.toFixed(1)}  ${verdict}`,
  );
}
rmSync(dir, { recursive: true, force: true });
