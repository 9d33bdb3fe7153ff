import type { Format } from '../pipeline.js';
import { UsageError } from './usageError.js';
import { suggest } from './suggest.js';
import { COMMANDS } from './commandOptions.js';
import type { CommandName } from './commandOptions.js';
import { readOptions } from './readOptions.js';
import type { RawArgs } from './readOptions.js';

/** The formats the command line accepts (the same as the pipeline's `FORMATS`). */
export const CLI_FORMATS: readonly Format[] = ['handout', 'slides', 'docx', 'release', 'pptx'];
export const DEFAULT_OUT_DIR = 'output';
export const DEFAULT_PNG_DPI = 150;
export const PNG_DPI_RANGE = [36, 600] as const;
export const DEFAULT_INIT_NAME = 'briefing.yaml';

/** What `render` and `watch` produce, and from which templates. */
export interface OutputArgs {
  paths: string[];
  /** Requested formats, in the order given, without repeats. */
  formats: Format[];
  outDir: string;
  pdfa: boolean;
  /** A folder with the user's own templates, or undefined for the built-in ones. */
  templates: string | undefined;
  /** A theme file merged over the templates' theme, or undefined. */
  theme: string | undefined;
  /** Also write PNG images of the pages, at `pngDpi`. */
  png: boolean;
  /** The folder logo and photo paths resolve in (`--assets`); the data file's folder by default. */
  assets?: string | undefined;
  pngDpi: number;
}

export interface RenderArgs extends OutputArgs {
  command: 'render';
  /** No progress, no summary, no success lines: problems only. */
  quiet: boolean;
  /** A machine-readable report on standard output instead of the success lines. */
  json: boolean;
  /** How many files at once (worker threads); undefined: one per core. */
  jobs: number | undefined;
}

export interface WatchArgs extends OutputArgs {
  command: 'watch';
  /** A refused file loses its old PDFs (as with render); by default watch keeps them, marked stale. */
  deleteOnError: boolean;
}

export interface ValidateArgs {
  command: 'validate';
  paths: string[];
  /** `--assets`: the folder logo and photo paths resolve in. */
  assets?: string | undefined;
}

export interface InitArgs {
  command: 'init';
  /** The file to write, as given (an extension `.yaml` is added when it has none). */
  name: string;
  force: boolean;
}

export const DEFAULT_STUDIO_PATH = 'data';

export interface StudioArgs {
  command: 'studio';
  /** A data file or a folder of them (default `data`). */
  path: string;
  /** 0: any free port. */
  port: number;
  /** Do not open the browser. */
  open: boolean;
}

export interface TemplatesCopyArgs {
  command: 'templates-copy';
  dir: string;
  force: boolean;
}

export type ParsedArgs = RenderArgs | WatchArgs | ValidateArgs | InitArgs | TemplatesCopyArgs | StudioArgs | { command: 'help' } | { command: 'version' };

/**
 * Reads `briefing <command> ARGS... [options]`. Options may stand before,
 * between or after the other arguments, as `--out DIR` or `--out=DIR`; `--`
 * ends them. Throws UsageError for anything the command line does not allow.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const optionArgs = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (optionArgs.includes('-h') || optionArgs.includes('--help')) return { command: 'help' };
  if (optionArgs.includes('--version')) return { command: 'version' };

  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`не указана команда: ${COMMANDS.join(', ')}`);
  if (command === 'help') return { command: 'help' };
  const known = COMMANDS.find((c) => c === command);
  if (known === undefined) {
    const near = suggest(command, COMMANDS);
    const hint = near ? ` (может быть, ${near}?)` : '';
    throw new UsageError(`неизвестная команда «${command}»: ожидалось ${COMMANDS.join(', ')}${hint}`);
  }
  const raw = readOptions(rest, known);
  switch (known) {
    case 'render':
      return {
        command: known,
        ...outputArgs(raw, known),
        quiet: raw.flags.has('--quiet'),
        json: raw.flags.has('--json'),
        jobs: raw.values.has('--jobs') ? wholeNumber('--jobs', raw.values.get('--jobs')!, 1, 256) : undefined,
      };
    case 'watch':
      return { command: known, ...outputArgs(raw, known), deleteOnError: raw.flags.has('--delete-on-error') };
    case 'validate':
      return { command: known, paths: needPaths(raw, known), assets: raw.values.get('--assets') };
    case 'init':
      if (raw.positional.length > 1) throw new UsageError('init пишет один файл: briefing init [ИМЯ]');
      return { command: known, name: raw.positional[0] ?? DEFAULT_INIT_NAME, force: raw.flags.has('--force') };
    case 'templates':
      return templatesArgs(raw);
    case 'studio':
      if (raw.positional.length > 1) throw new UsageError('studio открывает один файл или одну папку: briefing studio [ПУТЬ]');
      return {
        command: known,
        path: raw.positional[0] ?? DEFAULT_STUDIO_PATH,
        port: raw.values.has('--port') ? wholeNumber('--port', raw.values.get('--port')!, 0, 65535) : 0,
        open: !raw.flags.has('--no-open'),
      };
  }
}

function outputArgs(raw: RawArgs, command: CommandName): OutputArgs {
  const format = raw.values.get('--format');
  const dpi = raw.values.get('--png-dpi');
  return {
    paths: needPaths(raw, command),
    formats: format === undefined ? ['handout'] : parseFormats(format),
    outDir: raw.values.get('--out') ?? DEFAULT_OUT_DIR,
    pdfa: raw.flags.has('--pdfa'),
    templates: raw.values.get('--templates'),
    theme: raw.values.get('--theme'),
    assets: raw.values.get('--assets'),
    png: raw.flags.has('--png') || dpi !== undefined,
    pngDpi: dpi === undefined ? DEFAULT_PNG_DPI : wholeNumber('--png-dpi', dpi, ...PNG_DPI_RANGE),
  };
}

function needPaths(raw: RawArgs, command: CommandName): string[] {
  if (raw.positional.length === 0) {
    throw new UsageError(`не указаны файлы данных: briefing ${command} ПУТЬ... (файл .yaml/.yml/.json или папка)`);
  }
  return raw.positional;
}

function templatesArgs(raw: RawArgs): TemplatesCopyArgs {
  const [action, dir, ...extra] = raw.positional;
  if (action !== 'copy') {
    const what = action === undefined ? 'не указано действие' : `неизвестное действие «${action}»`;
    throw new UsageError(`${what}: ожидалось briefing templates copy ПАПКА`);
  }
  if (dir === undefined) throw new UsageError('не указана папка: briefing templates copy ПАПКА');
  if (extra.length > 0) throw new UsageError('templates copy копирует в одну папку: briefing templates copy ПАПКА');
  return { command: 'templates-copy', dir, force: raw.flags.has('--force') };
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

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    throw new UsageError(`у параметра ${name} ожидалось целое число от ${min} до ${max}, а не «${text}»`);
  }
  return n;
}
