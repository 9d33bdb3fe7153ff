import { describe, expect, it } from 'vitest';
import { parseArgs, parseFormats } from '../../src/cli/parseArgs.js';
import { UsageError } from '../../src/cli/usageError.js';
import { runCli } from '../../src/cli/main.js';
import { captureIo, fakeDeps } from './fakes.js';

function usageMessage(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no UsageError for ${argv.join(' ')}`);
}

describe('parseArgs', () => {
  it('reads render with the contract defaults', () => {
    expect(parseArgs(['render', 'data'])).toEqual({
      command: 'render',
      paths: ['data'],
      formats: ['handout'],
      outDir: 'output',
      pdfa: false,
      templates: undefined,
      theme: undefined,
      png: false,
      pngDpi: 150,
      quiet: false,
      json: false,
      jobs: undefined,
    });
  });

  it('reads --format and --out in both forms, anywhere among the paths', () => {
    expect(parseArgs(['render', '--format', 'slides,handout', 'a.yaml', '--out=print', 'b.json', '--pdfa'])).toMatchObject({
      paths: ['a.yaml', 'b.json'],
      formats: ['slides', 'handout'],
      outDir: 'print',
      pdfa: true,
    });
    expect(parseArgs(['render', 'a.yaml', '--format=handout,slides', '--out', 'x/y'])).toMatchObject({
      formats: ['handout', 'slides'],
      outDir: 'x/y',
    });
    expect(parseArgs(['render', 'a.yaml', '--templates', 'my'])).toMatchObject({ templates: 'my' });
  });

  it('drops repeated and empty formats, keeping the order', () => {
    expect(parseFormats('handout, slides,handout,')).toEqual(['handout', 'slides']);
  });

  it('reads the options of render, watch, init and templates copy', () => {
    expect(parseArgs(['render', 'd', '--png-dpi=96', '--theme', 't.json', '--quiet', '--json', '--jobs', '3'])).toMatchObject({
      png: true,
      pngDpi: 96,
      theme: 't.json',
      quiet: true,
      json: true,
      jobs: 3,
    });
    expect(parseArgs(['render', 'd', '--png'])).toMatchObject({ png: true, pngDpi: 150 });
    expect(parseArgs(['watch', 'd', '--format', 'slides', '--out', 'o', '--templates', 'my'])).toEqual({
      command: 'watch',
      deleteOnError: false,
      paths: ['d'],
      formats: ['slides'],
      outDir: 'o',
      pdfa: false,
      templates: 'my',
      theme: undefined,
      png: false,
      pngDpi: 150,
    });
    expect(parseArgs(['init'])).toEqual({ command: 'init', name: 'briefing.yaml', force: false });
    expect(parseArgs(['init', 'data/new', '--force'])).toEqual({ command: 'init', name: 'data/new', force: true });
    expect(parseArgs(['templates', 'copy', 'mine', '--force'])).toEqual({ command: 'templates-copy', dir: 'mine', force: true });
  });

  it('reads validate', () => {
    expect(parseArgs(['validate', 'a.yaml', 'data'])).toEqual({ command: 'validate', paths: ['a.yaml', 'data'] });
  });

  it('takes everything after -- as a path', () => {
    expect(parseArgs(['render', '--', '--odd.yaml', '-h'])).toMatchObject({ paths: ['--odd.yaml', '-h'] });
  });

  it('answers --help and --version wherever they stand', () => {
    expect(parseArgs(['render', 'data', '--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['help'])).toEqual({ command: 'help' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });

  it('refuses a wrong command line with a Russian message', () => {
    expect(usageMessage([])).toMatch(/не указана команда/);
    expect(usageMessage(['rendr', 'data'])).toMatch(/неизвестная команда «rendr».*может быть, render/);
    expect(usageMessage(['render'])).toMatch(/не указаны файлы данных/);
    expect(usageMessage(['render', 'data', '--fromat', 'slides'])).toMatch(/неизвестный параметр --fromat.*--format/);
    expect(usageMessage(['render', 'data', '--format', 'slide'])).toMatch(/неизвестный формат «slide».*может быть, slides/);
    expect(usageMessage(['render', 'data', '--format', ','])).toMatch(/пустой список форматов/);
    expect(usageMessage(['render', 'data', '--out'])).toMatch(/у параметра --out нет значения/);
    expect(usageMessage(['render', 'data', '--out', '--pdfa'])).toMatch(/--out нет значения/);
    expect(usageMessage(['render', 'data', '--out='])).toMatch(/--out нет значения/);
    expect(usageMessage(['render', 'data', '--pdfa=yes'])).toMatch(/не бывает значения/);
    expect(usageMessage(['validate', 'data', '--format', 'slides'])).toMatch(/только у команд render, watch/);
    expect(usageMessage(['watch', 'data', '--json'])).toMatch(/--json есть только у команды render/);
    expect(usageMessage(['render', 'data', '--png-dpi', '2000'])).toMatch(/--png-dpi ожидалось целое число от 36 до 600/);
    expect(usageMessage(['render', 'data', '--jobs', '0'])).toMatch(/--jobs ожидалось целое число/);
    expect(usageMessage(['templates', 'cpy', 'x'])).toMatch(/неизвестное действие «cpy»/);
    expect(usageMessage(['templates', 'copy'])).toMatch(/не указана папка/);
    expect(usageMessage(['init', 'a', 'b'])).toMatch(/init пишет один файл/);
  });
});

describe('runCli with a wrong command line', () => {
  it.each([[['render', 'data', '--bogus']], [['render']], [['render', 'data', '--format', 'poster']], [['publish', 'data']], [[]]])(
    '%j exits 2 without touching the pipeline',
    async (argv) => {
      const io = captureIo();
      const deps = fakeDeps();
      expect(await runCli(argv, io, deps)).toBe(2);
      expect(io.stderr.join('\n')).toMatch(/briefing: ошибка: .+\nСправка: briefing --help/);
      expect(io.stdout).toEqual([]);
      expect(deps.loaded).toEqual([]);
    },
  );

  it('prints the usage for --help and the version for --version, exit 0', async () => {
    const help = captureIo();
    expect(await runCli(['--help'], help, fakeDeps())).toBe(0);
    expect(help.stdout.join('\n')).toContain('briefing render ПУТЬ...');
    const version = captureIo();
    expect(await runCli(['--version'], version, fakeDeps())).toBe(0);
    expect(version.stdout).toEqual([expect.stringMatching(/^\d+\.\d+\.\d+/)]);
  });
});

describe('did you mean, for options', () => {
  it.each([
    [['render', 'd', '-q'], 'неизвестный параметр -q (может быть, --quiet?)'],
    [['render', 'd', '-quiet'], 'неизвестный параметр -quiet (может быть, --quiet?)'],
    [['render', 'd', '-o', 'x'], 'неизвестный параметр -o (может быть, --out?)'],
    [['watch', 'd', '--delete-on-eror'], 'неизвестный параметр --delete-on-eror (может быть, --delete-on-error?)'],
  ])('%j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
