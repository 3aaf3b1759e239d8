import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report's title over its subtitle over the issuer and the date (`某县2023年3月经济运行情况解读` /
 * `2023年一季度某县经济运行情况` / `某县统计局` / `（2023年4月25日）`), each line eight characters or
 * more ending as a report's title does (`…情况`, `…分析`, `…解读`): the first is the title, not the
 * two joined as a name broken over two lines. A masthead's name broken over lines (`某县社会工作` /
 * `（12345热线专报）`) and a title broken before its last words are still joined. Every text here is
 * written for the test.
 */

const report = (head: string) =>
  `${head}\n\n某县统计局\n\n(2023年4月25日)\n\n今年以来，全县经济实现良好开局。\n\n一、农业经济总体稳定\n\n一季度，蔬菜产量43.7万吨，同比增长2.3%。`;
const title = (head: string) => parseBulletinText(report(head)).bulletin.publication.title;

describe("a report's title over its subtitle", () => {
  test.each([
    [
      "a 解读 over a 情况",
      "某县2023年3月经济运行情况解读\n\n2023年一季度某县经济运行情况",
      "某县2023年3月经济运行情况解读",
    ],
    [
      "an 分析 over a 情况",
      "某市2024年上半年经济形势分析\n\n2024年1-6月某市主要经济指标完成情况",
      "某市2024年上半年经济形势分析",
    ],
    [
      "traditional",
      "某縣2023年3月經濟運行情況解讀\n\n2023年一季度某縣經濟運行情況",
      "某縣2023年3月經濟運行情況解讀",
    ],
  ])("%s: the first line is the title", (_, head, first) => {
    expect(title(head)).toBe(first);
  });

  test.each([
    [
      "a masthead's name broken over lines",
      "某县社会工作\n（12345热线专报）",
      "某县社会工作（12345热线专报）",
    ],
    [
      "a title broken before its last words",
      "关于2023年一季度某县经济运行\n情况的通报",
      "关于2023年一季度某县经济运行情况的通报",
    ],
  ])("%s is still joined", (_, head, joined) => {
    expect(title(head)).toBe(joined);
  });
});
