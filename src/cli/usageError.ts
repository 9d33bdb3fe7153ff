/**
 * A wrong command line: an unknown command or option, a missing value, no
 * paths. The CLI prints its message with a pointer to `--help` and exits 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
