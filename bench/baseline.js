// Worker: the baseline of bench/run.js — bench/pdfkitScript.js drawing the
// briefing, the font files parsed once (fontkit) and the parsed fonts
// registered in every document, as a long-running script would. Reports the
// same figures as bench/ours.js. Alone: node bench/baseline.js --n 20
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countPages, median, parseBenchArgs, peakRssMb, percentile, report, timeLoop, timeOnce } from './measure.js';
import { drawBriefing, parseFonts } from './pdfkitScript.js';

const options = parseBenchArgs(process.argv.slice(2));
const cold = await timeOnce(async () => {
  const { default: PDFDocument } = await import('pdfkit');
  const fontkit = await import('fontkit');
  const { parse } = await import('yaml');
  const parsedFonts = parseFonts(fontkit);
  const data = parse(readFileSync(resolve(options.file), 'utf8'));
  return { PDFDocument, data, parsedFonts, bytes: await drawBriefing(PDFDocument, data, parsedFonts) };
});
const { PDFDocument, data, parsedFonts, bytes } = cold.result;
const times = await timeLoop(() => drawBriefing(PDFDocument, data, parsedFonts), options.n, options.warmup);

report({
  coldMs: cold.ms,
  medianMs: median(times),
  p90Ms: percentile(times, 90),
  peakRssMb: peakRssMb(),
  pages: countPages(bytes),
  kb: bytes.length / 1024,
});
