/** Builds an element; children given as strings become text nodes, never HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(key, value);
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** A button with a click handler. */
export function button(label: string, onClick: () => void, attrs: Record<string, string | undefined> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

let words: Record<string, string> = {};

export function setWords(next: Record<string, string>): void {
  words = next;
}

/** A word of the interface, `{name}` filled from `vars`. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const pattern = words[key] ?? key;
  return pattern.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
