import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `两大险种参保人数均增长` / `1、工伤保险参保人数同比增长3.2%` / paragraph / `2、失业保险参保人数同比增长
 * 4.1%` / paragraph: a release's numbered sub-heads stating figures, the first straight under the
 * headline (no paragraph over it): it heads an item as the second does; a bracketed aside in a
 * sub-head (`生育（含生育医疗）保险…`) is no part of its length. Every text here is written for the test.
 */

const HEAD = "发布日期：2022-03-15 10:20\n两大险种参保人数均增长\n";

const itemTitles = (text: string) =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.map((i) => i.title).filter((t) => t !== undefined),
  );

describe("the first numbered figure sub-head under the headline", () => {
  test.each([
    [
      "1、工伤保险参保人数同比增长3.2%\n工伤保险参保1200.52万人，环比增加10.21万人，增长0.85%。\n2、失业保险参保人数同比增长4.1%\n失业保险参保1100.37万人，环比增加8.12万人，增长0.74%。\n",
      ["工伤保险参保人数同比增长3.2%", "失业保险参保人数同比增长4.1%"],
    ],
    [
      "1.养老保险参保人数同比增长5.5%\n全市养老保险参保821.3万人，环比增加3.2万人，增长0.4%。\n2.医疗（含大病医疗）保险参保人数同比增长2.1%\n全市医疗保险参保913.4万人，环比增加2.6万人，增长0.3%。\n",
      ["养老保险参保人数同比增长5.5%", "医疗（含大病医疗）保险参保人数同比增长2.1%"],
    ],
  ])("`%s` has the items %j", (body, expected) => {
    expect(itemTitles(`${HEAD}${body}`)).toEqual(expected);
  });

  // Near-miss: a numbered list of figures straight under the headline (no paragraph under its first
  // line) heads nothing.
  test("a list of figures under the headline", () => {
    const body =
      "1.工伤保险1200.52万人\n2.失业保险1100.37万人\n3.生育保险980.11万人\n参保人数总体平稳，各险种均有增长。\n";
    expect(itemTitles(`${HEAD}${body}`)).toEqual([]);
  });
});
