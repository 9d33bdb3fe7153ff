import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const CORE = 'docProps/core.xml';
const STAMP = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/**
 * Makes a package written by `docx` the same bytes for the same input: the
 * created and modified dates become the briefing's day (docx writes the
 * clock's time), and the zip is written again with that day as every
 * entry's time (fflate stamps the clock's time), `[Content_Types].xml` first.
 */
export function normalizeDocx(bytes: Uint8Array, date: Date): Uint8Array {
  const entries = unzipSync(bytes);
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = entries[CORE];
  if (core) entries[CORE] = strToU8(strFromU8(core).replace(STAMP, `$1${iso}$2`));
  // DOS times are local: a Date built from local fields gives the same fields in every time zone.
  const mtime = new Date(Math.max(1980, date.getUTCFullYear()), date.getUTCMonth(), date.getUTCDate(), 12, 0, 0);
  const names = Object.keys(entries).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const zippable: Zippable = {};
  for (const name of names) zippable[name] = [entries[name]!, { mtime, level: 6 }];
  return zipSync(zippable);
}

function rank(name: string): number {
  if (name === '[Content_Types].xml') return 0;
  if (name.startsWith('_rels/')) return 1;
  return 2;
}
