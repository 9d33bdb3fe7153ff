import { messageTable } from '../diagnostics/messageTable.js';

/** Russian wording for the errors of the `yaml` package, by its error code. */
const MESSAGES = messageTable(String.raw`
BAD_INDENT :: неверный отступ :: поля одного уровня должны начинаться с одной и той же колонки; отступы — пробелами
TAB_AS_INDENT :: табуляция в отступе :: в YAML отступы делаются только пробелами
BLOCK_AS_IMPLICIT_KEY :: в значении встретилось двоеточие с пробелом после него :: заключите значение в кавычки: title: "Брифинг: итоги года"
MULTILINE_IMPLICIT_KEY :: ключ или значение без кавычек разорваны переносом строки :: заключите длинное значение в кавычки или используйте «|» для многострочного текста
MULTIPLE_DOCS :: в файле несколько YAML-документов (разделитель ---) :: в одном файле описывается один брифинг
BAD_SCALAR_START :: значение не может начинаться с этого символа без кавычек :: заключите значение в кавычки
UNEXPECTED_TOKEN :: неожиданный символ :: если это часть значения, заключите значение в кавычки
BAD_DQ_ESCAPE :: неверная escape-последовательность в строке в двойных кавычках :: обратную косую черту пишите как \\ или используйте одинарные кавычки
BAD_ALIAS :: неверная ссылка (*якорь)
BAD_DIRECTIVE :: неверная директива YAML (%)
BLOCK_IN_FLOW :: блочная запись внутри скобок [ ] или { }
KEY_OVER_1024_CHARS :: слишком длинный ключ (больше 1024 символов)
DUPLICATE_KEY :: поле повторяется
`);

/** MISSING_CHAR covers several mistakes; the English message tells which. */
const MISSING: [RegExp, { message: string; hint?: string }][] = [
  [/^Flow sequence must end with a \]/, { message: 'не закрыта скобка «[»', hint: 'список в квадратных скобках заканчивается «]»' }],
  [/^Flow map must end with a \}/, { message: 'не закрыта скобка «{»', hint: 'запись в фигурных скобках заканчивается «}»' }],
  [/quote/, { message: 'не закрыта кавычка', hint: 'строка в кавычках заканчивается такой же кавычкой' }],
  [/Missing space after :/, { message: 'после двоеточия нужен пробел' }],
  [/Missing , /, { message: 'не хватает запятой между элементами в скобках' }],
  [
    /Implicit map keys need to be followed by map values/,
    {
      message: 'строка без двоеточия: ожидалось «ключ: значение»',
      hint: 'если это продолжение текста с предыдущей строки, сдвиньте его правее ключа',
    },
  ],
  [/without - indicator/, { message: 'элемент списка без «- »' }],
];

export function yamlErrorMessage(code: string, original: string): { message: string; hint?: string } {
  const known = code === 'MISSING_CHAR' ? MISSING.find(([re]) => re.test(original))?.[1] : MESSAGES[code];
  if (known) return known;
  const technical = original.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  return { message: 'ошибка синтаксиса YAML', hint: `YAML: ${technical}` };
}

/** An unclosed `[` or `{`, with the place of the bracket (the `yaml` package calls it a bad indent). */
export function unclosedBracketMessage(bracket: '[' | '{', line: number, column: number): { message: string; hint: string } {
  const hint =
    bracket === '['
      ? 'список в квадратных скобках заканчивается «]» на той же строке или на следующих; или запишите каждый элемент с новой строки после «- »'
      : 'запись в фигурных скобках заканчивается «}» на той же строке или на следующих; или запишите поля с новой строки, каждое «ключ: значение»';
  return { message: `не закрыта скобка «${bracket}», открытая в строке ${line}, колонке ${column}`, hint };
}
