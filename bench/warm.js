// Worker: warm renders of ours and of the pdfkit script, side by side in one
// process, interleaved (ours, pdfkit, ours, pdfkit…) so that both see the same
// load of a shared machine; reports the medians and the ratio of the medians.
// Alone: node bench/warm.js --n 30
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import * as fontkit from 'fontkit';
import { parse } from 'yaml';
import { countPages, median, parseBenchArgs, report, timeOnce } from './measure.js';
import { drawBriefing, parseFonts } from './pdfkitScript.js';

const options = parseBenchArgs(process.argv.slice(2));
const file = resolve(options.file);
const library = await import(pathToFileURL(resolve(import.meta.dirname, '../dist/index.js')).href);
const briefing = await library.loadBriefing(file);
const data = parse(readFileSync(file, 'utf8'));
const fonts = parseFonts(fontkit);
const ours = () => library.renderBriefing(briefing, { format: options.format });
const pdfkit = () => drawBriefing(PDFDocument, data, fonts);

for (let i = 0; i < options.warmup; i++) {
  await ours();
  await pdfkit();
}
const a = [];
const b = [];
let bytes;
for (let i = 0; i < options.n; i++) {
  const one = await timeOnce(ours);
  bytes = one.result;
  a.push(one.ms);
  b.push((await timeOnce(pdfkit)).ms);
}
a.sort((x, y) => x - y);
b.sort((x, y) => x - y);
report({ oursMs: median(a), pdfkitMs: median(b), ratio: median(a) / median(b), pages: countPages(bytes), kb: bytes.length / 1024 });
