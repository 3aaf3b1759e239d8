import { parseBulletinText } from "@bulletin/parse";
import { renderText } from "@bulletin/render";
import { safeParseBulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * An amount printed as a bound, 余 or 多 after its number or its scale (`组织500余人`,
 * `投入1100多万元`, `销售76.7万余件`; `餘` as traditional copies print it): the figure is the number
 * printed, in the unit after the mark, with the model's `approximate` mark saying it is a lower
 * bound and where the mark stood, so that every writer prints it again as it stood. Words around a
 * figure (`约`, `近`, `左右`, `以上`) stay text, as before: only 余 and 多 stand inside one. Examples
 * written for the rule (issue 14: 128 such figures among the tuning texts' facts, none read before).
 */

const read = (body: string) => parseBulletinText(`一、工作动态\n${body}`).bulletin;
const bounds = (body: string): string[] =>
  read(body).metrics.map(
    (m) =>
      `${m.label}=${m.value}${m.unit}${m.approximate === undefined ? "" : ` ${m.approximate.mark}${m.approximate.at === "scale" ? "@scale" : ""}`}`,
  );

describe("amounts printed as bounds: 余 and 多 inside a figure", () => {
  test.each([
    ["甲县组织干部群众500余人参与扑救。", ["甲县组织干部群众=500人 余"]],
    ["乙镇共投入资金1100多万元。", ["乙镇共投入资金=11000000元 多"]],
    ["丙市全年销售农产品76.7万余件。", ["丙市全年销售农产品=767000件 余@scale"]],
    ["丁区新植苗木214萬余株。", ["丁区新植苗木=2140000株 余@scale"]],
    ["戊鄉接待遊客1550餘人次。", ["戊鄉接待遊客=1550人次 余"]],
    ["己县走访企业20多家，解决问题30余个。", ["己县走访企业=20家 多", "解决问题=30个 余"]],
    ["庚市完成造林1.6万余亩，同比增长12.5%。", ["庚市完成造林=16000亩 余@scale"]],
  ])("%s → %j", (body, expected) => {
    expect(bounds(body)).toEqual(expected);
  });

  test.each([
    // The exact amount keeps no mark.
    ["甲县组织干部群众500人参与扑救。", ["甲县组织干部群众=500人"]],
    // `多` comparing with the figure before it is no bound (`比…多蓄水1.73亿立方米`).
    ["乙库蓄水量比去年同期9.18亿立方米多蓄水1.73亿立方米。", undefined],
    // 余 and 多 with no unit after them: no figure.
    ["丙县干部群众500余参与扑救。", []],
    ["丁村共有农户30多，均已入户走访。", []],
  ])("%s: no bound (near-miss)", (body, expected) => {
    expect(read(body).metrics.filter((m) => m.approximate !== undefined)).toEqual([]);
    if (expected !== undefined) expect(bounds(body)).toEqual(expected);
  });

  test("parseBulletinText: a bound renders again as it was printed, and validates", () => {
    const text =
      "政务简报\n第3期\n甲县政府办公室 2024年5月6日\n一、工作动态\n甲县组织干部群众500余人参与扑救，投入资金1100多万元，销售农产品76.7万余件。\n";
    const { bulletin, complete } = parseBulletinText(text);
    expect(complete).toBe(true);
    expect(safeParseBulletin(bulletin).success).toBe(true);
    const out = renderText(bulletin as never);
    expect(out).toContain("500余人");
    expect(out).toContain("1100多万元");
    expect(out).toContain("76.7万余件");
  });
});

describe("a number printed with a leading zero", () => {
  test.each([
    // A converter's garbled character before `00余人` (`當地300余人` printed `當？shù)?00余人`).
    ["經當？shù)?00余人緊張撲救。", []],
    ["甲村有05人参加培训。", []],
  ])("%s → %j (no figure: the model would print it without its zero)", (body, expected) => {
    expect(bounds(body)).toEqual(expected);
  });

  test.each([
    ["甲村有0人缺席。", ["甲村=0人"]],
    ["乙县降水量0.5毫米。", ["乙县降水量=0.5毫米"]],
  ])("%s → %j (near-miss: a zero, a decimal)", (body, expected) => {
    expect(bounds(body)).toEqual(expected);
  });
});
