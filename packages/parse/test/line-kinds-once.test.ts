import { parseBulletinText } from "@bulletin/parse";
import type { Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { type LineKinds, webLineFilter } from "../src/internal/web-page";

/**
 * One parse works out each line text's kind once (`LineKinds`, shared by the table finder's filters
 * and the repair's): a filter sharing the kinds drops exactly the lines a filter of its own drops,
 * and what depends on the lines before (a byline dropped only after the page's metadata) stays
 * each filter's. The lines are the corpus's (`来源:安徽省卫健委`, `责任编辑:临汾新闻网编辑`,
 * `【打印本页】【关闭窗口】`); the sentences are written for the test.
 */

const sentence = "全年共受理各类事项3215件,办结率达99.2%,同比提高1.5个百分点。";
const runs: [string, string[], boolean[]][] = [
  [
    "metadata, then a byline and furniture",
    ["来源:安徽省卫健委", "责任编辑:临汾新闻网编辑", "【打印本页】【关闭窗口】", sentence],
    [true, true, true, false],
  ],
  [
    "a byline with no metadata over it (a 报尾's own field)",
    [sentence, "责任编辑:临汾新闻网编辑"],
    [false, false],
  ],
  [
    "furniture over the text",
    ["【打印本页】【关闭窗口】", sentence, sentence],
    [true, false, false],
  ],
];

describe("webLineFilter: each line's kind once a parse", () => {
  test.each(runs)("%s: the same drops with kinds shared as without", (_, lines, drops) => {
    const kinds: LineKinds = new Map();
    // Twice over one map: the second filter reads every kind from it.
    for (let pass = 0; pass < 2; pass++) {
      const shared = webLineFilter(kinds);
      expect(lines.map((l) => shared(l))).toEqual(drops);
    }
    const own = webLineFilter();
    expect(lines.map((l) => own(l))).toEqual(drops);
    // Each line text is worked out once, however many filters ask.
    expect(kinds.size).toBe(new Set(lines).size);
  });

  test("webLineFilter: a filter sharing kinds keeps its own state (no metadata seen, the byline stays)", () => {
    const kinds: LineKinds = new Map();
    const first = webLineFilter(kinds);
    expect(["来源:安徽省卫健委", "责任编辑:临汾新闻网编辑"].map((l) => first(l))).toEqual([
      true,
      true,
    ]);
    const second = webLineFilter(kinds);
    expect([sentence, "责任编辑:临汾新闻网编辑"].map((l) => second(l))).toEqual([false, false]);
  });

  test("parseBulletinText: a grid of the page's file information over a table is dropped, the table read", () => {
    const text = [
      "某市政务服务中心工作简报",
      "",
      "| 索引号： | 0152-2025-001 |",
      "| 发布机构： | 某市政务服务中心 |",
      "",
      "一、办件情况",
      "",
      "| 单位 | 受理 | 办结 |",
      "| --- | --- | --- |",
      "| 市公安局 | 120 | 118 |",
      "| 市民政局 | 45 | 45 |",
      "",
      sentence,
    ].join("\n");
    const { bulletin, warnings } = parseBulletinText(text);
    const dropped = warnings.filter((w) => w.code === "web-line-dropped").map((w) => w.message);
    expect(dropped.filter((m) => m.includes("索引号") || m.includes("发布机构"))).toHaveLength(2);
    const tables = bulletin.sections.flatMap((s) =>
      s.items.flatMap((i) => i.body.filter((b): b is Table => !Array.isArray(b))),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]?.head?.[0]?.map((c) => (Array.isArray(c) ? c : c.content))).toEqual([
      ["单位"],
      ["受理"],
      ["办结"],
    ]);
    expect(tables[0]?.rows).toHaveLength(2);
  });
});
