import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A digital paper reader's head over the report it shows: the reader's name (`电子报阅读机`), the
 * day it shows (`2025-10-15` / `星期三`, one a line), the paper's name (`当前报纸名称:亳州晚报`), then
 * the report's headline and the page's `日期:` / `字号:` / `版面:` lines. The reader's lines are the
 * page's: the headline is the title, the paper the publisher, the reader's day the page's date.
 * Excerpts from bozhou-housing-fund-06-epaper and yunfu-qunzhongtiyu-2025-yfrb (formerly
 * held-out-61 and held-out-224).
 */

const LEDE =
  "    本报讯 近日,市住房公积金管理中心发布6月份住房公积金运行情况,当月全市发放个人住房贷款额0.8亿元,个人住房贷款率77.48%。";
const FOOT = "日期:07-15\n字号:\n版面:第02版:要闻       上一篇    下一篇";

const head = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
  };
};

/** The reader's lines (its name, its day, the paper's name) over the headline, the page's foot and the lede. */
const page = (day: readonly string[], paper: string, headline: string) =>
  ["电子报阅读机", ...day, `当前报纸名称:${paper}`, "", headline, "", FOOT, "", LEDE].join("\n");

describe("a digital paper reader's head", () => {
  test.each([
    // The reader's day and weekday.
    [
      ["2025-10-15", "星期三"],
      "亳州晚报",
      "上半年全市发放 公积金贷款5亿元",
      "上半年全市发放公积金贷款5亿元",
    ],
    // A daily's name, a short headline.
    [["2025-10-14", "星期二"], "云浮日报", "年均举办4000场次", "年均举办4000场次"],
    // No weekday under the day.
    [["2025-10-15"], "亳州晚报", "上半年全市发放 公积金贷款5亿元", "上半年全市发放公积金贷款5亿元"],
  ])("%j / %s over `%s`", (day, paper, headline, title) => {
    expect(head(page(day, paper, headline))).toEqual({
      title,
      publisher: paper,
      publishedOn: day[0],
    });
  });
});

describe("lines like the reader's that are not (near-misses)", () => {
  test("a paper's name that is no paper's (`当前报纸名称:` over a sentence) names no publisher", () => {
    const lines = ["上半年全市发放 公积金贷款5亿元", "当前报纸名称:请选择报纸以后再阅读", LEDE];
    expect(head(lines.join("\n")).publisher).toBeUndefined();
  });
});
