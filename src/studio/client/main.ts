import { ApiError, getJson, postBytes, postForFile, postJson } from './api.js';
import type { CheckResult, PageProblem } from './api.js';
import { button, el, setWords, t } from './dom.js';
import { createEditor, problemText } from './editor.js';
import type { Editor } from './editor.js';
import { buildForm } from './form.js';
import { Preview } from './preview.js';
import { choosers } from './choosers.js';
import type { SchemaNode } from './schemaHelp.js';

/** Pause in typing before the preview is redrawn. */
const DEBOUNCE_MS = 400;

interface StudioState {
  files: string[];
  themes: string[];
  formats: string[];
  downloads: string[];
  initial?: string;
  langs: string[];
}

const app = {
  name: undefined as string | undefined,
  baseHash: undefined as string | undefined,
  savedText: '',
  version: 0,
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
  view: 'text' as 'text' | 'form',
  lang: localStorage.getItem('studio.lang') ?? 'ru',
};

async function start(): Promise<void> {
  setWords(await getJson<Record<string, string>>(`/api/words?lang=${encodeURIComponent(app.lang)}`));
  const [state, schema] = await Promise.all([getJson<StudioState>('/api/state'), getJson<SchemaNode>('/api/schema')]);
  document.documentElement.lang = app.lang;
  document.title = t('title');

  const status = el('span', { class: 'status', role: 'status', 'data-testid': 'status' });
  const say = (text: string): void => void (status.textContent = text);
  const fileList = el('ul', { class: 'files' });
  const problems = el('ol', { class: 'problem-list' });
  const problemsBox = el('section', { class: 'problems', 'data-testid': 'problems', 'aria-label': t('problems') }, el('h3', {}, t('problems')), problems);
  const editorBox = el('div', { class: 'editor', 'data-testid': 'editor' });
  const formBox = el('div', { class: 'form', 'data-testid': 'form', hidden: '' });
  const preview = new Preview();
  const dialog = el('div', { class: 'dialog', role: 'alertdialog', 'data-testid': 'conflict', hidden: '' });

  const { format, theme, lang } = choosers(state, app.lang);

  const dirty = (): boolean => editor.text() !== app.savedText;
  const markDirty = (): void => say(dirty() ? t('unsaved') : t('saved'));

  const showProblems = (list: readonly PageProblem[]): void => {
    editor.showProblems(list);
    problems.replaceChildren();
    if (list.length === 0) problems.append(el('li', { class: 'none' }, t('noProblems')));
    for (const p of list) {
      const where = p.line !== undefined ? t('line', { line: p.line }) : '';
      const link = el(
        'a',
        { href: '#', 'data-line': p.line !== undefined ? String(p.line) : undefined, class: p.severity },
        where ? `${where}: ` : '',
        problemText(p, t('expected')),
      );
      link.addEventListener('click', (event) => {
        event.preventDefault();
        if (p.line !== undefined) {
          if (app.view === 'form') setView('text');
          editor.goToLine(p.line, p.column);
        }
      });
      problems.append(el('li', {}, link));
    }
  };

  const request = (): Record<string, string> => ({ name: app.name ?? '', text: editor.text(), format: format.value, theme: theme.value });
  const check = async (): Promise<void> => {
    if (!app.name) return;
    const version = ++app.version;
    preview.working();
    try {
      const result = await postJson<CheckResult>('/api/check', request());
      if (version !== app.version) return;
      if (result.ok) {
        showProblems(result.warnings);
        await preview.show(result.id, result.pages, version);
      } else {
        showProblems(result.problems);
        preview.stale(version);
      }
    } catch (error) {
      if (version === app.version) say(t('error', { message: (error as Error).message }));
      preview.stale(version);
    }
    if (version === app.version && app.timer === undefined) preview.idle();
  };
  const schedule = (): void => {
    clearTimeout(app.timer);
    preview.working();
    app.timer = setTimeout(() => {
      app.timer = undefined;
      void check();
    }, DEBOUNCE_MS);
  };

  const save = async (force = false): Promise<void> => {
    if (!app.name) return;
    const text = editor.text();
    try {
      const result = await postJson<{ hash: string }>('/api/save', { name: app.name, text, baseHash: app.baseHash, force });
      app.baseHash = result.hash;
      app.savedText = text;
      dialog.hidden = true;
      markDirty();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) return conflict(String(error.body.text ?? ''), String(error.body.hash ?? ''));
      say(t('error', { message: (error as Error).message }));
    }
  };
  const conflict = (diskText: string, diskHash: string): void => {
    dialog.replaceChildren(
      el('p', {}, t('conflict')),
      button(
        t('reload'),
        () => {
          app.baseHash = diskHash;
          app.savedText = diskText;
          editor.setText(diskText);
          dialog.hidden = true;
          markDirty();
        },
        { 'data-testid': 'reload' },
      ),
      button(t('keepMine'), () => void save(true), { 'data-testid': 'keep-mine' }),
    );
    dialog.hidden = false;
  };

  const editor: Editor = createEditor(
    editorBox,
    schema,
    () => {
      markDirty();
      schedule();
    },
    () => void save(),
    t('expected'),
  );

  const renderForm = (): void => {
    formBox.replaceChildren(
      buildForm(
        {
          text: () => editor.text(),
          change: (text, rebuild) => {
            editor.setText(text);
            if (rebuild) renderForm();
          },
        },
        schema,
      ),
    );
  };
  const tabText = button(t('textView'), () => setView('text'), { role: 'tab', 'data-testid': 'tab-text' });
  const tabForm = button(t('formView'), () => setView('form'), { role: 'tab', 'data-testid': 'tab-form' });
  const setView = (view: 'text' | 'form'): void => {
    app.view = view;
    editorBox.hidden = view !== 'text';
    formBox.hidden = view !== 'form';
    tabText.setAttribute('aria-selected', String(view === 'text'));
    tabForm.setAttribute('aria-selected', String(view === 'form'));
    if (view === 'form') renderForm();
  };

  const open = async (name: string): Promise<void> => {
    if (app.name && dirty() && !confirm(t('leaveUnsaved'))) return;
    const file = await getJson<{ text: string; hash: string }>(`/api/file?name=${encodeURIComponent(name)}`);
    app.name = name;
    app.baseHash = file.hash;
    app.savedText = file.text;
    preview.clear();
    editor.setText(file.text);
    editor.view.dispatch({ selection: { anchor: 0 } });
    for (const item of fileList.querySelectorAll('button')) item.setAttribute('aria-current', String(item.dataset.name === name));
    document.title = `${name} — ${t('title')}`;
    if (app.view === 'form') renderForm();
    markDirty();
    clearTimeout(app.timer);
    app.timer = undefined;
    await check();
  };
  const listFiles = (files: readonly string[]): void => {
    fileList.replaceChildren(
      ...files.map((f) =>
        el(
          'li',
          {},
          button(f, () => void open(f), { 'data-name': f }),
        ),
      ),
    );
    if (files.length === 0) fileList.append(el('li', { class: 'none' }, t('noFiles')));
  };
  const refreshFiles = async (): Promise<void> => listFiles((await getJson<StudioState>('/api/state')).files);
  const createAs = async (path: string, body: Record<string, string>): Promise<void> => {
    const name = prompt(t('askNewName'));
    if (!name) return;
    try {
      const made = await postJson<{ name: string }>(path, { ...body, name });
      await refreshFiles();
      await open(made.name);
    } catch (error) {
      say(t('error', { message: (error as Error).message }));
    }
  };

  const download = async (kind: string): Promise<void> => {
    if (!app.name) return;
    try {
      const blob = await postForFile(`/api/${kind}`, request());
      const a = el('a', { href: URL.createObjectURL(blob), download: `${app.name.replace(/\.(ya?ml|json)$/i, '')}.${format.value}.${kind}` });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
    } catch (error) {
      say(t('error', { message: (error as Error).message }));
    }
  };
  const upload = el('input', { type: 'file', accept: 'image/png,image/jpeg,image/svg+xml', hidden: '', 'data-testid': 'upload-input' });
  upload.addEventListener('change', async () => {
    const file = upload.files?.[0];
    if (!file) return;
    try {
      const stored = await postBytes<{ name: string }>(`/api/upload?name=${encodeURIComponent(file.name)}`, file);
      say(t('uploaded', { name: stored.name }));
    } catch (error) {
      say(t('error', { message: (error as Error).message }));
    }
    upload.value = '';
  });
  format.addEventListener('change', () => void check());
  theme.addEventListener('change', () => void check());

  const toolbar = el(
    'header',
    { class: 'toolbar' },
    el('h1', {}, t('title')),
    el('div', { class: 'tabs', role: 'tablist' }, tabText, tabForm),
    el('label', {}, el('span', {}, t('format')), format),
    el('label', {}, el('span', {}, t('theme')), theme),
    button(t('save'), () => void save(), { 'data-testid': 'save', class: 'primary', title: 'Ctrl+S' }),
    button(t('downloadPdf'), () => void download('pdf'), { 'data-testid': 'download-pdf' }),
    ...(state.downloads.includes('pptx') ? [button(t('downloadPptx'), () => void download('pptx'), { 'data-testid': 'download-pptx' })] : []),
    button(t('upload'), () => upload.click(), { 'data-testid': 'upload' }),
    upload,
  );
  const side = el(
    'nav',
    { class: 'side', 'data-testid': 'file-list', 'aria-label': t('files') },
    el('h2', {}, t('files')),
    fileList,
    el(
      'div',
      { class: 'side-buttons' },
      button(t('new'), () => void createAs('/api/new', {}), { 'data-testid': 'new-file' }),
      button(t('duplicate'), () => app.name && void createAs('/api/duplicate', { from: app.name }), { 'data-testid': 'duplicate-file' }),
    ),
    status,
    el('label', { class: 'lang' }, el('span', {}, t('language')), lang),
  );
  const work = el('main', { class: 'work' }, el('div', { class: 'source' }, editorBox, formBox), problemsBox);
  document.getElementById('app')!.replaceChildren(toolbar, el('div', { class: 'columns' }, side, work, preview.root), dialog);
  setView('text');
  listFiles(state.files);
  window.addEventListener('beforeunload', (event) => {
    if (dirty()) event.preventDefault();
  });
  const first = state.initial ?? state.files[0];
  if (first) await open(first);
}

void start().catch((error: unknown) => {
  const box = el('p', { class: 'fatal' }, String((error as Error).message ?? error));
  document.body.replaceChildren(box);
});
