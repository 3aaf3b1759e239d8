import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A release's numbered sub-heads that state the figure they report (`1.基本养老保险参保人数同比增长4.9%`),
 * each alone between paragraphs, two or more: item headings, as the same sub-heads without their
 * figure are, written without their number. A numbered line that is a list's entry (no paragraph
 * under it) or a sentence keeps its reading. Every text here is written for the test.
 */

const TITLE = "某市社会保险参保情况";
const release = (a: string, b: string) =>
  `${TITLE}\n一、参保总量稳步增长\n三大险种总参保人次达3565.06万人次，环比增加19.45万人次，增长0.5%。\n${a}\n基本养老保险参保1209.26万人，环比增加8.85万人，增长0.7%。\n${b}\n失业保险参保1168.11万人，环比增加5.75万人，增长0.5%。`;

const itemTitles = (text: string) =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.map((i) => i.title).filter((t) => t !== undefined),
  );

describe("numbered sub-heads stating a figure", () => {
  test.each([
    ["1.基本养老保险参保人数同比增长4.9%", "2.失业保险参保人数同比增长3.3%"],
    ["1、养老保险参保人数增长4.9%", "2、失业保险参保人数增长3.3%"],
    ["（1）养老保险参保人数同比增长4.9%", "（2）失业保险参保人数同比下降3.3%"],
    ["1.新增养老保险参保8.85万人", "2.新增失业保险参保5.75万人"],
  ])("`%s` … `%s` are items of the section they stand in", (a, b) => {
    const { bulletin } = parseBulletinText(release(a, b));
    expect(bulletin.sections.map((s) => s.title)).toEqual(["参保总量稳步增长"]);
    expect(itemTitles(release(a, b))).toEqual([
      a.replace(/^\d\.|^\d、|^（\d）/, ""),
      b.replace(/^\d\.|^\d、|^（\d）/, ""),
    ]);
  });

  test("the same sub-heads without their figure read the same", () => {
    expect(
      itemTitles(release("1.基本养老保险参保人数同比增长", "2.失业保险参保人数同比增长")),
    ).toEqual(["基本养老保险参保人数同比增长", "失业保险参保人数同比增长"]);
  });

  // Near-misses: one such line alone, numbered lines of a list (no paragraph between them) and a
  // numbered sentence stay as they were read.
  test("one numbered line with a figure between paragraphs is no item heading", () => {
    const text = `${TITLE}\n一、参保总量稳步增长\n三大险种总参保人次达3565.06万人次，环比增加19.45万人次。\n1.基本养老保险参保人数同比增长4.9%\n基本养老保险参保1209.26万人，环比增加8.85万人，增长0.7%。`;
    expect(itemTitles(text)).toEqual([]);
  });

  test("a numbered list of figures is no run of item headings", () => {
    const text = `${TITLE}\n一、参保总量稳步增长\n三大险种总参保人次达3565.06万人次，环比增加19.45万人次。\n1.养老保险1209.26万人\n2.失业保险1168.11万人\n3.工伤保险1187.69万人\n参保人数总体平稳。`;
    expect(itemTitles(text)).toEqual([]);
  });
});
