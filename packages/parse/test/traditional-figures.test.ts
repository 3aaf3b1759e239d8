import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Figures of pages converted to traditional characters (issue 14: nine of the fifth formerly
 * held-out set's texts were such copies): the units and the words of a change in points as the
 * converters print them. Every text here is written for the test.
 */

const figures = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map(
    (m) =>
      `${m.label}=${m.value}${m.unit}${m.comparison ? `(${m.comparison.change} ${m.comparison.changeUnit})` : ""}`,
  );

describe("figures in traditional characters", () => {
  test.each([
    ["一、情況\n客運量1.2萬車次。", ["客運量=12000车次"]],
    ["一、情況\n演出120場次。", ["演出=120场次"]],
    ["一、情況\n檢查設備36臺次。", ["檢查設備=36台次"]],
    ["一、情況\n整治面積12.5公頃。", ["整治面積=12.5公顷"]],
    ["一、情況\n平均辦結時間2.5小時。", ["平均辦結時間=2.5小时"]],
    ["一、情況\n通話時長120分鐘。", ["通話時長=120分钟"]],
    ["一、情況\n能耗895.99噸標準煤。", ["能耗=895.99吨标准煤"]],
  ])("%s → %j", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  test("`個百分點` is a change in points, the comparison of the figure before it, not a count", () => {
    expect(figures("一、情況\n優良天數比例為77.4%，同比提高1.2個百分點。")).toEqual([
      "優良天數比例=77.4%(1.2 points)",
    ]);
  });

  test("`个百分点` in simplified characters reads as before", () => {
    expect(figures("一、情况\n优良天数比例为77.4%，同比提高1.2个百分点。")).toEqual([
      "优良天数比例=77.4%(1.2 points)",
    ]);
  });

  test("property: a rise or fall in points, simplified or traditional, is the comparison", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom("个百分点", "個百分點"),
        fc.constantFrom(["提高", 1], ["下降", -1], ["降低", -1]) as fc.Arbitrary<[string, number]>,
        (tenths, points, [word, sign]) => {
          const change = tenths / 10;
          const text = `一、情况\n优良天数比例为77.4%，同比${word}${change}${points}。`;
          expect(figures(text)).toEqual([`优良天数比例=77.4%(${sign * change} points)`]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("labels in traditional characters", () => {
  test.each([
    ["一、情況\n當月累計受理訴求1200件。", ["受理訴求=1200件"]],
    ["一、情況\n全市受理量共計達到1200件。", ["全市受理量=1200件"]],
    ["一、情況\n受理量為1200件。", ["受理量=1200件"]],
  ])("%s → %j (the words leading up to the number are no part of the label)", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
