// The interface's words, in Chinese (the default) and English. Messages about the bulletin
// itself come from the packages, in the same locale.

export type UiLocale = "zh-CN" | "en";

const zh = {
  title: "简报工具箱 · 在线试用",
  tagline: "粘贴或拖入一期简报，立即校验、修正并排版。所有处理都在浏览器中完成，不上传任何内容。",
  switchLanguage: "English",
  inputHeading: "1. 输入",
  inputLabel: "粘贴简报正文（从 PDF 或网页复制的文本）或 JSON",
  dropHint: "或把 .txt、.json、.docx、.pdf 文件拖到这里，或",
  chooseFile: "选择文件",
  loadExample: "载入示例（政务窗口月报 第9期）",
  warningsHeading: "识别提示",
  modelHeading: "2. 数据模型（JSON，可直接编辑）",
  modelLabel: "简报的 JSON 数据",
  issuesHeading: "校验结果",
  lintHeading: "规范检查",
  fixOne: "修正",
  fixAll: "全部修正",
  outputHeading: "3. 排版结果",
  tabPreview: "版式预览",
  tabText: "纯文本",
  tabMarkdown: "Markdown",
  tabHtml: "HTML",
  previewLabel: "按 GB/T 9704 版式分页的预览",
  download: "下载",
  downloadJson: "JSON",
  downloadMarkdown: "Markdown",
  downloadHtml: "HTML 网页",
  downloadDocx: "Word (.docx)",
  print: "打印",
  empty: "尚无内容。",
  noIssues: "没有发现问题。",
  valid: (n: number) => `有效：${n} 个小节，无错误。`,
  invalid: (n: number) => `无效：${n} 个错误。`,
  jsonSyntax: "JSON 语法错误",
  pages: (n: number) => `共 ${n} 页`,
  line: (n: number) => `第 ${n} 行`,
  fixApplied: (n: number) => `已修正 ${n} 处。`,
  reading: (name: string) => `正在读取 ${name}…`,
  fileFailed: (name: string, why: string) => `读取 ${name} 失败：${why}`,
  severity: { error: "错误", warning: "警告", info: "提示" } as Record<string, string>,
};

export type Strings = typeof zh;

const en: Strings = {
  title: "Bulletin toolkit · playground",
  tagline:
    "Paste or drop an issue and see it checked, mended and typeset. Everything happens in your browser; nothing is uploaded.",
  switchLanguage: "中文",
  inputHeading: "1. Input",
  inputLabel: "Paste the text of an issue (as copied from a PDF or web page) or its JSON",
  dropHint: "or drop a .txt, .json, .docx or .pdf file here, or",
  chooseFile: "choose a file",
  loadExample: "Load the example (政务窗口月报 第9期)",
  warningsHeading: "Reading notes",
  modelHeading: "2. The model (JSON, editable)",
  modelLabel: "The bulletin as JSON",
  issuesHeading: "Validation",
  lintHeading: "Standards check",
  fixOne: "Fix",
  fixAll: "Fix all",
  outputHeading: "3. Typeset",
  tabPreview: "Page preview",
  tabText: "Plain text",
  tabMarkdown: "Markdown",
  tabHtml: "HTML",
  previewLabel: "Preview paged in the GB/T 9704 layout",
  download: "Download",
  downloadJson: "JSON",
  downloadMarkdown: "Markdown",
  downloadHtml: "HTML page",
  downloadDocx: "Word (.docx)",
  print: "Print",
  empty: "Nothing yet.",
  noIssues: "No problems found.",
  valid: (n: number) => `Valid: ${n} section${n === 1 ? "" : "s"}, no errors.`,
  invalid: (n: number) => `Invalid: ${n} error${n === 1 ? "" : "s"}.`,
  jsonSyntax: "JSON syntax error",
  pages: (n: number) => `${n} page${n === 1 ? "" : "s"}`,
  line: (n: number) => `line ${n}`,
  fixApplied: (n: number) => `Applied ${n} fix${n === 1 ? "" : "es"}.`,
  reading: (name: string) => `Reading ${name}…`,
  fileFailed: (name: string, why: string) => `Could not read ${name}: ${why}`,
  severity: { error: "error", warning: "warning", info: "info" },
};

/** The interface's words in `locale`. */
export function stringsFor(locale: UiLocale): Strings {
  return locale === "en" ? en : zh;
}
