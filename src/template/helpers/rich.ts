import type { InlineRun } from '../../view/types.js';
import type { HandlebarsEnv } from './env.js';

/**
 * `{{rich paragraph}}`: one Paragraph (InlineRun[]) of a *text* field as
 * markup. The text of each run is escaped; only the helper itself writes
 * `<b>` and `<i>`, so a data value never becomes markup. A plain string is
 * accepted too and printed escaped.
 */
export function register(hb: HandlebarsEnv): void {
  hb.registerHelper('rich', function rich(value: unknown) {
    if (typeof value === 'string') return value; // Handlebars escapes it
    if (!Array.isArray(value)) {
      throw new Error(`helper "rich": expected a paragraph (a list of runs), got ${describe(value)}`);
    }
    return new hb.SafeString(value.map((run) => renderRun(hb, run)).join(''));
  });
}

function renderRun(hb: HandlebarsEnv, run: unknown): string {
  if (!isRun(run)) throw new Error(`helper "rich": expected a run {text, bold, italic}, got ${describe(run)}`);
  let out = hb.escapeExpression(run.text);
  if (run.italic) out = `<i>${out}</i>`;
  if (run.bold) out = `<b>${out}</b>`;
  return out;
}

function isRun(value: unknown): value is InlineRun {
  return typeof value === 'object' && value !== null && typeof (value as InlineRun).text === 'string';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}
