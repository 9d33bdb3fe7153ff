/** The commands of `briefing`, in the order the usage lists them. */
export const COMMANDS = ['render', 'validate', 'watch', 'init', 'templates', 'studio'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Options that take a value (`--out DIR`, `--out=DIR`). */
export const VALUE_OPTIONS = ['--format', '--out', '--templates', '--theme', '--png-dpi', '--jobs', '--port', '--assets'] as const;
/** Options without a value. */
export const FLAG_OPTIONS = ['--pdfa', '--png', '--quiet', '--json', '--force', '--no-open', '--delete-on-error'] as const;
export const ALL_OPTIONS: readonly string[] = [...VALUE_OPTIONS, ...FLAG_OPTIONS, '--help', '--version'];

const OUTPUT = ['--format', '--out', '--templates', '--theme', '--pdfa', '--png', '--png-dpi', '--assets'];

/** Which options each command takes. */
export const COMMAND_OPTIONS: Record<CommandName, readonly string[]> = {
  render: [...OUTPUT, '--quiet', '--json', '--jobs'],
  watch: [...OUTPUT, '--delete-on-error'],
  validate: ['--assets'],
  init: ['--force'],
  templates: ['--force'],
  studio: ['--port', '--no-open'],
};

export function isFlag(name: string): boolean {
  return (FLAG_OPTIONS as readonly string[]).includes(name);
}

export function isKnownOption(name: string): boolean {
  return isFlag(name) || (VALUE_OPTIONS as readonly string[]).includes(name);
}
