// Tables as extraction gives them: each case is the body of a 12345-hotline monthly or a 统计月报
// as text, and the table a reader sees in it, written by hand (cells as printed).
import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { renderText } from "@bulletin/render";
import {
  type Block,
  type Bulletin,
  type Inline,
  type Table,
  validateBulletin,
} from "@bulletin/schema";
import { completed } from "@bulletin/testkit";
import { describe, expect, test } from "vitest";

const MASTHEAD =
  "12345热线工作月报\n2025年第10期\n成都市12345热线管理中心\n2025年11月5日\n" +
  "一、受理情况\n10月，全市热线共受理群众诉求12.36万件。\n";

/** The cells of a table as text (a metric as its model value and unit), rows and head alike. */
function cellsAsText(bulletin: Bulletin, table: Table) {
  const text = (inlines: readonly Inline[]): string =>
    inlines
      .map((n) => {
        if (typeof n === "string") return n;
        if (n.type === "metric") {
          const m = bulletin.metrics.find((x) => x.id === n.ref);
          return `{${m?.value}${m?.unit}}`;
        }
        if (n.type === "department") return `[${n.ref}]`;
        if (n.type === "quote") return `“${n.text}”`;
        if (n.type === "title") return `《${n.text}》`;
        return "text" in n ? n.text : "";
      })
      .join("");
  const row = (cells: Table["rows"][number]) =>
    cells.map((c) => text(Array.isArray(c) ? c : c.content));
  return {
    caption: table.caption,
    head: table.head?.map(row),
    rows: table.rows.map(row),
    notes: table.notes?.map(text),
  };
}

const tablesOf = (bulletin: Bulletin): Table[] =>
  bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) => i.body.filter((b: Block): b is Table => !Array.isArray(b))),
  );

interface Case {
  name: string;
  text: string;
  tables: ReturnType<typeof cellsAsText>[];
  warnings?: string[];
}

const cases: Case[] = [
  {
    name: "a 12345 table flattened with runs of spaces (pdftotext -layout), 单位 on the caption line",
    text: `${MASTHEAD}表1  10月各区（市）县热线受理情况          单位：件
区（市）县      受理量      按时办结率      同比
锦江区          4528件      99.2%           +3.2%
青羊区          3977件      98.7%           -1.5%

简阳市          1206件      /               —
注：“—”表示无上年同期数据。
二、工作动态
（一）开展培训。10月8日，组织话务员业务培训。
`,
    tables: [
      {
        caption: "表1 10月各区（市）县热线受理情况 单位：件",
        head: [["区（市）县", "受理量", "按时办结率", "同比"]],
        rows: [
          ["锦江区", "{4528件}", "{99.2%}", "+3.2%"],
          ["青羊区", "{3977件}", "{98.7%}", "-1.5%"],
          ["简阳市", "{1206件}", "/", "—"],
        ],
        notes: ["注：“—”表示无上年同期数据。"],
      },
    ],
  },
  {
    name: "a 12345 table with tabs and no caption; bare numbers stay text, a zero is no page number",
    text: `${MASTHEAD}诉求类别\t本月件数\t占比\t环比
咨询\t4528\t45.3%\t+2.1%
求助\t2310\t23.1%\t-0.4%
举报\t0\t0%\t/
`,
    tables: [
      {
        caption: undefined,
        head: [["诉求类别", "本月件数", "占比", "环比"]],
        rows: [
          ["咨询", "4528", "{45.3%}", "+2.1%"],
          ["求助", "2310", "{23.1%}", "-0.4%"],
          ["举报", "0", "{0%}", "/"],
        ],
        notes: undefined,
      },
    ],
  },
  {
    name: "a 统计月报 table as PDF extraction gives it: the head on one line, then one cell a line",
    text: `${MASTHEAD}表2 1-10月主要经济指标
指标 1-10月 同比增长（%）
地区生产总值（亿元）
486.3
5.8
规模以上工业增加值
/
6.2
社会消费品零售总额（亿元）
201.2
-0.4
数据来源：县统计局。
二、工作动态
（一）开展培训。10月8日，组织话务员业务培训。
`,
    tables: [
      {
        caption: "表2 1-10月主要经济指标",
        head: [["指标", "1-10月", "同比增长（%）"]],
        rows: [
          ["地区生产总值（亿元）", "{48630000000元}", "5.8"],
          ["规模以上工业增加值", "/", "6.2"],
          ["社会消费品零售总额（亿元）", "{20120000000元}", "-0.4"],
        ],
        // 县统计局 is a department by its shape.
        notes: ["数据来源：[department-1]。"],
      },
    ],
  },
  {
    name: "one cell a line without a caption, known for a table by its figures",
    text: `${MASTHEAD}渠道  受理量  占比
电话
34859件
90.67%
微信
2724件
7.09%
网站
170件
0.44%
`,
    tables: [
      {
        caption: undefined,
        head: [["渠道", "受理量", "占比"]],
        rows: [
          ["电话", "{34859件}", "{90.67%}"],
          ["微信", "{2724件}", "{7.09%}"],
          ["网站", "{170件}", "{0.44%}"],
        ],
        notes: undefined,
      },
    ],
  },
  {
    name: "one cell a line whose last row is short: the lines left over stay text, warned",
    text: `${MASTHEAD}表3 各渠道受理量
渠道 受理量
电话
34859件
微信
2724件
网站
`,
    tables: [
      {
        caption: "表3 各渠道受理量",
        head: [["渠道", "受理量"]],
        rows: [
          ["电话", "{34859件}"],
          ["微信", "{2724件}"],
        ],
        notes: undefined,
      },
    ],
    warnings: ["table-cells-left-over"],
  },
  {
    name: "a GFM-style | table with a rule under the head, an escaped | and a department in a cell",
    text: `${MASTHEAD}表4 部门办件情况
| 部门 | 办件量 | 备注 |
| --- | --- | --- |
| 省林草局 | 1,234件 | A\\|B 两类 |
| 省中心 | 5053人次 |  |
`,
    tables: [
      {
        caption: "表4 部门办件情况",
        head: [["部门", "办件量", "备注"]],
        rows: [
          ["[forestry-grassland]", "{1234件}", "A|B 两类"],
          ["[provincial-service-center]", "{5053人次}", ""],
        ],
        notes: undefined,
      },
    ],
  },
  {
    name: "a | table without head (the rule comes first), read as rows only",
    text: `${MASTHEAD}| --- | --- |
| 受理件数 | 38447件 |
| 办结件数 | 37902件 |
`,
    tables: [
      {
        caption: undefined,
        head: undefined,
        rows: [
          ["受理件数", "{38447件}"],
          ["办结件数", "{37902件}"],
        ],
        notes: undefined,
      },
    ],
  },
  {
    name: "rows of spaces whose first row holds figures: no head",
    text: `${MASTHEAD}受理件数  38447件  同比下降24.85%
办结件数  37902件  同比增长3.2%
网上办件  1.2万件  环比-5.2%
`,
    tables: [
      {
        caption: undefined,
        head: undefined,
        rows: [
          ["受理件数", "{38447件}", "同比下降24.85%"],
          ["办结件数", "{37902件}", "同比增长3.2%"],
          ["网上办件", "{12000件}", "环比-5.2%"],
        ],
        notes: undefined,
      },
    ],
  },
  {
    name: "a row of spaces that lost a blank cell is padded at its end, warned",
    text: `${MASTHEAD}表5 满意度
地区      满意率      回访量
锦江区    97.8%       1200件
青羊区    96.1%
`,
    tables: [
      {
        caption: "表5 满意度",
        head: [["地区", "满意率", "回访量"]],
        rows: [
          ["锦江区", "{97.8%}", "{1200件}"],
          ["青羊区", "{96.1%}", ""],
        ],
        notes: undefined,
      },
    ],
    warnings: ["table-row-padded"],
  },
  {
    name: "a web copy's table, every cell a line ending in ` |`, head included, no caption",
    text: `${MASTHEAD}类型 |
本期(件) |
上年同期(件) |
同比(%) |
投诉 |
20616 |
18908 |
↑9.03% |
举报 |
7144 |
8716 |
↓18.04% |
二、工作动态
（一）开展培训。10月8日，组织话务员业务培训。
`,
    tables: [
      {
        caption: undefined,
        head: [["类型", "本期（件）", "上年同期（件）", "同比（%）"]],
        rows: [
          ["投诉", "{20616件}", "{18908件}", "↑9.03%"],
          ["举报", "{7144件}", "{8716件}", "↓18.04%"],
        ],
        notes: undefined,
      },
    ],
  },
  {
    name: "` |` cell lines after a `表1` caption and 单位 (the unit of its bare counts), a word as the first row's label and `/` cells",
    text: `${MASTHEAD}表1 各月受理情况
单位:件
月份 |
电话 |
网络 |
合计 |
1月 |
2479 |
692 |
3171 |
2月 |
1906 |
/ |
1906 |
合计 |
4385 |
692 |
5077 |
`,
    tables: [
      {
        caption: "表1 各月受理情况 单位：件",
        head: [["月份", "电话", "网络", "合计"]],
        rows: [
          ["1月", "{2479件}", "{692件}", "{3171件}"],
          ["2月", "{1906件}", "/", "{1906件}"],
          ["合计", "{4385件}", "{692件}", "{5077件}"],
        ],
        notes: undefined,
      },
    ],
  },
  {
    name: "` |` cell lines under a cell that spans rows: the rows it spans move right, a blank first",
    text: `${MASTHEAD}类别 |
项目 |
受理量(件) |
占比 |
商品类 |
食品 |
565 |
41.33% |
服装 |
203 |
14.85% |
|
服务类 |
餐饮 |
350 |
31.99% |
培训 |
109 |
9.96% |
|
`,
    tables: [
      {
        caption: undefined,
        head: [["类别", "项目", "受理量（件）", "占比"]],
        rows: [
          ["商品类", "食品", "{565件}", "{41.33%}"],
          ["", "服装", "{203件}", "{14.85%}"],
          ["服务类", "餐饮", "{350件}", "{31.99%}"],
          ["", "培训", "{109件}", "{9.96%}"],
        ],
        notes: undefined,
      },
    ],
  },
  {
    name: "` |` cell lines whose last row is short: padded, warned",
    text: `${MASTHEAD}渠道 |
数量 |
占比 |
电话 |
34859 |
90.67% |
网站 |
115 |
`,
    tables: [
      {
        caption: undefined,
        head: [["渠道", "数量", "占比"]],
        rows: [
          ["电话", "34859", "{90.67%}"],
          ["网站", "115", ""],
        ],
        notes: undefined,
      },
    ],
    warnings: ["table-row-padded"],
  },
  {
    name: "bare one-cell lines after a `表2` caption, head included: the column count from the kinds of the cells",
    text: `${MASTHEAD}表2 主要指标
指标
本月
累计
同比增长(%)
工业增加值(亿元)
12.3
98.1
5.2
固定资产投资(亿元)
8.4
70.2
-3.1
二、工作动态
（一）开展培训。10月8日，组织话务员业务培训。
`,
    tables: [
      {
        caption: "表2 主要指标",
        head: [["指标", "本月", "累计", "同比增长（%）"]],
        rows: [
          ["工业增加值（亿元）", "{1230000000元}", "{9810000000元}", "5.2"],
          ["固定资产投资（亿元）", "{840000000元}", "{7020000000元}", "-3.1"],
        ],
        notes: undefined,
      },
    ],
  },
  {
    name: "a web page's `|` tables: a title row of one cell captions each, the head printed without its corner cell, a sub-head row, a note row, bare numbers taking the unit of their row's head",
    text: `${MASTHEAD}1、主要指标 | |||
9月 | 1-9月累计 | 累计 | |
增长% | |||
工业增加值(亿元) | 120.60 | 1014.28 | 15.9 |
企业个数(个) | —— | 4056 | 0.2 |
注:绝对数按现行价计算。 | |||
2、构成 | |||
9月 | 1-9月累计 | 累计 | |
增减百分点 | |||
第一产业 | —— | 2.3 | 0.4 |
第二产业 | —— | 50.8 | -1.8 |
`,
    tables: [
      {
        caption: "1、主要指标",
        head: [["", "9月", "1-9月累计", "累计增长%"]],
        rows: [
          ["工业增加值（亿元）", "{12060000000元}", "{101428000000元}", "15.9"],
          ["企业个数（个）", "——", "{4056个}", "0.2"],
        ],
        notes: ["注：绝对数按现行价计算。"],
      },
      {
        caption: "2、构成",
        head: [["", "9月", "1-9月累计", "累计增减百分点"]],
        rows: [
          ["第一产业", "——", "2.3", "0.4"],
          ["第二产业", "——", "50.8", "-1.8"],
        ],
        notes: undefined,
      },
    ],
  },
];

/** Texts that look a little like tables and are not. */
const notTables: { name: string; text: string }[] = [
  {
    name: "a masthead line with the date pushed right by spaces",
    text: "工 作 动 态\n2026年第3期\n成都市政务服务管理和网络理政办公室          2026年3月5日\n一、工作情况\n开展培训。\n",
  },
  {
    name: "a letter-spaced title",
    text: "政  务  窗  口  月  报\n第9期\n省中心\n2025年11月10日\n一、情况\n开展培训。\n",
  },
  {
    name: "a sentence that says 表1 shows something",
    text: `${MASTHEAD}表1显示，各区受理量均有增长。\n地区 受理量\n`,
  },
  {
    name: "` |` lines that hold no figures (a list of words, each closed by a pipe)",
    text: `${MASTHEAD}电话 |\n微信 |\n网站 |\n邮件 |\n来信 |\n来访 |\n`,
  },
  {
    name: "short lines after a caption that hold no figures",
    text: `${MASTHEAD}表1 工作安排\n培训\n督查\n通报\n总结\n`,
  },
  {
    name: "a printed table read back with its cells run together (one row at most under a caption)",
    text: `${MASTHEAD}表1 各地区受理情况\n受理量\n地区办结率\n本月同比\n成都市4528件+3.2%\n98.5%\n绵阳市1260件—\n合计5788件/\n注：同比为与上年同月相比。\n`,
  },
  {
    name: "a line with one | in running text",
    text: `${MASTHEAD}热线号码为12345|12315，全天受理。\n`,
  },
];

describe("tables in extracted text", () => {
  test("parseBulletinText: a department named in a cell is not one of the item's departmentRefs, so the text reads back the same", () => {
    const text = `${MASTHEAD}| --- | --- |\n| 省林草局 | 38447件 |\n`;
    const once = completed(parseBulletinText(text));
    const item = once.sections[0]?.items[0];
    expect(item?.departmentRefs).toBeUndefined();
    expect(JSON.stringify(item?.body[1])).toContain('"type":"department"');
    // An item with departmentRefs would print numbered (（一）) and read back titled.
    const twice = completed(parseBulletinText(renderText(once), { departments: once.departments }));
    expect(twice).toEqual(once);
  });

  test.each(cases)("parseBulletinText: reads $name", ({ text, tables, warnings }) => {
    const parsed = parseBulletinText(text, { locale: "en" });
    const bulletin = completed(parsed);
    const found = parsed.warnings;
    expect(tablesOf(bulletin).map((t) => cellsAsText(bulletin, t))).toEqual(tables);
    expect(found.map((w) => w.code).filter((c) => c.startsWith("table-"))).toEqual(warnings ?? []);
    for (const w of found.filter((x) => x.code.startsWith("table-"))) {
      expect(w.position.line).toBeGreaterThan(6);
    }
    const result = validateBulletin(bulletin);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test.each(cases)(
    "repairExtractedText: writes $name as | rows that read back the same",
    ({ text }) => {
      const repaired = repairExtractedText(text);
      expect(repairExtractedText(repaired)).toBe(repaired);
      const direct = completed(parseBulletinText(text));
      const again = completed(parseBulletinText(repaired));
      expect(tablesOf(again).map((t) => cellsAsText(again, t))).toEqual(
        tablesOf(direct).map((t) => cellsAsText(direct, t)),
      );
    },
  );

  test.each(notTables)("parseBulletinText: finds no table in $name", ({ text }) => {
    expect(tablesOf(completed(parseBulletinText(text)))).toEqual([]);
  });

  test("parseBulletinText: a table sits in its item between the paragraphs, in order", () => {
    const text = `${MASTHEAD}各区受理情况见下表。
表1 各区受理情况
| 地区 | 受理量 |
| --- | --- |
| 锦江区 | 4528件 |
以上数据截至10月31日。
`;
    const body = completed(parseBulletinText(text)).sections[0]?.items[0]?.body ?? [];
    expect(body.map((b) => (Array.isArray(b) ? "paragraph" : b.type))).toEqual([
      "paragraph",
      "paragraph",
      "table",
      "paragraph",
    ]);
  });

  test("parseBulletinText: a figure cell is a metric labelled by its row and column head", () => {
    const text = `${MASTHEAD}表1 各区受理情况
地区      受理量（件）      满意率
锦江区    4528件            97.8%
青羊区    3977件            96.1%
`;
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.metrics.slice(1).map((m) => [m.label, m.value, m.unit])).toEqual([
      ["锦江区受理量", 4528, "件"],
      ["锦江区满意率", 97.8, "%"],
      ["青羊区受理量", 3977, "件"],
      ["青羊区满意率", 96.1, "%"],
    ]);
  });
});

/**
 * Units a table states apart from its cells (issue 14, eighth tuning batch): a column of units
 * (`指标 | 单位 | 本月 | …`, as 统计月报 print their tables) names each row's unit, and a caption's
 * single `单位：件` names the unit of the columns that count.
 */
/** The metrics a text gives: label, value and unit. */
const metricsOf = (text: string) =>
  parseBulletinText(text).bulletin.metrics.map(({ label, value, unit }) => ({
    label,
    value,
    unit,
  }));

/** The first table of a text, its cells as text. */
const tableOf = (text: string) => {
  const bulletin = completed(parseBulletinText(text));
  const [table] = tablesOf(bulletin);
  return table && cellsAsText(bulletin, table);
};

describe("units a table states apart from its cells", () => {
  test("parseBulletinText: a column of units gives each row's bare numbers their unit, and is no label", () => {
    const text = `${MASTHEAD}表1 主要经济指标
指标 | 单位 | 1-3月 | 同比增长% |
地区生产总值 | 亿元 | 52.22 | 4.0 |
社会消费品零售总额 | 亿元 | 24.22 | 7.4 |
规上工业企业 | 个 | 87 | 2.4 |
`;
    expect(metricsOf(text).slice(1)).toEqual([
      { label: "地区生产总值1-3月", value: 5_222_000_000, unit: "元" },
      { label: "社会消费品零售总额1-3月", value: 2_422_000_000, unit: "元" },
      { label: "规上工业企业1-3月", value: 87, unit: "个" },
    ]);
  });

  test("parseBulletinText: a caption's single unit gives bare counts their unit, not the shares or changes beside them", () => {
    const text = `${MASTHEAD}表1 10月各区县热线受理情况 单位：件
区县 | 受理量 | 办结量 | 占比 | 同比 |
锦江区 | 4528 | 4410 | 37.5 | 3.2 |
青羊区 | 3977 | 3901 | 32.9 | -1.5 |
`;
    expect(metricsOf(text).slice(1)).toEqual([
      { label: "锦江区受理量", value: 4528, unit: "件" },
      { label: "锦江区办结量", value: 4410, unit: "件" },
      { label: "青羊区受理量", value: 3977, unit: "件" },
      { label: "青羊区办结量", value: 3901, unit: "件" },
    ]);
  });

  test("parseBulletinText: a head's bracketed unit may be any unit of running text (万美元, 起, 亩)", () => {
    const text = `${MASTHEAD}表1 各县区情况
县区 | 出口额（万美元） | 案件（起） | 面积（亩） |
甲县 | 1234.5 | 12 | 300 |
乙县 | 987 | 3 | 45.5 |
`;
    expect(metricsOf(text).slice(1)).toEqual([
      { label: "甲县出口额", value: 12_345_000, unit: "美元" },
      { label: "甲县案件", value: 12, unit: "起" },
      { label: "甲县面积", value: 300, unit: "亩" },
      { label: "乙县出口额", value: 9_870_000, unit: "美元" },
      { label: "乙县案件", value: 3, unit: "起" },
      { label: "乙县面积", value: 45.5, unit: "亩" },
    ]);
  });

  test("parseBulletinText: a caption naming two units names none, and bare numbers stay text", () => {
    const text = `${MASTHEAD}表1 投诉举报统计表 单位：件、万元
月份 | 投诉 | 挽回损失 |
1月 | 2479 | 83.76 |
2月 | 1906 | 34.41 |
`;
    expect(metricsOf(text).slice(1)).toEqual([]);
  });
});

describe("heads of two rows", () => {
  test("parseBulletinText: a head whose cells span columns takes the row of words under it, moved under the columns it names", () => {
    const text = `${MASTHEAD}表1 各单位办理情况
单位 | 本月 | | 累计 | |
| 受理 | 办结 | 受理 | 办结 |
住建局 | 99 | 87 | 500 | 480 |
公安局 | 77 | 70 | 400 | 390 |
`;
    expect(tableOf(text)?.head).toEqual([
      ["单位", "本月", "", "累计", ""],
      ["", "受理", "办结", "受理", "办结"],
    ]);
    expect(tableOf(text)?.rows).toHaveLength(2);
  });

  test("parseBulletinText: without spanning head cells a row of words is a body row", () => {
    const text = `${MASTHEAD}表1 各单位联系人
单位 | 联系人 | 电话 |
住建局 | 张三 | 科室 |
公安局 | 李四 | 12 |
`;
    expect(tableOf(text)?.head).toEqual([["单位", "联系人", "电话"]]);
    expect(tableOf(text)?.rows).toHaveLength(2);
  });
});

/**
 * Shapes of statistics tables in web copies (issue 14, session 5): a column left blank in every
 * row by the copy, and the rows a `#` (其中) row opens under a row that names its unit.
 */
describe("web copies of statistics tables", () => {
  test("parseBulletinText: a last column blank in every row, head included, is no column of a web copy's table", () => {
    const text = `${MASTHEAD}表1 主要指标
指标 | 本月 | 累计 | |
受理量（件） | 120 | 980 | |
办结量（件） | 118 | 975 | |
`;
    expect(tableOf(text)?.head).toEqual([["指标", "本月", "累计"]]);
    expect(tableOf(text)?.rows).toEqual([
      ["受理量（件）", "{120件}", "{980件}"],
      ["办结量（件）", "{118件}", "{975件}"],
    ]);
  });

  test("parseBulletinText: the text writer's bordered rows keep a blank last column", () => {
    const text = `${MASTHEAD}表1 主要指标
| 指标 | 本月 | 备注 |
| --- | --- | --- |
| 受理量 | 120 |  |
| 办结量 | 118 |  |
`;
    expect(tableOf(text)?.head).toEqual([["指标", "本月", "备注"]]);
  });

  test("parseBulletinText: rows a `#` row opens under a row naming its unit are its parts and take that unit, up to a row naming its own", () => {
    const text = `${MASTHEAD}表1 零售额
指标 | 本月 | 比上年同月增长（%） |
零售总额（亿元） | 1475.21 | 4.3 |
# 批发零售业 | 1346.67 | 3.6 |
住宿餐饮业 | 128.54 | 12.3 |
限上企业（个） | 30 | 1.0 |
`;
    expect(metricsOf(text).slice(1)).toEqual([
      { label: "零售总额本月", value: 147_521_000_000, unit: "元" },
      { label: "批发零售业本月", value: 134_667_000_000, unit: "元" },
      { label: "住宿餐饮业本月", value: 12_854_000_000, unit: "元" },
      { label: "限上企业本月", value: 30, unit: "个" },
    ]);
  });

  test("parseBulletinText: without a `#` row, a row under a row naming its unit takes none", () => {
    const text = `${MASTHEAD}表1 零售额
指标 | 本月 | 累计 |
零售总额（亿元） | 1475.21 | 12289.78 |
住宿餐饮业 | 128.54 | 1006.03 |
`;
    expect(metricsOf(text).slice(1)).toEqual([
      { label: "零售总额本月", value: 147_521_000_000, unit: "元" },
      { label: "零售总额累计", value: 1_228_978_000_000, unit: "元" },
    ]);
  });
});

/**
 * Tables of the formerly held-out texts (issue 14): a caption that names its unit in brackets
 * (`…统计表（单位：件）`), and a column headed `单位` that lists organisations, not units.
 */
describe("units and organisations a table names", () => {
  test("parseBulletinText: a caption's unit in brackets gives bare counts their unit", () => {
    const text = `${MASTHEAD}表1 各区县受理量统计表（单位：件）
区县 | 受理量 | 办结量 |
锦江区 | 4528 | 4410 |
青羊区 | 3977 | 3901 |
`;
    expect(metricsOf(text).slice(1)).toEqual([
      { label: "锦江区受理量", value: 4528, unit: "件" },
      { label: "锦江区办结量", value: 4410, unit: "件" },
      { label: "青羊区受理量", value: 3977, unit: "件" },
      { label: "青羊区办结量", value: 3901, unit: "件" },
    ]);
  });

  test("parseBulletinText: a column headed 单位 that lists organisations labels the rows and names no unit", () => {
    const text = `${MASTHEAD}表1 受理量统计表 单位：件
序号 | 单位 | 投诉 | 举报 |
1 | 甲市市场监管局 | 250 | 37 |
2 | 乙市市场监管局 | 841 | 75 |
`;
    expect(metricsOf(text).slice(1)).toEqual([
      { label: "甲市市场监管局投诉", value: 250, unit: "件" },
      { label: "甲市市场监管局举报", value: 37, unit: "件" },
      { label: "乙市市场监管局投诉", value: 841, unit: "件" },
      { label: "乙市市场监管局举报", value: 75, unit: "件" },
    ]);
  });

  test("parseBulletinText: a column headed 单位 that lists units still names each row's unit (counter-case)", () => {
    const text = `${MASTHEAD}表1 主要指标
指标 | 单位 | 1-3月 |
地区生产总值 | 亿元 | 52.22 |
规上工业企业 | 个 | 87 |
`;
    expect(metricsOf(text).slice(1)).toEqual([
      { label: "地区生产总值1-3月", value: 5_222_000_000, unit: "元" },
      { label: "规上工业企业1-3月", value: 87, unit: "个" },
    ]);
  });
});
