import { mkdir } from 'node:fs/promises';
import type { Problem } from '../../diagnostics/index.js';
import type { Format } from '../../pipeline.js';
import type { CliIo } from '../io.js';
import type { RenderArgs } from '../parseArgs.js';
import type { PipelineDeps } from '../pipelineDeps.js';
import { classifyError } from '../classifyError.js';
import { collectInputs, findNameClash } from '../collectInputs.js';
import type { DataInput } from '../collectInputs.js';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../exitCode.js';
import type { ExitCode } from '../exitCode.js';
import { outputPath, removeIfExists } from '../outputFiles.js';
import { printInternalError, printRefusal, printUsageError, printWarnings } from '../printProblems.js';
import { writeAtomically } from '../writeAtomically.js';

type Outcome = 'written' | 'refused' | 'usage';

/**
 * `briefing render`: each file is loaded, rendered to memory in every
 * requested format, and only then written, each PDF atomically. A file is
 * refused when loading or any of its formats fails; a refused file leaves no
 * PDF (an old one from a previous run is deleted). A usage problem from the
 * library (a format that is not available) stops the run with status 2.
 */
export async function runRender(args: RenderArgs, io: CliIo, deps: PipelineDeps): Promise<ExitCode> {
  const { inputs, refused } = await collectInputs(args.paths);
  const clash = findNameClash(inputs);
  if (clash) {
    printUsageError(io, `файлы ${clash[0].path} и ${clash[1].path} дали бы одни и те же PDF (${clash[0].name}.*.pdf): переименуйте один из них`);
    return EXIT_USAGE;
  }
  for (const problem of refused) printRefusal(io, problem.file ?? '', [problem]);
  if (inputs.length > 0) {
    try {
      await mkdir(args.outDir, { recursive: true });
    } catch (error) {
      io.err(`Не удалось создать папку ${args.outDir}: ${(error as Error).message}`);
      return EXIT_REFUSED;
    }
  }

  let refusedCount = refused.length;
  for (const input of inputs) {
    const outcome = await renderOne(input, args, io, deps);
    if (outcome === 'usage') return EXIT_USAGE;
    if (outcome === 'refused') refusedCount++;
  }
  if (refusedCount > 0) {
    io.err(`Отклонено: ${refusedCount} из ${inputs.length + refused.length}.`);
    return EXIT_REFUSED;
  }
  return EXIT_OK;
}

async function renderOne(input: DataInput, args: RenderArgs, io: CliIo, deps: PipelineDeps): Promise<Outcome> {
  const warnings: Problem[] = [];
  const pdfs: { format: Format; bytes: Uint8Array }[] = [];
  try {
    const briefing = await deps.loadBriefing(input.path);
    for (const format of args.formats) {
      const bytes = await deps.renderBriefing(briefing, {
        format,
        pdfa: args.pdfa,
        templates: args.templates,
        onWarning: (problem) => warnings.push(problem),
      });
      pdfs.push({ format, bytes });
    }
  } catch (error) {
    const classified = classifyError(error);
    if (classified.kind === 'usage') {
      for (const problem of classified.problems) printUsageError(io, problem.message);
      return 'usage';
    }
    printWarnings(io, input.path, warnings);
    if (classified.kind === 'refused') printRefusal(io, input.path, classified.problems);
    else printInternalError(io, input.path, classified.error);
    await removeOutputs(input, args, io);
    return 'refused';
  }

  const written: string[] = [];
  for (const { format, bytes } of pdfs) {
    const target = outputPath(args.outDir, input.name, format);
    try {
      await writeAtomically(target, bytes);
      written.push(target);
    } catch (error) {
      printWarnings(io, input.path, warnings);
      const message = `не удалось записать PDF: ${(error as Error).message}`;
      printRefusal(io, input.path, [{ code: 'io', severity: 'error', file: target, message }]);
      await removeOutputs(input, args, io);
      return 'refused';
    }
  }
  printWarnings(io, input.path, warnings);
  for (const target of written) io.out(`записан ${target}`);
  return 'written';
}

/** A refused file leaves no PDF: delete what a previous run (or this one) left for its formats. */
async function removeOutputs(input: DataInput, args: RenderArgs, io: CliIo): Promise<void> {
  for (const format of args.formats) {
    const target = outputPath(args.outDir, input.name, format);
    try {
      if (await removeIfExists(target)) io.err(`  удалён ${target}: файл отклонён, его PDF не оставляется`);
    } catch (error) {
      io.err(`  не удалось удалить ${target}: ${(error as Error).message}`);
    }
  }
}
