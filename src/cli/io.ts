/**
 * Where the command line prints. Only the CLI prints (DESIGN.md); tests pass
 * an `io` that collects the lines.
 */
export interface CliIo {
  /** One line to standard output (success lines). */
  out(line: string): void;
  /** One line to standard error (problems, warnings, usage errors). */
  err(line: string): void;
  /**
   * A line that is redrawn in place at the bottom of the terminal (a progress
   * bar); there only when standard error is a terminal. Lines printed through
   * `out` and `err` appear above it.
   */
  status?: StatusLine;
}

export interface StatusLine {
  /** The terminal's width in characters. */
  readonly columns: number;
  show(text: string): void;
  clear(): void;
}

let statusText = '';
const CLEAR_LINE = '\r\u001b[K';

/** The real terminal. A closed pipe (`briefing … | head`) is not an error. */
export const processIo: CliIo = {
  out: (line) => writeLine(process.stdout, line),
  err: (line) => writeLine(process.stderr, line),
  ...(process.stderr.isTTY
    ? {
        status: {
          get columns() {
            return process.stderr.columns || 80;
          },
          show(text: string) {
            statusText = printable(text);
            if (!process.stderr.destroyed) process.stderr.write(CLEAR_LINE + statusText);
          },
          clear() {
            if (statusText !== '' && !process.stderr.destroyed) process.stderr.write(CLEAR_LINE);
            statusText = '';
          },
        },
      }
    : {}),
};

/** Writes one line, keeping the status line (if any) below it. */
/**
 * Control characters (C0 but tab and line feed, DEL, C1) and the bidirectional
 * overrides: a data file's text printed as it is could recolour the terminal,
 * retitle its window or reorder the line.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** A line with its control characters shown as `U+001B` (visible, harmless), for the terminal. */
export function printable(line: string): string {
  return line.replace(UNPRINTABLE, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

function writeLine(stream: NodeJS.WriteStream, line: string): void {
  if (stream.destroyed) return;
  if (statusText !== '' && process.stderr.isTTY) process.stderr.write(CLEAR_LINE);
  stream.write(`${printable(line)}\n`);
  if (statusText !== '' && process.stderr.isTTY) process.stderr.write(statusText);
}

/** Ignore EPIPE on the standard streams, so `| head` does not crash the command. */
export function ignoreBrokenPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}
