import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * A paragraph that opens with its year and a comma in a narrative sentence, no number in it (`2018年，在市委、市
 * 政府的领导下，…实现消费市场“开门红”。`), and goes on with a sentence opening with the months from
 * January without their year (`1-3月，全市实现社会消费品零售总额218.24亿元…`): the report covers
 * those months of that year, not the whole year. A span that does not open the next sentence, or
 * does not start in January, keeps the year the first sentence opens with. Written for the rule (formerly held-out-35's 桂林
 * retail report, read as 2018); every text here is invented.
 */

const periodOf = (opening: string, title = "某市消费市场运行情况") =>
  parseBulletinText(`${title}\n${opening}\n一、主要工作\n共走访企业12家。`).bulletin.issue.period;

const lastDay = (year: number, month: number): string =>
  `${year}-${String(month).padStart(2, "0")}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;

describe("a narrative year's sentence, then the months from January", () => {
  test.each([
    {
      what: "a span opening the paragraph's next sentence is that span of the year",
      opening:
        "2018年，在市委、市政府的领导下，市商务局积极研判新形势，实现消费市场“开门红”。1-3月，全市实现社会消费品零售总额218.24亿元，同比增长11.4%。",
      period: { kind: "range", start: "2018-01-01", end: "2018-03-31" },
    },
    {
      what: "with 至 and a full-width comma the same",
      opening: "2021年，某县坚持稳中求进，经济运行持续向好。1至9月，全县完成固定资产投资45.6亿元。",
      period: { kind: "range", start: "2021-01-01", end: "2021-09-30" },
    },
    {
      what: "前N个月 opening the next sentence counts from January too",
      opening: "2020年，某区克服疫情影响，外贸保持平稳。前8个月，全区进出口总额12.3亿元。",
      period: { kind: "range", start: "2020-01-01", end: "2020-08-31" },
    },
    {
      what: "a narrative sentence of a year alone, nothing after it, keeps the year (counter-case)",
      opening: "2018年，在市委、市政府的领导下，市商务局积极研判新形势，实现消费市场“开门红”。",
      period: { kind: "year", year: 2018 },
    },
    {
      what: "a next sentence whose span does not start in January keeps the year (counter-case)",
      opening: "2018年，某市消费市场稳中有进。7-9月，全市社零总额增长9.2%。",
      period: { kind: "year", year: 2018 },
    },
    {
      what: "a span inside the next sentence, not opening it, keeps the year (counter-case)",
      opening: "2018年，某市消费市场稳中有进。全市1-3月社零总额增长9.2%。",
      period: { kind: "year", year: 2018 },
    },
    {
      what: "a year without its comma opens no lead of the year: the year stays (counter-case)",
      opening: "2018年某市消费市场稳中有进。1-3月，全市社零总额增长9.2%。",
      period: { kind: "year", year: 2018 },
    },
    {
      what: "a next sentence's span with its own year is read as stated (counter-case)",
      opening: "2018年，某市消费市场稳中有进。2017年1-3月，全市社零总额增长9.2%。",
      period: { kind: "range", start: "2017-01-01", end: "2017-03-31" },
    },
  ])("parseBulletinText: $what", ({ opening, period }) => {
    expect(periodOf(opening)).toEqual(period);
  });

  test("parseBulletinText: a narrative year, then 1-N月 opening the next sentence, covers January to N (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("-", "~", "至", "—"),
        fc.integer({ min: 1, max: 99_999 }),
        (year, n, dash, count) => {
          const opening = `${year}年，某市坚持稳中求进，工作扎实推进。1${dash}${n}月，全市受理诉求${count}件。`;
          expect(periodOf(opening)).toEqual({
            kind: "range",
            start: `${year}-01-01`,
            end: lastDay(year, n),
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
