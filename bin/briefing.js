#!/usr/bin/env node
// The `briefing` command. All the work is in src/cli/main.ts, run from the
// one-file bundle dist/bundle/cli.js (scripts/bundle.js, built by `npm run build`)
// or, when the bundle is missing, from the modules in dist/cli/.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/cli.js', import.meta.url);
const modules = new URL('../dist/cli/main.js', import.meta.url);
const entry = existsSync(bundle) ? bundle : modules;
if (!existsSync(entry)) {
  process.stderr.write('briefing: программа не собрана: выполните `npm install` или `npm run build`\n');
  process.exitCode = 1;
} else {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
}
