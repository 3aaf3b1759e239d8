import type { Locale } from "@bulletin/sdk";

/** Counts over every input of one validate or lint run, as the closing line reports them. */
export interface Totals {
  files: number;
  records: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
}

/** Everything the CLI says itself, in both locales. Issue messages come from the sdk. */
export interface Messages {
  help: Record<"main" | "validate" | "lint" | "render" | "parse" | "schema", string>;
  unknownCommand(name: string): string;
  seeHelp(command?: string): string;
  noInput: string;
  stdinTwice: string;
  cannotRead(file: string, reason: string): string;
  noRecords(file: string): string;
  noFilesInDirectory(dir: string): string;
  badValue(option: string, value: string, expected: string): string;
  missingOption(option: string): string;
  tooManyInputs(command: string): string;
  summary(s: Totals): string;
  progress(file: string, records: number, megabytes: string): string;
  wrote(file: string): string;
  cannotWrite(file: string, reason: string): string;
  readOnly(file: string): string;
  missingDirectory(file: string, dir: string): string;
  outputIsInput(file: string): string;
  notUtf8(file: string, detail: string): string;
  binaryInput(file: string, offset: number): string;
  columnUnknown: string;
  unknownOption(option: string): string;
  /** A parse warning's message, its `options.…` advice replaced by the CLI flag. */
  passFlag(message: string, flag: string): string;
  parseWarnings(count: number): string;
  invalidResult: string;
  unexpected(message: string): string;
}

const HELP_EN = {
  main: `bulletin — validate, lint, render and parse Chinese government work bulletins

Usage: bulletin <command> [options]

Commands:
  validate <file|dir|-...>   check bulletins and feeds (JSON, JSON array, NDJSON, feed)
  lint <file|dir|-...>       validate and report every warning and note
  render <file|-> --to html|md|txt   render a bulletin
  parse <text file|->        turn the text of a bulletin into JSON
  schema                     print the JSON Schema of the model

Options:
  -h, --help      show help (also: bulletin <command> --help)
  -v, --version   print the version
  --locale <en|zh-CN>   language of messages (default from LANG)

Exit codes: 0 all valid, 1 invalid input, 2 usage error or unreadable file.`,
  validate: `Usage: bulletin validate <file|dir|-...> [options]

Checks each bulletin: structure, then the semantic rules. A directory is searched for
.json, .ndjson and .jsonl files; "-" reads standard input. Feeds stream: memory stays flat.

Options:
  --format <auto|ndjson|json-array|feed>   layout of the input (default: auto; .ndjson/.jsonl are ndjson)
  --strict          warnings fail too (exit code 1)
  --json            print machine-readable results on stdout
  --locale <en|zh-CN>   language of messages (default from LANG)
  -h, --help        show this help

Exit codes: 0 all valid, 1 invalid input, 2 usage error or unreadable file.`,
  lint: `Usage: bulletin lint <file|dir|-...> [options]

Like validate, and reports every warning and note; warnings fail (exit code 1).

Options:
  --format <auto|ndjson|json-array|feed>   layout of the input (default: auto)
  --json            print machine-readable results on stdout
  --locale <en|zh-CN>   language of messages (default from LANG)
  -h, --help        show this help`,
  render: `Usage: bulletin render <file|-> --to <html|md|txt> [options]

Renders one bulletin. Without -o the result goes to standard output.

Options:
  --to <html|md|txt>          output format (required); html is a whole page
  --theme <official|plain>    HTML theme (default: official)
  -o, --output <file>         write to a file, atomically (never half-written)
  --locale <en|zh-CN>         language of messages (default from LANG)
  -h, --help                  show this help`,
  parse: `Usage: bulletin parse <text file|-> [options]

Turns the plain text of a bulletin (from a PDF or a Word file) into bulletin JSON. Warnings
about what had to be guessed go to standard error with their line and column.

Options:
  -o, --output <file>   write the JSON to a file, atomically (default: standard output)
  --year <year>         the year of dates written without one (default: from the text)
  --title <text>        the bulletin's name, when the text has no masthead (政务窗口月报)
  --publisher <name>    who publishes it, when the text names no one
  --number <n>          the issue number (第N期), when the text has none
  --published-on <YYYY-MM-DD>   the publication date, when the text has none
  --locale <en|zh-CN>   language of messages (default from LANG)
  -h, --help            show this help`,
  schema: `Usage: bulletin schema [-o bulletin.schema.json]

Prints the JSON Schema (draft 2020-12) of the bulletin model, for validators in other languages.

Options:
  -o, --output <file>   write to a file, atomically (default: standard output)
  -h, --help            show this help`,
};

const HELP_ZH = {
  main: `bulletin — 政务简报/月报的校验、检查、排版与解析

用法：bulletin <命令> [选项]

命令：
  validate <文件|目录|-...>   校验简报与数据源（JSON、JSON 数组、NDJSON、feed）
  lint <文件|目录|-...>       校验并列出全部警告与提示
  render <文件|-> --to html|md|txt   排版输出一期简报
  parse <文本文件|->          把简报的纯文本解析为 JSON
  schema                      输出模型的 JSON Schema

选项：
  -h, --help      显示帮助（亦可：bulletin <命令> --help）
  -v, --version   显示版本
  --locale <en|zh-CN>   提示语言（默认取自 LANG）

退出码：0 全部有效，1 输入无效，2 用法错误或文件无法读取。`,
  validate: `用法：bulletin validate <文件|目录|-...> [选项]

逐期校验：先查结构，再查语义规则。目录中查找 .json、.ndjson、.jsonl 文件；"-" 读取标准输入。
数据源按流读取，内存占用恒定。

选项：
  --format <auto|ndjson|json-array|feed>   输入格式（默认 auto；.ndjson/.jsonl 视为 ndjson）
  --strict          警告也视为不通过（退出码 1）
  --json            在标准输出打印机器可读的结果
  --locale <en|zh-CN>   提示语言（默认取自 LANG）
  -h, --help        显示本帮助

退出码：0 全部有效，1 输入无效，2 用法错误或文件无法读取。`,
  lint: `用法：bulletin lint <文件|目录|-...> [选项]

与 validate 相同，并列出全部警告与提示；有警告即不通过（退出码 1）。

选项：
  --format <auto|ndjson|json-array|feed>   输入格式（默认 auto）
  --json            在标准输出打印机器可读的结果
  --locale <en|zh-CN>   提示语言（默认取自 LANG）
  -h, --help        显示本帮助`,
  render: `用法：bulletin render <文件|-> --to <html|md|txt> [选项]

排版输出一期简报；未指定 -o 时输出到标准输出。

选项：
  --to <html|md|txt>          输出格式（必填）；html 为完整网页
  --theme <official|plain>    HTML 主题（默认 official）
  -o, --output <文件>         写入文件（原子写入，不会留下半个文件）
  --locale <en|zh-CN>         提示语言（默认取自 LANG）
  -h, --help                  显示本帮助`,
  parse: `用法：bulletin parse <文本文件|-> [选项]

把简报的纯文本（取自 PDF 或 Word）解析为简报 JSON；需要推断之处以警告形式连同行列号输出到标准错误。

选项：
  -o, --output <文件>   写入文件（原子写入；默认输出到标准输出）
  --year <年份>         未写年份的日期所属年份（默认取自正文）
  --title <名称>        正文没有报头时的简报名称（如 政务窗口月报）
  --publisher <单位>    正文没有写明时的编印单位
  --number <期号>       正文没有期号时的期号（第N期）
  --published-on <YYYY-MM-DD>   正文没有印发日期时的印发日期
  --locale <en|zh-CN>   提示语言（默认取自 LANG）
  -h, --help            显示本帮助`,
  schema: `用法：bulletin schema [-o bulletin.schema.json]

输出简报模型的 JSON Schema（draft 2020-12），供其他语言的校验器使用。

选项：
  -o, --output <文件>   写入文件（原子写入；默认输出到标准输出）
  -h, --help            显示本帮助`,
};

const en: Messages = {
  help: HELP_EN,
  unknownCommand: (name) => `unknown command ${JSON.stringify(name)}`,
  seeHelp: (command) => `Run "bulletin ${command ? `${command} ` : ""}--help" for usage.`,
  noInput: "no input: name a file, a directory, or - for standard input",
  stdinTwice: 'standard input ("-") can be read only once',
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  noRecords: (file) => `${file} holds no bulletin (it is empty)`,
  noFilesInDirectory: (dir) => `no .json, .ndjson or .jsonl files in ${dir}`,
  badValue: (option, value, expected) =>
    `${option} must be ${expected}, got ${JSON.stringify(value)}`,
  missingOption: (option) => `${option} is required`,
  tooManyInputs: (command) => `bulletin ${command} takes one input`,
  summary: (s) =>
    `${s.files} file${s.files === 1 ? "" : "s"}, ${s.records} record${s.records === 1 ? "" : "s"}: ${s.valid} valid, ${s.invalid} invalid (${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"})${s.unreadable ? `, ${s.unreadable} unreadable` : ""}`,
  progress: (file, records, mb) => `${file}: ${records} records, ${mb} MB`,
  wrote: (file) => `wrote ${file}`,
  cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
  readOnly: (file) =>
    `cannot write ${file}: permission denied (you may not write this file; it was left as it is)`,
  missingDirectory: (file, dir) => `cannot write ${file}: the directory ${dir} does not exist`,
  outputIsInput: (file) =>
    `-o ${file} names the input file: the output would replace it; choose another output file`,
  notUtf8: (file, detail) => `${file} is not UTF-8 text: ${detail}`,
  binaryInput: (file, offset) =>
    `${file} is not text: a NUL byte at byte offset ${offset} (binary data, or UTF-16 text; save it as UTF-8)`,
  columnUnknown: "column unknown: streamed input; the line is where the record starts",
  unknownOption: (option) => `unknown option ${JSON.stringify(option)}`,
  passFlag: (message, flag) => {
    const told = message.replace(/pass options\.[\w.]+/, `pass ${flag}`);
    return told === message ? `${message} (from the command line: ${flag})` : told;
  },
  parseWarnings: (count) => `${count} warning${count === 1 ? "" : "s"} while parsing`,
  invalidResult: "the parsed bulletin is not valid:",
  unexpected: (message) => `unexpected error: ${message} (set BULLETIN_DEBUG=1 to see the stack)`,
};

const zh: Messages = {
  help: HELP_ZH,
  unknownCommand: (name) => `未知命令 ${JSON.stringify(name)}`,
  seeHelp: (command) => `运行 "bulletin ${command ? `${command} ` : ""}--help" 查看用法。`,
  noInput: "没有输入：请指定文件、目录，或用 - 表示标准输入",
  stdinTwice: '标准输入（"-"）只能读取一次',
  cannotRead: (file, reason) => `无法读取 ${file}：${reason}`,
  noRecords: (file) => `${file} 不含任何公报（内容为空）`,
  noFilesInDirectory: (dir) => `${dir} 中没有 .json、.ndjson 或 .jsonl 文件`,
  badValue: (option, value, expected) =>
    `${option} 应为 ${expected}，实际为 ${JSON.stringify(value)}`,
  missingOption: (option) => `缺少必填选项 ${option}`,
  tooManyInputs: (command) => `bulletin ${command} 只接受一个输入`,
  summary: (s) =>
    `共 ${s.files} 个文件、${s.records} 条记录：${s.valid} 条有效，${s.invalid} 条无效（${s.errors} 个错误，${s.warnings} 个警告）${s.unreadable ? `，${s.unreadable} 个文件无法读取` : ""}`,
  progress: (file, records, mb) => `${file}：已校验 ${records} 条，${mb} MB`,
  wrote: (file) => `已写入 ${file}`,
  cannotWrite: (file, reason) => `无法写入 ${file}：${reason}`,
  readOnly: (file) => `无法写入 ${file}：没有权限（您无权写入此文件；文件保持原样）`,
  missingDirectory: (file, dir) => `无法写入 ${file}：目录 ${dir} 不存在`,
  outputIsInput: (file) => `-o ${file} 指向输入文件本身：输出会覆盖输入；请另选输出文件`,
  notUtf8: (file, detail) => `${file} 不是 UTF-8 文本：${detail}`,
  binaryInput: (file, offset) =>
    `${file} 不是文本：第 ${offset} 字节（从 0 起计）为 NUL（二进制数据或 UTF-16 文本；请另存为 UTF-8）`,
  columnUnknown: "列号未知：输入按流读取，行号为该条记录的起始行",
  unknownOption: (option) => `未知选项 ${JSON.stringify(option)}`,
  passFlag: (message, flag) => {
    const told = message.replace(/可通过 options\.[\w.]+ 提供/, `可用 ${flag} 提供`);
    return told === message ? `${message}（命令行可用 ${flag}）` : told;
  },
  parseWarnings: (count) => `解析时有 ${count} 个警告`,
  invalidResult: "解析得到的简报无效：",
  unexpected: (message) => `意外错误：${message}（设置 BULLETIN_DEBUG=1 可查看调用栈）`,
};

/** The CLI's own messages in `locale`. */
export function messagesFor(locale: Locale): Messages {
  return locale === "zh-CN" ? zh : en;
}
