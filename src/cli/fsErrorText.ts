/** Russian words for the file-system errors people meet (instead of `EEXIST: file already exists, mkdir …`). */
const TEXTS: Record<string, string> = {
  ENOENT: 'нет такого файла или папки',
  EEXIST: 'на этом месте уже есть файл',
  ENOTDIR: 'часть пути — файл, а не папка',
  EISDIR: 'это папка, а не файл',
  EACCES: 'нет прав доступа',
  EPERM: 'операция не разрешена',
  EROFS: 'диск только для чтения',
  ENOSPC: 'на диске нет места',
  EBUSY: 'файл занят другой программой',
  EMFILE: 'открыто слишком много файлов',
  ENAMETOOLONG: 'слишком длинное имя',
};

/** An error of `node:fs` in Russian, with its code in brackets for those who search for it. */
export function fsErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const text = code ? TEXTS[code] : undefined;
  if (text) return `${text} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
