import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseFormats } from '../../src/cli/parseArgs.js';
import { captureIo, fakeDeps, fakePdf, listDir, makeTree } from './fakes.js';

describe('briefing render --format pptx', () => {
  it('accepts pptx in the list of formats', () => {
    expect(parseFormats('slides,pptx')).toEqual(['slides', 'pptx']);
  });

  it('writes DIR/NAME.slides.pptx beside the PDF deck, and no page images of it', async () => {
    const root = await makeTree({ 'a.yaml': '' });
    const out = join(root, 'out');
    const io = captureIo();
    const deps = fakeDeps();
    const code = await runCli(['render', join(root, 'a.yaml'), '--format', 'slides,pptx', '--out', out], io, deps);
    expect(code).toBe(0);
    expect(await listDir(out)).toEqual(['a.slides.pdf', 'a.slides.pptx']);
    expect(await readFile(join(out, 'a.slides.pptx'))).toEqual(Buffer.from(fakePdf('a', 'pptx')));
    expect(deps.rendered.map((r) => r.options.format)).toEqual(['slides', 'pptx']);
  });
});
