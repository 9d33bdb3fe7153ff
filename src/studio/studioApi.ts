import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { FORMATS } from '../pipeline.js';
import type { Format } from '../pipeline.js';
import { findLocalesDir } from '../view/locale.js';
import { briefingJsonSchema } from '../cli/schema/briefingJsonSchema.js';
import { HttpRefusal, readBody, readJson, send, sendJson } from './httpIo.js';
import { MAX_IMAGE_BYTES } from '../model/checkImageFile.js';
import type { PreviewRenderer, RenderRequest } from './previewRenderer.js';
import type { StudioFolder } from './studioFolder.js';
import { createFile, duplicateFile, openFile, saveFile, storeImage } from './studioFiles.js';

/** Formats the page previews: the pipeline's PDF formats (a PPTX is a download, see DOWNLOADS). */
export const STUDIO_FORMATS: readonly Format[] = FORMATS.filter((f) => f === 'handout' || f === 'slides');
/**
 * What the page can download, each served by `POST /api/<kind>` with the
 * editor's text. The hook for PPTX: once the pipeline writes it, add 'pptx'
 * here and a `POST /api/pptx` handler below; the page shows its button.
 */
export const DOWNLOADS: readonly string[] = ['pdf'];
export const UI_LANGS = ['ru', 'kk', 'en'] as const;

export interface StudioContext {
  folder: StudioFolder;
  renderer: PreviewRenderer;
  /** The file opened first (when the studio was started on a file). */
  initial: string | undefined;
  today: () => string;
}

/** The `studio.*` words of one interface language, without the prefix. */
export function studioWords(lang: string): Record<string, string> {
  const chosen = (UI_LANGS as readonly string[]).includes(lang) ? lang : 'ru';
  const all = JSON.parse(readFileSync(join(findLocalesDir(), `${chosen}.json`), 'utf8')) as Record<string, string>;
  const words: Record<string, string> = {};
  for (const [key, value] of Object.entries(all)) if (key.startsWith('studio.')) words[key.slice('studio.'.length)] = value;
  return words;
}

function formatOf(value: unknown): Format {
  const format = STUDIO_FORMATS.find((f) => f === value);
  if (!format) throw new HttpRefusal(400, `неизвестный формат «${String(value)}»`);
  return format;
}

async function renderRequest(ctx: StudioContext, body: Record<string, unknown>): Promise<RenderRequest> {
  if (typeof body.text !== 'string') throw new HttpRefusal(400, 'нет текста файла');
  const path = await ctx.folder.resolve(body.name);
  const theme = typeof body.theme === 'string' && body.theme !== '' ? await ctx.folder.resolve(body.theme) : undefined;
  if (theme !== undefined && !theme.endsWith('.theme.json')) throw new HttpRefusal(400, 'тема — это файл *.theme.json этой папки');
  return { text: body.text, path, format: formatOf(body.format ?? 'handout'), theme };
}

type Handler = (ctx: StudioContext, req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/** The API, by method and path. */
export const API: Record<string, Handler> = {
  'GET /api/state': async (ctx, _req, res) => {
    sendJson(res, 200, {
      files: await ctx.folder.dataFiles(),
      themes: await ctx.folder.themeFiles(),
      formats: STUDIO_FORMATS,
      downloads: DOWNLOADS,
      initial: ctx.initial,
      langs: UI_LANGS,
    });
  },
  'GET /api/words': async (_ctx, _req, res, url) => sendJson(res, 200, studioWords(url.searchParams.get('lang') ?? 'ru')),
  'GET /api/schema': async (_ctx, _req, res) => sendJson(res, 200, briefingJsonSchema()),
  'GET /api/file': async (ctx, _req, res, url) => sendJson(res, 200, await openFile(ctx.folder, url.searchParams.get('name'))),
  'POST /api/check': async (ctx, req, res) => {
    const result = await ctx.renderer.check(await renderRequest(ctx, await readJson(req)));
    sendJson(res, 200, result);
  },
  'GET /api/page': async (ctx, _req, res, url) => {
    const png = ctx.renderer.page(url.searchParams.get('id') ?? '', Number(url.searchParams.get('n')));
    if (!png) throw new HttpRefusal(404, 'такой страницы нет');
    send(res, 200, 'image/png', png, { 'Cache-Control': 'private, max-age=600' });
  },
  'POST /api/pdf': async (ctx, req, res) => {
    const request = await renderRequest(ctx, await readJson(req));
    const result = await ctx.renderer.pdf(request);
    if (!(result instanceof Uint8Array)) return sendJson(res, 422, { problems: result });
    const stem = (request.path.split(/[\\/]/).pop() ?? 'briefing').replace(/\.(ya?ml|json)$/i, '');
    const file = `${stem}.${request.format}.pdf`;
    send(res, 200, 'application/pdf', result, { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file)}` });
  },
  'POST /api/save': async (ctx, req, res) => {
    const body = await readJson(req);
    if (typeof body.text !== 'string') throw new HttpRefusal(400, 'нет текста файла');
    const result = await saveFile(ctx.folder, body.name, body.text, body.baseHash, body.force === true);
    sendJson(res, result.saved ? 200 : 409, result);
  },
  'POST /api/new': async (ctx, req, res) => {
    sendJson(res, 200, { name: await createFile(ctx.folder, (await readJson(req)).name, ctx.today()) });
  },
  'POST /api/duplicate': async (ctx, req, res) => {
    const body = await readJson(req);
    sendJson(res, 200, { name: await duplicateFile(ctx.folder, body.from, body.name) });
  },
  'POST /api/upload': async (ctx, req, res, url) => {
    const bytes = await readBody(req, MAX_IMAGE_BYTES);
    sendJson(res, 200, { name: await storeImage(ctx.folder, url.searchParams.get('name'), bytes) });
  },
};
