import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's date stamp alone on its line: the date in a site's digits (`2021-10-14`) or with
 * 年月日 (`2012年02月27日`), then its clock time (`08:44`, `07:37:05`), nothing else. Printed under the
 * page's source line after the first paragraph (a copy whose headline came twice), as well as
 * under the headline (where the masthead reads it with the lines around it), it is the page's date,
 * no paragraph. A date without a clock time (a report's
 * own date), a clock time alone, a stamp under a related headline after the report (not under the
 * source line), or a stamp with words after it stay as they are. Every text here is written for the test.
 */

const HEAD = "某市举行秋季重点项目集中开工活动\n\n";
const PARAGRAPH =
  "10月9日，某市举办秋季重点项目集中开工活动，共新开工项目32个，总投资100亿元。\n\n";
const parse = (text: string) => parseBulletinText(text).bulletin;

describe("a page's date stamp alone on its line", () => {
  test("parseBulletinText: over the text, the headline printed twice over the source and the stamp stays the title", () => {
    const b = parseBulletinText(
      `${HEAD}${HEAD}来源: 某某日报\n2021-10-14 08:44 \n分享\n分享到微信\n\n${PARAGRAPH}`,
    ).bulletin;
    expect(b.publication.title).toBe("某市举行秋季重点项目集中开工活动");
    expect(JSON.stringify(b.sections)).not.toContain('重点项目集中开工活动"]');
  });

  test.each([
    [
      "after the paragraph, under the source",
      `${HEAD}${PARAGRAPH}来源: 某某日报\n2021-10-14 08:44 \n分享\n`,
      "2021-10-14",
    ],
    [
      "after the paragraph, seconds printed",
      `${HEAD}${PARAGRAPH}来源：某某晚报\n2019-3-5 17:30:21\n`,
      "2019-03-05",
    ],
    [
      "with 年月日, the clock run on",
      `${HEAD}${PARAGRAPH}来源:某某时报\n2012年02月27日07:37\n`,
      "2012-02-27",
    ],
    ["under the headline", `${HEAD}2021-10-14 08:44\n${PARAGRAPH}`, "2021-10-14"],
  ])("parseBulletinText: %s dates the page", (_, text, day) => {
    const b = parse(text);
    expect(b.issue.publishedOn).toBe(day);
    expect(JSON.stringify(b.sections)).not.toContain(":44");
  });

  test.each([
    ["a date without a clock time", `${HEAD}${PARAGRAPH}2021-10-14\n`, "2021-10-14"],
    ["a clock time alone", `${HEAD}${PARAGRAPH}08:44\n`, "08:44"],
    [
      "a related headline's stamp under the report",
      `${HEAD}${PARAGRAPH}-\n某地多举措推进项目建设\n2018-03-02 08:58:39\n-\n`,
      "08:58:39",
    ],
    [
      "a stamp run on into words",
      `${HEAD}${PARAGRAPH}2021-10-14 08:44 某某项目开工仪式现场\n`,
      "开工仪式现场",
    ],
  ])("parseBulletinText: %s is no page date stamp", (_, text, kept) => {
    const b = parse(text);
    expect(b.issue.publishedOn).toBeUndefined();
    expect(JSON.stringify(b.sections)).toContain(kept);
  });
});
