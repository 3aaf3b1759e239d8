import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A web copy's head (a file-information list printed one field a line) is read the same whether
 * or not a table stands further down the text. The table finder asks the web-line filter whether
 * a table is a page's file-information grid; it asked the one filter the text's lines go through
 * in order, out of order, before any line above the table, so a table holding a sentence (`已完成。`)
 * told the filter the page's head was over, and the head's fields were read as the bulletin's
 * lines (the title and publisher lost, the index number a section). Each table is now asked of a
 * filter of its own.
 */

const head =
  "索引号\n11510000MB1234567X/2025-00012\n发布机构\n某市政务服务管理局\n\n某市政务服务月报\n\n一、总体情况\n本月共受理办件3215件，同比增长12.3%。\n";

const tables: [string, string][] = [
  [
    "a piped table whose cells hold sentences",
    "\n表1 各窗口办件情况\n| 窗口 | 办件 | 说明 |\n| --- | --- | --- |\n| 甲窗口 | 120件 | 已完成。 |\n| 乙窗口 | 98件 | 进行中。 |\n",
  ],
  [
    "a piped table of a long cell",
    `\n表1 各窗口办件情况\n| 窗口 | 说明 |\n| --- | --- |\n| 甲窗口 | ${"办件".repeat(45)} |\n| 乙窗口 | 进行中 |\n`,
  ],
  [
    "two tables, the second's cells holding sentences",
    "\n表1 办件\n| 窗口 | 办件 |\n| --- | --- |\n| 甲窗口 | 120件 |\n| 乙窗口 | 98件 |\n\n表2 说明\n| 窗口 | 说明 |\n| --- | --- |\n| 甲窗口 | 已完成。 |\n| 乙窗口 | 进行中；待办。 |\n",
  ],
];

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    sections: bulletin.sections.map((s) => s.title),
  };
};

describe("a web copy's head, with a table further down", () => {
  test("the head alone: title, publisher and the one section", () => {
    expect(read(head)).toEqual({
      title: "某市政务服务月报",
      publisher: "某市政务服务管理局",
      sections: ["总体情况"],
    });
  });

  test.each(tables)("with %s: the head read the same", (_, table) => {
    expect(read(head + table)).toEqual(read(head));
  });

  test.each(tables)("with %s: the table is kept as a table", (_, table) => {
    const { bulletin } = parseBulletinText(head + table);
    const blocks = bulletin.sections.flatMap((s) => s.items.flatMap((i) => i.body));
    expect(blocks.filter((b) => !Array.isArray(b) && b.type === "table").length).toBe(
      table.match(/表\d/g)?.length,
    );
  });
});

describe("a file-information grid printed as a table is still no table (counter-case)", () => {
  test("`| 索引号： | … |` rows stay lines for the web filter to drop", () => {
    const grid =
      "| 索引号： | 11510000MB1234567X/2025-00012 | 发布机构： | 某市政务服务管理局 |\n| 发布日期： | 2025年11月10日 | 文号： | 无 |\n\n";
    const { bulletin, warnings } = parseBulletinText(
      `${grid}某市政务服务月报\n\n${head.slice(head.indexOf("一、"))}`,
    );
    const blocks = bulletin.sections.flatMap((s) => s.items.flatMap((i) => i.body));
    expect(blocks.some((b) => !Array.isArray(b) && b.type === "table")).toBe(false);
    expect(warnings.filter((w) => w.code === "web-line-dropped").length).toBeGreaterThanOrEqual(2);
    expect(bulletin.publication.title).toBe("某市政务服务月报");
  });
});
