/** A link an SVG may draw: a PNG or JPEG embedded in the SVG itself, in base64. */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g);base64,[A-Za-z0-9+/=]*$/i;

/**
 * The link as svg-to-pdfkit hands it to pdfkit (whitespace removed, as its
 * default image callback does) when it is an embedded PNG or JPEG; null for
 * anything else. pdfkit reads any other string as a file path, so only these
 * may ever reach it: an SVG cannot pull in another file.
 */
export function dataImageLink(href: string): string | null {
  const link = href.replace(/\s+/g, '');
  return DATA_IMAGE.test(link) ? link : null;
}

/** The embedded PNG and JPEG links of an SVG's `href` and `xlink:href` attributes, in order. */
export function svgDataImages(svg: string): string[] {
  const links: string[] = [];
  for (const m of svg.matchAll(/(?:^|[\s"'])(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const link = dataImageLink(m[1] ?? m[2] ?? '');
    if (link) links.push(link);
  }
  return links;
}
