/** Two question marks or more (spaces among them): the spaces a copy's encoding lost. */
const LOST_MARKS = String.raw`[？?](?:\s?[？?])+\s?`;

/**
 * `门诊人次2019年第2季度全市…`, `2021年工作回顾2021年是…`: a section's heading (four to twelve Han
 * characters, perhaps after a year of its own) run into its text by a copy that lost the line break,
 * the text opening with a clause of time: a year, then `第`, `是`, `，`, `以来`, `上半年`, `前三季度`,
 * `全年`, a month's digit or `一季度`. Not words ending with a preposition the year is the object of
 * (`…通过统计自2022年1月1日起…`: 自, 从, 至, 于, 在, 到). Between the heading and the year, a copy
 * may print the spaces its encoding lost as two question marks or more (`临时救助？？2024年5月，…`,
 * {@link LOST_MARKS}); one is a question's.
 */
const HEAD_BEFORE_YEAR = new RegExp(
  String.raw`^(?:\d{4}年)?[\u4e00-\u9fff]{4,12}(?<![自从至于在到])(?:${LOST_MARKS})?(?=\d{4}年(?:是|以来|，|第|[上下]半年|前三季度|全年|\d|[一二三四]季度))`,
);

/**
 * The length of the heading that what follows a section's marker opens with before a year opening
 * its text ({@link HEAD_BEFORE_YEAR}), else 0. Not `认真落实2023年工作部署，…` (the year inside a
 * sentence's object), nor `全市2023年完成…` (too short to head).
 */
export function headBeforeYearEnd(title: string): number {
  return HEAD_BEFORE_YEAR.exec(title)?.[0].length ?? 0;
}

/** {@link LOST_MARKS} closing a heading. */
const LOST_SPACE_MARKS = new RegExp(`${LOST_MARKS}$`);

/** `head` without the lost spaces' marks ({@link LOST_SPACE_MARKS}) that close it. */
export function withoutLostSpaceMarks(head: string): string {
  return head.replace(LOST_SPACE_MARKS, "");
}
