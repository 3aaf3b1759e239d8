import { localeOf } from "@bulletin/format";
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

/** The codes of the errors `validateFeed` throws (FeedSourceError, FeedOptionsError). */
export const FEED_ERROR_CODES = ["invalid-feed-source", "invalid-option"] as const;
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

const typeOf = (v: unknown): string => (v === null ? "null" : typeof v);
const SOURCES_ZH = "ReadableStream、字符串或字节的 AsyncIterable 或 Iterable、字符串或字节";
const SOURCES_EN =
  "a ReadableStream, an AsyncIterable or Iterable of strings or bytes, a string or bytes";

/**
 * The messages of the errors `validateFeed` throws, in each locale. `invalid-feed-source`:
 * `p.chunk` (a chunk read from the source) or `p.source` (the source itself) that it cannot
 * read. `invalid-option`: `p.option`, what was `expected` (`expectedZh`) and what it `got`.
 */
export const FEED_ERROR_MESSAGES: Record<FeedErrorCode, Record<Locale, (p: Params) => string>> = {
  "invalid-feed-source": {
    "zh-CN": (p) =>
      "chunk" in p
        ? `validateFeed 读到类型为 ${typeOf(p.chunk)} 的数据块：应为字符串或字节（Uint8Array）`
        : typeof p.source === "object" && p.source !== null
          ? `validateFeed 无法读取此对象：应为${SOURCES_ZH}`
          : `validateFeed 无法读取类型为 ${typeOf(p.source)} 的数据源：应为${SOURCES_ZH}`,
    en: (p) =>
      "chunk" in p
        ? `validateFeed read a chunk of type ${typeOf(p.chunk)}: expected strings or bytes (Uint8Array)`
        : typeof p.source === "object" && p.source !== null
          ? `validateFeed cannot read this object: expected ${SOURCES_EN}`
          : `validateFeed cannot read a ${typeOf(p.source)} source: expected ${SOURCES_EN}`,
  },
  "invalid-option": {
    "zh-CN": (p) =>
      `validateFeed：options.${s(p.option)} 无效：应为${s(p.expectedZh)}，实际为 ${s(p.got)}`,
    en: (p) =>
      `validateFeed: options.${s(p.option)} is invalid: expected ${s(p.expected)}, got ${s(p.got)}`,
  },
};

/** The message of an error `validateFeed` throws, in `locale` (`zh-CN` unless `en`). */
export function feedErrorMessage(code: FeedErrorCode, params: Params, locale: unknown): string {
  return FEED_ERROR_MESSAGES[code][localeOf(locale)](params);
}

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
