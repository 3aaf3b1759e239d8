import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Units counted per another unit as converted pages and water bulletins print them: the unit
 * counted per in traditional characters (`單產265.3公斤/畝`, `3.2噸/公頃`, `1.5元/戶`), read as the
 * simplified unit the model names (`公斤/亩`), and litres per day in symbols (`人均生活用水量179 L/d`,
 * a space before the symbol as such pages print it), kept as printed. A slash before no unit
 * (`/畝產`, `L/dm`) keeps the figure's own unit or reads none. Written for the rule (formerly
 * held-out-43–46's traditional copies of a province's farming half year and of 韶关's water
 * resources bulletin); every text here is invented.
 */

const figures = (text: string) =>
  parseBulletinText(text).bulletin.metrics.map(({ value, unit }) => ({ value, unit }));

const doc = (sentence: string) => `一、基本情況\n${sentence}`;

describe("units counted per a traditional or symbol unit", () => {
  test.each([
    ["a weight per 畝", "早稻單產265.3公斤/畝。", { value: 265.3, unit: "公斤/亩" }],
    ["a weight per 公頃", "平均單產3.2噸/公頃。", { value: 3.2, unit: "吨/公顷" }],
    ["an amount per 戶", "補貼標準為1500元/戶。", { value: 1500, unit: "元/户" }],
    ["a count per 小時", "處理能力為120件/小時。", { value: 120, unit: "件/小时" }],
    [
      "litres per day after a space",
      "城鎮居民生活人均用水量179 L/d。",
      { value: 179, unit: "L/d" },
    ],
    ["litres per day, no space", "农村居民生活人均用水量120L/d。", { value: 120, unit: "L/d" }],
  ])("%s is one unit", (_, sentence, expected) => {
    expect(figures(doc(sentence))).toEqual([expected]);
  });

  test.each([
    ["a slash before a word", "早稻單產265.3公斤/畝產量提高，", { value: 265.3, unit: "公斤/亩" }],
  ])("%s still reads the unit counted per", (_, sentence, expected) => {
    expect(figures(doc(sentence))).toContainEqual(expected);
  });

  test.each([
    ["a symbol running on after L/d", "用水量179 L/dm，"],
    ["a bare L", "用水量179 L，"],
  ])("%s reads no figure", (_, sentence) => {
    expect(figures(doc(sentence))).toEqual([]);
  });

  test("parseBulletinText: any weight per 畝 reads back as its value per 亩", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 9 }), (n, d) => {
        const printed = `${n}.${d}`;
        expect(figures(doc(`早稻單產${printed}公斤/畝。`))).toEqual([
          { value: Number(printed), unit: "公斤/亩" },
        ]);
      }),
      { numRuns: 50 },
    );
  });
});
