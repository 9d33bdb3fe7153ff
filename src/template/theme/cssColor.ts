import { CSS_COLOR_NAMES } from './cssColorNames.js';

/**
 * Reads a colour the way CSS writes it — `#555`, `#7a1f2b`, `rgb(122, 31, 43)`,
 * `rgb(48% 12% 17%)`, a name (`red`, `navy`) — as `#RRGGBB`; undefined when
 * it is none of these (transparency is not drawn, so `#rgba` and `rgba()` are not taken).
 */
export function parseCssColor(text: string): string | undefined {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) return `#${(hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toUpperCase()}`;
  const named = CSS_COLOR_NAMES[value];
  if (named) return `#${named.toUpperCase()}`;
  const rgb = /^rgb\(\s*([^)]*)\)$/.exec(value)?.[1];
  if (rgb === undefined) return undefined;
  const parts = rgb.split(/\s*,\s*|\s+/).filter((p) => p !== '');
  if (parts.length !== 3) return undefined;
  const channels = parts.map(channel);
  if (channels.some((c) => c === undefined)) return undefined;
  return toHex(channels as number[]);
}

function channel(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const v = m[2] ? (n * 255) / 100 : n;
  return v >= 0 && v <= 255 ? Math.round(v) : undefined;
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

/** `#RRGGBB` mixed with `other` (`#RRGGBB`): `amount` 0 gives `color`, 1 gives `other`. */
export function mixColors(color: string, other: string, amount: number): string {
  const a = rgbOf(color);
  const b = rgbOf(other);
  return toHex(a.map((c, i) => Math.round(c + (b[i]! - c) * amount)));
}

function rgbOf(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/**
 * Colours a theme's styles may name instead of writing them: the theme's
 * `accent` and shades derived from it, so one `accent` recolours both formats.
 */
export const ACCENT_SHADES: Readonly<Record<string, (accent: string) => string>> = {
  accent: (a) => a,
  /** Outlines of bars, dark lines. */
  'accent-dark': (a) => mixColors(a, '#000000', 0.6),
  /** Table heads. */
  'accent-light': (a) => mixColors(a, '#FFFFFF', 0.85),
  /** Backgrounds of boxes (key figures). */
  'accent-pale': (a) => mixColors(a, '#FFFFFF', 0.92),
};

/** A style's colour as `#RRGGBB`: a shade of `accent` or a CSS colour; undefined when neither. */
export function resolveColor(text: string, accent: string): string | undefined {
  const shade = ACCENT_SHADES[text.trim().toLowerCase()];
  return shade ? shade(accent) : parseCssColor(text);
}
