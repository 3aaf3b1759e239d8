import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A statistical bulletin copied with its first paragraphs flattened onto one line, the first
 * section's heading run in after a sentence's end and a space (`…迈出坚实步伐。 一、综 合 初步核算，…`),
 * while the next section's heading opens a line of its own (`二、农业`): the run-in heading is a
 * section, and a two-character heading printed letter-spaced (`综 合`, `工 业`) is one heading. A
 * run-in `一、` that no later line's `二、` goes on from stays in its paragraph. Every text here is
 * written for the test.
 */

const sectionsOf = (runIn: string, second = "二、农业") =>
  parseBulletinText(
    [
      "2023年某县国民经济和社会发展统计公报",
      `2023年，某县坚持稳中求进，全县经济运行平稳发展，社会大局和谐稳定，建设现代化美好某县迈出坚实步伐。 ${runIn} 初步核算，2023年全县地区生产总值319.73亿元，比上年增长8.0%。 年末全县户籍总人口46.46万人。`,
      "根据人口变动抽样调查推算，年末全县常住人口40.8万人，比上年末增加0.3万人。",
      second,
      "全年粮食播种面积8884公顷，比上年增长0.1%。",
    ].join("\n"),
  ).bulletin.sections.map((s) => s.title);

describe("a first section's heading run in to a flattened paragraph", () => {
  test.each([
    ["a letter-spaced heading", "一、综 合", "综合"],
    ["a heading printed whole", "一、综合", "综合"],
    ["a traditional letter-spaced heading", "一、綜 合", "綜合"],
    ["a longer heading", "一、综合经济", "综合经济"],
  ])("%s: `%s` is a section", (_, runIn, title) => {
    expect(sectionsOf(runIn)).toContain(title);
    expect(sectionsOf(runIn)).toContain("农业");
  });

  test.each([
    ["no second section on a line of its own", "一、综 合", "农业生产稳定"],
    ["a second section of another number", "一、综 合", "三、农业"],
  ])("%s: the run-in marker stays in its paragraph", (_, runIn, second) => {
    expect(sectionsOf(runIn, second)).not.toContain("综合");
  });
});
