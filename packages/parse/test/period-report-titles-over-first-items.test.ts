import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A work summary whose title, alone on the first line, stands straight over its first `（一）` item
 * (no `一、` section between): `某局2020年第四季度工作总结` / `（一）…。`. A report's name that names the
 * period it reports on and ends as a summary or a report does is the text's title; a line over the
 * first item that names no period (`財政預算執行情況`, `工作开展情况`) still heads the section those
 * items are in, and a sentence naming a summary is no title. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const ITEMS =
  "(一)法治宣传深入开展。全年组织法治宣传活动120余场,发放宣传资料3万份,解答法律咨询2100人次。\n(二)基层建设持续加强。建成规范化司法所6个,招录社区矫正协理员8名。\n(三)矛盾纠纷有效化解。受理矛盾纠纷1523件,调解成功1498件,调解成功率98.4%。";

describe("a period's report name straight over the first item", () => {
  test.each([
    ["a quarter's summary", "司法局2020年第四季度工作总结"],
    ["a half year's report", "某镇2021年上半年工作汇报"],
    ["a year's situation report", "某区2019年度安全生产情况报告"],
    ["a half year without the year", "老干部局下半年工作总结"],
    ["traditional", "司法局2020年第四季度工作總結"],
  ])("(%s) is the title", (_, title) => {
    expect(read(`${title}\n${ITEMS}`).publication.title).toBe(title);
  });

  test.each([
    ["a section's label", "財政預算執行情況"],
    ["a label naming no period", "司法行政工作开展情况"],
    ["a sentence naming a summary", "现将2020年工作总结如下:"],
    ["a period's plan", "司法局2021年工作计划安排"],
  ])("a line of another shape (%s) is no title", (_, first) => {
    expect(read(`${first}\n${ITEMS}`).publication.title).toBeUndefined();
  });
});
