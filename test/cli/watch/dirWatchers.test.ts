import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirWatchers } from '../../../src/cli/watch/dirWatchers.js';
import { makeTree } from '../fakes.js';

async function until(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('DirWatchers', () => {
  it('sees files in new subfolders of a tree, and re-arms a folder that was renamed away and back', async () => {
    const dir = await makeTree({ 'tpl/handout/layout.hbs': 'x' });
    const seen = new Set<string>();
    const errors: string[] = [];
    const watchers = new DirWatchers(
      (p) => seen.add(p),
      (d) => errors.push(d),
    );
    const tpl = join(dir, 'tpl');
    expect(watchers.add(tpl, true)).toBe(true);
    expect(watchers.size).toBe(2); // tpl and tpl/handout, each on its own

    await writeFile(join(tpl, 'handout', 'layout.hbs'), 'y');
    await until('a change in a subfolder', () => seen.has(join(tpl, 'handout', 'layout.hbs')));

    await mkdir(join(tpl, 'slides', 'partials'), { recursive: true });
    await until('the new subfolder', () => watchers.size === 4);
    await writeFile(join(tpl, 'slides', 'partials', 'a.hbs'), 'z');
    await until('a file in the new subfolder', () => seen.has(join(tpl, 'slides', 'partials', 'a.hbs')));

    await rename(tpl, join(dir, 'away'));
    await until('the folder gone', () => watchers.size < 4);
    await rename(join(dir, 'away'), tpl);
    await until('the folder back', () => watchers.size === 4);
    seen.clear();
    await writeFile(join(tpl, 'slides', 'partials', 'a.hbs'), 'again');
    await until('a change after re-arming', () => seen.has(join(tpl, 'slides', 'partials', 'a.hbs')));
    watchers.closeAll();
    await rm(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });
});
