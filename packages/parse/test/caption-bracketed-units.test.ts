import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { MASTHEAD } from "./table-cells";

/**
 * A table whose caption closes with its unit in brackets, no `单位：` before it
 * (`指标:规模以上工业增加值_同比增长(%)`, `各区受理量（件）`), over a head of periods or places that
 * names no unit: the bare numbers of its cells take that unit, as under a `单位：件` caption.
 * A traditional-character copy's `（單位：件）` is read like `（单位：件）`. Written for the rule
 * (session 24's tuning misses: a statistics database's table of provinces by month); the cases
 * are invented.
 */

const after = "二、办理情况\n全市诉求按期办结率为98.6%，比上月提高0.4个百分点。";
const table = (caption: string, head: string, rows: readonly string[]): string =>
  `${MASTHEAD}${caption} | |||\n${head}\n${rows.join("\n")}\n${after}`;

const metricsOf = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

const months = "地区 | 2025年9月 | 2025年8月 | 2025年7月 |";
const percents = ["城东区 | 8.6 | 10 | -2.3 |", "城西区 | 4.1 | 6.7 | 5.2 |"];
const counts = ["城东区 | 1520 | 1498 | 1302 |", "城西区 | 980 | 960 | 1011 |"];

describe("a unit in brackets closing a caption", () => {
  test.each([
    ["(%)", "指标:工业增加值_同比增长(%)", months, percents, ["8.6%", "-2.3%", "6.7%"]],
    ["（%）", "表2 各区工业用电量增速（%）", months, percents, ["8.6%", "5.2%"]],
    ["（件）", "表1 各区诉求受理量（件）", months, counts, ["1520件", "1011件"]],
    ["（單位：件）", "表1 各區訴求受理量（單位：件）", months, counts, ["1520件", "960件"]],
  ])("%s", (_, caption, head, rows, expected) => {
    const found = metricsOf(table(caption, head, rows));
    for (const m of expected) expect(found).toContain(m);
  });
});

describe("near-misses", () => {
  test.each([
    // A year in brackets is no unit.
    ["a bracketed year", "表1 各区诉求受理量（2025年）", months, counts, ["1520件", "1520"]],
    // A rank column under a unit caption keeps its numbers bare.
    [
      "a rank column",
      "表1 各区诉求受理量（件）",
      "地区 | 2025年9月 | 排名 |",
      ["城东区 | 1520 | 1 |", "城西区 | 980 | 2 |"],
      ["1件", "2件"],
    ],
  ])("%s", (_, caption, head, rows, absent) => {
    const found = metricsOf(table(caption, head, rows));
    for (const m of absent) expect(found).not.toContain(m);
  });

  test("a column head's own unit wins over the caption's", () => {
    const found = metricsOf(
      table("表1 各区诉求情况（件）", "地区 | 受理量 | 办结率（%） |", [
        "城东区 | 1520 | 98.5 |",
        "城西区 | 980 | 97.2 |",
      ]),
    );
    expect(found).toContain("98.5%");
    expect(found).not.toContain("98.5件");
  });
});
