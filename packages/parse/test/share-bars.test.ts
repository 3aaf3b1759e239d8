import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's share bar under its date and source line, one link a line (`关注新华网` / `微博` /
 * `Qzone` / `评论` / `图集`; tuning batch s9c): the page's, not headings of the report, so the
 * report's first paragraph is its opening part with its figures. Examples written for the rule.
 */

const HEAD = "某部：1至8月全国事故总量保持下降\n2018-09-07 17:23:58 来源：某某网";
const BODY =
  "据介绍，1至8月份全国各类事故起数和死亡人数同比分别下降8.9%和9.4%，其中较大事故起数和死亡人数同比分别下降11.8%和10.7%。";

describe("a news page's share bar", () => {
  test.each([
    { bar: ["关注某某网", "微博", "Qzone", "评论", "图集"] },
    { bar: ["關注某某網", "微博", "Qzone", "評論", "圖集"] },
    { bar: ["分享到：", "微信", "QQ空间"] },
    { bar: ["微博 微信 QQ空间"] },
  ])("parseBulletinText: `$bar` is dropped, and the report's figures are read", ({ bar }) => {
    const { bulletin, warnings } = parseBulletinText(`${HEAD}\n${bar.join("\n")}\n\n${BODY}`);
    expect(bulletin.sections.map((s) => s.title)).toEqual(["正文"]);
    expect(bulletin.metrics.map((m) => m.value)).toEqual([8.9, 9.4, 11.8, 10.7]);
    const dropped = warnings.filter((w) => w.code === "web-line-dropped");
    expect(dropped.length).toBeGreaterThanOrEqual(bar.length);
  });

  test.each([{ line: "网民评论" }, { line: "微博微信运营情况" }, { line: "关注民生实事" }])(
    "parseBulletinText: `$line` over the report is no share link",
    ({ line }) => {
      const { warnings } = parseBulletinText(`${HEAD}\n${line}\n\n${BODY}`);
      expect(
        warnings.filter((w) => w.code === "web-line-dropped").map((w) => w.message),
      ).not.toContainEqual(expect.stringContaining(line));
    },
  );

  test("parseBulletinText: `评论` after the report's first sentence is the text's", () => {
    const { warnings } = parseBulletinText(`${HEAD}\n\n${BODY}\n评论\n${BODY}`);
    expect(warnings.filter((w) => w.code === "web-line-dropped").length).toBe(1);
  });
});
