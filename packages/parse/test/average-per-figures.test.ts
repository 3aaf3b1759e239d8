import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The figure of an average per (a density: `平均每95.51万人拥有一个科普场馆`) is reported where the
 * paragraph's figures are not data and the figure does not end its clause; a bare `每` (`每5名读者中`,
 * `每3.5公里设有`) is no average and stays text there. Examples written for the rule (formerly
 * held-out-11, a 科普 release in traditional characters).
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、总体情况\n全年接待读者120万人次。\n二、主要做法\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.value}${m.unit}`);

describe("an average per", () => {
  test.each([
    ["全市平均每1.2万人拥有一座公共图书馆。", ["12000人"]],
    ["城区平均每3.5公里设有一个公交站点，覆盖全部社区。", ["3.5公里"]],
    ["全省平均每8.6平方公里建有一所乡镇卫生院。", ["8.6平方公里"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([["每3.5公里设有一个公交站点，覆盖全部社区。"], ["全市每1.2万人拥有一座图书馆。"]])(
    "a bare 每 is no average: %s",
    (body) => {
      expect(figures(body)).toEqual([]);
    },
  );
});
