import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A year alone on a page's first line over its headline (`2021` / `全市十一月警情与火灾形势分析`), the
 * tag a site's archive prints over its reports: no heading, so the headline is the title, and the
 * year is the one the text's months without a year fall in (`11月份，…` reports on 2021-11). It is
 * not the issue's year. A year over a line that is no headline (a sentence, a column's name `工作动态`) and a year that is not
 * alone on its line keep their reading. Every text here is written for the test.
 */

const HEADLINE = "全市十一月警情与火灾形势分析";
const BODY =
  "警情动态分析\n\n11月份，全市共接警出动145起，出动车辆232台次。\n\n警情任务相对平稳\n\n全市火灾扑救出动96起，抢险救援34起。\n\n警情类型分布出现分化\n\n警情出动中，火灾扑救占总警情的66.2%。";

describe("a year tag over a page's headline", () => {
  test.each(["2021", "2019"])("`%s` over the headline: the headline is the title", (year) => {
    const { bulletin } = parseBulletinText(`${year}\n\n${HEADLINE}\n\n${BODY}`);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(bulletin.issue.period).toEqual({ kind: "month", month: `${year}-11` });
    expect(bulletin.issue.year).toBeUndefined();
    expect(bulletin.sections.map((s) => s.title)).not.toContain(year);
  });

  test("a year over a sentence is no tag", () => {
    const { bulletin } = parseBulletinText(
      `2021\n\n11月份，全市共接警出动145起，出动车辆232台次。\n\n${BODY}`,
    );
    expect(bulletin.issue.period).toBeUndefined();
  });

  test("a year over a column's name is no tag", () => {
    const { bulletin } = parseBulletinText(`2021\n\n工作动态\n\n${HEADLINE}\n\n${BODY}`);
    expect(bulletin.sections.map((s) => s.title)[0]).toBe("2021");
  });

  test("a year with more on its line is no tag", () => {
    const { bulletin } = parseBulletinText(`2021年\n\n${HEADLINE}\n\n${BODY}`);
    expect(bulletin.publication.title).not.toBe(HEADLINE);
  });
});
