import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A table whose cells single spaces part, under a title line (tuning batch s9c: `2023年全国城镇老旧
 * 小区改造进展情况` / `（截至2023年6月末）` / `序号 省份 新开工小区数(个) 开工率` / `1 贵州 1071 全部开工`
 * / … / `合计 42621 80.4%`). Held to more than a table marked by pipes or wide gaps. Examples written
 * for the rule.
 */

const tablesOf = (text: string) =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) => i.body.filter((b) => !Array.isArray(b))),
  );
const LEDE = "某市经济运行稳中向好\n今年以来，全市各项工作稳步推进。\n";

describe("a table parted by single spaces under its title", () => {
  test.each([
    {
      name: "a note under the title and a total row one cell short",
      lines: [
        "2023年全省老旧小区改造进展情况",
        "(截至2023年6月末)",
        "序号 地区 新开工小区数(个) 开工率",
        "1 甲市 1071 全部开工",
        "2 乙市 1816 99%",
        "3 丙市 428 95%",
        "合计 3315 80.4%",
      ],
      caption: "2023年全省老旧小区改造进展情况 （截至2023年6月末）",
      columns: 4,
      rows: 4,
    },
    {
      name: "three columns, blank lines between rows",
      lines: [
        "各县区诉求受理情况",
        "",
        "县区 受理量 办结率",
        "",
        "甲县 1200 98.5%",
        "",
        "乙县 860 97.2%",
        "",
        "丙区 2310 99.1%",
      ],
      caption: "各县区诉求受理情况",
      columns: 3,
      rows: 3,
    },
  ])("parseBulletinText: $name", ({ lines, caption, columns, rows }) => {
    const tables = tablesOf(`${LEDE}${lines.join("\n")}`);
    expect(tables).toHaveLength(1);
    const table = tables[0] as { caption?: unknown; head?: unknown[][]; rows: unknown[][] };
    expect(JSON.stringify(table.caption)).toContain(caption);
    expect(table.head?.[0]).toHaveLength(columns);
    expect(table.rows).toHaveLength(rows);
  });

  test.each([
    {
      name: "bylines, no figures",
      lines: ["本报记者", "记者 王某 通讯员 李某", "摄影 张某 编辑 赵某", "校对 钱某 审核 孙某"],
    },
    {
      name: "two rows only",
      lines: ["各县区诉求受理情况", "县区 受理量 办结率", "甲县 1200 98.5%", "乙县 860 97.2%"],
    },
    {
      name: "spaced running text",
      lines: [
        "各县区诉求受理情况",
        "全市 受理 12.36 万件 ，同比 增长 5%",
        "其中 甲县 受理 1200 件 ，办结 98.5%",
        "乙县 受理 860 件 ，办结 97.2%",
        "丙区 受理 2310 件 ，办结 99.1%",
      ],
    },
    {
      name: "a heading over the rows",
      lines: [
        "一、受理情况",
        "县区 受理量 办结率",
        "甲县 1200 98.5%",
        "乙县 860 97.2%",
        "丙区 2310 99.1%",
      ],
    },
  ])("parseBulletinText: no table where $name", ({ lines }) => {
    expect(tablesOf(`${LEDE}${lines.join("\n")}`)).toEqual([]);
  });
});
