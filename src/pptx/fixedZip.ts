import JSZip from 'jszip';

const GUID = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/g;

/** The `n`-th fixed GUID (or GUID tail, for a match that starts with «-»), in hex digits. */
function fixedGuid(n: number, tail: boolean): string {
  const hex = n.toString(16).padStart(12, '0');
  return tail ? `-0000-4000-8000-${hex}` : `00000000-0000-4000-8000-${hex}`;
}

/** Parts pptxgenjs numbers with a counter that lives as long as the process (charts, their workbooks). */
const COUNTED = /(chart|Microsoft_Excel_Worksheet)(\d+)(\.xml|\.xlsx)/g;

/** Renumbers the counted parts 1, 2… in the order of their numbers, the same for every render. */
function renumbering(names: readonly string[]): (text: string) => string {
  const maps = new Map<string, Map<string, string>>();
  for (const name of names) {
    for (const m of name.matchAll(COUNTED)) {
      const kind = m[1]!;
      if (!maps.has(kind)) maps.set(kind, new Map());
      maps.get(kind)!.set(m[2]!, '');
    }
  }
  for (const map of maps.values()) {
    [...map.keys()].sort((a, b) => Number(a) - Number(b)).forEach((old, i) => map.set(old, String(i + 1)));
  }
  return (text) =>
    text.replace(COUNTED, (whole, kind: string, n: string, ext: string) => {
      const fixed = maps.get(kind)?.get(n);
      return fixed === undefined ? whole : `${kind}${fixed}${ext}`;
    });
}

/** An XML part with its timestamps set to `iso` and its random GUIDs numbered in order of appearance. */
function fixXml(text: string, iso: string, guids: Map<string, string>): string {
  const dated = text
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/g, `$1${iso}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/g, `$1${iso}$2`);
  return dated.replace(GUID, (g) => {
    const known = guids.get(g);
    if (known !== undefined) return known;
    const fixed = fixedGuid(guids.size + 1, g.startsWith('-'));
    guids.set(g, fixed);
    return fixed;
  });
}

/**
 * The same zip package (PPTX, and the XLSX workbooks inside it) made
 * byte-identical for the same content: every entry dated `date`, the
 * document's created/modified set to `date`, random GUIDs numbered, charts
 * and their workbooks numbered from 1 in each file.
 */
export async function fixedZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const guids = new Map<string, string>();
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const names = Object.keys(source.files).filter((n) => !source.files[n]!.dir);
  const renumber = renumbering(names);
  for (const name of names) {
    const entry = source.files[name]!;
    let data: Uint8Array | string;
    if (/\.(xml|rels)$/i.test(name)) data = renumber(fixXml(await entry.async('string'), iso, guids));
    else if (/\.xlsx$/i.test(name)) data = await fixedZip(await entry.async('uint8array'), date);
    else data = await entry.async('uint8array');
    out.file(renumber(name), data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
