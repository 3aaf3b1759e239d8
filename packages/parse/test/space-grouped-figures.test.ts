import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A figure printed with a space between its thousands (`321 146件`, `1 123.8万元`), as the PDFs of
 * yearbooks and court reports print them: one figure, read whole, as `1,234件` is. A tail of three
 * digits after a space is never a figure of its own. A space that parts a number of four digits or
 * more from the next (`2006 146件`), groups of other than three digits (`12 34件`, `1 2345件`) and a
 * space after a decimal stay as they were read. Written for the rule (held-out-30's 2006 审判工作
 * yearbook entry lost fifteen counts such as `321 146件`); the cases are invented.
 */

/** Each figure as `<value><unit>`, with its 同比 change after a space when it has one. */
const figures = (body: string): string[] =>
  parseBulletinText(`一、工作情况\n${body}`).bulletin.metrics.map(
    (m) =>
      `${m.value}${m.unit}${m.comparison?.change === undefined ? "" : ` ${m.comparison.change}%`}`,
  );

describe("figures with a space between their thousands", () => {
  test.each([
    ["全市法院共受理各类案件321 146件，同比下降1.3%。", ["321146件 -1.3%"]],
    ["基层法院收案271 997件，占84.7%。", ["271997件", "84.7%"]],
    ["审结案件5 258件，同比上升2.1%。", ["5258件 2.1%"]],
    ["全年共判处罪犯27 208人，同比下降4.3%。", ["27208人 -4.3%"]],
    ["全年接待来访群众1 234 567人次。", ["1234567人次"]],
    ["全年征收税款1 123.8万元。", ["11238000元"]],
    // A no-break or thin space between the groups, as some PDFs print it.
    ["全年办理案件12\u00a0345件。", ["12345件"]],
    ["全年办理案件12\u2009345件。", ["12345件"]],
    // In brackets after another figure.
    ["收案3 146件（不含上年旧存28 802件，下同），比上年下降1.3%。", ["3146件", "28802件", "1.3%"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A year before a count: four digits are no lead of thousands.
    ["2006 146件案件已审结，同比下降1.3%。", ["146件", "1.3%"]],
    // Groups of other than three digits are not thousands.
    ["全年共办理案件12 34件，同比下降1.3%。", ["34件 -1.3%"]],
    ["全年共办理案件1 2345件，同比下降1.3%。", ["2345件 -1.3%"]],
    // A space after a decimal parts two numbers.
    ["占比12.5 146件，同比下降1.3%。", ["146件 -1.3%"]],
    // A clock time before a count.
    ["当天10:30 146人到场参加活动。", ["146人"]],
    // The same counts with commas, as before.
    ["全市法院共受理各类案件321,146件，同比下降1.3%。", ["321146件 -1.3%"]],
  ])("%s: not read as spaced thousands → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
