#!/usr/bin/env node
// The `briefing` command. All the work is in dist/cli/main.js (built from src/cli/main.ts).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('briefing: программа не собрана: выполните `npm install` или `npm run build`\n');
  process.exitCode = 1;
} else {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
}
