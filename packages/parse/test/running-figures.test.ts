import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Figures in running text met in the sixth tuning batch (issue 14): statistics releases report
 * growth rates on their own (`规模以上工业增加值同比增长13.3%`, `…5092亿元，增长12.6%`), and count
 * kinds, rounds and issues (`503种`, `12轮次`, `印发《督查快报》6期`).
 */

const metrics = (text: string) =>
  parseBulletinText(text).bulletin.metrics.map(({ label, value, unit, comparison }) =>
    comparison === undefined ? { label, value, unit } : { label, value, unit, comparison },
  );

describe("growth rates in running text", () => {
  test.each([
    {
      what: "a growth rate after its subject is a percentage figure labelled by its clause",
      text: "一、工业生产\n11月份，规模以上工业增加值同比增长13.3%，比10月份加快0.2个百分点。",
      metrics: [{ label: "规模以上工业增加值同比增长", value: 13.3, unit: "%" }],
    },
    {
      what: "a bare 增长 after a figure takes that figure's label as its subject",
      text: "一、工业投资\n完成工业投资5092亿元，增长12.6%。",
      metrics: [
        { label: "完成工业投资", value: 509_200_000_000, unit: "元" },
        { label: "完成工业投资增长", value: 12.6, unit: "%" },
      ],
    },
    {
      what: "a fall keeps its words in the label and its printed size",
      text: "一、分经济类型\n国有控股企业增加值同比增长6.3%，集体企业下降0.7%。",
      metrics: [
        { label: "国有控股企业增加值同比增长", value: 6.3, unit: "%" },
        { label: "集体企业下降", value: 0.7, unit: "%" },
      ],
    },
    {
      what: "a 同比 change right after a figure stays that figure's comparison and is not read twice",
      text: "一、受理情况\n本月受理各类诉求38447件，同比下降24.85%。",
      metrics: [
        {
          label: "受理各类诉求",
          value: 38447,
          unit: "件",
          comparison: { basis: "yoy", change: -24.85, changeUnit: "percent" },
        },
      ],
    },
    {
      what: "a change in percentage points is no figure",
      text: "一、工业生产\n增速较10月份加快1.2个百分点。",
      metrics: [],
    },
    {
      what: "growth rates said together (分别增长A%和B%) are figures with the same label",
      text: "一、工业结构\n高技术产业增加值同比分别增长10.6%和9.1%。",
      metrics: [
        { label: "高技术产业增加值同比分别增长", value: 10.6, unit: "%" },
        { label: "高技术产业增加值同比分别增长", value: 9.1, unit: "%" },
      ],
    },
    {
      what: "a growth rate that runs on into the next words stays text",
      text: "一、工业结构\n产值增长5.2%左右的企业有所增加。",
      metrics: [],
    },
  ])("parseBulletinText: $what", ({ text, metrics: expected }) => {
    expect(metrics(text)).toEqual(expected);
  });

  test("parseBulletinText: a growth rate standing alone is one figure, and one after a counted figure is its comparison only (property)", () => {
    const han = fc
      .array(fc.constantFrom(..."工业投资产值制造企业商品零售总额住宿餐饮"), {
        minLength: 2,
        maxLength: 8,
      })
      .map((cs) => cs.join(""));
    const rate = fc.nat({ max: 9_999 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(han, rate, fc.nat({ max: 999_999 }), (label, r, count) => {
        const alone = metrics(`一、概况\n${label}同比增长${r}%。`);
        expect(alone).toEqual([{ label: `${label}同比增长`, value: Number(r), unit: "%" }]);
        const after = metrics(`一、概况\n${label}${count}件，同比增长${r}%。`);
        expect(after).toHaveLength(1);
        expect(after[0]?.comparison?.change).toBe(Number(r));
      }),
      { numRuns: 100 },
    );
  });
});

describe("counts of kinds, rounds and issues", () => {
  test.each([
    {
      what: "kinds, rounds and issues printed at the end of their clause are figures",
      text: "一、督查情况\n开展督促检查12轮次，印发《督查快报》6期，涉及产品503种。",
      metrics: [
        { label: "开展督促检查", value: 12, unit: "轮次" },
        { label: "印发《督查快报》", value: 6, unit: "期" },
        { label: "涉及产品", value: 503, unit: "种" },
      ],
    },
    {
      what: "an issue number (第5期, 总第74期) is an ordinal, not a figure",
      text: "一、概况\n本刊2023年第5期（总第74期）刊发。",
      metrics: [],
    },
  ])("parseBulletinText: $what", ({ text, metrics: expected }) => {
    expect(metrics(text)).toEqual(expected);
  });
});
