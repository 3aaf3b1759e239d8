// Helpers the table tests share: the tables of a bulletin, a cell's text, a masthead to put
// tables under, and words no department name or unit can be read from.
import type { Block, Bulletin, Inline, Table } from "@bulletin/schema";
import fc from "fast-check";

export const MASTHEAD =
  "12345热线工作月报\n2025年第10期\n成都市12345热线管理中心\n2025年11月5日\n" +
  "一、受理情况\n10月，全市热线共受理群众诉求12.36万件。\n";

export const tablesOf = (bulletin: Pick<Bulletin, "sections">): Table[] =>
  bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) => i.body.filter((b: Block): b is Table => !Array.isArray(b))),
  );

/** Each table's shape: the columns of its head's last row and its rows of data. */
export const tableShapes = (
  bulletin: Pick<Bulletin, "sections">,
): { columns: number; rows: number }[] =>
  tablesOf(bulletin).map((t) => ({
    columns: t.head?.[t.head.length - 1]?.length ?? 0,
    rows: t.rows.length,
  }));

/** A cell's text, a metric written back as its value and unit. */
export function cellText(bulletin: Bulletin, cell: Table["rows"][number][number]): string {
  const inlines: readonly Inline[] = Array.isArray(cell) ? cell : cell.content;
  return inlines
    .map((n) => {
      if (typeof n === "string") return n;
      if (n.type === "metric") {
        const m = bulletin.metrics.find((x) => x.id === n.ref);
        return `${m?.value}${m?.unit === "%" ? "%" : ""}`;
      }
      return "text" in n ? (n.text ?? "") : "";
    })
    .join("");
}

/** Each table's cells as text: its head's last row and its rows. */
export const tableCells = (bulletin: Bulletin): { head: string[]; rows: string[][] }[] =>
  tablesOf(bulletin).map((t) => ({
    head: (t.head?.[t.head.length - 1] ?? []).map((c) => cellText(bulletin, c)),
    rows: t.rows.map((row) => row.map((c) => cellText(bulletin, c))),
  }));

/** Each table's outline: its caption, its head rows as text and each row's label (its first cell). */
export const tableOutlines = (bulletin: Bulletin) =>
  tablesOf(bulletin).map((t) => ({
    caption: t.caption,
    head: (t.head ?? []).map((row) => row.map((c) => cellText(bulletin, c))),
    rows: t.rows.map((row) => (row[0] ? cellText(bulletin, row[0]) : "")),
  }));

/** Words no department name or unit can be read from. */
export const word = fc
  .array(fc.constantFrom(..."甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"), {
    minLength: 2,
    maxLength: 5,
  })
  .map((cs) => cs.join(""));
