import { extname } from 'node:path';
import { BriefingError } from '../diagnostics/index.js';
import { checkBriefing } from './checkBriefing.js';
import { checkPlausibility, rememberWarnings } from './checkPlausibility.js';
import type { ParsedData } from './parsedData.js';
import { parseJson } from './parseJson.js';
import { parseYaml } from './parseYaml.js';
import { readDataText } from './readDataText.js';
import { sortProblems } from './sortProblems.js';
import type { ValidatedBriefing } from './validatedBriefing.js';

const PARSERS: Record<string, (text: string, file: string) => ParsedData> = {
  '.yaml': parseYaml,
  '.yml': parseYaml,
  '.json': parseJson,
};

/**
 * Reads a data file (`.yaml`, `.yml` or `.json`, UTF-8), parses it with
 * positions and validates it. Rejects with a BriefingError carrying every
 * problem of the file at once, sorted by line.
 */
export interface LoadOptions {
  /** The folder `logo` and `photo` resolve in (and must stay inside); the data file's folder by default. */
  assets?: string;
}

export async function loadBriefingFile(path: string, options: LoadOptions = {}): Promise<ValidatedBriefing> {
  const ext = extname(path).toLowerCase();
  const parse = PARSERS[ext];
  if (!parse) {
    throw new BriefingError([
      {
        code: 'io',
        severity: 'error',
        file: path,
        message: ext ? `неподдерживаемый тип файла "${ext}"` : 'у файла нет расширения',
        expected: 'файл .yaml, .yml или .json',
        hint: 'брифинг записывается в YAML (.yaml, .yml) или JSON (.json)',
      },
    ]);
  }
  return loadBriefingText(await readDataText(path), path, options);
}

/**
 * Parses and validates the text of a data file as if it were read from `path`
 * (the extension chooses YAML or JSON; images are looked for beside `path`).
 * The same checks as loadBriefingFile: `briefing studio` validates unsaved text.
 */
export function loadBriefingText(text: string, path: string, options: LoadOptions = {}): ValidatedBriefing {
  const parse = PARSERS[extname(path).toLowerCase()] ?? parseYaml;
  const parsed = parse(text, path);
  if (parsed.fatal) throw new BriefingError(sortProblems(parsed.problems));
  const { briefing, problems } = checkBriefing(parsed.value, path, parsed.positions, options.assets);
  const all = sortProblems([...parsed.problems, ...problems]);
  if (!briefing || all.length > 0) throw new BriefingError(all);
  rememberWarnings(briefing, checkPlausibility(briefing, path, parsed.positions));
  return briefing;
}
