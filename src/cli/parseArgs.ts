import type { Format } from '../pipeline.js';
import { UsageError } from './usageError.js';
import { suggest } from './suggest.js';

/** The formats the command line accepts (the same as the pipeline's `FORMATS`). */
export const CLI_FORMATS: readonly Format[] = ['handout', 'slides'];
export const DEFAULT_OUT_DIR = 'output';

export interface RenderArgs {
  command: 'render';
  paths: string[];
  /** Requested formats, in the order given, without repeats. */
  formats: Format[];
  outDir: string;
  pdfa: boolean;
  /** A folder with the user's own templates, or undefined for the built-in ones. */
  templates: string | undefined;
}

export interface ValidateArgs {
  command: 'validate';
  paths: string[];
}

export type ParsedArgs = RenderArgs | ValidateArgs | { command: 'help' } | { command: 'version' };

const COMMANDS = ['render', 'validate', 'help'] as const;
const VALUE_OPTIONS = ['--format', '--out', '--templates'] as const;
const FLAG_OPTIONS = ['--pdfa'] as const;
const ALL_OPTIONS = [...VALUE_OPTIONS, ...FLAG_OPTIONS, '--help', '--version'];

/**
 * Reads `briefing <command> PATH... [options]`. Options may stand before,
 * between or after the paths, as `--out DIR` or `--out=DIR`; `--` ends them.
 * Throws UsageError for anything the command line does not allow.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const optionArgs = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (optionArgs.includes('-h') || optionArgs.includes('--help')) return { command: 'help' };
  if (optionArgs.includes('--version')) return { command: 'version' };

  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('не указана команда: render или validate');
  if (command === 'help') return { command: 'help' };
  if (command !== 'render' && command !== 'validate') {
    const near = suggest(command, COMMANDS);
    const hint = near ? ` (может быть, ${near}?)` : '';
    throw new UsageError(`неизвестная команда «${command}»: ожидалось render или validate${hint}`);
  }

  const paths: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    checkOption(name, command);
    if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (eq >= 0) throw new UsageError(`у параметра ${name} не бывает значения: пишите просто ${name}`);
      flags.add(name);
      continue;
    }
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : rest[i + 1];
    if (eq < 0) {
      if (value !== undefined && value.startsWith('-') && value !== '-') value = undefined;
      if (value !== undefined) i++;
    }
    if (value === undefined || value === '') throw new UsageError(`у параметра ${name} нет значения`);
    values.set(name, value);
  }

  if (paths.length === 0) {
    throw new UsageError(`не указаны файлы данных: briefing ${command} ПУТЬ... (файл .yaml/.yml/.json или папка)`);
  }
  if (command === 'validate') return { command, paths };
  const format = values.get('--format');
  return {
    command,
    paths,
    formats: format === undefined ? ['handout'] : parseFormats(format),
    outDir: values.get('--out') ?? DEFAULT_OUT_DIR,
    pdfa: flags.has('--pdfa'),
    templates: values.get('--templates'),
  };
}

/** `handout,slides` → ['handout', 'slides']; an unknown or empty list is a UsageError. */
export function parseFormats(list: string): Format[] {
  const formats: Format[] = [];
  for (const raw of list.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    const format = CLI_FORMATS.find((f) => f === item);
    if (format === undefined) {
      const near = suggest(item, CLI_FORMATS);
      const hint = near ? ` (может быть, ${near}?)` : '';
      throw new UsageError(`неизвестный формат «${item}»: ожидалось ${CLI_FORMATS.join(' или ')}${hint}`);
    }
    if (!formats.includes(format)) formats.push(format);
  }
  if (formats.length === 0) throw new UsageError(`пустой список форматов: ожидалось ${CLI_FORMATS.join(', ')}`);
  return formats;
}

function checkOption(name: string, command: 'render' | 'validate'): void {
  if (name === '--help' || name === '--version') {
    throw new UsageError(`у параметра ${name} не бывает значения: пишите просто ${name}`);
  }
  const known = (VALUE_OPTIONS as readonly string[]).includes(name) || (FLAG_OPTIONS as readonly string[]).includes(name);
  if (!known) {
    const near = suggest(name, ALL_OPTIONS);
    const hint = near ? ` (может быть, ${near}?)` : '';
    throw new UsageError(`неизвестный параметр ${name}${hint}`);
  }
  if (command === 'validate') throw new UsageError(`параметр ${name} есть только у команды render`);
}
