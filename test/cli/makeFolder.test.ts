import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/cli/makeFolder.js';

describe('makeFolder', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'briefing-folder-'));

  it('makes the missing folders, and accepts one that is there', async () => {
    const root = dir();
    const deep = join(root, 'a', 'b', 'c');
    await makeFolder(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    await expect(makeFolder(deep)).resolves.toBeUndefined();
  });

  it('refuses a path through a file with ENOTDIR', async () => {
    const root = dir();
    writeFileSync(join(root, 'file'), 'x');
    await expect(makeFolder(join(root, 'file', 'out'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(makeFolder(join(root, 'file'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it.skipIf(!existsSync('/proc/self'))('fails at once under /proc, where mkdir -p of Node 20 never returns', async () => {
    await expect(makeFolder('/proc/briefing-out/x')).rejects.toMatchObject({ code: expect.stringMatching(/^E[A-Z]+$/) });
  });
});
