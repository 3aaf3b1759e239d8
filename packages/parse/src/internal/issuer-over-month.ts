import { firstIssuerOfLine, isOrg } from "./read-masthead";
import type { TextLine } from "./text-line";

/**
 * `（2023年4月）`, `(2023年4月28日)`: the month (or the day) a 统计公报 was released, in brackets alone
 * on its line under the issuer's name; or the month bare (`2023年4月`, as some bulletins print it).
 */
const BRACKETED_RELEASE =
  /^(?:[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[）)]|\d{4}\s*年\s*\d{1,2}\s*月)$/;

/** Lines from the text's top the issuer's name may stand on (under the title, or first where the title was lost). */
const MAX_ISSUER_LINE = 4;
/** Longest issuer's name on a line of its own. */
const MAX_ISSUER = 30;

/**
 * The first of the text's top lines ({@link MAX_ISSUER_LINE}) that is short enough for an issuer's
 * name and stands right over a month of release in brackets ({@link BRACKETED_RELEASE}): its index
 * and its text, trimmed. Whether the text names a body is for the callers to ask.
 */
function headOverMonth(
  lines: readonly TextLine[],
): { at: number; name: string; line: TextLine } | undefined {
  for (let k = 0; k < Math.min(lines.length - 1, MAX_ISSUER_LINE); k++) {
    const name = (lines[k] as TextLine).text.trim();
    if (name.length <= MAX_ISSUER && BRACKETED_RELEASE.test((lines[k + 1] as TextLine).text.trim()))
      return { at: k, name, line: lines[k] as TextLine };
  }
  return undefined;
}

/**
 * `某市统计局` / `（2023年4月）`: a statistics bulletin's head (the title over it, or lost), the
 * issuer's name alone on its line right over the month of release in brackets
 * ({@link BRACKETED_RELEASE}): the issuer, as printed; else undefined. Read only when nothing else
 * names the publisher. Near-misses: a name that is no body's (`全年经济运行情况` / `（2023年4月）`), a
 * bracketed line that is no month of release (`（2022年全年）`), a name further down the text.
 *
 * @example
 * issuerOverMonth(lines) // `某市统计局` for `某市统计局\n（2023年4月）\n    2022年,…`
 */
export function issuerOverMonth(lines: readonly TextLine[]): string | undefined {
  const head = headOverMonth(lines);
  if (head === undefined || !isOrg(head.name)) return undefined;
  // `某市统计局 国家统计局某市调查队`: two issuers spaced on the line, the first the publisher.
  return firstIssuerOfLine(head.line).trim();
}

/**
 * Whether a copy opens on a statistics bulletin's head with its title lost: `某市统计局` /
 * `（2023年4月）` as its first two lines (the issuer's name, {@link issuerOverMonth}'s, over the month
 * of release): that name is the publisher's, no title.
 *
 * @example
 * opensOnIssuerOverMonth(lines) // true for `某市统计局\n（2023年4月）\n    2022年,…`
 */
export function opensOnIssuerOverMonth(lines: readonly TextLine[]): boolean {
  const head = headOverMonth(lines);
  return head?.at === 0 && isOrg(head.name);
}

/**
 * `某市统计局 (二○二○年三月十八日) 2019年，全市…`: the issuer's name (four to thirty Han characters, group 1)
 * and the month or day of release in brackets, in Arabic or Chinese numerals (`二00七年` as a flat copy
 * prints it), run on into the first paragraph.
 */
const RELEASE_RUN_ON =
  /^([\u4e00-\u9fff]{4,30}?)\s*[（(]\s*(?:\d{4}|[〇○零OＯ0-9一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十〇○零]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*[）)]\s*\S/;

/**
 * A statistics bulletin copied flat: the issuer and its day of release in brackets run on into the first
 * paragraph ({@link RELEASE_RUN_ON}) on one of the text's top lines ({@link MAX_ISSUER_LINE}): the issuer
 * (a body's name, {@link isOrg}), as printed; else undefined. Read only when nothing else names the
 * publisher, as {@link issuerOverMonth} is.
 *
 * @example
 * issuerReleaseRunOn(lines) // `某市统计局` for `某市统计局 (二○二○年三月十八日) 2019年，全市…`
 */
export function issuerReleaseRunOn(lines: readonly TextLine[]): string | undefined {
  for (const line of lines.slice(0, MAX_ISSUER_LINE)) {
    const name = RELEASE_RUN_ON.exec(line.text.trim())?.[1];
    if (name !== undefined && isOrg(name)) return name;
  }
  return undefined;
}
