import { CLI_FORMATS, DEFAULT_INIT_NAME, DEFAULT_OUT_DIR, DEFAULT_PNG_DPI, PNG_DPI_RANGE } from './parseArgs.js';

/** The text of `briefing --help`. */
export function usageText(): string {
  return `briefing: раздаточные материалы (A4) и слайды (16:9) в PDF для пресс-брифинга из одного файла YAML или JSON

Использование:
  briefing init [ИМЯ] [--force]
  briefing validate ПУТЬ...
  briefing render ПУТЬ... [--format СПИСОК] [--out ПАПКА] [--png] [--png-dpi N] [--pdfa]
                          [--templates ПАПКА] [--theme ФАЙЛ] [--jobs N] [--quiet] [--json]
  briefing watch ПУТЬ... [те же параметры, что у render, кроме --jobs, --quiet и --json]
  briefing templates copy ПАПКА [--force]
  briefing studio [ПУТЬ] [--port N] [--no-open]
  briefing --help | --version

ПУТЬ — файл данных (.yaml, .yml, .json) или папка: из папки берутся файлы данных,
лежащие прямо в ней (без вложенных папок и скрытых файлов), по порядку имён.

init пишет заготовку файла данных с примерами всех полей и комментариями
(по умолчанию ${DEFAULT_INIT_NAME}); существующий файл не трогает без --force.

validate проверяет файлы так же, как render, но ничего не рисует и не пишет.

Параметры render:
  --format СПИСОК    форматы через запятую: ${CLI_FORMATS.join(', ')} (по умолчанию handout)
  --out ПАПКА        куда писать PDF (по умолчанию ${DEFAULT_OUT_DIR}/; создаётся);
                     из ИМЯ.yaml получаются ПАПКА/ИМЯ.handout.pdf и ПАПКА/ИМЯ.slides.pdf
                     docx — ИМЯ.handout.docx для Word; release — пресс-релиз ИМЯ.release.html и .txt
                     pptx — ИМЯ.slides.pptx, та же презентация для PowerPoint
  --png              ещё и картинки страниц рядом с PDF: ИМЯ.handout-1.png, ИМЯ.handout-2.png…
                     (${DEFAULT_PNG_DPI} точек на дюйм: страница A4 — 1240 × 1754 пикселей)
  --png-dpi N        разрешение картинок, от ${PNG_DPI_RANGE[0]} до ${PNG_DPI_RANGE[1]} точек на дюйм (включает --png)
  --pdfa             PDF/A-2 для архива
  --templates ПАПКА  свои шаблоны: ПАПКА/<формат>/layout.hbs (см. docs/markup.md);
                     начать можно с копии встроенных: briefing templates copy ПАПКА
  --theme ФАЙЛ       своя тема (JSON как templates/<формат>/theme.json, любые части):
                     цвета, шрифты, размеры поверх встроенной темы, без правки шаблонов
  --assets ПАПКА     папка, в которой ищутся logo и photo (по умолчанию — папка файла данных);
                     путь за её пределы отклоняется
  --jobs N           сколько файлов рисовать одновременно (по умолчанию — по числу ядер)
  --quiet            печатать только проблемы
  --json             отчёт для программ в стандартный вывод: что записано, что отклонено и почему
  Значение можно писать и через «=»: --format=handout,slides

watch рисует всё один раз, а потом перерисовывает то, что изменилось: файл данных
(или его картинку) — этот файл; шаблон, тему, перевод или шрифт — все файлы.
Файл с ошибками печатает свои проблемы, наблюдение продолжается. Ctrl+C — выход.

templates copy копирует встроенные шаблоны в ПАПКА/<формат>/ для правки.

studio открывает в браузере редактор файла данных (или папки, по умолчанию data/)
с предпросмотром страниц: сервер только на 127.0.0.1, первая строка вывода — адрес
с ключом сеанса. --port N — свой порт (0 — любой свободный), --no-open — не открывать
браузер. Ctrl+C — выход.

Код завершения: 0 — все файлы обработаны; 1 — какой-то файл отклонён (остальные
всё равно обработаны, отклонённый не оставляет PDF); 2 — неверная командная строка.
Проблемы печатаются в стандартный поток ошибок.

Examples / Примеры:
  briefing init data/2025-12-10.yaml         a commented starter file / заготовка
  briefing render data                       every file in data/ → output/*.handout.pdf
  briefing render data/astana-2025-12-03.yaml --format handout,slides --out print --png
  briefing watch data --out preview          re-render on every save / перерисовка при сохранении
  briefing validate data`;
}
