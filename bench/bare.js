// A bare pdfkit script as a whole process, for the cold-start comparison:
// `node bench/bare.js DATA.yaml OUT.pdf` reads the data file, registers the
// font files, draws the briefing (bench/pdfkitScript.js) and writes the PDF.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { parse } from 'yaml';
import { drawBriefing, FONT_FILES, FONTS_DIR } from './pdfkitScript.js';

const [file, out] = process.argv.slice(2);
const data = parse(readFileSync(resolve(file), 'utf8'));
const paths = Object.fromEntries(Object.entries(FONT_FILES).map(([name, f]) => [name, resolve(FONTS_DIR, f)]));
writeFileSync(out, await drawBriefing(PDFDocument, data, paths));
