import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report delivered at a meeting, copied without its title: the text opens with the line of the
 * day and the meeting it was delivered at, its dash lost (`2023年7月20日在省七届人大常委会第五次会议上`;
 * the misses of `held-out-67` … `held-out-78` read as a family), then the speaker's office and name
 * and the address. The line dates the report as the dashed one does, and is no title. A sentence, a
 * line that names no meeting, a date without its year, or such a line further down keep their
 * reading. Every example is written for the rule.
 */

const rest =
  "某省审计厅厅长 王某某\n某省人民代表大会常务委员会：\n我受省政府委托，报告2022年度省本级预算执行和其他财政收支的审计情况，请予审议。\n";

describe("a delivery line without its dash opening the text", () => {
  test.each([
    { line: "2023年7月20日在省七届人大常委会第五次会议上", day: "2023-07-20" },
    { line: "2021年1月19日在市十六届人大常委会第二十六次会议上", day: "2021-01-19" },
    { line: "二〇二三年七月二十日在县第十八届人民代表大会第二次会议上", day: "2023-07-20" },
    { line: "2023年7月20日在省七届人大常委会第五次會議上", day: "2023-07-20" },
  ])("parseBulletinText: `$line` dates the report and is no title", ({ line, day }) => {
    const { bulletin } = parseBulletinText(`${line}\n${rest}`);
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.issue.publishedOn).toBe(day);
  });

  test.each([
    // A sentence: a mark in it.
    "2023年7月20日在省七届人大常委会第五次会议上，王某某作报告。",
    // No meeting, or not closed by 上.
    "2023年7月20日在省审计厅召开",
    "2023年7月20日在省七届人大常委会第五次会议召开",
    // No year.
    "7月20日在省七届人大常委会第五次会议上",
  ])("parseBulletinText: `%s` is no delivery line", (line) => {
    const { warnings } = parseBulletinText(`${line}\n${rest}`);
    expect(warnings.some((w) => w.code === "delivery-line-read")).toBe(false);
  });

  test("parseBulletinText: under a title, the title stays the title", () => {
    const title = "关于2022年度省本级预算执行和其他财政收支的审计工作报告";
    const { bulletin } = parseBulletinText(
      `${title}\n2023年7月20日在省七届人大常委会第五次会议上\n${rest}`,
    );
    expect(bulletin.publication.title).toBe(title);
  });
});
