import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * A table whose head pairs each column of figures with its change in percent naming its basis
 * (`指标 | 本月 | 同比增减% | 1-本月累计 | 同比增减%`): a bare number under such a change column is the
 * 同比 (环比) change of the figure before it, its sign the direction; the cell keeps its text. A
 * change column after another change, after the row labels, or in a head where a column of figures
 * stands without its change (`本月 | 累计 | 同比%`: which one it compares is not written) gives no
 * comparison. Written for the rule.
 */

const parse = (head: readonly string[], rows: readonly string[][]) =>
  parseBulletinText(
    [
      "某市旅游统计月报",
      "一、主要指标",
      ...[head, ...rows].flat().map((c) => `${c} |`),
      "二、情况分析",
      "本月全市接待游客有所减少。",
    ].join("\n"),
  ).bulletin as Bulletin;

/** Each metric's value and its comparison's signed change, if any. */
const changes = (head: readonly string[], rows: readonly string[][]) =>
  Object.fromEntries(
    parse(head, rows).metrics.map((m) => [
      String(m.value),
      m.comparison?.change === undefined
        ? undefined
        : `${m.comparison.basis ?? ""}${m.comparison.change}`,
    ]),
  );

const PAIRED = ["指标", "本月(人次)", "同比增减%", "1-本月累计(人次)", "同比增减%"];

describe("a change column paired with the column of figures before it", () => {
  test.each([
    ["同比 changes", PAIRED, "同比"],
    [
      "环比 changes in brackets",
      ["指标", "本月(人次)", "环比增长(%)", "累计(人次)", "环比增长(%)"],
      "环比",
    ],
    ["one pair", ["指标", "本月(人次)", "同比增减%"], "同比"],
  ])("parseBulletinText: %s are the figures' comparisons", (_, head, basis) => {
    const rows = [
      ["接待人数", "7009753", "-7.3", "18938542", "0.5"],
      ["国际游客", "1065617", "2.4", "2826267", "2.1"],
    ].map((r) => r.slice(0, head.length));
    const found = changes(head, rows);
    expect(found["7009753"]).toMatch(/-7\.3$/);
    expect(found["1065617"]).toMatch(/2\.4$/);
    expect(found["7009753"]?.startsWith(basis === "同比" ? "yoy" : "mom")).toBe(true);
  });

  test("fast-check: any signed change under a paired column reads back with its sign", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom("-", "+", ""), (n, sign) => {
        const value = n / 10;
        const found = changes(PAIRED, [
          ["接待人数", "7009753", `${sign}${value.toFixed(1)}`, "18938542", "0.5"],
          ["国际游客", "1065617", "2.4", "2826267", "2.1"],
        ]);
        expect(found["7009753"]).toMatch(new RegExp(`${sign === "-" ? "-" : ""}${value}$`));
      }),
      { numRuns: 30 },
    );
  });

  test.each([
    ["a column of figures without its change", ["指标", "本月(人次)", "累计(人次)", "同比增减%"]],
    ["a change naming no basis", ["指标", "本月(人次)", "增减%", "累计(人次)", "增减%"]],
    ["a change in no percent", ["指标", "本月(人次)", "同比增减", "累计(人次)", "同比增减"]],
    ["a change after the labels", ["指标", "同比增减%", "本月(人次)", "同比增减%"]],
  ])("parseBulletinText: under %s no comparison is read", (_, head) => {
    const rows = [
      ["接待人数", "7009753", "7.3", "18938542"],
      ["国际游客", "1065617", "2.4", "2826267"],
    ];
    const found = changes(head, rows);
    expect(Object.values(found).filter((c) => c !== undefined)).toEqual([]);
  });
});
