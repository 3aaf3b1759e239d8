import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A site's footer naming its host under the short label `主办:` beside the footer's other fields
 * (`主办:某某晚报社 运营管理:某某晚报社 版权所有©2013-2014`, `主办：某市统计局 承办：某市信息中心`), or a
 * paper's publishing house under `主办单位:`: the host is the publisher when nothing else names
 * one. Near-misses: `主办:` alone on its line (an event's organiser), a portal's general office.
 * Every text here is written for the test.
 */

const TEXT =
  "某区今年再添5.8万亩新绿\n\n今年全区造林绿化建设任务圆满完成,共造林5.8万亩,栽植各类苗木159万株,超额完成年度任务。\n\n2019年是新一轮造林绿化建设第二年,全区新增口袋公园12处。\n\n";

describe("a footer's host under 主办", () => {
  test.each([
    {
      what: "a paper's house, its operator and rights after it",
      foot: "主办:某某晚报社 运营管理:某某晚报社 版权所有©2013-2014 技术开",
      name: "某某晚报社",
    },
    {
      what: "an office, 承办 after it",
      foot: "主办：某市统计局 承办：某市信息中心",
      name: "某市统计局",
    },
    {
      what: "a paper's house under 主办单位",
      foot: "主办单位：某某日报社 某ICP备12345678号",
      name: "某某日报社",
    },
  ])("mastheadFacts: $what", ({ foot, name }) => {
    expect(mastheadFacts(`${TEXT}${foot}`).publisher).toBe(name);
  });

  test.each([
    { what: "主办 alone, an event's organiser", foot: "主办:某市文化和旅游局" },
    { what: "a portal's general office", foot: "主办:某市人民政府办公室 承办:某市大数据中心" },
  ])("mastheadFacts: no host: $what", ({ foot }) => {
    expect(mastheadFacts(`${TEXT}${foot}`).publisher).toBeUndefined();
  });
});
