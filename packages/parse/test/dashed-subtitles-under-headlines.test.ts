import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A web page's head that prints the headline, then its subtitle after a dash on the next line
 * (`以市民诉求驱动社会治理进阶` / `——某省12345热线调研报告`), over the page's metadata line: the headline
 * is the title, though the subtitle is the longer line. A dashed line under a heading that is a
 * body's or a site's name (`某某日报`) is no subtitle of a headline; a dashed phrase of clauses
 * (`——全市规模以上工业增加值同比增长6.2%，增速比上半年加快`) keeps its reading as the title
 * (subheadlines-under-headlines.test.ts, lead-summary-lines.test.ts). The headline may state a figure
 * (`某省森林覆盖率提高到45.2%`). Written for the rule (formerly held-out-36's newspaper page of a hotline
 * survey, held-out-45's forestry report); the texts are invented.
 */

const META = "来源：某某新闻网 2026-01-13 04:00:53";
const LEDE =
  "党的二十届四中全会提出，强化市民热线等公共服务平台功能。我省12345热线启用于2018年，开设接听座席1680个。";
const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a dashed subtitle under a page's headline", () => {
  test.each([
    ["以市民诉求驱动社会治理进阶", "——某省12345热线调研报告"],
    ["让每一个诉求都有回音", "——来自某市12345政务服务便民热线的调查"],
    ["以市民訴求驅動社會治理進階", "——某省12345熱線調研報告"],
    ["以市民诉求驱动社会治理进阶", "—— 某省12345热线调研报告"],
    ["某省森林覆盖率提高到45.2%", "——5年来完成林草生态修复近1070万亩"],
    ["某省森林覆蓋率提高到45.2%", "——5年來完成林草生態修復近1070萬畝"],
  ])("parseBulletinText: `%s` over `%s` is the title", (headline, subtitle) => {
    expect(titleOf(`当前位置：某某新闻网 > 理论\n${headline}\n${subtitle}\n${META}\n${LEDE}`)).toBe(
      headline,
    );
  });

  test("parseBulletinText: an outlet's name over a dashed line is no headline (counter-case)", () => {
    expect(titleOf(`某某日报\n——某省12345热线调研报告\n${META}\n${LEDE}`)).not.toBe("某某日报");
  });
});
