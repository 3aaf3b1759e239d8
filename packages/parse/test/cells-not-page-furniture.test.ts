// A table written one cell a line without blank lines between the cells (how a PDF's reader or
// a copy from a PDF viewer gives it): its numbers are no page numbers and its repeated head
// cells no running headers. Found by printing the corpus with LibreOffice and reading it back
// with readPdf: `719`, `120`, `114` of a 12315 report's table vanished without a warning, and
// its head cells `项目`, `占平台投诉举报总数比例`, printed over two tables, were dropped as headers.
import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

const table = (caption: string, head: string[], rows: string[][]): string =>
  [caption, ...head, ...rows.flat()].join("\n");

const TWO_TABLES = [
  "一、投诉举报热点情况",
  "本年度共受理投诉举报2829件，其中投诉2029件。",
  table(
    "商品类投诉五大热点",
    ["项目", "数量(件)", "占比"],
    [
      ["食品", "719", "25.42%"],
      ["服装", "120", "4.24%"],
      ["家居", "114", "4.03%"],
    ],
  ),
  table(
    "服务类投诉五大热点",
    ["项目", "数量(件)", "占比"],
    [
      ["文化娱乐", "146", "5.16%"],
      ["餐饮住宿", "116", "4.10%"],
    ],
  ),
  "以上情况请各单位认真研究。",
].join("\n");

describe("cells are no page furniture", () => {
  test.each([
    ["two tables with the same head, one cell a line", TWO_TABLES],
    [
      "a table of changes with a minus (`-100`, no page number's dashes)",
      [
        "一、事故情况",
        "各地事故情况如下。",
        table(
          "各县事故情况",
          ["地区", "起数", "同比%"],
          [
            ["旌阳", "0", "-100"],
            ["广汉", "7", "-46.0"],
            ["罗江", "2", "-33.3"],
          ],
        ),
        "以上为本月情况。",
      ].join("\n"),
    ],
    [
      "a table of small counts (each 1–3 digits)",
      [
        "一、办理情况",
        "各渠道受理情况如下。",
        table(
          "表1 受理渠道",
          ["渠道", "件数"],
          [
            ["电话", "12"],
            ["网站", "7"],
            ["微信", "105"],
          ],
        ),
        "以上为本月情况。",
      ].join("\n"),
    ],
  ])("keeps every cell of %s", (_, text) => {
    const repaired = repairExtractedText(text).split("\n");
    // The model holds a figure as a metric: its value, not its printed text, is in the JSON.
    const model = JSON.stringify(parseBulletinText(text).bulletin);
    const cells = text.split("\n").filter((line) => line.length <= 12 && !line.includes("、"));
    for (const cell of cells) {
      const written = cell.replace("(件)", "（件）");
      expect(
        repaired.some((line) => line.includes(written)),
        cell,
      ).toBe(true);
      const figure = written.replace(/%$/, "");
      expect(model, cell).toContain(/^[\d.]+$/.test(figure) ? String(Number(figure)) : figure);
    }
  });

  test.each([
    [
      "a bare page number between two lines of a paragraph",
      "一、情况\n本月全市共受理群众诉求3215件，同比\n3\n增长12.3%，办结率为98.6%。",
    ],
    [
      "a bare page number after a paragraph's end",
      "一、情况\n本月全市共受理群众诉求3215件。\n12\n二、存在问题\n个别单位办理超时。",
    ],
  ])("still drops %s", (_, text) => {
    expect(repairExtractedText(text).split("\n")).not.toContain("3");
    expect(repairExtractedText(text).split("\n")).not.toContain("12");
  });

  test("still drops a running header that interrupts the text at each page break", () => {
    const text = [
      "一、情况",
      "本月全市共受理群众诉求3215件，同比增长12.3%，办结率为98.6%，群众满意率",
      "内部资料 注意保存",
      "为99.1%。各单位按时办结率为97.5%，较上月提高0.8个百分点，超期件数下降。",
      "二、存在问题",
      "个别单位答复质量不高，部分诉求存在重复交办、多次退回的情况，需要",
      "内部资料 注意保存",
      "进一步加强协调。",
    ].join("\n");
    expect(repairExtractedText(text)).not.toContain("内部资料");
  });
});
