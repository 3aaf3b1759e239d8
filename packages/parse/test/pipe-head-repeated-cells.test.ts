import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A web page's `|` table whose head prints a spanning cell again in each column it spans
 * (`… | 成交额 | 成交额 |`) and the words that finish those cells on a second line, from the line's
 * start, blank cells after them (`同比增长率 | 排名 | ||||`): that line is the head's, its words under
 * the repeated cells, not the body's first row. The corpus's shape: a province's technology-contract
 * note (anhui-tech-contracts-2022h1-firk). Near-misses keep the row in the body.
 */

const tablesOf = (rows: string[]) => {
  const text = [
    "分市看,上半年吸纳技术合同成交额前五位是合肥、安庆、阜阳、淮北、马鞍山。",
    "2022年上半年各市吸纳技术合同情况 | |||||",
    ...rows,
  ].join("\n");
  const found: { head: string[][]; columns: number; rows: number }[] = [];
  for (const s of parseBulletinText(text).bulletin.sections)
    for (const i of s.items)
      for (const b of i.body)
        if (!Array.isArray(b) && b.type === "table")
          found.push({
            head: (b.head ?? []).map((row) =>
              row.map((cell) =>
                (Array.isArray(cell) ? cell : cell.content)
                  .map((part) => (typeof part === "string" ? part : ""))
                  .join(""),
              ),
            ),
            columns: b.head?.[b.head.length - 1]?.length ?? 0,
            rows: b.rows.length,
          });
  return found;
};

const HEAD = "序号 | 区域 | 合同数 | 成交额(亿元) | 成交额 | 成交额 |";
const BODY = [
  "1 | 铜陵市 | 138 | 9.2 | 45.021 | 11 |",
  "2 | 黄山市 | 159 | 5.8 | 6.867 | 15 |",
  "3 | 淮南市 | 240 | 7 | 6.611 | 13 |",
];

describe("a | table's head whose repeated cells are finished on a second line", () => {
  test("the words move under the repeated cells, the body's rows apart", () => {
    expect(tablesOf([HEAD, "同比增长率 | 排名 | ||||", ...BODY])).toEqual([
      {
        head: [
          ["序号", "区域", "合同数", "成交额（亿元）", "成交额", "成交额"],
          ["", "", "", "", "同比增长率", "排名"],
        ],
        columns: 6,
        rows: 3,
      },
    ]);
  });

  test.each([
    ["three words under two repeated cells", HEAD, "同比增长率 | 排名 | 备注 | |||"],
    [
      "a head whose last cells differ",
      "序号 | 区域 | 合同数 | 成交额(亿元) | 增长率 | 排名 |",
      "同比 | 位次 | ||||",
    ],
    [
      "two words under three repeated cells",
      "序号 | 区域 | 合同数 | 成交额 | 成交额 | 成交额 |",
      "同比增长率 | 排名 | ||||",
    ],
  ])("%s: the row stays in the body", (_, head, second) => {
    const [table] = tablesOf([head, second, ...BODY]);
    expect(table?.head.length).toBe(1);
    expect(table?.rows).toBe(4);
  });
});
