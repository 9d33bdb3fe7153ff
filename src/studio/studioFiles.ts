import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { writeAtomically } from '../cli/writeAtomically.js';
import { starterData } from '../cli/init/starterData.js';
import { schemaReference } from '../cli/commands/init.js';
import { MAX_IMAGE_BYTES } from '../model/checkImageFile.js';
import { sniffImage, svgExternalRefs } from '../assets/sniffImage.js';
import { HttpRefusal } from './httpIo.js';
import type { StudioFolder } from './studioFolder.js';

export function hashOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readIfThere(path: string): Promise<Buffer | undefined> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

/** The text of a data file and the hash the page sends back on save. */
export async function openFile(folder: StudioFolder, name: unknown): Promise<{ text: string; hash: string }> {
  const path = await folder.resolve(name);
  const bytes = await readIfThere(path);
  if (bytes === undefined) throw new HttpRefusal(404, `файл «${String(name)}» не найден`);
  return { text: bytes.toString('utf8').replace(/^\uFEFF/, ''), hash: hashOf(bytes) };
}

export type SaveResult = { saved: true; hash: string } | { saved: false; text: string; hash: string };

/**
 * Writes `text` with the CLI's atomic writer, unless the file on disk is no
 * longer the one the page opened (`baseHash`) and `force` is not set: then the
 * disk's text comes back so the page can offer «reload» or «keep mine».
 */
export async function saveFile(folder: StudioFolder, name: unknown, text: string, baseHash: unknown, force: boolean): Promise<SaveResult> {
  const path = await folder.resolve(name);
  const current = await readIfThere(path);
  if (current !== undefined && !force && hashOf(current) !== baseHash) {
    return { saved: false, text: current.toString('utf8'), hash: hashOf(current) };
  }
  const bytes = Buffer.from(text, 'utf8');
  await writeAtomically(path, bytes);
  return { saved: true, hash: hashOf(bytes) };
}

/** `имя` → `имя.yaml`; any other extension than .yaml/.yml/.json is refused. */
export function dataFileName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') throw new HttpRefusal(400, 'не указано имя файла');
  const trimmed = name.trim();
  const ext = extname(trimmed).toLowerCase();
  if (ext === '.yaml' || ext === '.yml' || ext === '.json') return trimmed;
  return `${trimmed}.yaml`;
}

async function writeNew(folder: StudioFolder, name: string, text: string): Promise<string> {
  const path = await folder.resolve(name);
  if ((await readIfThere(path)) !== undefined) throw new HttpRefusal(409, `файл «${name}» уже есть`);
  await writeAtomically(path, Buffer.from(text, 'utf8'));
  return name;
}

/** A new data file from the starter of `briefing init`. */
export async function createFile(folder: StudioFolder, rawName: unknown, today: string): Promise<string> {
  const name = dataFileName(rawName);
  const path = await folder.resolve(name);
  return writeNew(folder, name, starterData(schemaReference(path), today));
}

/** A copy of `from` under a new name. */
export async function duplicateFile(folder: StudioFolder, from: unknown, rawName: unknown): Promise<string> {
  const { text } = await openFile(folder, from);
  return writeNew(folder, dataFileName(rawName), text);
}

const IMAGE_EXT = { png: '.png', jpeg: '.jpg', svg: '.svg' } as const;

/**
 * Stores an uploaded logo or photo beside the data files, checked by content
 * as the validator checks `logo`: PNG, JPEG or self-contained SVG, at most 10 MB.
 * The extension follows the content. Resolves to the stored file's name.
 */
export async function storeImage(folder: StudioFolder, rawName: unknown, bytes: Uint8Array): Promise<string> {
  if (bytes.length > MAX_IMAGE_BYTES) throw new HttpRefusal(413, 'изображение больше 10 МБ');
  const kind = sniffImage(bytes);
  if (!kind) throw new HttpRefusal(415, 'это не изображение PNG, JPEG или SVG (тип определяется по содержимому)');
  if (kind === 'svg' && svgExternalRefs(new TextDecoder().decode(bytes)).length > 0) {
    throw new HttpRefusal(415, 'SVG ссылается на внешние файлы: встройте картинки или сохраните как PNG');
  }
  const given = typeof rawName === 'string' ? basename(rawName) : 'image';
  const stem =
    given
      .slice(0, given.length - extname(given).length)
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'image';
  const name = `${stem}${IMAGE_EXT[kind]}`;
  const path = await folder.resolve(name);
  await writeAtomically(path, bytes);
  return name;
}
