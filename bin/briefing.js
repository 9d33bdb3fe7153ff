#!/usr/bin/env node
// The `briefing` command. All the work is in src/cli/main.ts, run
//   - for `render`, from the startup snapshot dist/bundle/snapshot.blob
//     (scripts/build-snapshot.js): a second Node process started from it has
//     the modules loaded and compiled already; used only when snapshot.json
//     says it was built by this Node version in this folder (started with the
//     V8 options it lists, those it was built with), and not when
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

/** The V8 options a snapshot is started with: only `--name=number` options, as scripts/build-snapshot.js writes them. */
const FLAG = /^--[a-z][a-z0-9-]*=\d+$/;

/**
 * The V8 options of the snapshot when snapshot.json matches this Node and this
 * folder and the blob is there; undefined when it cannot be used.
 */
function snapshotFlags() {
  if (argv[0] !== 'render' || process.env.BRIEFING_NO_SNAPSHOT === '1') return undefined;
  if (process.execArgv.length > 0 || (process.env.NODE_OPTIONS ?? '').trim() !== '') return undefined;
  try {
    const info = JSON.parse(readFileSync(new URL('../dist/bundle/snapshot.json', import.meta.url), 'utf8'));
    const flags = info.flags ?? [];
    if (!Array.isArray(flags) || !flags.every((flag) => typeof flag === 'string' && FLAG.test(flag))) return undefined;
    const usable =
      info.node === process.version && info.arch === process.arch && info.root === fileURLToPath(new URL('../', import.meta.url)) && existsSync(blob);
    return usable ? flags : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the command in a process started from the snapshot; this one only passes signals on and ends as it ends. */
function runFromSnapshot(flags) {
  const child = spawn(process.execPath, [...flags, '--snapshot-blob', blob, ...argv], { stdio: 'inherit' });
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

const flags = snapshotFlags();
if (flags !== undefined) {
  runFromSnapshot(flags);
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
