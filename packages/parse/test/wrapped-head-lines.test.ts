import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { MASTHEAD, tableShapes } from "./table-cells";

/**
 * A web copy's `|` table whose head was wrapped after its bars into lines of several cells each
 * (`项 目 | 计算单位 |` / `本月 | 累计 |` / `比上年增长(%) |`), none opening with a bar, every cell a
 * word: one head, when the row under the wrapped lines is exactly as wide as all their cells (as
 * `head-wrapped-after-bars` reads lone wrapped cells). And a group's label right under the head
 * (`商业 | |||||`) over a row numbered as a heading's point (`一、…`) with figures: the body's first
 * row, as the next group's label is. Written for a district's 商业/旅游业 statistics table (a
 * tuning text); every case here is invented.
 */

const after = "二、下步工作\n全区将继续做好统计监测工作。";
const text = (lines: readonly string[]): string => `${MASTHEAD}${lines.join("\n")}\n${after}`;
const shapes = (lines: readonly string[]) => tableShapes(parseBulletinText(text(lines)).bulletin);

const BODY = [
  "一、零售总额 | 万元 | 1520 | 6120 | 12.5 |",
  "1、批发业 | 万元 | 980 | 3960 | 11.2 |",
  "2、零售业 | 万元 | 540 | 2160 | 14.8 |",
];

describe("a head wrapped after its bars into lines of several cells", () => {
  test.each([
    [
      "two lines of two cells, then one",
      ["项 目 | 计算单位 |", "本月 | 累计 |", "比上年增长(%) |"],
      BODY,
      { columns: 5, rows: 3 },
    ],
    [
      // (Lone cells after the first line: the older form, read as before.)
      "a line of three cells, then lone cells",
      ["项目 | 计算单位 | 本月 |", "累计 |", "比上年增长(%) |"],
      BODY,
      { columns: 5, rows: 3 },
    ],
    [
      "a line of three cells under a line of two",
      ["项目 | 单位 |", "本月 | 累计 | 增长(%) |"],
      BODY,
      { columns: 5, rows: 3 },
    ],
    [
      "a group's label right under the head, over a row numbered `一、`",
      ["项 目 | 计算单位 |", "本月 | 累计 |", "比上年增长(%) |", "商业 | ||||"],
      [...BODY, "旅游业 | ||||", "一、接待游客 | 万人次 | 78.2 | 303.4 | 13.3 |"],
      { columns: 5, rows: 6 },
    ],
  ])("%s: one table", (_, head, body, expected) => {
    expect(shapes([...head, ...body])).toEqual([expected]);
  });

  test("the figures under a wrapped line are named by its cells", () => {
    const { bulletin } = parseBulletinText(
      text(["项目 | 计算单位 |", "本月 | 累计 |", "比上年增长(%) |", ...BODY]),
    );
    const total = bulletin.metrics.find((m) => m.value === 61200000 && m.unit === "元");
    expect(total?.label).toContain("累计");
  });
});

describe("near-misses", () => {
  test.each([
    [
      // A line holding a figure is a row of the body, not more of the head.
      "a wrapped line holding a figure",
      ["项目 | 计算单位 |", "本月 | 1520 |", "比上年增长(%) |", ...BODY],
    ],
    [
      // Cells that do not make up the width of the row under them: no wrapped head.
      "wrapped cells one short of the rows' width",
      ["项目 | 计算单位 |", "本月 | 累计 |", ...BODY],
    ],
    [
      // More cells than a wrap leaves (four at most after the first line).
      "five cells wrapped",
      [
        "项目 |",
        "单位 | 本月 |",
        "累计 | 增长(%) | 占比(%) |",
        "一、零售总额 | 万元 | 1520 | 6120 | 12.5 | 100 |",
        "1、批发业 | 万元 | 980 | 3960 | 11.2 | 64.5 |",
      ],
    ],
  ])("%s: no head of the wrapped lines' cells", (_, lines) => {
    const all = shapes(lines);
    expect(all).not.toContainEqual({ columns: 5, rows: 3 });
    expect(all).not.toContainEqual({ columns: 6, rows: 2 });
  });

  test("a one-cell row under the head over an unnumbered row stays the head's sub-head", () => {
    expect(
      shapes([
        "项目 | 本月 | 累计 | 比上年 |",
        "增长(%) | |||",
        "零售总额 | 1520 | 6120 | 12.5 |",
        "批发业 | 980 | 3960 | 11.2 |",
      ]),
    ).toEqual([{ columns: 4, rows: 2 }]);
  });

  test("a group label under the head over a numbered row of words only stays a sub-head", () => {
    expect(
      shapes([
        "项目 | 本月 | 累计 | 比上年 |",
        "增长(%) | |||",
        "一、零售总额 | 较快 | 平稳 | 持平 |",
        "二、批发业 | 1520 | 6120 | 12.5 |",
        "三、零售业 | 980 | 3960 | 11.2 |",
      ]),
    ).toContainEqual({ columns: 4, rows: 3 });
  });
});
