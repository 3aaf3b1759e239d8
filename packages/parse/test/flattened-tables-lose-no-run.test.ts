import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hanRuns, modelText } from "./corpus/recall";

/**
 * Property: a `|` table as a web copy flattens it (a caption line perhaps closed by empty cells,
 * `指标:… | ||||`; a head; rows whose cells may all be empty, `资源税 | |||||`; a note row; text before
 * and after) loses no run of Han text: every run of three or more characters is in the model or on
 * a line a warning names. Session 24 found two silent losses of this kind on fresh texts (a table's
 * caption line taken as the title, and label-only rows cutting the table); this draws the shapes
 * around them, and the same rows parted by tabs, runs of spaces or one cell a line.
 */

const LABELS = [
  "城镇居民收入",
  "增值税收入",
  "企业所得税",
  "城市维护建设税",
  "专项收入",
  "行政事业性收费",
  "罚没收入",
  "上级补助收入",
  "农村居民人均",
  "社会消费品零售",
  "规模以上工业",
  "固定资产投资",
];
const HEADS = ["本月", "累计", "上年同期", "同比增长", "预算数", "执行数", "占比"];
const CAPTIONS = [
  "表1 主要指标完成情况",
  "指标:工业增加值_同比增长(%)",
  "某镇一般公共预算收入执行情况表",
  "全市主要经济指标",
];
const BEFORE = "一季度，全市经济运行总体平稳，主要指标稳中有升。";
const AFTER = "二、下一步工作打算。全市将继续抓好项目建设和财政收支管理。";
const NOTE = "注：本表数据为快报数，部分指标按可比口径计算。";

const figure = fc.oneof(
  fc.nat({ max: 99_999 }).map(String),
  fc.nat({ max: 9_999 }).map((n) => (n / 100).toFixed(2)),
  fc.constant(""),
);

const table = fc.integer({ min: 2, max: 5 }).chain((columns) =>
  fc.record({
    columns: fc.constant(columns),
    caption: fc.option(fc.record({ text: fc.constantFrom(...CAPTIONS), barred: fc.boolean() }), {
      nil: undefined,
    }),
    rows: fc.array(
      fc.record({
        label: fc.constantFrom(...LABELS),
        cells: fc.array(figure, { minLength: columns - 1, maxLength: columns - 1 }),
        blank: fc.boolean(),
      }),
      { minLength: 2, maxLength: 8 },
    ),
    note: fc.boolean(),
    before: fc.boolean(),
    after: fc.boolean(),
  }),
);

/** The runs of `text` in no part of the model and on no line a warning names. */
function lostRuns(text: string): { line: number; run: string }[] {
  const result = parseBulletinText(text);
  const kept = modelText(result.bulletin);
  const warned = new Set(result.warnings.map((w) => w.position.line));
  return hanRuns(text).filter(({ line, run }) => !kept.includes(run) && !warned.has(line));
}

describe("piped tables lose no run of Han text", () => {
  test("parseBulletinText keeps every run of any such table and the text around it", () => {
    fc.assert(
      fc.property(table, (t) => {
        const empty = "|".repeat(t.columns - 1);
        const lines: string[] = [];
        if (t.before) lines.push(BEFORE);
        if (t.caption)
          lines.push(t.caption.barred ? `${t.caption.text} | ${empty}` : t.caption.text);
        lines.push(`项目 | ${HEADS.slice(0, t.columns - 1).join(" | ")} |`);
        for (const r of t.rows)
          lines.push(r.blank ? `${r.label} | ${empty}` : `${r.label} | ${r.cells.join(" | ")} |`);
        // At least one row with figures, as a real table has.
        lines.push(
          `合计 | ${Array.from({ length: t.columns - 1 }, (_, k) => 100 + k).join(" | ")} |`,
        );
        if (t.note) lines.push(`${NOTE} | ${empty}`);
        if (t.after) lines.push(AFTER);
        const text = lines.join("\n");
        expect(lostRuns(text), text).toEqual([]);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });
});

/**
 * The same rows separated otherwise: a tab, a run of spaces, or one cell a line (how PDF extraction
 * gives most tables); a row with a label and no figures is its label alone on its line.
 */
const otherRows = fc.record({
  columns: fc.integer({ min: 2, max: 5 }),
  rows: fc.array(
    fc.record({
      label: fc.constantFrom(...LABELS),
      cells: fc.array(
        figure.filter((f) => f !== ""),
        { minLength: 4, maxLength: 4 },
      ),
      blank: fc.boolean(),
    }),
    { minLength: 2, maxLength: 8 },
  ),
  caption: fc.boolean(),
  after: fc.boolean(),
});

describe("tables parted by tabs, runs of spaces or one cell a line lose no run of Han text", () => {
  test.each([
    ["a tab", "\t"],
    ["a run of spaces", "  "],
    ["one cell a line", "\n"],
  ])("parted by %s", (_, sep) => {
    fc.assert(
      fc.property(otherRows, (t) => {
        const lines: string[] = [BEFORE];
        if (t.caption) lines.push(CAPTIONS[0] as string);
        lines.push(["项目", ...HEADS.slice(0, t.columns - 1)].join(sep));
        for (const r of t.rows)
          lines.push(r.blank ? r.label : [r.label, ...r.cells.slice(0, t.columns - 1)].join(sep));
        lines.push(["合计", ...Array.from({ length: t.columns - 1 }, (_, k) => 100 + k)].join(sep));
        if (t.after) lines.push(AFTER);
        const text = lines.join("\n");
        expect(lostRuns(text), text).toEqual([]);
      }),
      { numRuns: 200, seed: 20261204 },
    );
  });
});
