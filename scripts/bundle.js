// Builds the command line into one bundle (after `tsc`, from dist/): `npm run build`
// (and so `npm install`, through `prepare`) writes dist/bundle/cli.js and the
// render worker dist/bundle/renderWorker.js, with the code they share in chunks
// loaded when first needed (the pipeline only when a command renders). Node
// then reads a handful of files at start-up instead of some six hundred.
// bin/briefing.js loads the bundle, or dist/cli/main.js when it is missing.
// Kept outside the bundle: pdfkit and fontkit (pdfkit reads its own data files
// next to itself), and what is only loaded for PNG output (pdf.js, canvas).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: resolve(root, 'dist/cli/main.js'), renderWorker: resolve(root, 'dist/cli/runners/renderWorker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ES module builds first: jsonc-parser's main build is UMD with requires esbuild cannot follow.
  mainFields: ['module', 'main'],
  external: ['pdfkit', 'fontkit', 'pdfjs-dist', 'pdfjs-dist/*', '@napi-rs/canvas'],
  // Packages written as CommonJS call require(); give the bundle one.
  banner: { js: "import { createRequire as __briefingRequire } from 'node:module'; const require = __briefingRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
