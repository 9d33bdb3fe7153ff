import { el, t } from './dom.js';

/** What the studio's server offers to choose from (the part the choosers show). */
export interface Choices {
  formats: string[];
  themes: string[];
  langs: string[];
}

/** The toolbar's choosers: format, theme, and the studio's own language (changing it reloads the page). */
export function choosers(state: Choices, current: string): { format: HTMLSelectElement; theme: HTMLSelectElement; lang: HTMLSelectElement } {
  const format = el(
    'select',
    { 'data-testid': 'format', 'aria-label': t('format') },
    ...state.formats.map((f) => el('option', { value: f }, t(`format.${f}`))),
  );
  const theme = el(
    'select',
    { 'data-testid': 'theme', 'aria-label': t('theme') },
    el('option', { value: '' }, t('themeDefault')),
    ...state.themes.map((f) => el('option', { value: f }, f)),
  );
  const lang = el('select', { 'aria-label': t('language') }, ...state.langs.map((l) => el('option', { value: l }, l)));
  lang.value = current;
  lang.addEventListener('change', () => {
    localStorage.setItem('studio.lang', lang.value);
    location.reload();
  });
  return { format, theme, lang };
}
