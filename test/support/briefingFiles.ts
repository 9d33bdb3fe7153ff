/**
 * Data files written for end-to-end tests, and the library's two calls on
 * them: `loadBriefing` then `renderBriefing`, with the warnings collected.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadBriefing, renderBriefing, type RenderOptions } from '../../src/pipeline.js';
import type { Problem } from '../../src/diagnostics/problem.js';

/** The smallest briefing the contract accepts. */
export const MINIMAL = {
  title: 'Брифинг',
  date: '2025-12-03',
  organization: 'Департамент полиции',
  speakers: [{ name: 'Иванов Иван' }],
};

let counter = 0;

/** A fresh temporary folder. */
export function tempDir(prefix = 'briefing-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `data` as a YAML (default) or JSON data file; resolves to its path. */
export function writeBriefingFile(data: unknown, options: { ext?: 'yaml' | 'json'; dir?: string; name?: string } = {}): string {
  const ext = options.ext ?? 'yaml';
  const dir = options.dir ?? tempDir();
  const path = join(dir, `${options.name ?? `briefing-${++counter}`}.${ext}`);
  writeFileSync(path, ext === 'json' ? JSON.stringify(data, null, 2) : stringify(data, { lineWidth: 0 }));
  return path;
}

export interface Rendered {
  bytes: Uint8Array;
  warnings: Problem[];
}

/** Loads a data file and renders it, as the command line does. */
export async function renderFile(path: string, options: Omit<RenderOptions, 'onWarning'> = {}): Promise<Rendered> {
  const warnings: Problem[] = [];
  const briefing = await loadBriefing(path);
  const bytes = await renderBriefing(briefing, { ...options, onWarning: (p) => warnings.push(p) });
  return { bytes, warnings };
}

/** Writes `data` to a file, then loads and renders it. */
export async function renderData(data: unknown, options: Omit<RenderOptions, 'onWarning'> & { ext?: 'yaml' | 'json' } = {}): Promise<Rendered> {
  const { ext, ...rest } = options;
  return renderFile(writeBriefingFile(data, { ext }), rest);
}
