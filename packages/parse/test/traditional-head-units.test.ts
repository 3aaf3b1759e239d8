import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A table's unit printed in traditional characters in a row's or a column's head (`社會消費品零售總額
 * (億元)`, `受理量(個)`, `車輛(萬輛)`), as copies converted to traditional characters print it: the bare
 * numbers under it are figures in that unit, as under `(亿元)`. A bracket holding no unit (`(含
 * 網購)`) names none. Every table here is written for the rule, not taken from a page.
 */

const metricsOf = (table: string) =>
  parseBulletinText(`一、總體情況\n9月份全市消費市場平穩。\n${table}`).bulletin.metrics.map(
    (m) => `${m.value} ${m.unit}`,
  );

describe("a head's unit in traditional characters", () => {
  test.each([
    [
      "指標 | 本月 | 1-本月\n社會消費品零售總額(億元) | 1478.53 | 11864.63\n批發零售業(億元) | 1363.93 | 11055.38",
      ["147853000000 元", "1186463000000 元", "136393000000 元"],
    ],
    [
      "地區 | 受理量(個) | 辦結量(個)\n甲區 | 120 | 118\n乙區 | 95 | 95",
      ["120 个", "118 个", "95 个"],
    ],
    [
      "類別 | 本月 | 累計\n客車(萬輛) | 1.2 | 10.5\n貨車(萬輛) | 0.8 | 6.4",
      ["12000 辆", "105000 辆"],
    ],
  ])("parseBulletinText: the cells of `%s` are figures in the head's unit", (table, figures) => {
    const got = metricsOf(table);
    for (const f of figures) expect(got).toContain(f);
  });

  test("parseBulletinText: a bracket holding no unit names none (counter-case)", () => {
    expect(metricsOf("指標 | 本月\n社會消費品零售總額(含網購) | 1478.53")).not.toContain(
      "1478.53 元",
    );
  });
});
