import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { safe } from "./internal/safe";
import { parseChineseNumber } from "./parse-chinese-number";
import type { SafeParseResult } from "./safe-parse-result";

/**
 * A heading's level and number, as {@link sectionMarker} takes them.
 *
 * @example
 * ```ts
 * const marker: SectionMarker = parseSectionMarker("二、");
 * //=> { level: 1, index: 2 }
 * sectionMarker(marker.level, marker.index + 1); //=> "三、"
 * ```
 */
export interface SectionMarker {
  level: 1 | 2 | 3 | 4;
  index: number;
}

/**
 * Reads a heading marker: `一、` `（一）` `1.` `（1）`, also with ASCII brackets `(一)`, `1．`,
 * `1、`, stray spaces (`一 、`) and the `- ` bullet of PDF text (`- (二)`).
 *
 * @param text - the marker alone
 * @returns {@link SectionMarker}
 * @throws {FormatError} `invalid-section-marker` for anything else
 *
 * @example
 * ```ts
 * parseSectionMarker("- (二)");
 * //=> { level: 2, index: 2 }
 * ```
 */
export function parseSectionMarker(text: string): SectionMarker {
  const m = /^[-•·*]?(?:\(([^()]+)\)、?|([^()]+)[、.])$/.exec(normalize(text));
  const s = m?.[1] ?? m?.[2] ?? "";
  const arabic = /^\d+$/.test(s);
  const index = arabic
    ? +s
    : /^[一二三四五六七八九十百千万亿零〇两]+$/.test(s)
      ? parseChineseNumber(s)
      : 0;
  if (!(typeof index === "number" && Number.isSafeInteger(index) && index > 0)) {
    return fail(
      "parseSectionMarker",
      "invalid-section-marker",
      ["一、 （一） 1. or （1）", "“一、”“（一）”“1.”或“（1）”"],
      text,
    );
  }
  return { level: m?.[1] ? (arabic ? 4 : 2) : arabic ? 3 : 1, index };
}

/**
 * {@link parseSectionMarker} without throwing.
 *
 * @example
 * ```ts
 * safeParseSectionMarker("（一）、").success;
 * //=> true
 * ```
 */
export const safeParseSectionMarker = (text: string): SafeParseResult<SectionMarker> =>
  safe(parseSectionMarker, text);
