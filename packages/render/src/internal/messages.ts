import { type Locale, localeOf } from "@bulletin/format";
import type { RenderErrorCode } from "../errors";

// The toolkit's one Locale type and its one reading of a `locale` option (format's), for the
// writers: they take their locale from here, not from @bulletin/format (they format nothing).
export { type Locale, localeOf };

type Params = Record<string, string>;

/** Every code of {@link RenderErrorCode}, for tests that each has its messages. */
export const RENDER_ERROR_CODES: readonly RenderErrorCode[] = [
  "unresolved-metric-ref",
  "unresolved-department-ref",
  "invalid-value",
  "invalid-component-output",
  "invalid-option",
];

/**
 * The message of each code in each locale. `unresolved-*`: `at` (the JSON path) and `ref`.
 * `invalid-value`: `at`, and `reason` (a formatter's message in the locale, naming its `code`) or `kind` (an
 * inline of an unknown type). `invalid-component-output`: `kind` and what it returned (`got`).
 * `invalid-option`: `option`, what was `expected`, what it `got`, or a `note` of its own.
 */
export const RENDER_MESSAGES: Record<RenderErrorCode, Record<Locale, (p: Params) => string>> = {
  "unresolved-metric-ref": {
    "zh-CN": (p) => `\`${p.at}\` 引用的指标 "${p.ref}" 在 \`metrics\` 中不存在`,
    en: (p) => `\`${p.at}\` names metric "${p.ref}", which \`metrics\` does not have`,
  },
  "unresolved-department-ref": {
    "zh-CN": (p) => `\`${p.at}\` 引用的部门 "${p.ref}" 在 \`departments\` 中不存在`,
    en: (p) => `\`${p.at}\` names department "${p.ref}", which \`departments\` does not have`,
  },
  "invalid-value": {
    "zh-CN": (p) =>
      p.kind !== undefined
        ? `\`${p.at}\` 是类型为 "${p.kind}" 的行内元素：应为 text、metric、department、date、title、quote 或 emphasis`
        : `\`${p.at}\` 的值无法写出：${p.reason}`,
    en: (p) =>
      p.kind !== undefined
        ? `\`${p.at}\` is an inline of type "${p.kind}": expected text, metric, department, date, title, quote or emphasis`
        : `\`${p.at}\` cannot be written: ${p.reason}`,
  },
  "invalid-component-output": {
    "zh-CN": (p) => `组件 \`${p.kind}\` 返回了 ${p.got}：应为 SafeHtml（用 html\`…\` 模板生成）`,
    en: (p) =>
      `component \`${p.kind}\` returned ${p.got}: expected SafeHtml (build it with the html\`…\` template)`,
  },
  "invalid-option": {
    "zh-CN": (p) =>
      p.note === "layout-given"
        ? `选项 \`${p.option}\` 决定版面，而输入已是版面：请改为传给 layoutBulletin`
        : p.note === "unknown-component"
          ? `选项 \`components\` 中的 "${p.got}" 不是版面节点种类：应为 ${p.expected}`
          : `选项 \`${p.option}\` 的值 ${p.got} 无效：应为 ${p.expected}`,
    en: (p) =>
      p.note === "layout-given"
        ? `option \`${p.option}\` shapes the layout, and this input is a layout already: pass it to layoutBulletin instead`
        : p.note === "unknown-component"
          ? `option \`components\` has "${p.got}", which is not a layout node kind: expected ${p.expected}`
          : `option \`${p.option}\` is ${p.got}: expected ${p.expected}`,
  },
};

/** The message of `code` in `locale`. */
export function renderMessage(code: RenderErrorCode, locale: Locale, params: Params): string {
  return RENDER_MESSAGES[code][locale](params);
}
