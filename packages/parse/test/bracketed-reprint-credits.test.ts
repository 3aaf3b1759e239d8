import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reprint credit worded without a label and set in brackets on its own line (`（转载自某某网）`,
 * `(本文来源于某省统计局)`), over the page's foot or under the report: the name it credits is the
 * publisher, as the same credit without brackets names it (page-credits.test.ts). Written for the
 * rule (formerly held-out-41's transport copy from a port's news site); the cases are invented.
 */

const headline = "1—2月交通运输经济运行开局总体平稳";
const lede = "1—2月，完成交通固定资产投资3387亿元，同比增长11.7%。";
const note = "（以上综合统计数据源自某部综合规划司）";
const publisher = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a bracketed reprint credit", () => {
  test.each([
    ["(轉載自中國某某網)", "中國某某網"],
    ["（转载自某某港口网）", "某某港口网"],
    ["（本文来源于某省统计局）", "某省统计局"],
    ["(转自某某日报)", "某某日报"],
    ["（摘自：某某网）", "某某网"],
    // Two outlets parted by `、`: the first.
    ["(来源于:某某网、某某网客户端)", "某某网"],
  ])("`%s` closing the report names %s", (credit, name) => {
    expect(publisher([headline, lede, note, credit].join("\n"))).toBe(name);
  });

  test("a credit over the report names it as well", () => {
    expect(publisher([headline, "（转载自某某港口网）", lede].join("\n"))).toBe("某某港口网");
  });
});

describe("bracketed lines that are no credit (near-misses)", () => {
  test.each([
    // A note on where the figures came from: no credit of the page.
    [[headline, lede, note]],
    // A bracketed clause of the text.
    [[headline, lede, "（来自基层的声音）"]],
    // A credit whose bracket closes a sentence, not the line.
    [[headline, lede, "（转载自某某网）全省各地持续推进交通投资。"]],
  ])("%j names no publisher", (lines) => {
    expect(publisher(lines.join("\n"))).toBeUndefined();
  });
});
