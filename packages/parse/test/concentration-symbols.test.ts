import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Concentrations printed in symbols, as air- and water-quality pages print them (issue 14, the
 * fifth formerly held-out set: `PM2.5浓度为15μg/m3`), and clause marks the repair leaves in ASCII
 * next to them. Every text here is written for the test.
 */

const figures = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => `${m.label}=${m.value}${m.unit}`);

describe("concentrations in symbols", () => {
  test.each([
    ["一、空气质量\n全市PM2.5浓度为18μg/m3。", ["全市PM2.5浓度=18μg/m3"]],
    // The micro sign and a superscript three are read as μ and 3, `ug` as μg.
    ["一、空气质量\n全市PM10浓度为41µg/m³。", ["全市PM10浓度=41μg/m3"]],
    ["一、空气质量\n臭氧浓度为 152ug/m3。", ["臭氧浓度=152μg/m3"]],
    ["一、空气质量\n一氧化碳浓度为1.1mg/m3。", ["一氧化碳浓度=1.1mg/m3"]],
    ["一、水质\n氨氮平均浓度为0.52mg/L。", ["氨氮平均浓度=0.52mg/L"]],
  ])("%s → %j", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  test("a symbol printed otherwise than the model writes it is noted (`unit-normalised`)", () => {
    const { warnings } = parseBulletinText("一、空气质量\n全市PM10浓度为41µg/m³。");
    expect(warnings.filter((w) => w.code === "unit-normalised")).toHaveLength(1);
  });

  test.each([
    // `mg` alone and `m3` alone are no units here; a rate in Latin letters is none.
    ["一、情况\n全年用药12mg左右。"],
    ["一、情况\n带宽提升到3mb/s。"],
    ["一、情况\n清运渣土4m3。"],
  ])("%s holds no concentration", (text) => {
    expect(parseBulletinText(text).bulletin.metrics.map((m) => m.unit)).not.toContainEqual(
      expect.stringMatching(/g\/m|mg/),
    );
  });

  test("`;` left in ASCII between a unit in symbols and the next name ends the clause", () => {
    expect(
      figures("一、空气质量\nPM2.5浓度为15μg/m3,同比改善25%;PM10浓度为34μg/m3,同比持平。"),
    ).toContain("PM10浓度=34μg/m3");
  });

  test("a `,` between digits (`1,234`) does not cut a label", () => {
    expect(figures("一、受理情况\n受理1,234件。")).toEqual(["受理=1234件"]);
  });

  test("property: any value in any symbol form of μg/m3 is read as that value in μg/m3", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom("μg/m3", "µg/m3", "μg/m³", "ug/m3"),
        fc.constantFrom("", " "),
        (n, unit, gap) => {
          const text = `一、空气质量\n细颗粒物浓度为${n}${gap}${unit}。`;
          expect(figures(text)).toEqual([`细颗粒物浓度=${n}μg/m3`]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
