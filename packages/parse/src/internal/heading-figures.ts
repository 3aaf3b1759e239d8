import type { Block, Inline, Item, Metric, Section } from "@bulletin/schema";
import { addMetric, type InlineContext, metricById, readInlines } from "./read-inlines";

/**
 * Figures printed in the publication's title or in a section's or item's heading
 * (`一、原保险保费收入27449.58亿元，同比下降0.74%`, `某市12345热线半年受理群众诉求71.6万件`,
 * `（一）卫生健康方面2181件`): a heading stays a string of the model, so such a figure had no
 * metric. Each is read as running text of a section about figures reads it (its unit and scale
 * as a body's figure gets them, its label from the heading's words, a 同比 change after it as its
 * comparison) and added to `metrics` after the body's, once: a figure the body under the heading
 * prints too (the same value in the same unit; the whole text under the title) is not added again,
 * nor one printed twice in one heading. No inline refers to it (the heading is text); lint names
 * it `unused-metric` (info), renderers show the heading as before.
 *
 * Not read: a heading with no digit (most, looked at first), nor anything where metrics are `none`.
 * A heading's number without a unit (`指标 2018 2019`, a table's head read as a heading), a date
 * (`2022年2月份`), an ordinal (`第4次`) or a hotline's number (`12345热线`) stays text, as in a body.
 */
export function addHeadingFigures(
  ctx: InlineContext,
  title: string | undefined,
  sections: readonly Section[],
): void {
  if (ctx.metricsMode !== "all") return;
  const heads: { text: string; under: () => Set<string> }[] = [];
  if (title !== undefined && hasDigit(title)) {
    heads.push({ text: title, under: () => new Set(ctx.metrics.map(keyOf)) });
  }
  for (const s of sections) {
    if (hasDigit(s.title)) heads.push({ text: s.title, under: () => keysUnder(ctx, s.items) });
    for (const item of s.items) {
      const t = item.title;
      if (t !== undefined && hasDigit(t)) {
        heads.push({ text: t, under: () => keysUnder(ctx, [item]) });
      }
    }
  }
  if (heads.length === 0) return;
  const scratch: InlineContext = {
    matcher: ctx.matcher,
    departments: new Map(),
    metrics: [],
    metricsMode: "all",
    warn: () => {},
  };
  for (const head of heads) {
    scratch.metrics = [];
    readInlines(head.text, { text: head.text, spans: [] }, 0, scratch, FIGURES, []);
    if (scratch.metrics.length === 0) continue;
    const seen = head.under();
    for (const m of scratch.metrics) {
      const key = keyOf(m);
      if (seen.has(key) || PAGE_UNITS.has(m.unit) || m.label === UNLABELLED) continue;
      seen.add(key);
      const { id: _id, label, ...figure } = m;
      addMetric(ctx, label, figure);
    }
  }
}

/**
 * A heading is read as a paragraph of a section about figures: a headline runs its clauses on
 * without marks (`…体育场地6.77万个人均体育场地面积达2.03平方米`, `整改隐患16万项关闭取缔违法企业51家`),
 * so a figure need not end its clause to be read.
 */
const FIGURES = { figures: true };

/**
 * Units of the page itself, which a heading line of page furniture prints (`全文3754字`, `当前显示476字`,
 * `页数：11页`, `第1页 共9页`, `本期4版`): no figure of the report.
 */
const PAGE_UNITS = new Set(["字", "页", "版"]);

/**
 * The label of a figure no words name (read-inlines.ts): in a heading, one that opens it or its
 * clause (`5亿元以上新签约项目情况`, `7个评价区域排名及得分`, `90分钟足球网`, `2025-06-28 06:20:45 5次`)
 * is a threshold, a phrase's count or furniture, no figure the heading reports.
 */
const UNLABELLED = "数值";

function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

const keyOf = (m: Metric): string => `${m.value}|${m.unit}`;

/** The figures (value and unit) the items' bodies print, their tables' cells too. */
function keysUnder(ctx: InlineContext, items: readonly Item[]): Set<string> {
  const keys = new Set<string>();
  const inlines = (list: readonly Inline[]): void => {
    for (const x of list) {
      if (typeof x === "object" && x.type === "metric") {
        const m = metricById(ctx, x.ref);
        if (m !== undefined) keys.add(keyOf(m));
      }
    }
  };
  const block = (b: Block): void => {
    if (Array.isArray(b)) {
      inlines(b);
      return;
    }
    for (const row of [...(b.head ?? []), ...b.rows]) {
      for (const cell of row) inlines(Array.isArray(cell) ? cell : cell.content);
    }
    for (const note of b.notes ?? []) inlines(note);
  };
  for (const item of items) for (const b of item.body) block(b);
  return keys;
}
