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
      command: 'render', paths: ['data'], formats: ['handout'], outDir: 'output', pdfa: false, templates: undefined,
    });
  });

  it('reads --format and --out in both forms, anywhere among the paths', () => {
    expect(parseArgs(['render', '--format', 'slides,handout', 'a.yaml', '--out=print', 'b.json', '--pdfa'])).toMatchObject({
      paths: ['a.yaml', 'b.json'], formats: ['slides', 'handout'], outDir: 'print', pdfa: true,
    });
    expect(parseArgs(['render', 'a.yaml', '--format=handout,slides', '--out', 'x/y'])).toMatchObject({
      formats: ['handout', 'slides'], outDir: 'x/y',
    });
    expect(parseArgs(['render', 'a.yaml', '--templates', 'my'])).toMatchObject({ templates: 'my' });
  });

  it('drops repeated and empty formats, keeping the order', () => {
    expect(parseFormats('handout, slides,handout,')).toEqual(['handout', 'slides']);
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
    expect(usageMessage(['validate', 'data', '--format', 'slides'])).toMatch(/только у команды render/);
  });
});

describe('runCli with a wrong command line', () => {
  it.each([
    [['render', 'data', '--bogus']],
    [['render']],
    [['render', 'data', '--format', 'poster']],
    [['publish', 'data']],
    [[]],
  ])('%j exits 2 without touching the pipeline', async (argv) => {
    const io = captureIo();
    const deps = fakeDeps();
    expect(await runCli(argv, io, deps)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/briefing: ошибка: .+\nСправка: briefing --help/);
    expect(io.stdout).toEqual([]);
    expect(deps.loaded).toEqual([]);
  });

  it('prints the usage for --help and the version for --version, exit 0', async () => {
    const help = captureIo();
    expect(await runCli(['--help'], help, fakeDeps())).toBe(0);
    expect(help.stdout.join('\n')).toContain('briefing render ПУТЬ...');
    const version = captureIo();
    expect(await runCli(['--version'], version, fakeDeps())).toBe(0);
    expect(version.stdout).toEqual([expect.stringMatching(/^\d+\.\d+\.\d+/)]);
  });
});
