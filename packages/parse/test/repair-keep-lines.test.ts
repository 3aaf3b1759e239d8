import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

// A layout engine (a PDF's or a Word document's reader) already knows where its paragraphs end:
// `keepLines` repairs each line and never joins two. Without it, a line that stops
// mid-sentence goes on into the next (the text of a PDF extraction, wrapped at the page's width).
describe("repairExtractedText: keepLines", () => {
  const head = [
    "关于我们 | English | 网站地图",
    "1-7月份全国生产安全事故总量平稳下降",
    "2017-08-17 09:24:49 安全监管总局统计司",
    "国家安全监管总局统计数据显示，今年1-7月全国共发生各类生产安全事故27478起。",
  ].join("\n");

  test.each([
    ["a page's head of short lines", head, head.replace("09:24:49 ", "09:24:49")],
    [
      "a title over a dateline and its paragraph",
      "某县政务服务中心\n2023年第二季度工作通报\n本季度共受理 办件 4528 件,同比增长 12.3%。",
      "某县政务服务中心\n2023年第二季度工作通报\n本季度共受理办件4528件，同比增长12.3%。",
    ],
    [
      "a heading that stops without a mark",
      "一、总体情况\n本月共受理群众诉求3215件",
      "一、总体情况\n本月共受理群众诉求3215件",
    ],
  ])("keeps the lines of %s apart and repairs each", (_, text, expected) => {
    expect(repairExtractedText(text, { keepLines: true })).toBe(expected);
  });

  test("still joins what it joins without the option (the counter-case)", () => {
    const wrapped = "本月全市12345热线共受理群众诉求3215件，办结率为\n98.6%，群众满意率为99.1%。";
    expect(repairExtractedText(wrapped)).toBe(
      "本月全市12345热线共受理群众诉求3215件，办结率为98.6%，群众满意率为99.1%。",
    );
    expect(repairExtractedText(wrapped, { keepLines: true })).toBe(
      "本月全市12345热线共受理群众诉求3215件，办结率为\n98.6%，群众满意率为99.1%。",
    );
    expect(repairExtractedText(wrapped, { keepLines: false })).toBe(repairExtractedText(wrapped));
  });

  test("reads tables as it does without the option", () => {
    const table = "表1 受理情况\n| 渠道 | 件数 |\n| 电话 | 3215 |\n| 网站 | 1,234 |";
    expect(repairExtractedText(table, { keepLines: true })).toBe(repairExtractedText(table));
  });

  test("the parser reads a title from the kept lines, where the joined text lost it", () => {
    const kept = repairExtractedText(head, { keepLines: true });
    expect(parseBulletinText(kept).bulletin.publication.title).toBe(
      "1-7月份全国生产安全事故总量平稳下降",
    );
  });

  test("a line of one cell and empty ones over piped rows is the table's caption, not a joined line", () => {
    const out = repairExtractedText("某||\n某|1\n某|某", { keepLines: true });
    expect(out.split("\n")[0]).toBe("某");
    expect(
      out
        .split("\n")
        .slice(1)
        .every((l) => l.startsWith("|")),
    ).toBe(true);
  });

  test("never joins two lines and is idempotent, whatever the lines", () => {
    const line = fc
      .array(fc.constantFrom("某", "县", "统", "计", "，", "。", "1", "2", " ", "万", "件", "|"), {
        maxLength: 30,
      })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const out = repairExtractedText(lines.join("\n"), { keepLines: true });
        // Lines may be dropped (page numbers, running headers, blanks) or written as a table;
        // every other line out is one line in, repaired by itself: none is two joined.
        // (A line alone may read as a page number, `1`, where among others it reads as a cell.)
        // A line's cell closed by a bar (`2 |`), or a caption's one cell before empty ones
        // (`某||` over `某|1`), is written without its bars.
        const single = new Set([
          ...lines.map((l) => repairExtractedText(l)),
          ...lines.map((l) => l.trim()),
          ...lines.map((l) => repairExtractedText(l.replace(/\|/g, " "))),
          ...lines.map((l) => l.replace(/\|/g, " ").trim()),
        ]);
        for (const l of out.split("\n"))
          if (l !== "" && !l.includes("|")) expect(single.has(l), l).toBe(true);
        expect(repairExtractedText(out, { keepLines: true })).toBe(out);
      }),
    );
  });

  test.each([
    [{ keepLines: "yes" }, ["keepLines"]],
    [{ keepLines: 1 }, ["keepLines"]],
    [{ locale: "fr" }, ["locale"]],
    ["keepLines", []],
  ])("refuses invalid options %j with a ParseOptionsError naming the option", (options, path) => {
    const call = (): string =>
      repairExtractedText("某县", options as unknown as { keepLines?: boolean });
    expect(call).toThrow(
      expect.objectContaining({ name: "ParseOptionsError", code: "invalid-option", path }),
    );
    expect(call).toThrow(/repairExtractedText/);
  });

  test("refuses a value JSON cannot write (a BigInt, a function) with a ParseOptionsError, not a TypeError", () => {
    for (const keepLines of [10n, () => true]) {
      const call = (): string =>
        repairExtractedText("某县", { keepLines } as unknown as { keepLines?: boolean });
      expect(call).toThrow(
        expect.objectContaining({ name: "ParseOptionsError", path: ["keepLines"] }),
      );
    }
  });

  test("says what is wrong in English on request", () => {
    expect(() =>
      repairExtractedText("某县", { keepLines: "yes" as unknown as boolean, locale: "en" }),
    ).toThrow('repairExtractedText: options.keepLines must be true or false, got "yes"');
  });
});
