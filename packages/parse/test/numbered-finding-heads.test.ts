import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A data release that opens straight on a finding (`三大险种参保总量环比、同比均增长`) over a paragraph,
 * with numbered sub-heads further down that state findings of the same kind (`1.基本养老保险参保人数
 * 同比增长4.9%`, `2.…下降3.3%`): the first line heads the release's first part, the numbered sub-heads
 * are its items; the copy prints no title. A first line naming a report (`…运行情况`), one with a
 * number (`2024年…`), or one over a single such sub-head is still the title. Every text here is
 * written for the test.
 */

const para = (what: string) => `${what}1209.26万人，环比增加8.85万人，增长0.7%。`;
const release = (first: string, a: string, b: string) =>
  `${first}\n${para("全市参保总人次达")}\n${a}\n${para("基本养老保险参保")}\n${b}\n${para("失业保险参保")}`;

describe("a first line over numbered findings", () => {
  test.each([
    [
      "三大险种参保总量环比、同比均增长",
      "1.基本养老保险参保人数同比增长4.9%",
      "2.失业保险参保人数同比增长3.3%",
    ],
    ["全市规上工业增加值平稳增长", "1.轻工业增加值增长5.2%", "2.重工业增加值增长6.1%"],
    [
      "城乡居民收入稳步提高",
      "1、城镇居民人均可支配收入增长4.5%",
      "2、农村居民人均可支配收入增长6.3%",
    ],
    ["全市参保人数有所减少", "1.养老保险参保人数减少", "2.失业保险参保人数下降"],
  ])("`%s` heads the first part, no title", (first, a, b) => {
    const { bulletin } = parseBulletinText(release(first, a, b));
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.sections[0]?.title).toBe(first);
    expect(bulletin.sections[0]?.items.map((i) => i.title).filter(Boolean)).toEqual([
      a.slice(2),
      b.slice(2),
    ]);
  });

  // Near-misses: a report's name, a first line with a number, one that states no change, and a
  // finding over only one numbered sub-head stay the title.
  test.each([
    [
      "全县社会保险参保情况",
      "1.基本养老保险参保人数同比增长4.9%",
      "2.失业保险参保人数同比增长3.3%",
    ],
    [
      "2024年1-5月全县参保人数增长",
      "1.基本养老保险参保人数同比增长4.9%",
      "2.失业保险参保人数同比增长3.3%",
    ],
    [
      "全市社会保险工作稳中有进",
      "1.基本养老保险参保人数同比增长4.9%",
      "2.失业保险参保人数同比增长3.3%",
    ],
    ["三大险种参保总量环比、同比均增长", "1.基本养老保险参保人数同比增长4.9%", "失业保险参保工作"],
  ])("`%s` stays the title", (first, a, b) => {
    expect(parseBulletinText(release(first, a, b)).bulletin.publication.title).toBe(first);
  });
});
