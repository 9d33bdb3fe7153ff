import { LIMITS, formatLimit } from '../diagnostics/limits.js';
import { inspectJpeg, inspectPng, refuse, type ImageVerdict } from './inspectRaster.js';
import { svgRootProblem, svgSize } from './svgSize.js';

interface SvgElement {
  children: number[];
  id?: string;
  /** `#id` a `<use>` repeats. */
  ref?: string;
}

class SvgLimit extends Error {}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/y;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The elements of an SVG as a tree (index 0 is a virtual root), in one pass; throws SvgLimit past the depth. */
function parseElements(text: string): SvgElement[] {
  const elements: SvgElement[] = [{ children: [] }];
  const open: number[] = [0];
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end < 0 ? -1 : text.indexOf('<', end + 3);
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i);
      i = end < 0 ? -1 : text.indexOf('<', end + 3);
      continue;
    }
    if (text[i + 1] === '?' || text[i + 1] === '!') {
      const end = text.indexOf('>', i);
      i = end < 0 ? -1 : text.indexOf('<', end + 1);
      continue;
    }
    // Matched within the tag's own text: a broken tag costs its length, not the rest of the file.
    const close = text.indexOf('>', i);
    if (close < 0) break;
    TAG.lastIndex = 0;
    const m = TAG.exec(text.slice(i, close + 1));
    if (!m) {
      // Not a tag: skipped to its «>», so the file is read once whatever it holds.
      i = text.indexOf('<', close + 1);
      continue;
    }
    const [, closing, , attrs = '', selfClosing] = m;
    if (closing) {
      if (open.length > 1) open.pop();
    } else {
      const el: SvgElement = { children: [] };
      const id = attr(attrs, 'id');
      if (id !== undefined) el.id = id;
      const href = attr(attrs, 'xlink:href') ?? attr(attrs, 'href');
      if (m[2] === 'use' && href?.startsWith('#')) el.ref = href.slice(1);
      elements.push(el);
      elements[open[open.length - 1]!]!.children.push(elements.length - 1);
      if (!selfClosing) {
        open.push(elements.length - 1);
        if (open.length - 1 > LIMITS.svgDepth) throw new SvgLimit(`элементы вложены глубже ${LIMITS.svgDepth} уровней`);
      }
    }
    i = text.indexOf('<', close + 1);
  }
  return elements;
}

/**
 * Elements drawn, each `<use>` counted with what it repeats, and the depth
 * they reach; throws SvgLimit past LIMITS.svgElements or LIMITS.svgDepth, or
 * for a `<use>` that repeats itself.
 */
function countDrawn(elements: SvgElement[]): number {
  const byId = new Map<string, number>();
  elements.forEach((el, i) => el.id !== undefined && !byId.has(el.id) && byId.set(el.id, i));
  const count = new Map<number, number>();
  const height = new Map<number, number>();
  const visiting = new Set<number>();
  const visit = (i: number, depth: number): number => {
    if (depth > LIMITS.svgDepth) throw new SvgLimit(`элементы (с повторами <use>) вложены глубже ${LIMITS.svgDepth} уровней`);
    const known = count.get(i);
    if (known !== undefined) {
      if (depth + height.get(i)! > LIMITS.svgDepth) throw new SvgLimit(`элементы (с повторами <use>) вложены глубже ${LIMITS.svgDepth} уровней`);
      return known;
    }
    if (visiting.has(i)) throw new SvgLimit('элемент <use> повторяет сам себя');
    visiting.add(i);
    const el = elements[i]!;
    let total = 1;
    let tallest = 0;
    const add = (child: number): void => {
      total += visit(child, depth + 1);
      tallest = Math.max(tallest, height.get(child)!);
      if (total > LIMITS.svgElements) throw new SvgLimit(`больше ${formatLimit(LIMITS.svgElements)} элементов (считая повторы <use>)`);
    };
    for (const child of el.children) add(child);
    const target = el.ref !== undefined ? byId.get(el.ref) : undefined;
    if (target !== undefined) add(target);
    visiting.delete(i);
    count.set(i, total);
    height.set(i, tallest + 1);
    return total;
  };
  return visit(0, 0) - 1;
}

const DATA_IMAGE = /data:image\/(png|jpe?g);base64,([A-Za-z0-9+/=\s]*)/gi;

/**
 * An SVG checked before it is drawn: a root `<svg>`, at most
 * LIMITS.svgElements elements with every `<use>` expanded, at most
 * LIMITS.svgDepth deep, and every embedded `data:` PNG or JPEG within the
 * size limits of a file of its own (checked before decoding).
 */
export function inspectSvg(text: string): ImageVerdict {
  try {
    countDrawn(parseElements(text));
  } catch (error) {
    if (error instanceof SvgLimit) return refuse(error.message, !/сам себя/.test(error.message));
    throw error;
  }
  for (const m of text.matchAll(DATA_IMAGE)) {
    const bytes = Buffer.from((m[2] ?? '').replace(/\s+/g, ''), 'base64');
    const inner = /png/i.test(m[1] ?? '') ? inspectPng(bytes) : inspectJpeg(bytes);
    // Past a limit the SVG is refused; a broken one is left out when drawing (prepareImages).
    if (!inner.ok && inner.limit) return refuse(`встроенное изображение (data:): ${inner.reason}`, true);
  }
  const root = svgRootProblem(text.slice(0, 64 * 1024));
  if (root !== null) return refuse(`размеры рисунка: ${root}`, false);
  const size = svgSize(text.slice(0, 64 * 1024)) ?? { width: 100, height: 100 };
  return { ok: true, kind: 'svg', width: size.width, height: size.height };
}
