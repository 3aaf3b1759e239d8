import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A ranking's table opens its head with the rank's column and then the names ranked (`名次 | 省区市 |
 * 旅游总收入(亿元) | 同比增长 | …`, `排序 | 港口 | 一季度(萬TEU) | 同比增幅`): its columns of figures start
 * after both, and a change column after each of them is the change of the figure before it, as in a
 * table with one column of labels (paired-change-columns.test.ts). The lines are the corpus texts'
 * (`provinces-mayday-tourism-ranking-2017-chinagate`, `provinces-newyear-tourism-ranking-2012-yibaidns-trad`,
 * `national-ports-ranking-2020q1-cubegolf-trad`). A head whose second column is a column of figures,
 * or where a column of figures stands without its change, gives no comparison.
 */

const parse = (lines: readonly string[]) =>
  parseBulletinText(
    ["各地旅游收入情况", "一、排行榜", ...lines, "二、情况分析", "其余各地情况将陆续添加。"].join(
      "\n",
    ),
  ).bulletin as Bulletin;

/** Each metric's label and value, with its comparison's signed change where it has one. */
const read = (lines: readonly string[]) =>
  parse(lines).metrics.map(
    (m) =>
      `${m.label} ${m.value} ${m.unit}${m.comparison?.change === undefined ? "" : ` ${m.comparison.basis} ${m.comparison.change}`}`,
  );

describe("a ranking's change columns after its rank and name columns", () => {
  test.each([
    [
      "名次 and 同比增长 (a bar table)",
      [
        "名次 | 省区市 | 旅游总收入(亿元) | 同比增长 | 接待游客总数(万人次) | 同比增长 |",
        "1 | 陕西 | 113.36 | 33.68% | 2703.50 | 29.36% |",
        "2 | 安徽 | 100.10 | 15.10% | 2472.60 | 12.80% |",
      ],
      [
        "陕西旅游总收入 11336000000 元 yoy 33.68",
        "陕西接待游客总数 27035000 人次 yoy 29.36",
        "安徽旅游总收入 10010000000 元 yoy 15.1",
        "安徽接待游客总数 24726000 人次 yoy 12.8",
      ],
    ],
    [
      "a converted copy's 名次, with a row that prints no change",
      [
        "名次 | 省區市 | 接待游客總人數(萬人次) | 同比增長 | 旅游總收入(億元) | 同比增長 |",
        "1 | 山東 | 501 | 16.2% | 41.5 | 19.6% |",
        "3 | 安徽 | 865.85 | 90.57% | 21.24 | |",
      ],
      [
        "山東接待游客總人數 5010000 人次 yoy 16.2",
        "山東旅游總收入 4150000000 元 yoy 19.6",
        "安徽接待游客總人數 8658500 人次 yoy 90.57",
        "安徽旅游總收入 2124000000 元",
      ],
    ],
    [
      "排序 and a container count in 萬TEU, one cell a line under its caption",
      [
        "2020年第一季度港口集裝箱吞吐量排名",
        ...["排序", "港口", "一季度(萬TEU)", "同比增幅"],
        ...["1", "上海港", "933", "-10.40%", "2", "寧波舟山港", "615", "-8.20%"],
        ...["3", "深圳港", "533", "-11.90%"],
      ],
      [
        "上海港一季度 9330000 TEU yoy -10.4",
        "寧波舟山港一季度 6150000 TEU yoy -8.2",
        "深圳港一季度 5330000 TEU yoy -11.9",
      ],
    ],
    [
      "序号, a numbered table's column",
      [
        "序号 | 区县 | 受理量(件) | 同比增长 |",
        "1 | 城关区 | 4528 | 12.5% |",
        "2 | 七里河区 | 3107 | -3.4% |",
      ],
      ["城关区受理量 4528 件 yoy 12.5", "七里河区受理量 3107 件 yoy -3.4"],
    ],
  ])("parseBulletinText: under %s each change is its figure's", (_, lines, expected) => {
    expect(read(lines)).toEqual(expected);
  });

  test.each([
    [
      "a head whose second column holds figures",
      [
        "地区 | 旅游总收入(亿元) | 接待游客总数(万人次) | 同比增长 |",
        "陕西 | 113.36 | 2703.50 | 29.36% |",
        "安徽 | 100.10 | 2472.60 | 12.80% |",
      ],
    ],
    [
      "a ranking whose column of figures stands without its change",
      [
        "名次 | 省区市 | 旅游总收入(亿元) | 接待游客总数(万人次) | 同比增长 |",
        "1 | 陕西 | 113.36 | 2703.50 | 29.36% |",
        "2 | 安徽 | 100.10 | 2472.60 | 12.80% |",
      ],
    ],
    [
      "a ranking whose change names no basis",
      [
        "名次 | 省区市 | 旅游总收入(亿元) | 增幅 | 接待游客总数(万人次) | 增幅 |",
        "1 | 陕西 | 113.36 | 33.68% | 2703.50 | 29.36% |",
        "2 | 安徽 | 100.10 | 15.10% | 2472.60 | 12.80% |",
      ],
    ],
  ])("parseBulletinText: under %s no comparison is read", (_, lines) => {
    const found = read(lines);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((m) => m.includes(" yoy "))).toEqual([]);
  });
});
