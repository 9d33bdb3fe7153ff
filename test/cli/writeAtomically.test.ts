import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { removeStaleTemps, tempPathFor, writeAtomically } from '../../src/cli/writeAtomically.js';
import { listDir, makeTree } from './fakes.js';

describe('writeAtomically', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const dir = await makeTree({});
    const target = join(dir, 'x.handout.pdf');
    await writeAtomically(target, new Uint8Array([37, 80, 68, 70]));
    expect(await readFile(target, 'latin1')).toBe('%PDF');
    expect(await listDir(dir)).toEqual(['x.handout.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const dir = await makeTree({ 'x.pdf': 'a much longer old content' });
    await writeAtomically(join(dir, 'x.pdf'), new TextEncoder().encode('new'));
    expect(await readFile(join(dir, 'x.pdf'), 'utf8')).toBe('new');
  });

  it('names the temporary file after the target, hidden, in the same folder', () => {
    expect(tempPathFor('/o/x.handout.pdf')).toBe(`/o/.x.handout.pdf.${process.pid}.tmp`);
  });

  it('on a failed rename removes the temporary file and leaves the target as it was', async () => {
    const dir = await makeTree({});
    const target = join(dir, 'x.pdf');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'keep');
    await expect(writeAtomically(target, new TextEncoder().encode('pdf'))).rejects.toThrow();
    expect(await listDir(dir)).toEqual(['x.pdf']);
    expect(await listDir(target)).toEqual(['inside']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const dir = await makeTree({});
    await expect(writeAtomically(join(dir, 'no', 'x.pdf'), new Uint8Array(1))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await listDir(dir)).toEqual([]);
  });

  it('removes the temporary files of the same target left by a killed run, and only those', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const running = process.ppid;
    const dir = await makeTree({
      [`.x.handout.pdf.${gone}.tmp`]: 'half',
      [`.x.handout.pdf.${running}.tmp`]: 'another run, still writing',
      [`.y.handout.pdf.${gone}.tmp`]: 'another target',
      'x.handout.pdf.tmp': 'not ours',
    });
    const target = join(dir, 'x.handout.pdf');
    expect(await removeStaleTemps(target)).toEqual([tempPathFor(target, gone)]);
    await writeAtomically(target, new TextEncoder().encode('%PDF'));
    expect(await listDir(dir)).toEqual([`.x.handout.pdf.${running}.tmp`, `.y.handout.pdf.${gone}.tmp`, 'x.handout.pdf', 'x.handout.pdf.tmp'].sort());
  });
});
