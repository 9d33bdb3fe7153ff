#!/usr/bin/env node
// Bundles the studio's page (src/studio/client, CodeMirror included) into
// dist/studio/app.js and copies its style sheet: everything the browser loads
// is served from the package, nothing from a CDN. `npm run build` runs it
// after type-checking the client with tsconfig.client.json (DOM types).
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'dist/studio');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [resolve(root, 'src/studio/client/main.ts')],
  outfile: resolve(out, 'app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
copyFileSync(resolve(root, 'src/studio/client/app.css'), resolve(out, 'app.css'));
