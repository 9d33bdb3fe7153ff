import { basicSetup } from 'codemirror';
import { EditorView, keymap } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import type { Text } from '@codemirror/state';
import { yaml } from '@codemirror/lang-yaml';
import { autocompletion } from '@codemirror/autocomplete';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import type { PageProblem } from './api.js';
import { schemaCompletion, schemaHover } from './schemaHelp.js';
import type { SchemaNode } from './schemaHelp.js';

export interface Editor {
  view: EditorView;
  text(): string;
  /** Replaces the text, changing only the part that differs (the cursor stays where it can). */
  setText(text: string): void;
  showProblems(problems: readonly PageProblem[]): void;
  goToLine(line: number, column?: number): void;
}

/** The offset of a 1-based line and column, kept inside the document. */
export function offsetOf(doc: Text, line: number, column = 1): number {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

/** The problem's words as the list and the underline show them. */
export function problemText(p: PageProblem, expectedWord: string): string {
  const parts = [p.path ? `${p.path}: ${p.message}` : p.message];
  if (p.expected) parts.push(`${expectedWord}: ${p.expected}`);
  if (p.hint) parts.push(p.hint);
  return parts.join('; ');
}

export function createEditor(parent: HTMLElement, schema: SchemaNode, onChange: () => void, onSave: () => void, expectedWord: string): Editor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: '',
      extensions: [
        basicSetup,
        yaml(),
        lintGutter(),
        autocompletion({ override: [schemaCompletion(schema)] }),
        schemaHover(schema),
        keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (onSave(), true) }]),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange();
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      const old = view.state.doc.toString();
      if (old === text) return;
      let start = 0;
      while (start < old.length && start < text.length && old[start] === text[start]) start++;
      let end = 0;
      while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
      view.dispatch({ changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) } });
    },
    showProblems(problems) {
      const doc = view.state.doc;
      const diagnostics: Diagnostic[] = [];
      for (const p of problems) {
        if (p.line === undefined) continue;
        const from = offsetOf(doc, p.line, p.column);
        const lineEnd = doc.lineAt(from).to;
        const word = /^[^\s:,]*/.exec(doc.sliceString(from, lineEnd))![0].length;
        diagnostics.push({
          from,
          to: Math.min(from + Math.max(word, 1), lineEnd),
          severity: p.severity === 'warning' ? 'warning' : 'error',
          message: problemText(p, expectedWord),
        });
      }
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    goToLine(line, column) {
      const pos = offsetOf(view.state.doc, line, column);
      view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
      view.focus();
    },
  };
}
