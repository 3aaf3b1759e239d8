import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's date field printed in brackets under its headline (`(时间:2021-6-4 10:48:54)`,
 * `（发布时间：2021-06-04）`), a link line over the headline (`订阅社区杂志`) perhaps: the page's date
 * line, so the headline is the title and the date the page's. A bracketed sentence holding a date
 * stays the text's. Every text here is written for the test.
 */

const BODY =
  "6月2日，市生态环境局召开新闻发布会，公布了2020年某市生态环境状况公报。2020年，全市地表水23个监测评价断面中，Ⅱ类水质断面20个。";
const TITLE = "某市公布2020年市生态环境状况公报";

describe("a bracketed date field under the headline", () => {
  test.each([
    ["half-width brackets and a clock", `${TITLE}\n(时间:2021-6-4 10:48:54)`],
    ["full-width brackets", `${TITLE}\n（发布时间：2021-06-04）`],
    ["a link line over the headline", `订阅社区杂志\n${TITLE}\n(时间:2021-6-4 10:48:54)`],
    [
      "the cells' pipes of a flattened layout",
      `|\n订阅社区杂志 |\n${TITLE} |\n(时间:2021-6-4 10:48:54) |`,
    ],
  ])("%s: the headline is the title, the date the page's", (_, head) => {
    const { bulletin } = parseBulletinText(`${head}\n${BODY}`);
    expect(bulletin.publication.title).toBe(TITLE);
    expect(bulletin.issue.publishedOn).toBe("2021-06-04");
  });

  test("a bracketed sentence holding a date stays the text's", () => {
    const { bulletin } = parseBulletinText(
      `${TITLE}\n${BODY}\n（时间：2021-06-04，全市共监测断面23个。）`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("（时间：2021-06-04，全市共监测断面");
  });
});
