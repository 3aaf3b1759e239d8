import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A group's average age before and after an election (`平均年龄由原来的51.4岁下降到49.8岁`,
 * `平均年龄从41.34岁下降为40.03岁`) and the years it fell by (`平均年龄比换届前分别下降8.7岁和5.7岁`,
 * `平均年龄下降3.6岁`), as reports of village and party elections print them: each a figure in 岁, as a
 * life expectancy's change is (life-expectancy-years.test.ts). An age after other words bounds a group
 * and stays text. Written for session 43's tuning misses (yanghang-town-party-election-021fenlei,
 * city-village-elections-2021-rqhecheng, yucheng-party-election-scfz); the lines are theirs, cut short.
 */

const ages = (body: string): string[] =>
  parseBulletinText(`一、换届情况\n${body}`)
    .bulletin.metrics.filter((m) => m.unit === "岁")
    .map((m) => `${m.value}${m.unit}`);

describe("average ages before and after, and their changes", () => {
  test.each([
    [
      "村支部书记平均年龄由原来的51.4岁下降到49.8岁，村党支部成员平均年龄由原来的47.36岁下降到46.4岁。",
      ["51.4岁", "49.8岁", "47.36岁", "46.4岁"],
    ],
    ["居民区党支部书记平均年龄从41.34岁下降为40.03岁。", ["41.34岁", "40.03岁"]],
    ["村、社区“两委”班子成员平均年龄比换届前分别下降8.7岁和5.7岁。", ["8.7岁", "5.7岁"]],
    ["其中，村、社区书记平均年龄分别下降6.7岁和4.1岁。", ["6.7岁", "4.1岁"]],
    ["平均年龄下降3.6岁，大专及以上学历提高12个百分点。", ["3.6岁"]],
    ["班子成员平均年齡由原來的48.2歲下降到44.5歲。", ["48.2岁", "44.5岁"]],
  ])("%s → %j", (body, expected) => {
    expect(ages(body)).toEqual(expected);
  });

  test.each([
    // A bound after the change stays text, as after a life expectancy.
    ["书记平均年龄下降到40岁以下。"],
    // Ages after other words bound a group.
    ["35岁以下的年轻干部占比提高，60岁以上老人享受补贴。"],
    // A change with no average age before it.
    ["退休年龄比原来提高3岁。"],
    // An average age in another clause states nothing for this one.
    ["平均年龄下降，35岁以下干部增加。"],
  ])("%s holds no figure in 岁", (body) => {
    expect(ages(body)).toEqual([]);
  });
});
