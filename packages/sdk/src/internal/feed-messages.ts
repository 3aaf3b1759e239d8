import type { Locale } from "@bulletin/schema";
import type { FeedIssue, FeedIssueCode } from "../feed-record-result";

type Params = Record<string, unknown>;
const s = (v: unknown): string => String(v);

const MESSAGES: Record<FeedIssueCode, Record<Locale, (p: Params) => string>> = {
  "invalid-json": {
    "zh-CN": (p) => `第 ${s(p.line)} 行第 ${s(p.column)} 列不是有效的 JSON：${s(p.detail)}`,
    en: (p) => `Not valid JSON at line ${s(p.line)}, column ${s(p.column)}: ${s(p.detail)}`,
  },
  "record-too-long": {
    "zh-CN": (p) =>
      `第 ${s(p.line)} 行起的记录过长：${s(p.length)} 个字符，超过上限 ${s(p.max)}（maxRecordLength），已跳过`,
    en: (p) =>
      `The record at line ${s(p.line)} is too long: ${s(p.length)} characters, more than the limit of ${s(p.max)} (maxRecordLength); skipped`,
  },
  "invalid-utf8": {
    "zh-CN": (p) =>
      `数据源不是 UTF-8 文本：第 ${s(p.byteOffset)} 字节（从 0 起计）无法按 UTF-8 解码，校验到此为止`,
    en: (p) =>
      `The feed is not UTF-8 text: the byte at byte offset ${s(p.byteOffset)} does not decode as UTF-8; validation stopped there`,
  },
  "invalid-feed": {
    "zh-CN": (p) =>
      `订阅文档 \`${s(p.field)}\` 无效：应为${s(p.expectedZh)}，实际为 ${s(p.received)}`,
    en: (p) =>
      `The feed's \`${s(p.field)}\` is invalid: expected ${s(p.expected)}, got ${s(p.received)}`,
  },
};

/** The message of a feed issue (or of a thrown error with the same code) in `locale`. */
export function feedMessage(code: FeedIssueCode, params: Params, locale: Locale): string {
  return MESSAGES[code][locale](params);
}

/** A feed issue with its message in `locale`; `line`/`column` go into the issue and the message. */
export function feedIssue(
  code: FeedIssueCode,
  path: FeedIssue["path"],
  params: Params,
  locale: Locale,
): FeedIssue {
  const issue: FeedIssue = {
    code,
    path,
    severity: "error",
    message: feedMessage(code, params, locale),
    params,
  };
  if (typeof params.line === "number") issue.line = params.line;
  if (typeof params.column === "number") issue.column = params.column;
  return issue;
}
