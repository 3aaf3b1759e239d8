import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's date under an English label opening the text, the lede perhaps run on after it on the
 * same line (`date 2025-10-29 周三（29日），某部举办…`, `Date: 2025/10/29 14:30`): the page's date (the
 * issue's publishedOn), and the label and date are no text. A date in the text's own words, or one
 * with no label, is left as it was read; so is a label whose date is no date. Written for the rule
 * (batch s17b's Hong Kong copy of a 人社部 press conference lost its `date 2025-10-29`); every text
 * here is invented.
 */

const LEDE =
  "周三（29日），某部举办2025年三季度新闻发布会指出，1-9月全国城镇新增就业1057万人，完成全年目标任务的88%。";
const MORE = "前三季度，发放稳岗返还资金196亿元，支持培训等促就业支出166亿元。";

const read = (first: string) => parseBulletinText(`${first}\n\n${MORE}`).bulletin;

describe("a page's date under an English label", () => {
  test.each([
    [` date 2025-10-29 ${LEDE}`, "2025-10-29"],
    [`Date: 2025/10/29 14:30 ${LEDE}`, "2025-10-29"],
    [`date 2025-10-29\n${LEDE}`, "2025-10-29"],
  ])("`%s` is dated %s", (first, date) => {
    const bulletin = read(first);
    expect(bulletin.issue.publishedOn).toBe(date);
    expect(JSON.stringify(bulletin.sections)).not.toMatch(/date/i);
    expect(JSON.stringify(bulletin.sections)).toContain("周三");
  });

  test.each([[`2025-10-29 ${LEDE}`], [`date 2025-13-45 ${LEDE}`], [`update 2025-10-29 ${LEDE}`]])(
    "`%s` gives no date",
    (first) => {
      expect(read(first).issue.publishedOn).toBeUndefined();
    },
  );
});
