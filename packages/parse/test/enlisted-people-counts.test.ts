import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * The count of people a verb of enlisting, training or honouring reaches, right after it
 * (`组织212名残疾人参加免费体检`, `招录10名协理员充实基层力量`, `发展942名信访代理员`, `培训1200人次`):
 * what the text reports, as after a verb of aid (`aided-counts.test.ts`). Written for the rule
 * (session 24's tuning misses: a street office's yearly summary, a district justice bureau's
 * quarter, a women's federation report); the cases are invented.
 */

describe("a count of people right after a verb that enlists them", () => {
  test.each([
    ["落实各项政策，组织212名残疾人参加免费体检。", ["组织=212名"]],
    [
      "8月份通过政府购买服务方式招录10名社区矫正协理员充实基层力量。",
      ["8月份通过政府购买服务方式招录=10名"],
    ],
    ["西藏全区新建岗60个，发展942名妇女信访代理员。", ["西藏全区新建岗=60个", "发展=942名"]],
    ["年内培訓1200人次基層幹部。", ["年内培訓=1200人次"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("counts of things after the same verbs are read as before", () => {
  test.each([
    ["组织12场专题活动，并持续开展。", ["组织=12场"]],
    ["发展3个特色产业项目助力增收。", []],
    // A count of one group joined to another: no count of the people the verb reached.
    ["组织30名党员和群众参加义务植树。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
