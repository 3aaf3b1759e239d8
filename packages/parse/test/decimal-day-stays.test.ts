import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A number to one decimal before `日` is a length of time in days, not a date (`旅客平均逗留1.0日`,
 * `留宿旅客( 3.2日 )`): Macao's visitor statistics print a stay so. The amount a stay changed by
 * (`按年減少0.1日`) stays text, as a change in 住院日 does; so do dates (`7月8日`, `于5.1日`,
 * `3.15日`) and a list's marker run into a day (`1.419日`: `1.` and `4` with `19日`). Lines from
 * tuning texts (four DSEC 旅客 releases, a city's 防汛 brief, a national 医疗服务 release).
 */

describe("a stay in days to a decimal", () => {
  test.each([
    [
      "今年4月旅客平均逗留1.0日，按年減少0.1日。留宿旅客及不過夜旅客的平均逗留時間分別為1.8日及0.2日。",
      ["今年4月旅客平均逗留=1日", "留宿旅客及不過夜旅客的平均逗留時間=1.8日", "及=0.2日"],
    ],
    ["旅客平均逗留時間減少0.1日至1.1日；", ["旅客平均逗留時間減少0.1日至=1.1日"]],
    ["留宿旅客的平均逗留时间( 3.2日 )减少4.0日。", ["留宿旅客的平均逗留时间=3.2日"]],
    ["留宿旅客的平均逗留时间则维持在2.3日。", ["留宿旅客的平均逗留时间则维持在=2.3日"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("days that stay text (near misses)", () => {
  test.each([
    ["1.419日，省水利厅纪检监察组副组长一行到兴国县调研指导防汛工作。"],
    ["三级医院平均住院日为8.3日，比上年同期增加0.4日。"],
    ["于5.1日起施行，于3.15日开展宣传。"],
    ["医院于7月8日开诊，2日内办结。"],
    ["2019.5.1日起施行。"],
    ["平均逗留1.5日均有增加。"],
  ])("%s holds no figure in 日 but a stay after 住院日", (body) => {
    expect(figures(body).filter((f) => f.endsWith("日") && !f.startsWith("三级医院"))).toEqual([]);
  });
});
