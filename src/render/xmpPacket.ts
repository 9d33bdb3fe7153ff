import { xmpInfo, type XmpInfo } from './xmpInfo.js';

/** Which PDF/A the file claims: part 2, conformance `A` (accessible) or `B`. */
export interface PdfaClaim {
  part: number;
  conformance: string;
}

const PDFA_ID = (claim: PdfaClaim): string =>
  '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">' +
  `<pdfaid:part>${claim.part}</pdfaid:part><pdfaid:conformance>${claim.conformance}</pdfaid:conformance></rdf:Description>`;

const PDFUA_ID = '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>';

/**
 * PDF/A admits only the XMP schemas it predefines, and others described in
 * the file: `pdfuaid` is not predefined, so a PDF/A file describes it here.
 */
const PDFUA_EXTENSION_SCHEMA = [
  '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
  ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
  '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
  '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
  '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
  '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
  '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
  '<pdfaProperty:name>part</pdfaProperty:name>',
  '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
  '<pdfaProperty:category>internal</pdfaProperty:category>',
  '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>',
  '</rdf:li></rdf:Seq></pdfaSchema:property>',
  '</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>',
].join('');

/**
 * The whole XMP packet of the document: the document info (the same values as
 * the info dictionary), the PDF/UA-1 identification, and, for PDF/A, the
 * PDF/A identification with the extension schema that PDF/UA's needs.
 */
export function xmpPacket(info: XmpInfo, pdfa: PdfaClaim | null): string {
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    xmpInfo(info),
    PDFUA_ID,
    ...(pdfa ? [PDFA_ID(pdfa), PDFUA_EXTENSION_SCHEMA] : []),
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
