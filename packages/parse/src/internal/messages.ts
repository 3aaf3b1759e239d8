import type { Locale } from "@bulletin/format";
import type { ParseWarningCode, ParseWarningSeverity } from "../parse-warning";

// The toolkit's one Locale type (format's), re-exported by the package.
export type { Locale };

type Params = Record<string, string | number | undefined>;
type Message = {
  severity: ParseWarningSeverity;
  "zh-CN": (p: Params) => string;
  en: (p: Params) => string;
};

const q = (s: string | number | undefined): string => {
  const t = String(s ?? "");
  return `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`;
};

const MESSAGES: Record<ParseWarningCode, Message> = {
  "missing-title": {
    severity: "warning",
    "zh-CN": () => "文本没有报头名称，结果不完整，可通过 options.publication.title 提供",
    en: () =>
      "The text has no masthead title; the result is incomplete; pass options.publication.title",
  },
  "missing-publisher": {
    severity: "warning",
    "zh-CN": () => "文本没有编印单位，结果不完整，可通过 options.publication.publisher 提供",
    en: () =>
      "The text names no publisher; the result is incomplete; pass options.publication.publisher",
  },
  "missing-issue-number": {
    severity: "warning",
    "zh-CN": () => "文本没有期号（第N期），结果不完整，可通过 options.issue.number 提供",
    en: () =>
      "The text has no issue number (第N期); the result is incomplete; pass options.issue.number",
  },
  "missing-publication-date": {
    severity: "warning",
    "zh-CN": () => "文本没有印发日期，结果不完整，可通过 options.issue.publishedOn 提供",
    en: () =>
      "The text has no publication date; the result is incomplete; pass options.issue.publishedOn",
  },
  "missing-reference-year": {
    severity: "warning",
    "zh-CN": (p) =>
      `日期 ${q(p.text)} 没有年份，文本中也找不到年份，可通过 options.referenceYear 提供`,
    en: (p) =>
      `The date ${q(p.text)} has no year and the text gives none; pass options.referenceYear`,
  },
  "missing-section": {
    severity: "warning",
    "zh-CN": (p) => `这段文字不在任何“一、”标题之下，已归入标题为 ${q(p.title)} 的部分`,
    en: (p) => `This text is under no "一、" heading; it was put in a section titled ${q(p.title)}`,
  },
  "empty-section": {
    severity: "info",
    "zh-CN": (p) => `标题 ${q(p.title)} 之下没有内容`,
    en: (p) => `The section ${q(p.title)} has no content`,
  },
  "marker-out-of-order": {
    severity: "warning",
    "zh-CN": (p) => `序号 ${q(p.marker)} 不连续：应为第 ${p.expected} 个`,
    en: (p) => `The marker ${q(p.marker)} is out of sequence: expected number ${p.expected}`,
  },
  "invalid-date": {
    severity: "warning",
    "zh-CN": (p) => `日期 ${q(p.text)} 不存在，已作为正文保留`,
    en: (p) => `The date ${q(p.text)} does not exist; it was kept as text`,
  },
  "unclosed-quote": {
    severity: "warning",
    "zh-CN": () => "引号“没有对应的”，已作为正文保留",
    en: () => "An opening quote “ has no closing ”; it was kept as text",
  },
  "unclosed-title": {
    severity: "warning",
    "zh-CN": () => "书名号《没有对应的》，已作为正文保留",
    en: () => "An opening 《 has no closing 》; it was kept as text",
  },
  "period-guessed": {
    severity: "info",
    "zh-CN": (p) =>
      `文本没有写明统计期，已按${p.basis === "dates" ? "各条日期" : "刊期"}推定为 ${p.period}`,
    en: (p) =>
      `The text states no period; ${p.period} was inferred from the ${p.basis === "dates" ? "item dates" : "frequency"}`,
  },
  "department-guessed": {
    severity: "info",
    "zh-CN": (p) => `${q(p.name)} 不在部门词典中，按名称形式识别为部门`,
    en: (p) => `${q(p.name)} is in no dictionary; it was taken for a department by its form`,
  },
  "metric-without-label": {
    severity: "info",
    "zh-CN": (p) => `数据 ${q(p.text)} 所在分句没有说明统计内容，已标为“${p.label}”`,
    en: (p) => `The clause of the figure ${q(p.text)} names nothing; it was labelled "${p.label}"`,
  },
  "table-row-padded": {
    severity: "warning",
    "zh-CN": (p) =>
      `表格第 ${p.row} 行只有 ${p.cells} 个单元格，少于 ${p.columns} 列，已在行末补空单元格`,
    en: (p) =>
      `Row ${p.row} of the table has ${p.cells} cells for ${p.columns} columns; blank cells were added at its end`,
  },
  "table-cells-left-over": {
    severity: "warning",
    "zh-CN": (p) => `表格之后的 ${p.cells} 行凑不满一行（${p.columns} 列），按正文保留`,
    en: (p) =>
      `${p.cells} lines after the table do not fill a row of ${p.columns} cells; they were kept as text`,
  },
  "unrecognised-masthead-line": {
    severity: "warning",
    "zh-CN": (p) => `报头中的 ${q(p.text)} 无法识别，已忽略`,
    en: (p) => `The masthead line ${q(p.text)} was not recognised and was left out`,
  },
  "ignored-tail-field": {
    severity: "info",
    "zh-CN": (p) => `报尾中的 ${q(p.text)} 在模型中没有对应字段，已忽略`,
    en: (p) => `The tail field ${q(p.text)} has no place in the model and was left out`,
  },
  "web-line-dropped": {
    severity: "info",
    "zh-CN": (p) => `网页中的 ${q(p.text)} 不属于简报正文，已略去`,
    en: (p) => `The web page line ${q(p.text)} is not part of the bulletin and was left out`,
  },
  "running-header-dropped": {
    severity: "info",
    "zh-CN": (p) => `${q(p.text)} 在正文中反复出现（页眉或页面装饰），已略去`,
    en: (p) =>
      `${q(p.text)} recurs through the text (a running header or page furniture); it was left out`,
  },
  "duplicate-line-dropped": {
    severity: "info",
    "zh-CN": (p) => `${q(p.text)} 在标题处重复出现，已略去其中一处`,
    en: (p) => `${q(p.text)} is printed twice at the title; one copy was left out`,
  },
  "signature-read": {
    severity: "info",
    "zh-CN": (p) =>
      p.publisher === ""
        ? `文末落款的成文日期 ${q(p.date)} 不作正文，用作日期`
        : `文末落款 ${q(p.publisher)} ${q(p.date)} 不作正文，用作发布单位和日期`,
    en: (p) =>
      p.publisher === ""
        ? `The closing signature's date ${q(p.date)} is not body text; it gives the date`
        : `The closing signature ${q(p.publisher)} ${q(p.date)} is not body text; it gives the publisher and date`,
  },
  "delivery-line-read": {
    severity: "info",
    "zh-CN": (p) => `报告的宣读信息 ${q(p.text)} 不作正文，用作日期或发布单位`,
    en: (p) =>
      `The report's delivery line ${q(p.text)} is not body text; it gives the date or the publisher`,
  },
  "unit-normalised": {
    severity: "info",
    "zh-CN": (p) => `数字的单位 ${q(p.printed)} 按 ${q(p.written)} 记录`,
    en: (p) => `The figure's unit ${q(p.printed)} is recorded as ${q(p.written)}`,
  },
  "internal-error": {
    severity: "warning",
    "zh-CN": (p) => `解析器内部错误（${p.error}），结果只包含出错前读到的内容`,
    en: (p) => `Internal parser error (${p.error}); the result holds what was read before it`,
  },
};

/** The severity and message of a warning code in a locale. */
export function describe(
  code: ParseWarningCode,
  params: Params,
  locale: Locale,
): { severity: ParseWarningSeverity; message: string } {
  const m = MESSAGES[code];
  return { severity: m.severity, message: m[locale](params) };
}
