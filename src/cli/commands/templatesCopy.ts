import { fsErrorText } from '../fsErrorText.js';
import { existsSync } from 'node:fs';
import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from '../io.js';
import type { TemplatesCopyArgs } from '../parseArgs.js';
import { EXIT_OK, EXIT_REFUSED } from '../exitCode.js';
import type { ExitCode } from '../exitCode.js';
import { packageRoot } from '../../assets/packageRoot.js';

/**
 * `briefing templates copy DIR [--force]`: copies the built-in templates
 * (`templates/<format>/`: layout.hbs, partials/, theme.json) into
 * `DIR/<format>/`, a starting point for `--templates DIR`. A format folder
 * that is already there is left alone (status 1) unless `--force`.
 */
export async function runTemplatesCopy(args: TemplatesCopyArgs, io: CliIo): Promise<ExitCode> {
  const builtin = join(packageRoot(), 'templates');
  const formats = (await readdir(builtin, { withFileTypes: true }))
    // release/ holds html/layout.hbs and txt/layout.hbs
    .filter(
      (entry) => entry.isDirectory() && (existsSync(join(builtin, entry.name, 'layout.hbs')) || existsSync(join(builtin, entry.name, 'html', 'layout.hbs'))),
    )
    .map((entry) => entry.name)
    .sort();
  const taken = formats.filter((format) => existsSync(join(args.dir, format)));
  if (taken.length > 0 && !args.force) {
    for (const format of taken) io.err(`Папка ${join(args.dir, format)} уже есть и не перезаписана.`);
    io.err(`Другая папка: briefing templates copy ДРУГАЯ-ПАПКА; перезаписать: briefing templates copy ${args.dir} --force`);
    return EXIT_REFUSED;
  }
  try {
    for (const format of formats) {
      await cp(join(builtin, format), join(args.dir, format), { recursive: true, force: true });
      io.out(`скопированы шаблоны ${join(args.dir, format)}`);
    }
  } catch (error) {
    io.err(`Не удалось скопировать шаблоны в ${args.dir}: ${fsErrorText(error)}`);
    return EXIT_REFUSED;
  }
  io.err(`Дальше: правьте их (разметка описана в docs/markup.md) и рисуйте с ними: briefing render ДАННЫЕ --templates ${args.dir}`);
  return EXIT_OK;
}
