import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Format } from '../pipeline.js';

/** `output` + `x` + `handout` → `output/x.handout.pdf`: the (first) file of a format. */
export function outputPath(outDir: string, name: string, format: Format): string {
  return outputPaths(outDir, name, format)[0]!;
}

/**
 * Every file a format writes: `handout`, `slides` → `x.<format>.pdf`;
 * `docx` → `x.handout.docx`; `release` → `x.release.html` and `x.release.txt`;
 * `pptx` → `x.slides.pptx`.
 */
export function outputPaths(outDir: string, name: string, format: Format): string[] {
  if (format === 'docx') return [join(outDir, `${name}.handout.docx`)];
  if (format === 'release') return [join(outDir, `${name}.release.html`), join(outDir, `${name}.release.txt`)];
  if (format === 'pptx') return [join(outDir, `${name}.slides.pptx`)];
  return [join(outDir, `${name}.${format}.pdf`)];
}

/** `output` + `x` + `handout` + 2 → `output/x.handout-2.png` (pages count from 1). */
export function pngPath(outDir: string, name: string, format: Format, page: number): string {
  return join(outDir, `${name}.${format}-${page}.png`);
}

/** The page images of `name` in `format` that are in `outDir` now, as [page, path], by page. */
export async function existingPngs(outDir: string, name: string, format: Format): Promise<[number, string][]> {
  const prefix = `${name}.${format}-`;
  const names = await readdir(outDir).catch(() => [] as string[]);
  const found: [number, string][] = [];
  for (const file of names) {
    if (!file.startsWith(prefix) || !file.endsWith('.png')) continue;
    const page = file.slice(prefix.length, -'.png'.length);
    if (/^[1-9]\d*$/.test(page)) found.push([Number(page), join(outDir, file)]);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Deletes a file if it is there; resolves to whether it was. */
export async function removeIfExists(path: string): Promise<boolean> {
  try {
    await unlink(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
