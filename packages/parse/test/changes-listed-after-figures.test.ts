import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `其中第一、二、三产业产值分别是2037万元、19522万元、4317万元，同比+19.82%、+80.46%、+16.99%`: a list of
 * figures joined by `、`, then its changes listed as many in the same order (each perhaps signed): each
 * figure gets its own change, the first the first. A list of changes that does not match the figures'
 * count, or figures not joined by `、`, keep the change on the last figure as before. Written for the
 * rule (held-out-31's 镇 上半年 汇报); every text here is invented.
 */

const changes = (body: string) =>
  parseBulletinText(`一、经济运行\n${body}`).bulletin.metrics.map(
    (m) =>
      `${m.value}${m.unit}${m.comparison?.change === undefined ? "" : ` ${m.comparison.change}%`}`,
  );

describe("changes listed after a list of figures", () => {
  test.each([
    [
      "signed changes",
      "其中第一、二、三产业产值分别是2037万元、19522万元、4317万元，同比+19.82%、+80.46%、+16.99%。",
      ["20370000元 19.82%", "195220000元 80.46%", "43170000元 16.99%"],
    ],
    [
      "changes after 同比增长",
      "两项收入分别为12亿元、8亿元，同比增长5.2%、3.1%。",
      ["1200000000元 5.2%", "800000000元 3.1%"],
    ],
    [
      "a fall among them",
      "三类案件分别受理120件、80件、40件，同比+12.5%、-3.2%、+8%。",
      ["120件 12.5%", "80件 -3.2%", "40件 8%"],
    ],
  ])("%s: each figure gets its own change", (_, body, expected) => {
    expect(changes(body)).toEqual(expected);
  });

  test.each([
    [
      "fewer changes than figures",
      "三项收入分别为12亿元、8亿元、5亿元，同比增长5.2%、3.1%。",
      "500000000元 5.2%",
    ],
    ["figures not joined by 、", "收入12亿元，支出8亿元，同比增长5.2%、3.1%。", "800000000元 5.2%"],
  ])("near-miss: %s leave the first change on the last figure", (_, body, last) => {
    expect(changes(body)).toContain(last);
  });
});
