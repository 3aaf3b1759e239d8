import { localeOf } from "@bulletin/format";
import type { Locale, ValidationIssueCode } from "./issues";
import { TEXT_RULE_BY_CODE } from "./lint-rules/index";
import type { TextRuleCode } from "./lint-rules/types";

/**
 * The facts a message is built from; `path` is already written as `sections[3].items[0]`.
 *
 * @example
 * ```ts
 * const params: MessageParams = { path: formatPath(["issue", "publishedOn"]), received: "2025-02-30" };
 * formatMessage("invalid-date", params, "en");
 * //=> "`issue.publishedOn` is not a date: expected a real calendar date YYYY-MM-DD, got 2025-02-30"
 * ```
 */
export interface MessageParams {
  path: string;
  [key: string]: unknown;
}

type Template = (p: MessageParams) => string;

const s = (v: unknown): string => String(v);
const list = (v: unknown): string =>
  Array.isArray(v) ? v.map((x) => JSON.stringify(x)).join(", ") : s(v);
const listZh = (v: unknown): string =>
  Array.isArray(v) ? v.map((x) => JSON.stringify(x)).join("、") : s(v);

/**
 * One message per code and locale, written for the person who has to fix the JSON: what
 * failed, where, and what was expected. Our own text, not zod's locale bundles.
 */
const MESSAGES: Record<Exclude<ValidationIssueCode, TextRuleCode>, Record<Locale, Template>> = {
  "invalid-type": {
    "zh-CN": (p) =>
      `\`${p.path}\` 类型不对：应为${s(p.expectedZh ?? p.expected)}，实际为 ${s(p.received)}`,
    en: (p) => `\`${p.path}\` has the wrong type: expected ${s(p.expected)}, got ${s(p.received)}`,
  },
  "missing-field": {
    "zh-CN": (p) => `缺少必填字段 \`${p.path}\`：应为${s(p.expectedZh ?? p.expected)}`,
    en: (p) => `\`${p.path}\` is missing: expected ${s(p.expected)}`,
  },
  "unknown-key": {
    "zh-CN": (p) =>
      `\`${p.path}\` 不是模型中的字段：可用字段为 ${listZh(p.known)}；扩展字段请以 "_" 开头`,
    en: (p) =>
      `\`${p.path}\` is not a field of the model: expected one of ${list(p.known)}; name extensions with a leading "_"`,
  },
  "forbidden-key": {
    "zh-CN": (p) =>
      `\`${p.path}\` 使用了禁止的键名 ${JSON.stringify(p.key)}：可能导致原型污染，已拒绝`,
    en: (p) =>
      `\`${p.path}\` uses the forbidden key ${JSON.stringify(p.key)}: it could pollute prototypes, so it is rejected`,
  },
  "invalid-value": {
    "zh-CN": (p) =>
      `\`${p.path}\` 取值无效：应为 ${listZh(p.options)} 之一，实际为 ${s(p.received)}`,
    en: (p) =>
      `\`${p.path}\` has an invalid value: expected one of ${list(p.options)}, got ${s(p.received)}`,
  },
  "unsupported-schema-version": {
    "zh-CN": (p) => `\`${p.path}\` 不支持的模型版本 ${s(p.received)}：本库支持 "1"`,
    en: (p) =>
      `\`${p.path}\` names an unsupported schema version ${s(p.received)}: this library reads "1"`,
  },
  "invalid-date": {
    "zh-CN": (p) =>
      `\`${p.path}\` 不是有效日期：应为真实存在的日期 YYYY-MM-DD，实际为 ${s(p.received)}`,
    en: (p) =>
      `\`${p.path}\` is not a date: expected a real calendar date YYYY-MM-DD, got ${s(p.received)}`,
  },
  "invalid-month": {
    "zh-CN": (p) => `\`${p.path}\` 不是有效月份：应为 YYYY-MM，实际为 ${s(p.received)}`,
    en: (p) => `\`${p.path}\` is not a month: expected YYYY-MM, got ${s(p.received)}`,
  },
  "invalid-id": {
    "zh-CN": (p) =>
      `\`${p.path}\` 不是有效标识：应以字母或数字开头，只含字母、数字和 . _ : -，实际为 ${s(p.received)}`,
    en: (p) =>
      `\`${p.path}\` is not a valid id: expected letters, digits and . _ : - starting with a letter or digit, got ${s(p.received)}`,
  },
  "invalid-inline": {
    "zh-CN": (p) =>
      `\`${p.path}\` 不是有效的行内内容：应为文字，或带 type（metric、department、date、title、quote、emphasis）的对象，实际为 ${s(p.received)}`,
    en: (p) =>
      `\`${p.path}\` is not inline content: expected text or an object with a type (metric, department, date, title, quote, emphasis), got ${s(p.received)}`,
  },
  "empty-text": {
    "zh-CN": (p) => `\`${p.path}\` 不能为空：应至少包含一个非空白字符`,
    en: (p) => `\`${p.path}\` is empty: expected at least one character that is not white space`,
  },
  "invalid-text": {
    "zh-CN": (p) => `\`${p.path}\` 含有不成对的代理项（损坏的 Unicode 文本）`,
    en: (p) => `\`${p.path}\` contains a lone surrogate (broken Unicode text)`,
  },
  "control-character": {
    "zh-CN": (p) =>
      `\`${p.path}\` 在位置 ${s(p.index)} 含有控制字符 ${s(p.char)}：文字中只允许制表符和换行这两种控制字符`,
    en: (p) =>
      `\`${p.path}\` contains the control character ${s(p.char)} at index ${s(p.index)}: text may hold no control characters other than tab and newline`,
  },
  "unreadable-value": {
    "zh-CN": (p) => `\`${p.path}\` 无法读取（读取时抛出 ${s(p.reason)}）：应为普通的 JSON 数据`,
    en: (p) =>
      `\`${p.path}\` cannot be read (reading it threw ${s(p.reason)}): expected plain JSON data`,
  },
  "too-long": {
    "zh-CN": (p) => `\`${p.path}\` 过长：最多 ${s(p.max)} 个字符，实际 ${s(p.length)} 个`,
    en: (p) => `\`${p.path}\` is too long: at most ${s(p.max)} characters, got ${s(p.length)}`,
  },
  "too-short": {
    "zh-CN": (p) => `\`${p.path}\` 至少应有 ${s(p.min)} 项`,
    en: (p) => `\`${p.path}\` needs at least ${s(p.min)} ${p.min === 1 ? "entry" : "entries"}`,
  },
  "out-of-range": {
    "zh-CN": (p) =>
      `\`${p.path}\` 超出范围：应${p.max === undefined ? `不小于 ${s(p.min)}` : `不大于 ${s(p.max)}`}，实际为 ${s(p.received)}`,
    en: (p) =>
      `\`${p.path}\` is out of range: expected ${p.max === undefined ? `at least ${s(p.min)}` : `at most ${s(p.max)}`}, got ${s(p.received)}`,
  },
  "not-integer": {
    "zh-CN": (p) => `\`${p.path}\` 应为整数，实际为 ${s(p.received)}`,
    en: (p) => `\`${p.path}\` must be an integer, got ${s(p.received)}`,
  },
  "too-deep": {
    "zh-CN": (p) => `\`${p.path}\` 嵌套过深：最多 ${s(p.max)} 层`,
    en: (p) => `\`${p.path}\` is nested too deeply: at most ${s(p.max)} levels`,
  },
  "unresolved-metric-ref": {
    "zh-CN": (p) =>
      `\`${p.path}\` 引用的指标 ${JSON.stringify(p.ref)} 不存在：请在 metrics 中定义它`,
    en: (p) =>
      `\`${p.path}\` refers to metric ${JSON.stringify(p.ref)}, which is not in \`metrics\``,
  },
  "unresolved-department-ref": {
    "zh-CN": (p) =>
      `\`${p.path}\` 引用的部门 ${JSON.stringify(p.ref)} 不存在：请在 departments 中定义它`,
    en: (p) =>
      `\`${p.path}\` refers to department ${JSON.stringify(p.ref)}, which is not in \`departments\``,
  },
  "duplicate-id": {
    "zh-CN": (p) => `\`${p.path}\` 标识 ${JSON.stringify(p.id)} 重复：已在 \`${s(p.first)}\` 使用`,
    en: (p) =>
      `\`${p.path}\` repeats the id ${JSON.stringify(p.id)} already used at \`${s(p.first)}\``,
  },
  "range-reversed": {
    "zh-CN": (p) => `\`${p.path}\` 日期范围的结束日 ${s(p.end)} 早于开始日 ${s(p.start)}`,
    en: (p) => `\`${p.path}\` is a range that ends (${s(p.end)}) before it starts (${s(p.start)})`,
  },
  "published-before-period-end": {
    "zh-CN": (p) => `\`${p.path}\` 发布日期 ${s(p.publishedOn)} 早于统计期结束日 ${s(p.periodEnd)}`,
    en: (p) =>
      `\`${p.path}\` (${s(p.publishedOn)}) is before the end of the period (${s(p.periodEnd)})`,
  },
  "date-outside-period": {
    "zh-CN": (p) =>
      p.period === undefined
        ? `\`${p.path}\` 日期 ${s(p.start)}—${s(p.end)} 不在发布当月 ${s(p.month)}（本期未注明统计期）`
        : `\`${p.path}\` 日期 ${s(p.start)}—${s(p.end)} 不在统计期 ${s(p.period)} 内，也不在发布当月 ${s(p.month)}`,
    en: (p) =>
      p.period === undefined
        ? `\`${p.path}\` (${s(p.start)} to ${s(p.end)}) falls outside the publication month ${s(p.month)} (the issue states no period)`
        : `\`${p.path}\` (${s(p.start)} to ${s(p.end)}) falls outside the period ${s(p.period)} and the publication month ${s(p.month)}`,
  },
  "department-text-mismatch": {
    "zh-CN": (p) =>
      `\`${p.path}\` 写法 ${JSON.stringify(p.text)} 不是部门 ${JSON.stringify(p.ref)} 的全称、简称或别名（${listZh(p.known)}）`,
    en: (p) =>
      `\`${p.path}\` writes ${JSON.stringify(p.text)}, which is not a name, short name or alias of department ${JSON.stringify(p.ref)} (${list(p.known)})`,
  },
  "metric-text-mismatch": {
    "zh-CN": (p) =>
      `\`${p.path}\` 写法 ${JSON.stringify(p.text)} 读不出指标 ${JSON.stringify(p.ref)} 的值 ${s(p.value)}`,
    en: (p) =>
      `\`${p.path}\` writes ${JSON.stringify(p.text)}, which does not read as the value ${s(p.value)} of metric ${JSON.stringify(p.ref)}`,
  },
  "comparison-mismatch": {
    "zh-CN": (p) =>
      `\`${p.path}\` 变化 ${s(p.change)}% 与本期值 ${s(p.value)} 和上期值 ${s(p.previous)} 算出的 ${s(p.computed)}% 不符`,
    en: (p) =>
      `\`${p.path}\` says ${s(p.change)}% but the value ${s(p.value)} against ${s(p.previous)} gives ${s(p.computed)}%`,
  },
  "total-number-below-number": {
    "zh-CN": (p) => `\`${p.path}\` 总期号 ${s(p.totalNumber)} 小于期号 ${s(p.number)}`,
    en: (p) =>
      `\`${p.path}\` (${s(p.totalNumber)}) is smaller than the issue number (${s(p.number)})`,
  },
  "empty-section": {
    "zh-CN": (p) => `\`${p.path}\` 栏目没有任何条目`,
    en: (p) => `\`${p.path}\` is a section without items`,
  },
  "unused-metric": {
    "zh-CN": (p) => `\`${p.path}\` 指标 ${JSON.stringify(p.id)} 未在正文中引用`,
    en: (p) => `\`${p.path}\` metric ${JSON.stringify(p.id)} is never referenced from the text`,
  },
  "table-width-mismatch": {
    "zh-CN": (p) =>
      `\`${p.path}\` 表格行宽 ${s(p.width)} 列，与表头（或首行）的 ${s(p.expected)} 列不一致（已计入跨行、跨列单元格）`,
    en: (p) =>
      `\`${p.path}\` is a row ${s(p.width)} columns wide, but the head (or first row) is ${s(p.expected)} columns wide (spanning cells counted)`,
  },
  "table-span-overflow": {
    "zh-CN": (p) =>
      `\`${p.path}\` 跨 ${s(p.rowSpan)} 行，但所在部分（表头或表体）从此行起只剩 ${s(p.left)} 行`,
    en: (p) =>
      `\`${p.path}\` spans ${s(p.rowSpan)} rows, but only ${s(p.left)} rows of its part (head or body) are left from here`,
  },
  "table-span-overlap": {
    "zh-CN": (p) =>
      `\`${p.path}\` 与上方跨行单元格重叠：第 ${s(p.row)} 行第 ${s(p.column)} 列起的列已被占用`,
    en: (p) =>
      `\`${p.path}\` overlaps a cell that spans down from a row above (row ${s(p.row)}, from column ${s(p.column)})`,
  },
  "table-markdown-fallback": {
    "zh-CN": (p) =>
      `\`${p.path}\` ${p.reason === "spans" ? "有跨行或跨列的单元格" : `有 ${s(p.headRows)} 行表头`}，Markdown（GFM 表格只能有一行表头、不能合并单元格）将按文字行输出`,
    en: (p) =>
      `\`${p.path}\` ${p.reason === "spans" ? "has cells that span rows or columns" : `has ${s(p.headRows)} head rows`}: Markdown writes it as rows of text (a GFM table has one head row and no spanning cells)`,
  },
  "empty-table": {
    "zh-CN": (p) => `\`${p.path}\` 表格的所有单元格都是空的`,
    en: (p) => `\`${p.path}\` is a table whose every cell is blank`,
  },
};

/**
 * The message for a code in a locale.
 *
 * @param code - a stable issue code
 * @param params - the facts, with `path` already formatted
 * @param locale - `zh-CN` (default) or `en`
 * @returns the message text
 * @example
 * ```ts
 * import { formatMessage } from "@bulletin/schema";
 * formatMessage("empty-text", { path: "sections[0].title" }, "en");
 * //=> "`sections[0].title` is empty: expected at least one character that is not white space"
 * ```
 */
export function formatMessage(
  code: ValidationIssueCode,
  params: MessageParams,
  locale: Locale = "zh-CN",
): string {
  const entry = (MESSAGES as Partial<Record<ValidationIssueCode, Record<Locale, Template>>>)[code];
  if (entry) return (entry[locale] ?? entry["zh-CN"])(params);
  return textRuleMessage(code, params, locale);
}

/** Text rules share one message shape: where, the offending text, why, and the mend. */
function textRuleMessage(code: string, p: MessageParams, locale: Locale): string {
  const rule = TEXT_RULE_BY_CODE.get(code);
  const explain = rule ? rule.explain[localeOf(locale)] : code;
  const at = typeof p.offset === "number" ? p.offset + 1 : 1;
  if (locale === "en") {
    const detail =
      p.missing !== undefined
        ? ` (no matching “${s(p.missing)}”)`
        : p.first !== undefined
          ? ` (first written “${s(p.first)}”)`
          : "";
    const fix = p.fix !== undefined ? `; write “${s(p.fix)}”` : "";
    return `\`${p.path}\` at character ${at}, “${s(p.text)}”: ${explain}${detail}${fix}`;
  }
  const detail =
    p.missing !== undefined
      ? `（缺少“${s(p.missing)}”）`
      : p.first !== undefined
        ? `（本期先写作“${s(p.first)}”）`
        : "";
  const fix = p.fix !== undefined ? `，应改为“${s(p.fix)}”` : "";
  return `\`${p.path}\` 第${at}个字符起“${s(p.text)}”：${explain}${detail}${fix}`;
}
