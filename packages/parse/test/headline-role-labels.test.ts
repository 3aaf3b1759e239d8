import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { withoutHeadlineRole } from "../src/internal/headline-shapes";

/**
 * `原标题:已办结的职工诉求满意率达到97.07%(引题)` / `北京市总加大职工诉求“接诉即办”力度(主题)`: a paper's
 * headline lines copied with each line's role in brackets after it; the role is no part of the
 * title. Lines from `beijing-12351-2021-1-2-rednet` (whose title kept `（引题）`),
 * `gansu-investment-1-9` and `national-flood-reservoirs-news`, cut short; the near misses are
 * invented.
 */

const title = (lines: readonly string[]): string | undefined =>
  parseBulletinText(lines.join("\n")).bulletin.publication.title;

describe("a headline with its line's role after it", () => {
  test.each([
    [
      [
        "原标题:已办结的职工诉求满意率达到97.07%(引题)",
        "北京市总加大职工诉求“接诉即办”力度(主题)",
        "中工网北京3月25日电(工人日报-中工网记者赖志凯)“1~2月共受理职工诉求1859件,已办结的职工诉求满意率达到97.07%。”",
      ],
      "已办结的职工诉求满意率达到97.07%",
    ],
    [
      [
        "原标题:全国共有1999座次大中型水库投入防洪(主题)",
        "拦洪286亿立方米,减淹城镇317个次(副题)",
        "中工网北京7月25日电(工人日报—中工网记者蒋菡 王冬梅)记者从今天举行的新闻发布会上获悉,全国共有1999座次大中型水库投入防洪运用。",
      ],
      "全国共有1999座次大中型水库投入防洪",
    ],
  ])("parseBulletinText: %j: the role is no part of the title", (lines, headline) => {
    expect(title(lines)).toBe(headline);
  });
});

describe("brackets closing a headline that name no role (near misses)", () => {
  test.each([
    ["全国共有1999座次大中型水库投入防洪（主题）", "全国共有1999座次大中型水库投入防洪"],
    ["签约金额9433.27亿元 同比增长29.84%(副题)", "签约金额9433.27亿元 同比增长29.84%"],
    ["某市2023年主题教育工作总结（主题教育）", "某市2023年主题教育工作总结（主题教育）"],
    [
      "上海法院12368诉讼服务平台工作白皮书(2014年1月-2019年1月)",
      "上海法院12368诉讼服务平台工作白皮书(2014年1月-2019年1月)",
    ],
    ["（主题）", "（主题）"],
  ])("withoutHeadlineRole(%j) is %j", (text, headline) => {
    expect(withoutHeadlineRole(text)).toBe(headline);
  });
});
