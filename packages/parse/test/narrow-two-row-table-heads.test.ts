import { parseBulletinText } from "@bulletin/parse";
import type { Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A web copy's `|` table whose head spans columns printed without the spans' blank cells
 * (`指标名称 | 单位 | 5月份 | 增长(%) |` over `累计 | 当月 | 累计 | 当月 |` over rows six cells wide), met in
 * held-out-88…97's postal statistics: the row of words under the head is the head's second row,
 * not the body's first. Near-misses: a row of words as wide as the head under it (a row of the
 * body whose label is a word), a row under a head whose corner would take all of the head's cells,
 * a row holding a head cell's unit (`任务数 | 完成数 | 完成率 | (件) | 幅度 |`).
 * Every table here is written for the test.
 */

const tablesOf = (text: string): Table[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) =>
      i.body.filter((b): b is Table => !Array.isArray(b) && b.type === "table"),
    ),
  );

const shape = (text: string) => {
  const t = tablesOf(text)[0];
  return (
    t && { headRows: t.head?.length ?? 0, columns: t.head?.at(-1)?.length, rows: t.rows.length }
  );
};

const LEDE = "1-5月，全省邮政行业业务收入累计完成123.4亿元，同比增长12.3%。\n";

describe("a narrow head over a row of words", () => {
  test.each([
    [
      "a corner of two cells",
      [
        "某省邮政行业发展情况表",
        "指标名称 | 单位 | 5月份 | 比去年同期增长(%) |",
        "累计 | 当月 | 累计 | 当月 |",
        "一、邮政行业业务收入 | 亿元 | 123.4 | 25.6 | 12.3 | 10.5 |",
        "1、快递业务 | 亿元 | 88.8 | 17.7 | 20.1 | 18.2 |",
        "2、邮政寄递服务 | 亿元 | 6.6 | 1.4 | 2.7 | 3.1 |",
      ],
      { headRows: 2, columns: 6, rows: 3 },
    ],
    [
      "a corner of one cell",
      [
        "某市12345热线办理情况表",
        "类别 | 本月 | 累计 |",
        "受理 | 办结 | 受理 | 办结 |",
        "咨询类 | 1200 | 1180 | 5600 | 5550 |",
        "投诉类 | 800 | 760 | 3900 | 3820 |",
      ],
      { headRows: 2, columns: 5, rows: 2 },
    ],
  ])("%s", (_, table, expected) => {
    expect(shape(`${LEDE}${table.join("\n")}\n`)).toEqual(expected);
  });

  test("near-miss: a row holding a head cell's unit (where each word goes is unknown)", () => {
    const table = [
      "某市城管任务完成情况表",
      "单 位 | 本月完成情况 | 上月完成数 | 增/减 |",
      "任务数 | 完成数 | 完成率 | (件) | 幅度 |",
      "甲区城管局 | 2600 | 2675 | 102.88% | 2696 | -21 | -0.78% |",
      "乙区城管局 | 1400 | 1468 | 104.86% | 1457 | 11 | 0.75% |",
    ];
    expect(shape(`${LEDE}${table.join("\n")}\n`)?.headRows).toBe(1);
  });

  test("near-miss: a row of words as wide as the head is the body's", () => {
    const table = [
      "某市热线办理情况表",
      "类别 | 受理 | 办结 |",
      "咨询类 | 较多 | 较快 |",
      "投诉类 | 800 | 760 |",
      "求助类 | 300 | 290 |",
    ];
    expect(shape(`${LEDE}${table.join("\n")}\n`)?.headRows).toBe(1);
  });
});
