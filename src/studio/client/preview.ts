import { el, t } from './dom.js';

/**
 * The preview column: page images of the last good render. A new set is
 * loaded fully before it replaces the old one, so the pages never flicker;
 * while the text has a mistake the old pages stay, marked stale.
 */
export class Preview {
  readonly root: HTMLElement;
  private readonly status: HTMLElement;
  private readonly pages: HTMLElement;
  private shown = 0;

  constructor() {
    this.status = el('div', { class: 'preview-status', role: 'status' });
    this.pages = el('div', { class: 'pages' });
    this.root = el('section', { 'data-testid': 'preview', class: 'preview', 'data-state': 'empty', 'aria-label': t('preview') }, this.status, this.pages);
  }

  /** A check is waiting or running: `aria-busy` stays until `idle()`. */
  working(): void {
    this.root.setAttribute('aria-busy', 'true');
    if (this.root.dataset.state !== 'stale') this.status.textContent = t('previewWorking');
  }

  /** The latest check is done (outside tests wait for this). */
  idle(): void {
    this.root.removeAttribute('aria-busy');
  }

  /** Shows the pages of render `id`; resolves once they are on screen. */
  async show(id: string, count: number, version: number): Promise<void> {
    const images = Array.from({ length: count }, (_, i) => {
      const img = el('img', { 'data-page': String(i + 1), alt: t('page', { n: i + 1 }), src: `/api/page?id=${encodeURIComponent(id)}&n=${i + 1}` });
      return img;
    });
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    if (version < this.shown) return;
    this.shown = version;
    this.pages.replaceChildren(...images);
    this.root.dataset.state = 'fresh';
    this.root.dataset.version = String(version);
    this.status.textContent = '';
  }

  /** The text has a mistake: keep what is shown, say that it is old. */
  stale(version: number): void {
    if (version < this.shown) return;
    const hasPages = this.pages.childElementCount > 0;
    this.root.dataset.state = hasPages ? 'stale' : 'empty';
    this.status.textContent = hasPages ? t('previewStale') : t('previewNone');
  }

  clear(): void {
    this.pages.replaceChildren();
    this.shown = 0;
    this.root.dataset.state = 'empty';
    this.status.textContent = '';
  }
}
