/**
 * Where the command line prints. Only the CLI prints (DESIGN.md); tests pass
 * an `io` that collects the lines.
 */
export interface CliIo {
  /** One line to standard output (success lines). */
  out(line: string): void;
  /** One line to standard error (problems, warnings, usage errors). */
  err(line: string): void;
}

/** The real terminal. A closed pipe (`briefing … | head`) is not an error. */
export const processIo: CliIo = {
  out: (line) => writeLine(process.stdout, line),
  err: (line) => writeLine(process.stderr, line),
};

function writeLine(stream: NodeJS.WriteStream, line: string): void {
  if (stream.destroyed) return;
  stream.write(`${line}\n`);
}

/** Ignore EPIPE on the standard streams, so `| head` does not crash the command. */
export function ignoreBrokenPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}
