// Long runs of one-cell lines that are no table (a name and its counts a line each, blank lines
// between; cells each closed by a bar on the line under them): the table finder tries such a run
// from a few of its lines, then passes over it. It once read the rest of the run again from each
// of its lines, so that a few thousand such lines took seconds (the bench's `cellRuns` shape
// measures the cost against the length). A table whose head stands a few lines into a run, under
// its title or stray cells, is still found.
import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { validateBulletin } from "@bulletin/schema";
import { completed } from "@bulletin/testkit";
import { describe, expect, test } from "vitest";
import { cellText, MASTHEAD, tablesOf } from "./table-cells";

/** How many times each Han character stands in a text. */
function hanCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of text.match(/\p{Script=Han}/gu) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** The Han characters of `part` that the bulletin parsed from `text` holds fewer times. */
function lost(text: string, part: string): string[] {
  const kept = hanCounts(JSON.stringify(parseBulletinText(text).bulletin));
  return [...hanCounts(part)].filter(([c, n]) => (kept.get(c) ?? 0) < n).map(([c]) => c);
}

const bareRun = (rows: number): string =>
  Array.from({ length: rows }, (_, k) => `市第${k}局\n\n${k % 7}\n\n1\n\n0\n\n0`).join("\n\n");
const barredRun = (rows: number): string =>
  Array.from({ length: rows }, (_, k) => `项目${k}\n|\n${k % 90}\n|`).join("\n");

describe("runs of one-cell lines that are no table", () => {
  test.each([
    ["a name and four counts a line each, blank lines between", bareRun(1500)],
    ["cells each closed by a bar on the line under them", barredRun(1500)],
  ])("%s: every cell is kept, and the model is valid", (_, run) => {
    const text = `${MASTHEAD}0\n\n${run}\n\n以上为本月情况。`;
    expect(validateBulletin(completed(parseBulletinText(text))).ok).toBe(true);
    expect(lost(text, run)).toEqual([]);
    expect(repairExtractedText(text).split("\n").length).toBeGreaterThan(1500);
  });
});

describe("a table a few lines into a run of one-cell lines", () => {
  const head = ["项目", "数量（件）", "占比（%）"];
  const rows = [
    ["食品安全类", "3310", "24.65"],
    ["产品质量类", "2278", "16.97"],
    ["售后服务类", "1995", "14.86"],
    ["广告类", "1220", "9.09"],
    ["合同类", "1031", "7.68"],
  ];
  const table = [...head, ...rows.flat()].join("\n\n");
  test.each([
    ["its title and a stray cell", "投诉类排行\n\n0"],
    ["three stray cells", "0\n\n1\n\n0"],
  ])("under %s: found, with its head and rows", (_, over) => {
    const bulletin = completed(
      parseBulletinText(`${MASTHEAD}\n${over}\n\n${table}\n\n以上为本月情况。`),
    );
    const [found] = tablesOf(bulletin);
    expect(found?.head?.[0]?.map((c) => cellText(bulletin, c))).toEqual(head);
    // A share under `占比（%）` is read as a percentage.
    expect(found?.rows.map((r) => r.map((c) => cellText(bulletin, c)))).toEqual(
      rows.map(([name, count, share]) => [name, count, `${share}%`]),
    );
  });
});

describe("a title line right over a table's cells, a line each (as a PDF's text gives them)", () => {
  const cells = [
    ["项目", "数量（件）", "占比"],
    ["食品", "719", "25.42%"],
    ["服装", "120", "4.24%"],
    ["家居", "114", "4.03%"],
    ["交通工具", "77", "2.72%"],
  ];
  const lines = cells.flat().join("\n");
  const read = (over: string) =>
    completed(parseBulletinText(`${MASTHEAD}\n${over}\n${lines}\n以上为本月情况。`));
  test.each([
    ["a phrase naming the table", "全国12315平台受理商品类投诉五大热点"],
    ["a phrase with its unit in brackets", "市场监管系统咨询类排行（前三名）"],
  ])("%s is the table's caption, not a head cell", (_, title) => {
    const bulletin = read(title);
    const [found] = tablesOf(bulletin);
    expect(found?.caption).toBe(title);
    expect(found?.head?.[0]?.map((c) => cellText(bulletin, c))).toEqual(cells[0]);
    expect(found?.rows.map((r) => r.map((c) => cellText(bulletin, c)))).toEqual(cells.slice(1));
  });
  test.each([
    ["a sentence", "本月全市受理情况如下："],
    ["a short word", "分类"],
  ])("%s over the cells is no caption", (_, over) => {
    const [found] = tablesOf(read(over));
    expect(found?.caption).not.toBe(over);
  });
});
