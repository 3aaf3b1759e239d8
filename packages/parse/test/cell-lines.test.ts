// Tables written one cell a line, head included (web copies close each cell line with ` |`):
// the column count comes from the kinds of the cells, never from a count printed anywhere.
import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { completed } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { inferColumns } from "../src/internal/read-table";
import { cellText, MASTHEAD, tablesOf, word } from "./table-cells";

describe("inferColumns", () => {
  test.each([
    {
      name: "a head of words, then rows of a word and figures",
      cells: ["地区", "受理量", "占比", "锦江区", "4528", "45.3%", "青羊区", "3977", "39.1%"],
      minRows: 2,
      columns: 3,
    },
    {
      name: "the first row's label is a word too (`1月`), so the head is shorter than the words",
      cells: [
        "项目",
        "热线",
        "平台",
        "合计",
        "1月",
        "2479",
        "692",
        "3171",
        "2月",
        "1906",
        "494",
        "2400",
      ],
      minRows: 2,
      columns: 4,
    },
    {
      name: "two small tables side by side in one row (a word column in the middle)",
      cells: [
        ["来源", "数量", "类型", "数量"],
        ["电话", "34859", "咨询", "19651"],
        ["微信", "2724", "求助", "592"],
        ["网站", "170", "建议", "649"],
      ].flat(),
      minRows: 2,
      columns: 4,
    },
    {
      name: "signed changes with arrows and not-applicable marks are figures",
      cells: ["类型", "本期", "同比", "投诉", "20616", "↑9.03%", "举报", "/", "↓1%"],
      minRows: 2,
      columns: 3,
    },
    {
      name: "a short last row still counts as a row",
      cells: ["渠道", "数量", "占比", "电话", "34859", "90.67%", "网站", "115"],
      minRows: 2,
      columns: 3,
    },
    {
      name: "too few rows for a table without a caption",
      cells: ["渠道", "数量", "占比", "电话", "34859", "90.67%"],
      minRows: 2,
      columns: undefined,
    },
    {
      name: "no figure at all",
      cells: ["电话", "微信", "网站", "邮件", "来信", "来访"],
      minRows: 1,
      columns: undefined,
    },
    {
      name: "a figure first: no head of words",
      cells: ["4528", "地区", "受理量", "3977", "锦江区", "12"],
      minRows: 1,
      columns: undefined,
    },
    {
      name: "mostly words where the figures should be",
      cells: ["甲", "乙", "丙", "丁", "戊", "己", "12", "庚", "辛", "壬", "癸", "子"],
      minRows: 1,
      columns: undefined,
    },
  ])("gives $columns for $name", ({ cells, minRows, columns }) => {
    expect(inferColumns(cells, { minRows })).toBe(columns);
  });
});

const figure = fc.oneof(
  fc.nat({ max: 99_999 }).map(String),
  fc.nat({ max: 9_999 }).map((n) => `${(n / 100).toFixed(2)}%`),
  fc
    .tuple(fc.constantFrom("+", "-", "↑", "↓"), fc.nat({ max: 999 }))
    .map(([s, n]) => `${s}${(n / 10).toFixed(1)}%`),
  fc.constantFrom("/", "—"),
);

/** A table whose first column holds words and whose other columns hold figures or words. */
const table = fc
  .record({
    columns: fc.integer({ min: 2, max: 7 }),
    rows: fc.integer({ min: 2, max: 8 }),
    wordColumns: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  })
  .chain(({ columns, rows, wordColumns }) => {
    // At most a third of the data columns hold words (two small tables side by side).
    const words = wordColumns.map((w, c) => c > 0 && c < columns - 1 && w && c % 3 === 2);
    return fc.record({
      head: fc.array(word, { minLength: columns, maxLength: columns }),
      rows: fc.array(
        fc.tuple(
          ...Array.from({ length: columns }, (_, c) => (c === 0 || words[c] ? word : figure)),
        ),
        { minLength: rows, maxLength: rows },
      ),
    });
  });

describe("bare one-cell lines without a caption", () => {
  const cellsOf = (text: string) => {
    const bulletin = parseBulletinText(text).bulletin as Bulletin;
    return tablesOf(bulletin).map((t) => ({
      head: t.head?.map((r) => r.map((c) => cellText(bulletin, c))),
      rows: t.rows.map((r) => r.map((c) => cellText(bulletin, c))),
    }));
  };

  test("parseBulletinText: three rows or more whose columns each hold one kind are a table", () => {
    const text = `${MASTHEAD}类型\n\n本季度(件)\n\n上年同期(件)\n\n同比(%\n\n投诉\n\n250\n\n841\n\n-70.27\n\n举报\n\n37\n\n75\n\n-50.67\n\n咨询\n\n110\n\n3939\n\n-97.21\n\n从来源看，话务接收119件。\n`;
    expect(cellsOf(text)).toEqual([
      {
        head: [["类型", "本季度（件）", "上年同期（件）", "同比（%"]],
        rows: [
          ["投诉", "250", "841", "-70.27"],
          ["举报", "37", "75", "-50.67"],
          ["咨询", "110", "3939", "-97.21"],
        ],
      },
    ]);
  });

  test.each([
    {
      what: "two rows only",
      text: `${MASTHEAD}类型\n本期\n同比\n投诉\n250\n-70.27\n举报\n37\n-50.67\n`,
    },
    {
      what: "short headings and figures that do not keep to columns",
      text: `${MASTHEAD}受理情况\n电话\n250\n网络\n办结情况\n37\n75\n满意情况\n回访\n110\n`,
    },
    {
      what: "a masthead's lines",
      text: "宜春12345\n一 体 化\n政务服务便民热线\n2023年第5期(总第74期)\n一、情况\n本月受理12345件。\n",
    },
  ])("parseBulletinText: $what are no table", ({ text }) => {
    expect(cellsOf(text)).toEqual([]);
  });

  /** Bare cells parted by empty lines, as web copies print each cell of a table. */
  const parted = (cells: string[]): string => `${cells.join("\n\n")}\n\n`;
  /** A numbered table's head and rows, and all its cells one a line. */
  const HEAD = ["序号", "区县", "投诉", "举报"];
  const ROWS = [
    ["1", "甲区", "250", "37"],
    ["2", "乙区", "841", "75"],
    ["3", "丙区", "110", "39"],
  ];
  const numbered = [...HEAD, ...ROWS.flat()];
  const TEXT_AFTER = "从来源看，话务接收119件。\n";

  test("parseBulletinText: a title over the cells ending in 表 or its unit in brackets is the caption, not a head cell", () => {
    const text = `${MASTHEAD}${parted(["各区受理量统计表（单位：件）", ...numbered])}${TEXT_AFTER}`;
    const bulletin = parseBulletinText(text).bulletin as Bulletin;
    expect(tablesOf(bulletin).map((t) => t.caption)).toEqual(["各区受理量统计表（单位：件）"]);
    expect(cellsOf(text)).toEqual([{ head: [HEAD], rows: ROWS }]);
  });

  test("parseBulletinText: a line of white space between empty lines inside the cells is a blank cell", () => {
    const text = `${MASTHEAD}${parted(["各区受理量统计表", ...numbered, " ", "合计", "1201", "151"])}${TEXT_AFTER}`;
    expect(cellsOf(text)[0]?.rows).toEqual([...ROWS, ["", "合计", "1201", "151"]]);
  });

  /** The same cells in a copy that doubled every blank line (`\r\n\r\n` read as two breaks). */
  const doubled = (text: string): string => text.replace(/\n\n/g, "\n\n\n");

  test("parseBulletinText: cells parted by two empty lines in a copy that doubled every blank line read as one table", () => {
    const text = doubled(`${MASTHEAD}\n${parted(["各区受理量统计表", ...numbered])}${TEXT_AFTER}`);
    expect(cellsOf(text)).toEqual([{ head: [HEAD], rows: ROWS }]);
  });

  test("parseBulletinText: a blank cell between doubled empty lines is a blank cell", () => {
    const text = doubled(
      `${MASTHEAD}\n${parted(["各区受理量统计表", ...numbered, " ", "合计", "1201", "151"])}${TEXT_AFTER}`,
    );
    expect(cellsOf(text)[0]?.rows).toEqual([...ROWS, ["", "合计", "1201", "151"]]);
  });

  test("parseBulletinText: where a single empty line parts the cells, two empty lines end the table (counter-case)", () => {
    const text = `${MASTHEAD}${parted(["各区受理量统计表", ...numbered])}\n${parted(["各区咨询量统计表", ...numbered])}${TEXT_AFTER}`;
    expect(cellsOf(text)).toEqual([
      { head: [HEAD], rows: ROWS },
      { head: [HEAD], rows: ROWS },
    ]);
  });

  test.each(["2022年5月18日", "2022 年 5 月 18 日", "二〇二二 年 五 月 十八 日"])(
    "parseBulletinText: the date %s under the 附件说明, over a table one cell a line, is the signature's date, no row",
    (date) => {
      const cells = numbered.map((c) => `${c} |`).join("\n");
      const text = `一、基本情况\n本月共受理群众诉求2877件，办结率100%。\n附件：各区受理量统计表\n${date}\n附件\n${cells}\n`;
      expect(parseBulletinText(text).bulletin.issue.publishedOn).toBe("2022-05-18");
      expect(cellsOf(text)).toEqual([{ head: [HEAD], rows: ROWS }]);
    },
  );

  test("parseBulletinText: a web page's footer under a table the copy cut mid-row is no cell", () => {
    const cut = parted(["各区受理量统计表", ...numbered, "4", "丁区"]);
    const text = `${MASTHEAD}${cut}公网安备 51010402000123号\n网站标识码：5101000001\n`;
    expect(cellsOf(text)).toEqual([{ head: [HEAD], rows: ROWS }]);
    const warned = parseBulletinText(text).warnings.filter((w) => w.code === "web-line-dropped");
    expect(warned.length).toBe(2);
  });

  test("parseBulletinText: a line of white space after the last row, before text, is no cell (counter-case)", () => {
    const text = `${MASTHEAD}${parted(["各区受理量统计表", ...numbered, " "])}从来源看，全年话务接收的诉求共计119件，同比有所下降。\n`;
    const [read] = cellsOf(text);
    expect(read?.rows).toHaveLength(3);
    expect(parseBulletinText(text).bulletin.metrics.map((m) => m.value)).toContain(119);
  });

  test.each([
    {
      what: "bare cells under a title",
      print: (cells: string[]) => parted(["各区受理量统计表", ...cells]),
    },
    {
      what: "` |` cell lines",
      print: (cells: string[]) => `${cells.map((c) => `${c} |`).join("\n")}\n`,
    },
  ])(
    "parseBulletinText: in $what, a total row one cell short after numbered rows keeps to the columns with a blank number",
    ({ print }) => {
      const text = `${MASTHEAD}${print([...numbered, "合计", "1201", "151"])}${TEXT_AFTER}`;
      expect(cellsOf(text)[0]?.rows).toEqual([...ROWS, ["", "合计", "1201", "151"]]);
    },
  );

  test("parseBulletinText: cells one short after rows whose first column names them are no total row (counter-case)", () => {
    const cells = [["区县", "投诉", "举报", "占比"], ...ROWS.map(([, ...rest]) => [...rest, "9%"])];
    const text = `${MASTHEAD}${parted(["各区受理量统计表", ...cells.flat(), "合计", "1201", "151"])}${TEXT_AFTER}`;
    expect(cellsOf(text)[0]?.rows).toHaveLength(3);
  });

  test("parseBulletinText: a titled table of n rows and a total row with a blank first cell reads back with n + 1 rows (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.nat({ max: 99_999 }), fc.nat({ max: 9_999 })), {
          minLength: 3,
          maxLength: 8,
        }),
        (rows) => {
          const cells = rows.flatMap(([w, a, b], k) => [String(k + 1), w, String(a), String(b)]);
          const text = `${MASTHEAD}${parted(["受理量统计表（单位：件）", "序号", "单位", "投诉", "举报", ...cells, " ", "合计", "1", "2"])}从来源看，话务接收119件。\n`;
          const [read] = cellsOf(text);
          expect(read?.head).toEqual([["序号", "单位", "投诉", "举报"]]);
          expect(read?.rows).toHaveLength(rows.length + 1);
          expect(read?.rows[rows.length]).toEqual(["", "合计", "1", "2"]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("notes closing a table of ` |` cell lines", () => {
  test("parseBulletinText: `统计时间：` and `统计单位：` cells after the rows are the table's notes", () => {
    const text = `${MASTHEAD}投诉热点 |\n数量(件) |\n占比(%) |\n一般食品 |\n342 |\n21.71 |\n服装鞋帽 |\n192 |\n12.19 |\n统计时间:2021-07-20 |\n统计单位:某市市场监督管理局 |\n上半年共受理投诉2410件。\n`;
    const bulletin = completed(parseBulletinText(text));
    const [table] = tablesOf(bulletin);
    expect(table?.rows.length).toBe(2);
    expect(
      table?.notes?.map((n) => n.map((x) => (typeof x === "string" ? x : "")).join("")),
    ).toEqual(["统计时间：2021-07-20", expect.stringContaining("统计单位：")]);
  });
});

describe("tables one cell a line, each line closed by ` |`", () => {
  test("parseBulletinText: reads any such table of words and figures back with its head, rows and cells", () => {
    fc.assert(
      fc.property(table, ({ head, rows }) => {
        const lines = [head, ...rows].flat().map((cell) => `${cell} |`);
        const text = `${MASTHEAD}${lines.join("\n")}\n二、工作动态\n（一）开展培训。10月8日，组织话务员业务培训。\n`;
        const bulletin = completed(parseBulletinText(text));
        const [found, ...more] = tablesOf(bulletin);
        expect(more).toEqual([]);
        expect(found?.head?.map((r) => r.map((c) => cellText(bulletin, c)))).toEqual([head]);
        expect(found?.rows.map((r) => r.map((c) => cellText(bulletin, c)))).toEqual(
          // A figure cell is a metric, written back as its value (`-1.50%` → `-1.5%`, `-0.0%` → `0%`);
          // `+1.5%` stays text (a metric above zero prints without its plus).
          rows.map((r) =>
            r.map((c) =>
              c
                .replace(/^(-?\d+\.\d*?)0*%$/, "$1%")
                .replace(/\.%$/, "%")
                .replace(/^-0%$/, "0%"),
            ),
          ),
        );
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * Web copies of tables one cell a line (issue 14, session 5): a stray blank cell before the
 * head, a bracketed source closing the table, and runs of blank cells printed on one line
 * (`||||`) that close the rows of a head of several rows.
 */
describe("cell lines of web copies", () => {
  const cellsOf = (text: string) => {
    const bulletin = completed(parseBulletinText(text));
    return tablesOf(bulletin).map((t) => ({
      head: t.head?.map((r) => r.map((c) => cellText(bulletin, c))),
      rows: t.rows.map((r) => r.map((c) => cellText(bulletin, c))),
      notes: t.notes?.length ?? 0,
    }));
  };

  test("parseBulletinText: a blank cell before the head is dropped when the columns then agree better, and a bracketed source closes the table", () => {
    const text = `${MASTHEAD}|\n现价产值 |\n本月 |\n增长% |\n装备制造业 |\n2340 |\n16.50 |\n电子信息业 |\n397 |\n18.05 |\n新材料产业 |\n1222 |\n11.71 |\n(统计局工业处:张三) |\n`;
    expect(cellsOf(text)).toEqual([
      {
        head: [["现价产值", "本月", "增长%"]],
        rows: [
          ["装备制造业", "2340", "16.50"],
          ["电子信息业", "397", "18.05"],
          ["新材料产业", "1222", "11.71"],
        ],
        notes: 1,
      },
    ]);
  });

  test("parseBulletinText: a blank corner cell the columns need is kept", () => {
    const text = `${MASTHEAD}|\n本月 |\n累计 |\n受理 |\n100 |\n200 |\n办结 |\n90 |\n180 |\n`;
    expect(cellsOf(text)).toEqual([
      {
        head: [["", "本月", "累计"]],
        rows: [
          ["受理", "100", "200"],
          ["办结", "90", "180"],
        ],
        notes: 0,
      },
    ]);
  });

  test("parseBulletinText: a line of pipes is that many blank cells closing a row; rows of words under such a head are head rows", () => {
    const head1 = ["序号", "单位", "受理数", "办结数"];
    const head2 = ["热线", "网络", "热线", "网络"];
    const rows = [
      ["1", "甲局", "50", "49", "40", "39"],
      ["2", "乙局", "32", "30", "21", "20"],
      ["3", "丙局", "18", "18", "9", "9"],
    ];
    const lines = [
      ...head1.map((c) => `${c} |`),
      "||",
      ...head2.map((c) => `${c} |`),
      "||",
      ...rows.flat().map((c) => `${c} |`),
    ];
    const text = `${MASTHEAD}${lines.join("\n")}\n`;
    expect(cellsOf(text)).toEqual([
      {
        head: [
          [...head1, "", ""],
          [...head2, "", ""],
        ],
        rows,
        notes: 0,
      },
    ]);
  });

  test("parseBulletinText: a table whose head rows are closed by lines of pipes reads back with its column count (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 9 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 6 }),
        fc.array(word, { minLength: 16, maxLength: 16 }),
        (columns, headRows, bodyRows, words) => {
          const lines: string[] = [];
          for (let h = 0; h < headRows; h++) {
            // Each head row is closed by a line of two pipes or more.
            const filled = columns - 2 - h;
            for (let c = 0; c < filled; c++) lines.push(`${words[(h * 5 + c) % 16]} |`);
            lines.push("|".repeat(columns - filled));
          }
          for (let r = 0; r < bodyRows; r++) {
            lines.push(`${words[(r + 7) % 16]} |`);
            for (let c = 1; c < columns; c++) lines.push(`${r * 10 + c} |`);
          }
          const [table] = cellsOf(`${MASTHEAD}${lines.join("\n")}\n`);
          expect(table?.head?.at(-1)).toHaveLength(columns);
          expect(table?.head).toHaveLength(headRows);
          expect(table?.rows).toHaveLength(bodyRows);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("lines of pipes that close no row", () => {
  test("parseBulletinText: two blank cells printed on one line inside rows leave the column count to the kinds of the cells", () => {
    const rows = [
      ["甲区", "1200", "||", "1190"],
      ["乙区", "800", "||", "790"],
      ["丙区", "600", "||", "590"],
    ];
    const lines = [["区域", "受理", "备注", "说明", "办结"], ...rows]
      .flat()
      .map((c) => (c === "||" ? c : `${c} |`));
    const bulletin = completed(parseBulletinText(`${MASTHEAD}${lines.join("\n")}\n`));
    const [table] = tablesOf(bulletin);
    expect(table?.head?.[0]?.map((c) => cellText(bulletin, c))).toEqual([
      "区域",
      "受理",
      "备注",
      "说明",
      "办结",
    ]);
    expect(table?.rows.map((r) => r.map((c) => cellText(bulletin, c)))).toEqual([
      ["甲区", "1200", "", "", "1190"],
      ["乙区", "800", "", "", "790"],
      ["丙区", "600", "", "", "590"],
    ]);
  });
});
