import { fsErrorText } from '../fsErrorText.js';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { makeFolder } from '../makeFolder.js';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliIo } from '../io.js';
import type { InitArgs } from '../parseArgs.js';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../exitCode.js';
import type { ExitCode } from '../exitCode.js';
import { printUsageError } from '../printProblems.js';
import { SCHEMA_FILE } from '../schema/briefingJsonSchema.js';
import { packageRoot } from '../../assets/packageRoot.js';
import { starterData } from '../init/starterData.js';

/**
 * `briefing init [NAME] [--force]`: writes a commented starter data file
 * (NAME gets `.yaml` when it has no extension). An existing file is kept
 * (status 1) unless `--force`.
 */
export async function runInit(args: InitArgs, io: CliIo, today: Date = new Date()): Promise<ExitCode> {
  const ext = extname(args.name).toLowerCase();
  if (ext === '.json') {
    printUsageError(io, 'init пишет файл YAML с комментариями: укажите имя с расширением .yaml (JSON не допускает комментариев)');
    return EXIT_USAGE;
  }
  const target = ext === '.yaml' || ext === '.yml' ? args.name : `${args.name}.yaml`;
  if (existsSync(target) && !args.force) {
    io.err(`Файл ${target} уже есть и не перезаписан. Другое имя: briefing init ДРУГОЕ-ИМЯ; перезаписать: briefing init ${args.name} --force`);
    return EXIT_REFUSED;
  }
  try {
    await makeFolder(dirname(target));
    await writeFile(target, starterData(schemaReference(target), isoDay(today)));
  } catch (error) {
    io.err(`Не удалось записать ${target}: ${fsErrorText(error)}`);
    return EXIT_REFUSED;
  }
  io.out(`записан ${target}`);
  io.err(`Дальше: заполните его, затем briefing validate ${target} и briefing render ${target}`);
  return EXIT_OK;
}

/** The path of the package's JSON Schema relative to the data file (for the editor's modeline). */
export function schemaReference(dataFile: string): string {
  const schema = join(packageRoot(), SCHEMA_FILE);
  const rel = relative(dirname(resolve(dataFile)), schema);
  if (rel === '' || rel.includes(':')) return pathToFileURL(schema).href; // another drive on Windows
  return rel.split(sep).join('/');
}

/** The local calendar day as `YYYY-MM-DD`. */
function isoDay(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
