import { UsageError } from './usageError.js';
import { suggest } from './suggest.js';
import { COMMANDS, COMMAND_OPTIONS, ALL_OPTIONS, isFlag, isKnownOption } from './commandOptions.js';
import type { CommandName } from './commandOptions.js';

/** The arguments after the command: positional ones, option values and flags. */
export interface RawArgs {
  positional: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/** Splits the arguments after the command into positional ones, option values and flags. */
export function readOptions(rest: readonly string[], command: CommandName): RawArgs {
  const raw: RawArgs = { positional: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      raw.positional.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      raw.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    checkOption(name, command);
    if (isFlag(name)) {
      if (eq >= 0) throw new UsageError(`у параметра ${name} не бывает значения: пишите просто ${name}`);
      raw.flags.add(name);
      continue;
    }
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : rest[i + 1];
    if (eq < 0) {
      if (value !== undefined && value.startsWith('-') && value !== '-') value = undefined;
      if (value !== undefined) i++;
    }
    if (value === undefined || value === '') throw new UsageError(`у параметра ${name} нет значения`);
    raw.values.set(name, value);
  }
  return raw;
}

function checkOption(name: string, command: CommandName): void {
  if (name === '--help' || name === '--version') {
    throw new UsageError(`у параметра ${name} не бывает значения: пишите просто ${name}`);
  }
  if (!isKnownOption(name)) {
    const near = suggestOption(name, command);
    const hint = near ? ` (может быть, ${near}?)` : '';
    throw new UsageError(`неизвестный параметр ${name}${hint}`);
  }
  if (!COMMAND_OPTIONS[command].includes(name)) {
    const owners = COMMANDS.filter((c) => COMMAND_OPTIONS[c].includes(name));
    const which = owners.length === 1 ? `только у команды ${owners[0]}` : `только у команд ${owners.join(', ')}`;
    throw new UsageError(`параметр ${name} есть ${which}`);
  }
}

/**
 * The option meant by a mistyped one: `-q` → `--quiet` (a short option is
 * read as the first letter of the command's long ones), `-quiet` → `--quiet`,
 * `--qiet` → `--quiet`.
 */
function suggestOption(name: string, command: CommandName): string | undefined {
  const own = COMMAND_OPTIONS[command];
  if (/^-[A-Za-z]$/.test(name)) {
    const letter = name[1]!.toLowerCase();
    const starting = [...own, '--help', '--version'].filter((o) => o[2] === letter);
    return starting.length > 0 ? starting.join(' или ') : undefined;
  }
  const long = name.startsWith('--') ? name : `-${name}`;
  return suggest(long, own) ?? suggest(long, ALL_OPTIONS);
}
