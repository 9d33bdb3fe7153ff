// The bare pdfkit script the benchmark compares with: what a typical
// hand-written pdfkit script would do with the same briefing — text flowed
// by pdfkit, the statistics as a table of rect + text rows; no templates,
// typography, hyphenation, tagging or validation. Used by bench/baseline.js
// (warm, fonts parsed once and reused), bench/warm.js and bench/bare.js (a whole process).
import { resolve } from 'node:path';

export const FONTS_DIR = resolve(import.meta.dirname, '../fonts');
export const FONT_FILES = {
  Sans: 'PTSans-Regular.ttf',
  'Sans-Bold': 'PTSans-Bold.ttf',
  Serif: 'PTSerif-Regular.ttf',
  'Serif-Bold': 'PTSerif-Bold.ttf',
  'Serif-Italic': 'PTSerif-Italic.ttf',
};

const plain = (text) => String(text ?? '').replace(/\*\*?/g, '');
const paragraphs = (text) =>
  plain(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
const figure = (item) => {
  const unit = Array.isArray(item.unit) ? item.unit[2] : item.unit;
  return [item.qualifier, item.value.toLocaleString('ru-RU'), unit].filter((x) => x !== undefined).join('\u00a0');
};

/** The fonts parsed once with fontkit, by the names the script registers them under. */
export function parseFonts(fontkit) {
  return Object.fromEntries(Object.entries(FONT_FILES).map(([name, file]) => [name, fontkit.openSync(resolve(FONTS_DIR, file))]));
}

/** Draws the briefing into a new PDFDocument and resolves to its bytes. */
export function drawBriefing(PDFDocument, data, parsedFonts) {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: plain(data.title), Author: plain(data.organization), CreationDate: new Date(`${data.date}T00:00:00Z`) },
  });
  for (const [name, font] of Object.entries(parsedFonts)) doc.registerFont(name, font);
  const chunks = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise((ok) => doc.on('end', () => ok(new Uint8Array(Buffer.concat(chunks)))));
  const width = doc.page.width - 112;
  const heading = (text, size) => doc.moveDown(0.6).font('Sans-Bold').fontSize(size).fillColor('#1a3d6d').text(plain(text), { width });
  const body = (text) => doc.font('Serif').fontSize(10.5).fillColor('#000').text(text, { width, align: 'justify', paragraphGap: 4 });
  const bullets = (items) => items.forEach((item) => body(`•  ${plain(item)}`));

  doc.font('Sans-Bold').fontSize(9).fillColor('#666').text(plain(data.organization).toUpperCase(), { width });
  heading(data.title, 20);
  if (data.subtitle) doc.font('Sans').fontSize(12).fillColor('#333').text(plain(data.subtitle), { width });
  doc.font('Sans').fontSize(10).fillColor('#333').text([data.date, data.time, data.city, data.venue].filter(Boolean).join(' · '), { width });
  for (const s of data.speakers ?? [])
    doc
      .font('Sans-Bold')
      .fontSize(10)
      .text(plain(s.name), { continued: Boolean(s.position) })
      .font('Sans')
      .text(s.position ? `, ${plain(s.position)}` : '');
  for (const p of paragraphs(data.lead)) body(p);
  for (const section of data.sections ?? []) {
    heading(section.title, 13);
    for (const p of paragraphs(section.text)) body(p);
    bullets(section.points ?? []);
  }
  for (const group of data.statistics ?? []) {
    heading(group.period ? `${plain(group.title)}, ${plain(group.period)}` : group.title, 13);
    drawTable(doc, group.items, width);
  }
  if (data.results?.length) {
    heading('Результаты', 13);
    bullets(data.results);
  }
  for (const change of data.legal ?? []) {
    heading(`${plain(change.act)}${change.article ? `, ст. ${plain(change.article)}` : ''}: ${plain(change.title)}`, 12);
    for (const p of paragraphs(change.text)) body(p);
    if (change.items?.length) drawTable(doc, change.items, width);
  }
  for (const quote of data.quotes ?? []) {
    doc
      .moveDown(0.5)
      .font('Serif-Italic')
      .fontSize(11)
      .text(`«${plain(quote.text)}»`, { width, align: 'justify' });
    if (quote.speaker)
      doc
        .font('Sans')
        .fontSize(9)
        .text(`— ${plain(quote.speaker)}`, { width, align: 'right' });
  }
  if (data.contacts?.length) heading('Контакты', 12);
  for (const c of data.contacts ?? [])
    doc
      .font('Sans')
      .fontSize(10)
      .fillColor('#000')
      .text(`${plain(c.label)}: ${plain(c.value)}`, { width });
  if (data.source) doc.moveDown().font('Sans').fontSize(8).fillColor('#666').text(plain(data.source), { width });
  doc.end();
  return done;
}

/** Rows of label | figure with a shaded rectangle behind every other row; a new page when full. */
function drawTable(doc, items, width) {
  const rowHeight = 20;
  const left = doc.page.margins.left;
  doc.moveDown(0.3);
  items.forEach((item, i) => {
    if (doc.y + rowHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    if (i % 2 === 0) doc.rect(left, y, width, rowHeight).fill('#eef2f7');
    doc
      .fillColor('#000')
      .font('Serif')
      .fontSize(10)
      .text(plain(item.label), left + 6, y + 5, { width: width * 0.7, lineBreak: false, ellipsis: true });
    doc.font('Sans-Bold').text(figure(item), left + width * 0.7, y + 5, { width: width * 0.3 - 6, align: 'right', lineBreak: false });
    doc.x = left;
    doc.y = y + rowHeight;
  });
  doc.moveDown(0.3);
}
