import { CLI_FORMATS, DEFAULT_OUT_DIR } from './parseArgs.js';

/** The text of `briefing --help`. */
export function usageText(): string {
  return `briefing: раздаточные материалы (A4) и слайды (16:9) в PDF для пресс-брифинга из одного файла YAML или JSON

Использование:
  briefing render ПУТЬ... [--format СПИСОК] [--out ПАПКА] [--pdfa] [--templates ПАПКА]
  briefing validate ПУТЬ...
  briefing --help | --version

ПУТЬ — файл данных (.yaml, .yml, .json) или папка: из папки берутся файлы данных,
лежащие прямо в ней (без вложенных папок и скрытых файлов), по порядку имён.

Параметры render:
  --format СПИСОК    форматы через запятую: ${CLI_FORMATS.join(', ')} (по умолчанию handout)
  --out ПАПКА        куда писать PDF (по умолчанию ${DEFAULT_OUT_DIR}/; создаётся);
                     из ИМЯ.yaml получаются ПАПКА/ИМЯ.handout.pdf и ПАПКА/ИМЯ.slides.pdf
  --pdfa             PDF/A-2 для архива
  --templates ПАПКА  свои шаблоны: ПАПКА/<формат>/layout.hbs (см. docs/markup.md)
  Значение можно писать и через «=»: --format=handout,slides

validate проверяет файлы так же, как render, но ничего не рисует и не пишет.

Код завершения: 0 — все файлы обработаны; 1 — какой-то файл отклонён (остальные
всё равно обработаны, отклонённый не оставляет PDF); 2 — неверная командная строка.
Проблемы печатаются в стандартный поток ошибок.

Examples / Примеры:
  briefing render data                       every file in data/ → output/*.handout.pdf
  briefing render data/astana-2025-12-03.yaml --format handout,slides --out print
  briefing validate data`;
}
