import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's header over its breadcrumb, dropped whole: where the repair joined two of its lines
 * (a long menu line that ends with no stop, a column label under it: `通知公告：`), each input line
 * it came from gets its own `web-line-dropped` warning, naming what stood there, so that no line
 * of the input is dropped without a word (the corpus's "loses no sentence" check: a line's text
 * is in the model or its line was warned about). Every example is written for the rule.
 */

const menu = (place: string, n: number): string =>
  `${place}网: ${["东城区", "西城区", "南城区", "北城区", "中心区", "开发区", "高新区", "新城区", "老城区", "滨江区", "江北区", "湖东区"].slice(0, n).join("|")}|2019年4月12日 星期五`;
const page = (header: string): string =>
  `广告位\n\n${header}\n您当前的位置:青山网>政务>动态>\n\n青山区今年接待游客120万人次\n\n2019-04-12 09:30 来源:青山日报 点击:0\n\n本报讯 青山区文旅局统计显示,一季度全区接待游客120万人次,同比增长12%,旅游收入8.6亿元。\n`;

const droppedAt = (text: string): Map<number, string[]> => {
  const out = new Map<number, string[]>();
  for (const w of parseBulletinText(text).warnings)
    if (w.code === "web-line-dropped")
      out.set(w.position.line, [...(out.get(w.position.line) ?? []), w.message]);
  return out;
};

describe("a joined header line dropped over the breadcrumb: a warning on each of its input lines", () => {
  test.each([
    ["a long menu line and a column label", `${menu("青山", 10)}\n通知公告:`, ["通知公告"]],
    [
      "a longer menu line and a label in full-width marks",
      `${menu("青山", 12)}\n公示公告：`,
      ["公示公告"],
    ],
    [
      "a menu line and two short labels",
      `${menu("青山", 10)}\n通知公告:\n政策解读:`,
      ["通知公告", "政策解读"],
    ],
  ])("parseBulletinText: %s", (_, header, labels) => {
    const text = page(header);
    const dropped = droppedAt(text);
    const { bulletin } = parseBulletinText(text);
    const header0 = text.split("\n").indexOf(header.split("\n")[0] as string) + 1;
    expect(dropped.get(header0)?.join(""), JSON.stringify([...dropped])).toContain("东城区");
    labels.forEach((label, k) => {
      expect(dropped.get(header0 + 1 + k)?.join(""), JSON.stringify([...dropped])).toContain(label);
      expect(JSON.stringify(bulletin)).not.toContain(label);
    });
    expect(bulletin.publication.title).toBe("青山区今年接待游客120万人次");
  });

  test("parseBulletinText: a header line the repair did not join keeps its one warning (near-miss)", () => {
    const text = page(`${menu("青山", 2)}\n通知公告:`);
    const dropped = droppedAt(text);
    expect(dropped.get(3)).toHaveLength(1);
    expect(dropped.get(4)).toHaveLength(1);
    expect(dropped.get(4)?.[0]).toContain("通知公告");
  });
});
