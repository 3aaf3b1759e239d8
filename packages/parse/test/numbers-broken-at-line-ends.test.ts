// A number a PDF's page grid broke at a line's end (issue 14, perturbed texts): the rest of the
// number opens the next line with any unit a figure is read with, or the number's scale ended the
// line and its unit opens the next; the lines are one sentence and the figure one figure.
import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

const figures = (text: string) =>
  parseBulletinText(text).bulletin.metrics.map((m) => ({ value: m.value, unit: m.unit }));

describe("numbers broken at a line's end", () => {
  test.each([
    {
      what: "the rest opens with a unit of several characters (千瓦时)",
      text: "用电量。全社会用电量215\n284万千瓦时，同比增长1.1%。",
      joined: "用电量。全社会用电量215284万千瓦时，同比增长1.1%。",
    },
    {
      what: "the rest opens with a unit the older list lacked (通 of calls)",
      text: "截止发稿日，转接热线成功应答共37\n38通，运行良好。",
      joined: "截止发稿日，转接热线成功应答共3738通，运行良好。",
    },
    {
      what: "the scale ends the line and the unit opens the next",
      text: "1-5月份，全市限额以上消费品零售额3.25亿\n元，同比增长12.5%。",
      joined: "1-5月份，全市限额以上消费品零售额3.25亿元，同比增长12.5%。",
    },
    {
      what: "the number follows a label's colon",
      text: "共受理工单2848件。投诉类工单：1\n136件；咨询类：482件。",
      joined: "共受理工单2848件。投诉类工单：1136件；咨询类：482件。",
    },
    {
      what: "no comma before it, and the rest closes its clause under a line that is no heading",
      text: "市（州）12345热线共受理企业群众诉求17\n3.83万件，办结144.18万件。",
      joined: "市（州）12345热线共受理企业群众诉求173.83万件，办结144.18万件。",
    },
    {
      what: "a traditional unit after its scale",
      text: "全國商品房待售面積57\n026萬平方米，比上年末增加。",
      joined: "全國商品房待售面積57026萬平方米，比上年末增加。",
    },
  ])("repairExtractedText: joins the lines when $what", ({ text, joined }) => {
    expect(repairExtractedText(`一、概况\n${text}`)).toBe(`一、概况\n${joined}`);
  });

  test.each([
    {
      what: "a heading ending in a number over a line that opens with a count and no comma before (counter-case)",
      text: "（一）第2\n3个窗口全部开通。",
    },
    {
      what: "a number over a line that opens with a date (counter-case)",
      text: "全市受理总量12\n5月份同比下降。",
    },
    {
      what: "a number over a line whose digits no unit or mark follows (counter-case)",
      text: "热线号码12345\n678热线同步运行。",
    },
  ])("repairExtractedText: keeps the lines apart for $what", ({ text }) => {
    expect(repairExtractedText(`一、概况\n${text}`)).toBe(`一、概况\n${text}`);
  });

  test("parseBulletinText: a figure broken anywhere inside its digits, before any unit, is read whole (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9_999_999 }),
        fc.nat(),
        fc.constantFrom("件", "千瓦时", "通", "宗", "起", "项", "平方米", "人次"),
        (n, cut, unit) => {
          const digits = String(n);
          const at = 1 + (cut % (digits.length - 1));
          const text = `一、概况\n本月，全市累计完成${digits.slice(0, at)}\n${digits.slice(at)}${unit}，同比持平。`;
          expect(figures(text)).toEqual([{ value: n, unit }]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
