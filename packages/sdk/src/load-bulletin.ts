import { type Locale, localeOf } from "@bulletin/format";
import {
  type Bulletin,
  BulletinValidationError,
  type ValidateBulletinOptions,
  type ValidationIssue,
  validateBulletin,
} from "@bulletin/schema";
import { decodeUtf8 } from "./decode-utf8";
import { BulletinJsonError, Utf8Error } from "./errors";
import { feedMessage } from "./internal/feed-messages";
import { jsonErrorPosition, lineColumnAt } from "./internal/json-error-position";

/**
 * Options of {@link loadBulletin}: locale, validation mode and lint rule severities.
 *
 * @example
 * ```ts
 * const options: LoadBulletinOptions = { locale: "en", mode: "passthrough", rules: { "unused-metric": "off" } };
 * loadBulletin(JSON.stringify({ ...issue9, note: "draft" }), options).bulletin.issue.number; //=> 9
 * ```
 */
export type LoadBulletinOptions = ValidateBulletinOptions;

/**
 * What {@link loadBulletin} returns: the bulletin and the warnings and notes lint found.
 *
 * @example
 * ```ts
 * const json = JSON.stringify({ ...issue9, issue: { ...issue9.issue, totalNumber: 5 } });
 * const result: LoadBulletinResult = loadBulletin(json, { locale: "en" });
 * result.bulletin.issue.totalNumber; //=> 5
 * result.issues.map((issue) => [issue.code, issue.severity]); //=> [["total-number-below-number", "warning"]]
 * ```
 */
export interface LoadBulletinResult {
  bulletin: Bulletin;
  /** Issues below `error` severity (warnings, infos); errors are thrown instead. */
  issues: ValidationIssue[];
}

function parseText(text: string, locale: Locale): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const { offset, detail } = jsonErrorPosition(error, body);
    const at = lineColumnAt(body, offset, { line: 1, column: 1 });
    // The same words validateFeed uses for a record that is not JSON.
    throw new BulletinJsonError(feedMessage("invalid-json", { ...at, detail }, locale), at, {
      cause: error,
    });
  }
}

/**
 * Loads one bulletin: parses JSON text or UTF-8 bytes (a value that is neither is taken as
 * already parsed), validates its structure and lints it.
 *
 * @param json - JSON text, UTF-8 bytes, or a parsed value
 * @param options - locale (`zh-CN` by default), mode and rule severities
 * @returns the bulletin and its non-error issues
 * @throws {@link BulletinJsonError} when the text is not JSON or the bytes not UTF-8 (the
 *   message, in `locale`, names the line and column, or the byte offset of the first byte that
 *   does not decode); `BulletinValidationError` with every issue when the bulletin has an error
 *   (its header line in `locale` too)
 * @example
 * ```ts
 * import { loadBulletin } from "@bulletin/sdk";
 * const { bulletin, issues } = loadBulletin(await readFile("issue-9.json"), { locale: "en" });
 * [bulletin.issue.number, issues.length]; //=> [9, 0]
 * ```
 */
export function loadBulletin(
  json: string | Uint8Array | unknown,
  options: LoadBulletinOptions = {},
): LoadBulletinResult {
  const locale = localeOf(options.locale);
  let value = json;
  let bytes = false;
  try {
    bytes = json instanceof Uint8Array;
  } catch {
    // A revoked Proxy: validateBulletin reports it as an unreadable value.
  }
  if (bytes) {
    let text: string;
    try {
      text = decodeUtf8(json as Uint8Array);
    } catch (error) {
      if (!(error instanceof Utf8Error)) throw error;
      const message =
        locale === "en"
          ? error.message
          : `输入不是 UTF-8 文本：第 ${error.byteOffset} 字节（从 0 起计；第 ${error.line} 行第 ${error.column} 列）无法按 UTF-8 解码`;
      throw new BulletinJsonError(message, error, { cause: error });
    }
    value = parseText(text, locale);
  } else if (typeof json === "string") value = parseText(json, locale);
  const result = validateBulletin(value, options);
  if (!result.ok || !result.bulletin) throw new BulletinValidationError(result.issues, { locale });
  return { bulletin: result.bulletin, issues: result.issues };
}
