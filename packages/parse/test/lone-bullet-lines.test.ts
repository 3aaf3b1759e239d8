import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A list mark alone on the first line (`-`, `*`, `•`: an empty item of a page's list, as a
 * Markdown copy prints it) over the headline: the page's, dropped, so that the headline is the
 * title and no section is headed by the mark. A mark with words after it, or a line of dashes
 * (`——`, a rule), is no such line. Every text here is written for the test.
 */

const page = (first: string) =>
  `${first}\n数据概览:2023年上半年某省生态环境相关数据\n2023/8/27 10:05:33 来源:某省发改委政研室 【字体:大 中 小】【打印】【关闭】\n2023年上半年,全省16个城市空气质量平均优良天数比例为81.4%,同比下降3.2个百分点。\n2023年上半年,全省地表水水质优良断面比例为87.8%,同比上升2.1个百分点。`;

describe("a lone list mark over the headline", () => {
  test.each([["-"], ["*"], ["•"], ["- "], ["-\n-"]])("`%s`: the headline is the title", (first) => {
    const { bulletin, warnings } = parseBulletinText(page(first));
    expect(bulletin.publication.title).toBe("数据概览：2023年上半年某省生态环境相关数据");
    expect(bulletin.sections.map((s) => s.title)).not.toContain(first.trim());
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(true);
  });

  test.each([
    ["a mark with words after it", "- 首页"],
    ["a rule of dashes", "——"],
  ])("%s is not dropped as a lone mark", (_, first) => {
    const { warnings } = parseBulletinText(page(first));
    expect(
      warnings.some(
        (w) =>
          w.code === "web-line-dropped" &&
          w.position.line === 1 &&
          w.message.includes(`"${first.trim()}"`),
      ),
    ).toBe(false);
  });
});
