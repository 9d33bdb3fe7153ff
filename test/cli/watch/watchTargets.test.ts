import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangeQueue } from '../../../src/cli/watch/changeQueue.js';
import type { ChangeBatch } from '../../../src/cli/watch/changeQueue.js';
import { classifyChange } from '../../../src/cli/watch/watchTargets.js';

const targets = {
  templateDirs: ['/pkg/templates', '/home/me/mine'],
  themeFile: '/home/me/theme.json',
  localesDir: '/pkg/locales',
  fontsDir: '/pkg/fonts',
};

describe('classifyChange', () => {
  it.each([
    ['/home/me/data/a.yaml', 'data'],
    ['/home/me/data/b.JSON', 'data'],
    ['/pkg/templates/handout/partials/title.hbs', 'templates'],
    ['/home/me/mine/handout/theme.json', 'templates'],
    ['/home/me/theme.json', 'theme'],
    ['/pkg/locales/kk.json', 'locales'],
    ['/pkg/fonts/PTSans-Bold.ttf', 'fonts'],
    ['/home/me/data/.a.yaml.swp', 'other'],
    ['/home/me/data/a.yaml~', 'other'],
    ['/home/me/out/.a.handout.pdf.123.tmp', 'other'],
    ['/home/me/out/a.handout.pdf', 'other'],
    ['/home/me/data/logo.png', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(classifyChange(path, targets)).toBe(kind);
  });
});

describe('ChangeQueue', () => {
  it('hands over the changes of one save as one batch, and never two batches at once', async () => {
    const batches: string[][] = [];
    let running = 0;
    let overlapped = false;
    const queue = new ChangeQueue(async (batch: ChangeBatch) => {
      running++;
      overlapped ||= running > 1;
      batches.push([...batch.paths].sort());
      await new Promise((r) => setTimeout(r, 60));
      running--;
    }, 20);
    queue.add(join('d', 'a.yaml'));
    queue.add(join('d', 'a.yaml'));
    queue.add(join('d', 'b.yaml'));
    await new Promise((r) => setTimeout(r, 40)); // the first batch is being handled
    queue.add(join('d', 'c.yaml'));
    queue.add(join('d', 'a.yaml'));
    await new Promise((r) => setTimeout(r, 150));
    await queue.stop();
    expect(batches).toEqual([
      [join('d', 'a.yaml'), join('d', 'b.yaml')],
      [join('d', 'a.yaml'), join('d', 'c.yaml')],
    ]);
    expect(overlapped).toBe(false);
  });
});
