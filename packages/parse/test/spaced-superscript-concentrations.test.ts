import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Concentrations whose superscript three a web copy printed as a digit of its own, set off by a space
 * (`47μg/m 3`: the page's `m<sup>3</sup>` flattened, as its `PM<sub>2.5</sub>` became `PM 2.5`), issue
 * 14, formerly held-out-58 (an air-quality ranking). Every text here is written for the test.
 */

const figures = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => `${m.label}=${m.value}${m.unit}`);

describe("a concentration whose cube a copy spaced off", () => {
  test.each([
    ["一、空气质量\n全市细颗粒物（PM 2.5 ）平均浓度为36μg/m 3 ，同比改善8.2%。", "36μg/m3"],
    ["一、空气质量\n二氧化硫浓度最好的是甲市，为9μg/m 3 。", "9μg/m3"],
    ["一、空气质量\n臭氧浓度为152µg/m 3,同比上升4.1%。", "152μg/m3"],
    ["一、空气质量\n可吸入颗粒物浓度为 88 ug/m 3；", "88μg/m3"],
    ["一、空气质量\n一氧化碳浓度为1.3mg/m 3。", "1.3mg/m3"],
    // At the end of the text, with no mark after it.
    ["一、空气质量\n二氧化氮浓度最差的是乙县，为41μg/m 3", "41μg/m3"],
  ])("%s → %s", (text, expected) => {
    expect(figures(text).map((f) => f.replace(/^[^=]*=/, ""))).toContain(expected);
  });

  test.each([
    // A digit after the three: `m 35` is no cube, the figure is not read as one.
    ["一、空气质量\n浓度为47μg/m 35个监测点位均达标。"],
    // A spaced number after metres alone is no concentration.
    ["一、情况\n清运渣土4m 3处。"],
  ])("%s holds no concentration in μg/m3 or mg/m3", (text) => {
    expect(parseBulletinText(text).bulletin.metrics.map((m) => m.unit)).not.toContainEqual(
      expect.stringMatching(/g\/m3/),
    );
  });

  test("the spaced form is noted as printed otherwise (`unit-normalised`)", () => {
    const { warnings } = parseBulletinText("一、空气质量\n全市PM10浓度为41μg/m 3。");
    expect(warnings.filter((w) => w.code === "unit-normalised")).toHaveLength(1);
  });
});
