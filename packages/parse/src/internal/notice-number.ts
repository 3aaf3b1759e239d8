import { safeParseIssueNumber } from "@bulletin/format";
import type { TextLine } from "./text-line";

/** A notice's word: 通报, 通告, 公告 (either script). */
const NOTICE = "(?:通[报報告]|公告)";
/** A number in figures or in Chinese numerals (`15`, `二`, `十二`). */
const NUMERAL = "[\\d〇零一二三四五六七八九十百]{1,4}";
/**
 * A notice's number in a series (第N号): after the notice's word, in brackets or not
 * (`…旅游信息通报（第3号）`, `护航行动通报第二号`), or before it, a word of its kind perhaps
 * between (`发布第15号汛情通告`, `第3号公告`). Group 1 or 2 the numeral. Not a number of another
 * thing (`国务院令第711号`, `第0535号建议`, `第087号提案`, `第9号台风`, `第2758号决议`).
 */
const NOTICE_NUMBER = new RegExp(
  `${NOTICE}\\s*(?:[（(]\\s*)?第\\s*(${NUMERAL})\\s*[号號]|第\\s*(${NUMERAL})\\s*[号號][\\u4e00-\\u9fff]{0,6}?${NOTICE}`,
);
/** A line wholly in brackets (`（市纪委“护航行动”通报第二号）` under a notice's title). */
const BRACKETED_LINE = /^[（(][^（）()]{2,40}[）)]$/;
/** How far into the page a bracketed line naming a notice's number is looked for. */
const MAX_HEAD_LINES = 40;

/**
 * The number of a notice in its series that a title names (`某某旅游信息通报（第三号）`, `省防指发布
 * 第15号汛情通告`) or that a line wholly in brackets on the page's head names (`（某某行动通报第二号）`,
 * the notice's number under its title): {@link NOTICE_NUMBER}; else undefined.
 */
export function noticeNumber(
  titles: readonly (string | undefined)[],
  lines: readonly TextLine[],
): number | undefined {
  const head = lines
    .slice(0, MAX_HEAD_LINES)
    .map((l) => l.text.trim())
    .filter((t) => BRACKETED_LINE.test(t));
  for (const text of [...titles, ...head]) {
    const m = text === undefined ? null : NOTICE_NUMBER.exec(text);
    if (m === null) continue;
    const parsed = safeParseIssueNumber(`第${m[1] ?? m[2]}期`);
    if (parsed.success && parsed.data.number !== undefined) return parsed.data.number;
  }
  return undefined;
}
