import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataInput } from '../../../src/cli/collectInputs.js';
import type { JobOptions, JobReport } from '../../../src/cli/jobs/jobTypes.js';
import { LARGE_INPUT_BYTES, mixedRunner } from '../../../src/cli/runners/mixedRunner.js';
import { workerPoolRunner } from '../../../src/cli/runners/workerPoolRunner.js';
import { fakeDeps, fakePdf, makeTree } from '../fakes.js';

/**
 * The runners of a batch with real worker threads (the built dist/cli
 * worker, so skipped until `npm run build`): nothing lost, nothing twice,
 * the jobs a worker was sent ahead of time cancelled with Ctrl+C.
 */
const root = resolve(import.meta.dirname, '../../..');
const seed = join(root, 'data/astana-2025-12-03.yaml');
const built = existsSync(join(root, 'dist/cli/runners/renderWorker.js'));

async function seedCopies(count: number): Promise<{ dir: string; out: string; inputs: DataInput[] }> {
  const dir = await makeTree({});
  const inputs: DataInput[] = [];
  for (let i = 1; i <= count; i++) {
    const path = join(dir, `b${i}.yaml`);
    await copyFile(seed, path);
    inputs.push({ path, name: `b${i}` });
  }
  await mkdir(join(dir, 'out'));
  return { dir, out: join(dir, 'out'), inputs };
}

const optionsFor = (outDir: string): JobOptions => ({ formats: ['handout'], outDir, pdfa: false, templates: undefined, theme: undefined, pngDpi: undefined });

async function until(what: string, check: () => boolean): Promise<void> {
  const end = Date.now() + 90_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * A fake pipeline for this thread whose render waits until the worker has
 * written every file but the first: this thread stays busy with the first.
 */
function waitingForTheWorker(out: string, inputs: DataInput[]) {
  const fake = fakeDeps();
  const others = inputs.slice(1).map((input) => join(out, `${input.name}.handout.pdf`));
  const local = {
    ...fake,
    renderBriefing: async (...args: Parameters<typeof fake.renderBriefing>) => {
      await until('the worker', () => others.every((file) => existsSync(file)));
      return fake.renderBriefing(...args);
    },
  };
  return { fake, local, others };
}

describe.skipIf(!built)('mixedRunner: this thread and worker threads', () => {
  it('sends the files to a worker while this thread is busy, two at a time, each file once', async () => {
    const { out, inputs } = await seedCopies(6);
    const { fake, local, others } = waitingForTheWorker(out, inputs);
    const runner = mixedRunner(optionsFor(out), async () => local, 1, 0);
    const reports = (await Promise.all(inputs.map((input) => runner.run(input)))) as JobReport[];
    await runner.close();
    expect(reports.map((r) => [r.input.name, r.status])).toEqual(inputs.map((input) => [input.name, 'written']));
    expect(fake.rendered.map((r) => r.name)).toEqual(['b1']);
    expect(new Uint8Array(await readFile(join(out, 'b1.handout.pdf')))).toEqual(fakePdf('b1', 'handout'));
    for (const file of others) expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 180_000);

  it('starts the workers at once when this thread takes a large file and others wait', async () => {
    const { out, inputs } = await seedCopies(4);
    // the first file is large (a comment makes it so); this thread is given it first
    await writeFile(inputs[0]!.path, `${'#'.repeat(LARGE_INPUT_BYTES)}\n${await readFile(seed, 'utf8')}`);
    const { fake, local } = waitingForTheWorker(out, inputs);
    // not by time: the workers would start only after a minute
    const runner = mixedRunner(optionsFor(out), async () => local, 1, 60_000);
    const reports = (await Promise.all(inputs.map((input) => runner.run(input)))) as JobReport[];
    await runner.close();
    expect(reports.map((r) => r.status)).toEqual(['written', 'written', 'written', 'written']);
    expect(fake.rendered.map((r) => r.name)).toEqual(['b1']);
  }, 180_000);

  it('renders a short batch on this thread alone, without starting a worker', async () => {
    const { out, inputs } = await seedCopies(3);
    const fake = fakeDeps();
    const runner = mixedRunner(optionsFor(out), async () => fake, 1, 60_000);
    const reports = (await Promise.all(inputs.map((input) => runner.run(input)))) as JobReport[];
    await runner.close();
    expect(reports.map((r) => r.status)).toEqual(['written', 'written', 'written']);
    expect(fake.rendered.map((r) => r.name)).toEqual(['b1', 'b2', 'b3']);
  });
});

describe.skipIf(!built)('workerPoolRunner', () => {
  it('answers the jobs a worker was sent and had not started with no report when cancelled, and writes nothing for them', async () => {
    const { out, inputs } = await seedCopies(6);
    const pool = workerPoolRunner(1, optionsFor(out), { depth: 2 });
    const results: (JobReport | undefined)[] = [];
    const runs = inputs.map((input, i) =>
      pool.run(input).then((report) => {
        results[i] = report;
        if (i === 0) pool.cancelPending();
      }),
    );
    await Promise.all(runs);
    await pool.close();
    expect(results[0]?.status).toBe('written');
    // the second was sent with the first and may have started before the cancel came
    expect([undefined, 'written']).toContain(results[1]?.status);
    expect(results.slice(2)).toEqual([undefined, undefined, undefined, undefined]);
    for (const input of inputs.slice(2)) expect(existsSync(join(out, `${input.name}.handout.pdf`)), input.name).toBe(false);
  }, 180_000);

  it('refuses the files with the error when its workers die before they are ready, instead of starting workers for ever', async () => {
    const { out, inputs } = await seedCopies(2);
    let heard = 0;
    // A worker whose module throws at once, as one does when its pipeline cannot load.
    const script = new URL(`data:text/javascript,${encodeURIComponent('throw new Error("шрифты не загружены")')}`);
    const pool = workerPoolRunner(1, optionsFor(out), { script, onFree: () => heard++ });
    const first = await pool.run(inputs[0]!);
    const second = await pool.run(inputs[1]!);
    await pool.close();
    for (const report of [first, second]) {
      expect(report?.status).toBe('refused');
      expect(report?.internalError).toContain('шрифты не загружены');
    }
    expect(heard, 'no worker was ever ready').toBe(0);
  }, 180_000);
});
