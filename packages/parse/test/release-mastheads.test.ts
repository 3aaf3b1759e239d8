import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Statistics releases print their title, then the date in brackets on a line of its own, then the
 * issuing office (`（2016年10月19日）` / `中华人民共和国国家统计局`) (issue 14).
 */

const masthead = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    publishedOn: bulletin.issue.publishedOn,
    publisher: bulletin.publication.publisher?.name,
  };
};

describe("a release's bracketed date line", () => {
  test.each([
    {
      what: "a bracketed date under the title, the issuer under it",
      text: "前三季度国民经济运行稳中有进\n(2016年10月19日)\n中华人民共和国国家统计局\n今年以来，国民经济运行总体平稳。\n一、农业生产\n夏粮总产量13926万吨。",
      expected: {
        title: "前三季度国民经济运行稳中有进",
        publishedOn: "2016-10-19",
        publisher: "中华人民共和国国家统计局",
      },
    },
    {
      what: "full-width brackets",
      text: "全省经济运行情况\n（2024年1月20日）\n某省统计局\n初步核算，全省生产总值5000亿元。",
      expected: { title: "全省经济运行情况", publishedOn: "2024-01-20", publisher: "某省统计局" },
    },
    {
      what: "a bracketed span of days is the period, not a date",
      text: "12345热线运行情况通报\n（2025年3月1日—3月14日）\n一、总体情况\n共受理95件。",
      expected: { title: "12345热线运行情况通报", publishedOn: undefined, publisher: undefined },
    },
  ])("parseBulletinText: $what", ({ text, expected }) => {
    expect(masthead(text)).toEqual(expected);
  });

  test("parseBulletinText: any real date in brackets on the line under a title is the issue's date (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.boolean(),
        (d, ascii) => {
          const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
          const [open, close] = ascii ? ["(", ")"] : ["（", "）"];
          const text = `全市经济运行情况\n${open}${y}年${m}月${day}日${close}\n某市统计局\n初步核算，全市生产总值500亿元。`;
          const iso = `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(masthead(text).publishedOn).toBe(iso);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("a page title that states the issue", () => {
  const issue = (text: string) => {
    const { bulletin } = parseBulletinText(text);
    return {
      title: bulletin.publication.title,
      number: bulletin.issue.number,
      year: bulletin.issue.year,
    };
  };

  test.each([
    {
      what: "`（2024年第5期）` at the end of the page's title gives the number and the year",
      text: "某市热线简报（2024年第5期）\n发布时间:2024-06-05 来源:某市热线中心\n一、总体情况\n本月受理12件。",
      expected: { title: "某市热线简报（2024年第5期）", number: 5, year: 2024 },
    },
    {
      what: "`【第5期】` before the page's title gives the number",
      text: "【第5期】某市热线简报\n发布时间:2024-06-05 来源:某市热线中心\n一、总体情况\n本月受理12件。",
      expected: { title: "【第5期】某市热线简报", number: 5, year: undefined },
    },
    {
      what: "`第十二期` in Chinese numerals closing the page's title gives the number",
      text: "某县督查通报第十二期\n发布日期:2024-06-05\n一、总体情况\n已办结6件。",
      expected: { title: "某县督查通报第十二期", number: 12, year: undefined },
    },
    {
      what: "another thing's `第5期` inside the title is no issue number",
      text: "关于第5期业务培训班的通知\n发布时间:2024-06-05 来源:某市热线中心\n一、总体情况\n本月受理12件。",
      expected: { title: "关于第5期业务培训班的通知", number: undefined, year: undefined },
    },
  ])("parseBulletinText: $what", ({ text, expected }) => {
    expect(issue(text)).toEqual(expected);
  });
});
