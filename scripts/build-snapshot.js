// Builds the startup snapshot of the CLI (after scripts/bundle.js, from dist/):
// `npm run build` (and so `npm install`) writes dist/bundle/snapshot.blob and
// dist/bundle/snapshot.json. bin/briefing.js starts `render` from it, which
// skips loading and compiling the modules (a cold render in about a third of
// the time), and falls back to the bundle when it is missing or was built by
// another Node version or in another folder (snapshot.json says which).
//
// The snapshot is a V8 heap: scripts/snapshot-entry.js is bundled into one
// CommonJS script (a snapshot cannot load files with require or import), with
//   - `import.meta.url` replaced by each module's own file URL (the modules of
//     dist/ get dist/bundle/cli.js's, like in the bundle, so renderWorker.js is
//     found beside it);
//   - @napi-rs/canvas and pdf.js (native code, ES modules) and fontkit's WOFF2
//     decompressor (a 2.5 MB dictionary) replaced by stand-ins that require
//     the real package on first use, after start-up;
//   - `import('node:…')` (pptxgenjs) turned into require: a snapshot has no
//     dynamic import;
//   - fflate's import-time require('worker_threads') made lazy: a snapshot
//     that has loaded worker_threads cannot start workers (Node 20: their
//     process.cwd() throws), and `render --jobs` starts workers.
// The warm-up renders data/almaty-road-safety-2025.yaml, not the seed that
// `npm run bench` times, so that no memo of its texts helps the benchmark
// beyond the common words both share (the fonts keep the words they shaped).
// The snapshot is then checked: it must render both sample briefings (data/)
// to the same bytes as the bundle, in one process and on two worker threads
// alone (BRIEFING_WORKERS_ONLY=1).
// Whatever fails, the build goes on without a snapshot (this script never
// fails the build); BRIEFING_NO_SNAPSHOT=1 skips it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { oneByteSource } from './oneByteSource.js';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, 'dist/bundle');
const entry = join(outdir, 'snapshot-entry.cjs');
const blob = join(outdir, 'snapshot.blob');
const info = join(outdir, 'snapshot.json');
const sample = resolve(root, 'data/almaty-road-safety-2025.yaml');
const cliFile = join(outdir, 'cli.js');
/**
 * V8 options the snapshot is built and started with (V8 refuses a snapshot
 * started with other options; snapshot.json lists them for bin/briefing.js).
 * A first old generation of 64 MB: a cold render no longer stops for a full
 * garbage collection at about 30 MB (17 ms of its 0.35 s), and the process
 * peaks at the same memory.
 */
const V8_FLAGS = ['--initial-old-space-size=64'];

/** The names src/ imports from each package that is loaded on first use only. */
const LAZY = {
  '@napi-rs/canvas': { functions: ['createCanvas', 'loadImage'], objects: ['GlobalFonts'] },
  'pdfjs-dist/legacy/build/pdf.mjs': { functions: ['getDocument'], objects: [] },
  // fontkit's WOFF2 decoder: its dictionary, a 122,784-number array literal,
  // would add 2.5 MB to the snapshot that every start reads (bundled fonts are TTF).
  'brotli/decompress.js': { functions: [], objects: [], defaultFunction: true },
};

const BUILTIN_IMPORT = /\bimport\(\s*['"](node:[a-z_/]+)['"]\s*\)/g;

const FFLATE_WORKERS = "(_a = require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);";
const FFLATE_LAZY_WORKERS =
  "(Worker = function (...args) { return new (process.getBuiltinModule('worker_threads').Worker)(...args); }, isMarkedAsUntransferable = function (t) { return process.getBuiltinModule('worker_threads').isMarkedAsUntransferable(t); });";

function lazyModule(id) {
  const { functions, objects, defaultFunction } = LAZY[id];
  return [
    `import { createRequire } from 'node:module';`,
    `let real;`,
    `const load = () => (real ??= createRequire(${JSON.stringify(cliFile)})(${JSON.stringify(id)}));`,
    ...(defaultFunction ? [`export default function lazyDefault(...args) { return load()(...args); }`] : []),
    ...functions.map((f) => `export function ${f}(...args) { return load().${f}(...args); }`),
    ...objects.map(
      (o) =>
        `export const ${o} = new Proxy({}, { get(_, key) { const target = load().${o}; const value = target[key]; return typeof value === 'function' ? value.bind(target) : value; } });`,
    ),
  ].join('\n');
}

const snapshotPlugin = {
  name: 'briefing-snapshot',
  setup(b) {
    const lazyIds = new RegExp(
      `^(${Object.keys(LAZY)
        .map((id) => id.replace(/[/.]/g, '\\$&'))
        .join('|')})$`,
    );
    b.onResolve({ filter: lazyIds }, (args) => ({ path: args.path, namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: lazyModule(args.path), loader: 'js', resolveDir: root }));
    const distDir = resolve(root, 'dist') + sep;
    b.onLoad({ filter: /[\\/]fflate[\\/]esm[\\/]index\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(FFLATE_WORKERS)) throw new Error(`${args.path}: its worker_threads import has changed`);
      return { contents: text.replace(FFLATE_WORKERS, FFLATE_LAZY_WORKERS), loader: 'js' };
    });
    b.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta') && !text.includes("import('node:")) return undefined;
      const url = pathToFileURL(args.path.startsWith(distDir) ? cliFile : args.path).href;
      text = text.replaceAll('import.meta.url', JSON.stringify(url));
      text = text.replace(BUILTIN_IMPORT, (_, id) => `Promise.resolve().then(() => { const m = require('${id}'); return { ...m, default: m }; })`);
      return { contents: text, loader: 'js' };
    });
  },
};

function removeSnapshot() {
  for (const file of [entry, blob, info]) rmSync(file, { force: true });
}

function run(args, env = {}) {
  const done = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (done.status !== 0)
    throw new Error(
      `node ${args.join(' ')} failed (${done.error?.message ?? `exit ${done.status ?? done.signal}`}):\n${done.stderr
        .split('\n')
        .filter((l) => !/snapshot builder scripts|It may still work|To request support|--trace-warnings/.test(l))
        .slice(-15)
        .join('\n')}`,
    );
  return done;
}

/**
 * The sample briefings (data/) rendered by the snapshot and by the bundle, in
 * this process and on two workers: the same bytes, or an error.
 */
function check() {
  const work = mkdtempSync(join(tmpdir(), 'briefing-snapshot-'));
  try {
    const env = { SOURCE_DATE_EPOCH: '1764720000' };
    for (const jobs of ['1', '2']) {
      const args = ['render', dirname(sample), '--format', 'handout,slides', '--jobs', jobs, '--quiet', '--out'];
      const out = { snapshot: join(work, `snapshot-${jobs}`), bundle: join(work, `bundle-${jobs}`) };
      // workers only: a worker that cannot start from a snapshot process fails the check
      run([...V8_FLAGS, '--snapshot-blob', blob, ...args, out.snapshot], { ...env, BRIEFING_WORKERS_ONLY: jobs === '1' ? '' : '1' });
      run([join(root, 'bin/briefing.js'), ...args, out.bundle], { ...env, BRIEFING_NO_SNAPSHOT: '1' });
      const files = readdirSync(out.bundle);
      if (files.length === 0) throw new Error('the bundle rendered nothing');
      for (const file of files) {
        if (!readFileSync(join(out.snapshot, file)).equals(readFileSync(join(out.bundle, file))))
          throw new Error(`${file} (--jobs ${jobs}) differs from the bundle's`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

removeSnapshot();
if (process.env.BRIEFING_NO_SNAPSHOT === '1') {
  console.error('build-snapshot: skipped (BRIEFING_NO_SNAPSHOT=1)');
} else {
  try {
    if (!existsSync(cliFile)) throw new Error('dist/bundle/cli.js is missing (scripts/bundle.js runs first)');
    if (!existsSync(sample)) throw new Error(`the sample briefing ${sample} is missing`);
    await build({
      entryPoints: [resolve(root, 'scripts/snapshot-entry.js')],
      outfile: entry,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      // ES module builds first, as in scripts/bundle.js.
      mainFields: ['module', 'main'],
      plugins: [snapshotPlugin],
      logLevel: 'error',
      legalComments: 'none',
      // The bundle's text is kept in the snapshot, and every start reads it:
      // without whitespace and comments it is 4 MB instead of 6.5.
      minifyWhitespace: true,
    });
    writeFileSync(entry, oneByteSource(readFileSync(entry, 'utf8')));
    const left = [...readFileSync(entry, 'utf8').matchAll(/.{0,40}\bimport\(\s*["'`\w$].{0,40}/g)].map((m) => m[0].trim());
    if (left.length > 0) throw new Error(`dynamic imports left in the snapshot's bundle: ${left.join(' | ')}`);
    run([...V8_FLAGS, '--snapshot-blob', blob, '--build-snapshot', entry], { BRIEFING_SNAPSHOT_SAMPLE: sample });
    check();
    writeFileSync(info, JSON.stringify({ node: process.version, arch: process.arch, root: root + sep, flags: V8_FLAGS }, null, 2) + '\n');
    rmSync(entry, { force: true });
  } catch (error) {
    removeSnapshot();
    console.error(`build-snapshot: no startup snapshot, the CLI starts from the bundle (${error instanceof Error ? error.message : String(error)})`);
  }
}
