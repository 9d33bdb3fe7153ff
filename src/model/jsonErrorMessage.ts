import { printParseErrorCode, type ParseError } from 'jsonc-parser';

const MESSAGES: Record<string, { message: string; hint?: string }> = {
  InvalidSymbol: { message: 'недопустимый символ', hint: 'имена полей и строки в JSON пишутся в двойных кавычках' },
  InvalidNumberFormat: { message: 'неверная запись числа', hint: 'в JSON число пишется без ведущих нулей, дробная часть — через точку' },
  PropertyNameExpected: { message: 'ожидалось имя поля в двойных кавычках' },
  ValueExpected: { message: 'ожидалось значение' },
  ColonExpected: { message: 'ожидалось двоеточие после имени поля' },
  CommaExpected: { message: 'не хватает запятой', hint: 'поля объекта и элементы списка разделяются запятыми' },
  CloseBraceExpected: { message: 'не хватает закрывающей скобки "}"' },
  CloseBracketExpected: { message: 'не хватает закрывающей скобки "]"' },
  EndOfFileExpected: { message: 'лишний текст после конца JSON' },
  InvalidCommentToken: { message: 'комментарии в JSON не допускаются', hint: 'удалите комментарий или запишите файл в YAML' },
  UnexpectedEndOfComment: { message: 'не закрыт комментарий' },
  UnexpectedEndOfString: {
    message: 'не закрыта строка',
    hint: 'строка заканчивается двойной кавычкой на той же строке; перенос строки внутри значения пишется как \\n',
  },
  UnexpectedEndOfNumber: { message: 'неоконченное число' },
  InvalidUnicode: { message: 'неверная последовательность \\u' },
  InvalidEscapeCharacter: { message: 'неверная escape-последовательность после "\\"' },
  InvalidCharacter: { message: 'недопустимый управляющий символ внутри строки' },
};

/** Russian wording for a jsonc-parser error, and the offset to report it at. */
export function jsonErrorMessage(text: string, error: ParseError): { offset: number; message: string; hint?: string } {
  const name = printParseErrorCode(error.error);
  if (name === 'ValueExpected' && text.trim() === '') return { offset: 0, message: 'файл пуст' };
  if (name === 'PropertyNameExpected' || name === 'ValueExpected') {
    const closing = text[error.offset];
    let before = error.offset - 1;
    while (before >= 0 && /\s/.test(text[before] ?? '')) before--;
    if ((closing === '}' || closing === ']') && text[before] === ',') {
      return { offset: before, message: `лишняя запятая перед "${closing}"`, hint: 'в JSON после последнего элемента запятая не ставится' };
    }
  }
  const known = MESSAGES[name] ?? { message: 'ошибка синтаксиса JSON', hint: `JSON: ${name}` };
  return { offset: error.offset, ...known };
}
