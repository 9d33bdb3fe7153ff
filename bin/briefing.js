#!/usr/bin/env node
// The `briefing` command. All the work is in src/cli/main.ts, run
//   - for `render`, from the startup snapshot dist/bundle/snapshot.blob
//     (scripts/build-snapshot.js): a second Node process started from it has
//     the modules loaded and compiled already; used only when snapshot.json
//     says it was built by this Node version in this folder, and not when
//     BRIEFING_NO_SNAPSHOT=1 or when Node is given options (node --inspect …,
//     NODE_OPTIONS): V8 refuses a snapshot built with other flags;
//   - otherwise from the one-file bundle dist/bundle/cli.js (scripts/bundle.js),
//   - or, when the bundle is missing, from the modules in dist/cli/.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const bundle = new URL('../dist/bundle/cli.js', import.meta.url);
const modules = new URL('../dist/cli/main.js', import.meta.url);
const blob = fileURLToPath(new URL('../dist/bundle/snapshot.blob', import.meta.url));

/** snapshot.json matches this Node and this folder, and the blob is there. */
function snapshotUsable() {
  if (argv[0] !== 'render' || process.env.BRIEFING_NO_SNAPSHOT === '1') return false;
  if (process.execArgv.length > 0 || (process.env.NODE_OPTIONS ?? '').trim() !== '') return false;
  try {
    const info = JSON.parse(readFileSync(new URL('../dist/bundle/snapshot.json', import.meta.url), 'utf8'));
    return info.node === process.version && info.arch === process.arch && info.root === fileURLToPath(new URL('../', import.meta.url)) && existsSync(blob);
  } catch {
    return false;
  }
}

/** Runs the command in a process started from the snapshot; this one only passes signals on and ends as it ends. */
function runFromSnapshot() {
  const child = spawn(process.execPath, ['--snapshot-blob', blob, ...argv], { stdio: 'inherit' });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`briefing: не удалось запустить Node: ${error.message}\n`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
}

if (snapshotUsable()) {
  runFromSnapshot();
} else {
  const entry = existsSync(bundle) ? bundle : modules;
  if (!existsSync(entry)) {
    process.stderr.write('briefing: программа не собрана: выполните `npm install` или `npm run build`\n');
    process.exitCode = 1;
  } else {
    const { main } = await import(entry.href);
    process.exitCode = await main(argv);
  }
}
