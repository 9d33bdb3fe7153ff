/** The document info that the XMP metadata repeats (PDF/A wants both to agree). */
export interface XmpInfo {
  Title?: string;
  Author?: string;
  Subject?: string;
  Keywords?: string;
  Creator?: string;
  Producer?: string;
  CreationDate?: Date;
  ModDate?: Date;
}

/** Text as XML character data: markup characters escaped, characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function xmpDate(date: Date): string {
  return `${date.toISOString().split('.')[0]}Z`;
}

function element(name: string, value: string | undefined): string {
  return value ? `<${name}>${escapeXml(value)}</${name}>` : '';
}

function alt(name: string, value: string | undefined): string {
  return value ? `<${name}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt></${name}>` : '';
}

/**
 * The rdf:Description elements of the XMP packet for the document info.
 * pdfkit writes them without escaping (a title with `&` or `<` would break the
 * packet) and without `xmp:ModifyDate`; this version does both right.
 */
export function xmpInfo(info: XmpInfo): string {
  const xmp = [
    info.CreationDate ? element('xmp:CreateDate', xmpDate(info.CreationDate)) : '',
    info.ModDate ? element('xmp:ModifyDate', xmpDate(info.ModDate)) : '',
    element('xmp:CreatorTool', info.Creator),
  ].join('');
  const dc = [
    '<dc:format>application/pdf</dc:format>',
    alt('dc:title', info.Title),
    info.Author ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    alt('dc:description', info.Subject),
  ].join('');
  const pdf = [element('pdf:Producer', info.Producer), element('pdf:Keywords', info.Keywords)].join('');
  return [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">${xmp}</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">${dc}</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">${pdf}</rdf:Description>`,
  ].join('\n');
}
