import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin, Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A web copy's `|` table (a work plan's progress: 序号, 任务, 单位, 进展, 状态) whose rows wrap after a
 * bar: the row short of the table's width and the shorter line under it that makes up the rest
 * are one row, head and body alike. Its progress cells are running text, whose figures are read
 * and labelled by their clauses, as a paragraph's are. Examples written for the rules (formerly
 * held-out-11).
 */

const tablesOf = (bulletin: Pick<Bulletin, "sections">): Table[] =>
  bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) => i.body.filter((b): b is Table => !Array.isArray(b))),
  );

const shape = (text: string): number[][] =>
  tablesOf(parseBulletinText(text).bulletin).map((t) => [
    t.head?.[0]?.length ?? 0,
    t.rows.length,
    ...t.rows.map((r) => r.length),
  ]);

const title = "区住建局2024年6月重点工作完成情况\n";

describe("rows wrapped after a bar", () => {
  test.each([
    [
      "the head wraps",
      `${title}序号 | 目标任务 | 责任单位 |\n进展情况 | 完成状态 |\n1 | 改造老旧小区。 | 区住建局 | 已完成改造 | 达预期 |\n2 | 新建停车位。 | 区城管局 | 已建成 | 达预期 |`,
      [[5, 2, 5, 5]],
    ],
    [
      "a body row wraps",
      `${title}序号 | 目标任务 | 责任单位 | 进展情况 | 完成状态 |\n1 | 改造老旧小区。 | 区住建局 | 已完成改造 |\n达预期 |\n2 | 新建停车位。 | 区城管局 | 已建成 | 滞后 |`,
      [[5, 2, 5, 5]],
    ],
    [
      "a six-column head wraps after its fourth cell",
      `${title}项目 | 单位 | 本月 | 累计 |\n同比 | 环比 |\n受理 | 件 | 120 | 860 | 5% | 2% |\n办结 | 件 | 118 | 851 | 4% | 1% |`,
      [[6, 2, 6, 6]],
    ],
    [
      "the last row's last cell wraps",
      `${title}序号 | 目标任务 | 责任单位 | 进展情况 | 完成状态 |\n1 | 改造老旧小区。 | 区住建局 | 已完成改造 | 达预期 |\n2 | 新建停车位。 | 区城管局 | 已建成 |\n滞后 |`,
      [[5, 2, 5, 5]],
    ],
  ])("%s: one row", (_, text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  test("a one-cell line under a full row is no part of it", () => {
    const text = `${title}序号 | 目标任务 | 完成状态 |\n1 | 改造老旧小区。 | 达预期 |\n2 | 新建停车位。 | 滞后 |\n备注 |`;
    expect(shape(text)).toEqual([[3, 2, 3, 3]]);
  });

  test("two short rows of the same length are padded rows, not one wrapped row", () => {
    const text = `${title}地区 | 受理 | 办结 | 满意率 |\n甲区 | 120 | 118 | 99% |\n小计 | 120 |\n合计 | 240 |`;
    expect(shape(text)).toEqual([[4, 3, 4, 4, 4]]);
    const rows = tablesOf(parseBulletinText(text).bulletin)[0]?.rows ?? [];
    expect(rows.map((r) => (Array.isArray(r[0]) ? r[0].join("") : ""))).toEqual([
      "甲区",
      "小计",
      "合计",
    ]);
  });
});

describe("cells of running text", () => {
  const figures = (text: string): string[] =>
    parseBulletinText(text).bulletin.metrics.map((m) => `${m.label}=${m.value}${m.unit}`);

  test("a progress cell's figures are read with their clauses' labels", () => {
    const text = `${title}序号 | 目标任务 | 进展情况 |\n1 | 改造老旧小区。 | 截至6月底，已改造老旧小区36个，完成目标任务的72.5%；新建停车位1200个。 |\n2 | 建设保障房。 | 已开工保障性住房1.2万套，完成年度任务的60%。 |`;
    expect(figures(text)).toEqual([
      "已改造老旧小区=36个",
      "完成目标任务的=72.5%",
      "新建停车位=1200个",
      "已开工保障性住房=12000套",
      "完成年度任务的=60%",
    ]);
  });

  test("a short cell of words and a number stays text (a cell is a metric only as the table labels it)", () => {
    const text = `${title}序号 | 目标任务 | 进展情况 |\n1 | 改造小区36个 | 已完成 |\n2 | 新建车位1200个 | 推进中 |`;
    expect(figures(text)).toEqual([]);
  });
});
