/** A message for the people who fill in data files, with a hint of what to do when there is one. */
export interface Message {
  message: string;
  hint?: string;
}

/**
 * A table of messages written one to a line, `CODE :: message :: hint` (the
 * hint optional), as the parse errors' Russian wording is kept: easier to read
 * and to extend than an object literal, and each line is prose.
 */
export function messageTable(text: string): Readonly<Record<string, Message>> {
  const table: Record<string, Message> = {};
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [code = '', message = '', hint] = line.split(' :: ').map((part) => part.trim());
    table[code] = hint === undefined ? { message } : { message, hint };
  }
  return table;
}
