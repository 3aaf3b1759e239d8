import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news item's subheads (小标题) may be parallel phrases the copy closed with a `。`, each alone
 * between paragraphs (`居民收入稳定增长，物价指数持续平稳。` / `前三季度，…。`): where a text prints two
 * such lines or more, each heads a section (its title without the mark). One such line, lines with
 * a figure, a clause of time or a connective opening them (`前三季度，全区经济稳中向好。`), and lines
 * with no running text under them stay paragraphs. Written for the rule (batch s15b's Tibet
 * 前三季度 item); the cases are invented.
 */

const HEAD = ["前三季度某区经济运行稳中有进", "来源：某某网", ""];
const LEDE = "某某网11月5日电 前三季度，某区生产总值实现308.32亿元，同比增长6.3%。";
const para = (n: number) =>
  `前三季度，某区第${n}项指标完成${n}8.5亿元，同比增长${n}.2%，较上半年提高1.0个百分点。`;
const page = (...subheads: string[]) =>
  [...HEAD, LEDE, "", ...subheads.flatMap((s, k) => [s, "", para(k + 1), ""])].join("\n");
const titlesOf = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("two or more closed phrase subheads between paragraphs", () => {
  test.each([
    [["居民收入稳定增长，物价指数持续平稳。", "农业生产形势良好，产品产量基本稳定。"]],
    [["市场主体持续增长，营商环境不断优化。", "投诉举报有所下降，办结质效稳步提升。"]],
    [
      [
        "消费市场加快回暖，线上消费保持活跃。",
        "工业生产不断加快，医药制造业快速增长。",
        "固定资产投资稳步增长，项目建设有序推进。",
      ],
    ],
  ])("%j head sections", (subheads) => {
    expect(titlesOf(page(...subheads))).toEqual(
      expect.arrayContaining(subheads.map((s) => s.slice(0, -1))),
    );
  });
});

describe("lines that stay paragraphs", () => {
  const lines = (text: string) =>
    parseBulletinText(text).bulletin.sections.flatMap((s) => [
      s.title,
      ...s.items.map((i) => i.title),
    ]);

  test("one closed phrase line between paragraphs", () => {
    expect(lines(page("居民收入稳定增长，物价指数持续平稳。"))).not.toContain(
      "居民收入稳定增长，物价指数持续平稳",
    );
  });

  test.each([
    [["居民收入增长9.8%，物价上涨2.5%。", "牛奶产量增长14.4%，肉类产量下降8.6%。"]],
    [["前三季度，全区经济稳中向好。", "总体来看，全区经济运行平稳。"]],
    [["同时，物价指数持续平稳。", "此外，产品产量基本稳定。"]],
  ])("%j", (subheads) => {
    const found = lines(page(...subheads));
    for (const s of subheads) expect(found).not.toContain(s.slice(0, -1));
  });

  test("closed phrase lines with no running text under them", () => {
    const text = [
      ...HEAD,
      LEDE,
      "",
      "居民收入稳定增长，物价指数持续平稳。",
      "农业生产形势良好，产品产量基本稳定。",
    ].join("\n");
    expect(lines(text)).not.toContain("农业生产形势良好，产品产量基本稳定");
  });
});
