import { printParseErrorCode, type ParseError } from 'jsonc-parser';
import { messageTable } from '../diagnostics/messageTable.js';

const MESSAGES = messageTable(String.raw`
InvalidSymbol :: недопустимый символ :: имена полей и строки в JSON пишутся в двойных кавычках
InvalidNumberFormat :: неверная запись числа :: в JSON число пишется без ведущих нулей, дробная часть — через точку
PropertyNameExpected :: ожидалось имя поля в двойных кавычках
ValueExpected :: ожидалось значение
ColonExpected :: ожидалось двоеточие после имени поля
CommaExpected :: не хватает запятой :: поля объекта и элементы списка разделяются запятыми
CloseBraceExpected :: не хватает закрывающей скобки "}"
CloseBracketExpected :: не хватает закрывающей скобки "]"
EndOfFileExpected :: лишний текст после конца JSON
InvalidCommentToken :: комментарии в JSON не допускаются :: удалите комментарий или запишите файл в YAML
UnexpectedEndOfComment :: не закрыт комментарий
UnexpectedEndOfString :: не закрыта строка :: строка заканчивается двойной кавычкой на той же строке; перенос строки внутри значения пишется как \n
UnexpectedEndOfNumber :: неоконченное число
InvalidUnicode :: неверная последовательность \u
InvalidEscapeCharacter :: неверная escape-последовательность после "\"
InvalidCharacter :: недопустимый управляющий символ внутри строки
`);

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
