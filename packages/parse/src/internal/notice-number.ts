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
 * `2016年第28号公告`, `2016年第1号审计公告`: the year a notice's number is counted in, printed right
 * before its 第 (since 2026-12-08). Group 1 the year's four digits. Not a year further back
 * (`2010年“十一黄金周”第1号…` names the holiday's year, not the count's).
 */
const YEAR_BEFORE = /((?:19|20)\d{2})\s*年\s*$/;

/** A notice's number in its series and the year it is counted in, where printed with it. */
export interface NoticeNumber {
  number: number;
  year?: number;
}

/**
 * The number of a notice in its series that a title names (`某某旅游信息通报（第三号）`, `省防指发布
 * 第15号汛情通告`) or that a line wholly in brackets on the page's head names (`（某某行动通报第二号）`,
 * the notice's number under its title): {@link NOTICE_NUMBER}, with the year before its 第
 * (`审计署2016年第28号公告`, {@link YEAR_BEFORE}); else undefined.
 */
export function noticeNumber(
  titles: readonly (string | undefined)[],
  lines: readonly TextLine[],
): NoticeNumber | undefined {
  const head = lines
    .slice(0, MAX_HEAD_LINES)
    .map((l) => l.text.trim())
    .filter((t) => BRACKETED_LINE.test(t));
  for (const text of [...titles, ...head]) {
    const m = text === undefined ? null : NOTICE_NUMBER.exec(text);
    if (m === null || text === undefined) continue;
    const parsed = safeParseIssueNumber(`第${m[1] ?? m[2]}期`);
    if (!parsed.success || parsed.data.number === undefined) continue;
    const year = m[2] === undefined ? undefined : countedYear(text.slice(0, m.index));
    return year === undefined
      ? { number: parsed.data.number }
      : { number: parsed.data.number, year };
  }
  return undefined;
}

/** The year (`2016年`) closing `before`, the text before a notice's 第N号 ({@link YEAR_BEFORE}). */
function countedYear(before: string): number | undefined {
  const m = YEAR_BEFORE.exec(before);
  return m === null ? undefined : Number(m[1]);
}
