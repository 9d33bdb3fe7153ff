import { SaxesParser } from 'saxes';
import { BriefingError } from '../diagnostics/briefingError.js';
import type { Problem } from '../diagnostics/problem.js';
import { checkAttributes, checkOrder, checkPlacement, type Finding } from './checkElement.js';
import { markupProblem, type MarkupPoint } from './markupProblem.js';
import { POSITION_ATTRIBUTE } from '../template/injectPositions.js';
import { parseSourcePos } from './sourcePos.js';
import type { MarkupElement, MarkupNode, SourcePos } from './types.js';
import { VOCABULARY } from './vocabulary.js';

const NO_ANCESTORS: readonly string[] = [];

interface Open {
  name: string;
  attrs: Record<string, string>;
  children: MarkupNode[];
  pos: SourcePos;
  at: MarkupPoint;
  /** Text is content here (inline or unknown element); elsewhere only whitespace may stand. */
  keepsText: boolean;
}

const MAX_PROBLEMS = 50;

/**
 * Parses the markup a template emitted (docs/markup.md) into an element tree,
 * with a real XML parser: entities are decoded, text is kept exactly as
 * written, whitespace-only text between blocks is dropped. Every element
 * gets its template position from the `data-src` attribute the template
 * stage injected (or its parent's). Throws a BriefingError (code `markup`)
 * listing unknown elements and attributes, missing required attributes and
 * misplaced elements, or the first XML syntax error.
 */
export function parseMarkup(text: string): MarkupElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const problems: Problem[] = [];
  const stack: Open[] = [];
  let root: MarkupElement | undefined;
  let tagStart: MarkupPoint = { line: 1, column: 1 };
  let tagPos: SourcePos | undefined;
  let textStart: MarkupPoint = { line: 1, column: 1 };
  /** saxes pops an element before it reports that its close tag does not match. */
  let justClosed: Open | undefined;
  const enclosing = (error: unknown): SourcePos | undefined => {
    const misclosed = error instanceof Error && /close tag/.test(error.message) ? justClosed : undefined;
    return misclosed?.pos ?? stack[stack.length - 1]?.pos ?? tagPos;
  };

  const here = (): MarkupPoint => ({ line: parser.line, column: parser.column + 1 });
  const report = (pos: SourcePos | undefined, at: MarkupPoint, f: Finding): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(markupProblem(pos, at, f.message, f.hint));
  };
  const addText = (value: string): void => {
    const top = stack[stack.length - 1];
    if (!top) return; // saxes itself refuses text outside the root
    if (!top.keepsText) {
      if (value.trim() !== '')
        report(top.pos, textStart, {
          message: `текст «${excerpt(value)}» не может стоять прямо внутри <${top.name}>`,
          hint: 'текст пишут в <p>, <li>, <td>, заголовки…',
        });
      return;
    }
    const last = top.children[top.children.length - 1];
    if (last?.kind === 'text') top.children[top.children.length - 1] = { kind: 'text', text: last.text + value };
    else top.children.push({ kind: 'text', text: value });
  };

  parser.on('opentagstart', (tag) => {
    tagStart = { line: parser.line, column: parser.column - tag.name.length - 1 };
    tagPos = undefined;
  });
  parser.on('attribute', (attr) => {
    if (attr.name === POSITION_ATTRIBUTE) tagPos = parseSourcePos(attr.value);
  });
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    const pos = tagPos ?? parent?.pos ?? { template: '(разметка)', line: tagStart.line };
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) if (key !== POSITION_ATTRIBUTE) attrs[key] = value;
    const spec = VOCABULARY[tag.name];
    // The ancestors' names matter only to an element allowed only within some.
    const placement = checkPlacement(tag.name, parent?.name, spec?.within ? stack.map((o) => o.name) : NO_ANCESTORS);
    if (placement) report(pos, tagStart, placement);
    for (const finding of checkAttributes(tag.name, attrs)) report(pos, tagStart, finding);
    stack.push({ name: tag.name, attrs, children: [], pos, at: tagStart, keepsText: !spec || spec.content.kind === 'inline' });
    textStart = here();
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const open = stack.pop()!;
    justClosed = open;
    // Only an element with slots has an order to check.
    if (VOCABULARY[open.name]?.content.kind === 'slots') {
      const order = checkOrder(
        open.name,
        open.children.flatMap((c) => (c.kind === 'element' ? [c.name] : [])),
      );
      if (order) report(open.pos, open.at, order);
    }
    const element: MarkupElement = { kind: 'element', name: open.name, attrs: open.attrs, children: open.children, pos: open.pos };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    textStart = here();
  });
  parser.on('comment', () => (textStart = here()));
  parser.on('processinginstruction', () => (textStart = here()));
  parser.on('doctype', () => report(undefined, here(), { message: 'в разметке не должно быть <!DOCTYPE>' }));
  parser.on('error', (error) => {
    throw syntaxError(error, here(), enclosing(error), problems);
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof BriefingError) throw error;
    throw syntaxError(error, here(), enclosing(error), problems);
  }
  if (problems.length > 0) throw new BriefingError(problems);
  if (!root) throw new BriefingError([markupProblem(undefined, here(), 'разметка пуста: нет элемента <document>')]);
  return root;
}

function syntaxError(error: unknown, fallback: MarkupPoint, pos: SourcePos | undefined, before: readonly Problem[]): BriefingError {
  const raw = error instanceof Error ? error.message : String(error);
  const located = /^(?:.*?:)?(\d+):(\d+): (.*)$/s.exec(raw);
  const at = located ? { line: Number(located[1]), column: Number(located[2]) } : fallback;
  const message = translateXml((located ? located[3]! : raw).replace(/\.$/, ''));
  const hint = /entity/.test(message)
    ? 'из именованных сущностей определены только &amp; &lt; &gt; &quot; &apos;; неразрывный пробел — &#160;'
    : 'разметка должна быть правильным XML (docs/markup.md)';
  return new BriefingError([...before, markupProblem(pos, at, `ошибка XML: ${message}`, hint)]);
}

function excerpt(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

/** The XML parser's usual messages in Russian; anything else as it wrote it. */
const XML_MESSAGES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unexpected close tag$/, () => 'закрывающий тег не соответствует открытому'],
  [/^unmatched closing tag: (.+)$/, (m) => `закрывающий тег </${m[1]}> без открывающего`],
  [/^unclosed tag: (.+)$/, (m) => `тег <${m[1]}> не закрыт`],
  [/^disallowed character in entity name$/, () => 'знак & без имени сущности (пишите &amp;)'],
  [/^disallowed character in (?:tag|attribute) name$/, () => 'недопустимый знак в имени тега или атрибута'],
  [/^disallowed character in closing tag$/, () => 'недопустимый знак в закрывающем теге'],
  [/^undefined entity: (.+)$/i, (m) => `неизвестная сущность &${m[1]};`],
  [/^unquoted attribute value$/, () => 'значение атрибута без кавычек'],
  [/^attribute without value$/, () => 'атрибут без значения'],
  [/^duplicate attribute: (.+)$/, (m) => `атрибут ${m[1]} повторён`],
  [/^unexpected end$/, () => 'разметка оборвана: не все теги закрыты'],
  [/^text data outside of root node$/, () => 'текст вне корневого элемента'],
  [/^documents may contain only one root$/, () => 'корневой элемент должен быть один'],
  [/^no whitespace between attributes$/, () => 'между атрибутами нужен пробел'],
];

function translateXml(message: string): string {
  for (const [pattern, text] of XML_MESSAGES) {
    const m = pattern.exec(message);
    if (m) return text(m);
  }
  return message;
}
