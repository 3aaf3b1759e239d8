import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * The first line of a paragraph that a PDF's page width broke is no headline (issue 14, the
 * perturbed-text check): it opens with the clause a report's first sentence opens with
 * (`今年以来，`, `据统计，`, `1-5月，`), or with a news dateline, or it closes on a figure's
 * number whose unit opens the next line (`…完成99552万` / `元，…`).
 */

const read = (text: string) => {
  const b = parseBulletinText(text).bulletin;
  return { title: b.publication.title, sections: b.sections.map((s) => s.title) };
};

/** A paragraph broken every `width` characters, as a PDF prints it. */
const wrapped = (paragraph: string, width: number): string =>
  (paragraph.match(new RegExp(`[^]{1,${width}}`, "g")) ?? []).join("\n");

const REST = "全市共发生各类生产安全事故187起、死亡155人，同比分别下降21.1%、20.1%。";

describe("a paragraph's first line is no headline", () => {
  test.each([
    { what: "opening with 今年以来", first: "今年以来，我市各级各部门按照市安委会的统" },
    {
      what: "opening with 今年以來 (traditional)",
      first: "今年以來，我市各級各部門按照市安委會的統",
    },
    { what: "opening with 据统计", first: "据统计，1-7月，全市共发生各类生产安全事" },
    { what: "opening with a month span", first: "1-5月，全区一般公共预算收入累计完成了" },
    { what: "opening with a year and a half", first: "2023年上半年，全市规模以上工业增加值同" },
    { what: "opening with a news dateline", first: "某州日报/某州网某州讯（通讯员李某报道）7月" },
    {
      what: "a dated dateline over its paragraph",
      first: "某某新闻网10月23日讯（通讯员陈某 梁某）",
    },
  ])("$what", ({ first }) => {
    const r = read(`${first}\n${REST}`);
    expect(r.title).toBeUndefined();
    expect(r.sections).toEqual(["正文"]);
  });

  test.each([
    { first: "1-11月份全区一般公共预算收入累计完成99552万", next: "元，占年初预算数的90.9%。" },
    { first: "全市共受理群众诉求12", next: "36件，办结率98%。" },
    { first: "全市接待游客120万人次，同比增长8.", next: "5%，旅游收入增长12%。" },
  ])("closing on a number whose unit or digits open the next line ($first)", ({ first, next }) => {
    const r = read(`${first}\n${next}`);
    expect(r.title).toBeUndefined();
  });

  test.each([
    { title: "今年以来全市经济运行情况", body: "今年以来，全市经济运行总体平稳。" },
    { title: "2023年上半年全市安全生产情况", body: "2023年上半年，全市安全生产形势总体稳定。" },
    { title: "市长热线12345", body: "今年1-5月，热线共受理群众诉求1200件。" },
  ])("a headline over the paragraph stays the title: $title", ({ title, body }) => {
    expect(read(`${title}\n${body}`).title).toBe(title);
  });

  test("the first paragraph wrapped at any width gives no title", () => {
    const paragraph = `今年以来，我市各级各部门按照市安委会的统一部署，深入开展安全生产专项整治。${REST}`;
    fc.assert(
      fc.property(fc.integer({ min: 18, max: 40 }), (width) => {
        expect(read(wrapped(paragraph, width)).title).toBeUndefined();
      }),
      { numRuns: 23 },
    );
  });
});

describe("a title broken inside a number", () => {
  test("is no paragraph's first line (`关于20` / `22年…`)", () => {
    const text =
      "关于20\n22年第八次县政府常务会议确定事项落实情况的通报\n各乡镇人民政府，县政府各部门：\n近期，县政府督查室开展了专项督查，现通报如下。";
    expect(read(text).title).toBe("关于2022年第八次县政府常务会议确定事项落实情况的通报");
  });
});

describe("a title printed between two copies of its lede", () => {
  const LEDE =
    "上半年，全省各类公共资源交易33017宗，较去年同期增长14.4%；累计成交金额7960.15亿元，同比增长12.6%，双双再创新高。";
  const TITLE = "上半年全省公共资源交易再创新高";
  test.each([24, 32, 40])(
    "is the title when the first lede is broken every %i characters",
    (width) => {
      const r = read(`${wrapped(LEDE, width)}\n${TITLE}\n${LEDE}\n其中：工程建设领域交易6526宗。`);
      expect(r.title).toBe(TITLE);
    },
  );
  test("is the title when the lede is one line", () => {
    expect(read(`${LEDE}\n${TITLE}\n${LEDE}`).title).toBe(TITLE);
  });
  test("a heading between two different paragraphs is no title", () => {
    const r = read(`${LEDE}\n总体情况\n全省各类公共资源交易平稳增长。`);
    expect(r.title).not.toBe("总体情况");
  });
});
