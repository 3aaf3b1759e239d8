import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Cubic metres as water and drought reports shorten them, `立米` (`全市水库蓄水19.862亿立米`): a unit
 * of its own, kept as printed, beside `立方米` and `方`. Written for the rule (formerly held-out-35's
 * 赣州 drought report, whose reservoir volumes were lost); every sentence is invented.
 */

const figures = (sentence: string) =>
  parseBulletinText(`水情通报\n\n${sentence}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("a volume in 立米", () => {
  test.each([
    { sentence: "全市水库蓄水19.862亿立米，蓄满率为71%。", read: ["1986200000立米", "71%"] },
    {
      sentence: "其中大型水库蓄水量为10.046亿立米；中型水库蓄水量为6.523亿立米。",
      read: ["1004600000立米", "652300000立米"],
    },
    { sentence: "完成土方开挖1200立米，浇筑混凝土350立米。", read: ["1200立米", "350立米"] },
    { sentence: "较上日减少蓄水0.12亿立米。", read: ["12000000立米"] },
  ])("parseBulletinText: `$sentence` reads $read", ({ sentence, read }) => {
    expect(figures(sentence)).toEqual(read);
  });

  test("parseBulletinText: 立方米 stays 立方米 and 方 stays 方", () => {
    expect(figures("蓄水1.2亿立方米，另调水3000万方。")).toEqual(["120000000立方米", "30000000方"]);
  });

  test.each([
    // 立 after a number opening another word is no unit (`3年立项`), nor 立米 after no number.
    "每立米混凝土用水量下降，共检查12处。",
    "全市12处工地立即整改。",
  ])("parseBulletinText: `%s` holds no figure in 立米", (sentence) => {
    expect(figures(sentence).filter((f) => f.endsWith("立米"))).toEqual([]);
  });
});
