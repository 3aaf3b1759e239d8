import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's field line opening with its date printed with the year's last two digits
 * (`20-08-10 08:55 来源:某某网-某某日报 编辑:王某`): the date, its clock time after it, is the
 * page's (this century's year). Near-misses give no date: no clock time after the numbers (a
 * code, a range), a year of 50 or more, a month or day out of range, numbers inside a sentence.
 * Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const headline = "某市“市长热线”受理中心获评优秀单位";
const lede =
  "今年上半年,某市“市长热线”共受理群众来电来信21860件,办结21081件,办结率99.91%,群众满意率92.6%。";

describe("a two-digit year before a page's source field", () => {
  test.each([
    ["a source and an editor", "20-08-10 08:55 来源:某某网-某某日报 编辑:王明", "2020-08-10"],
    ["seconds, single digits", "19-3-5 14:02:31 来源:某某新闻网", "2019-03-05"],
    ["no space before the label", "21-12-01 09:30来源:某某日报", "2021-12-01"],
  ])("(%s) dates the page", (_, line, date) => {
    const b = read(`${headline}\n${line}\n${lede}`);
    expect(b.issue.publishedOn).toBe(date);
  });

  test.each([
    ["no clock time", "20-08-10 来源:某某网"],
    ["a year of the last century", "98-08-10 08:55 来源:某某网"],
    ["a month out of range", "20-13-10 08:55 来源:某某网"],
  ])("a line of another shape (%s) gives no date", (_, line) => {
    const b = read(`${headline}\n${line}\n${lede}`);
    expect(b.issue.publishedOn).toBeUndefined();
  });

  test("numbers in a sentence are no page's date", () => {
    const b = read(`${headline}\n${lede}编号20-08-10 08:55来源:群众来电。`);
    expect(b.issue.publishedOn).toBeUndefined();
  });
});
