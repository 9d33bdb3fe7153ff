import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { ImageRun } from 'docx';
import { imageLibrary } from '../assets/imageLibrary.js';
import { sniffImage } from '../assets/sniffImage.js';
import type { BriefingView } from '../view/types.js';

/** An image ready for Word: PNG or JPEG bytes and the intrinsic size (px). */
export interface DocxPicture {
  type: 'png' | 'jpg';
  data: Uint8Array;
  width: number;
  height: number;
}

/** SVG is drawn at this many pixels per CSS pixel of its size in the document. */
const SVG_SCALE = 4;

async function loadPicture(path: string, heightPx: number): Promise<DocxPicture | null> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(readFileSync(path));
  } catch {
    return null; // checked when the data was loaded; a file gone since is left out
  }
  const { width, height } = imageLibrary().size(path);
  const kind = sniffImage(data);
  if (kind === 'png' || kind === 'jpeg') return { type: kind === 'png' ? 'png' : 'jpg', data, width, height };
  if (kind !== 'svg') return null;
  // Word needs a bitmap beside an SVG: the project draws one itself.
  const scale = (heightPx * SVG_SCALE) / height;
  const canvas = createCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
  const image = await loadImage(Buffer.from(data));
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  return { type: 'png', data: new Uint8Array(canvas.toBuffer('image/png')), width, height };
}

/** Height of the logo in the header and width of a speaker's photo, in CSS px (96 to the inch). */
export const LOGO_HEIGHT = 29;
export const PHOTO_WIDTH = 40;

/** The logo and the speakers' photos, read (and SVG drawn) once per document, by path. */
export async function loadPictures(view: BriefingView): Promise<Map<string, DocxPicture>> {
  const out = new Map<string, DocxPicture>();
  const wanted: [string, number][] = [];
  if (view.logo) wanted.push([view.logo, LOGO_HEIGHT]);
  for (const s of view.speakers) if (s.photo) wanted.push([s.photo, PHOTO_WIDTH * 1.5]);
  for (const [path, height] of wanted) {
    if (out.has(path)) continue;
    const picture = await loadPicture(path, height);
    if (picture) out.set(path, picture);
  }
  return out;
}

/** An inline picture scaled to `height` (or `width`) px, with its alternative text. */
export function pictureRun(picture: DocxPicture, box: { height?: number; width?: number }, alt: string, id: number): ImageRun {
  const ratio = picture.width / picture.height;
  const height = box.height ?? (box.width ?? picture.width) / ratio;
  const width = box.width ?? height * ratio;
  return new ImageRun({
    type: picture.type,
    data: picture.data,
    transformation: { width: Math.round(width), height: Math.round(height) },
    altText: { id: String(id), name: `picture-${id}`, title: alt, description: alt },
  });
}
