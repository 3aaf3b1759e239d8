import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 督查 report's numbered parts, each naming a class of tasks and counting it in its first sentence,
 * then the text: `一、已经完成或基本完成的指标任务，共计19项。主要是…`, `三、完成有一定困难，但通过努力年底前能够
 * 完成的有2项。分别为…`. The first sentence (two or three clauses, no digit before the count, a whole
 * number of 项, 个, 件, 条, 家 or 类 closing it) is the section's heading, as `四、指标项目出现调整的有3项。`
 * (one clause) already was. A numbered paragraph that reports figures stays one, named by its marker:
 * a figure in its first clause (`目前全镇共有脱贫户771户，…`, `完成政府采购652项，…`), no count closing it
 * (`…增长5.2%`), or the sentence alone on its line. Written for a city 督查 quarter report (formerly
 * held-out); every text here is invented.
 */

const MASTHEAD = "督查通报\n2024年第3期\n某市政府督查室\n2024年10月9日\n";
const sections = (body: string) =>
  parseBulletinText(`${MASTHEAD}${body}`).bulletin.sections.map((s) => s.title);

describe("a counted class of tasks heads its part", () => {
  test.each([
    [
      "two clauses, a total",
      "一、已经完成的指标任务，共计19项。主要是城市内河治理工程等。",
      "已经完成的指标任务",
    ],
    [
      "three clauses, a total",
      "二、目前进展良好，年底前能确保完成的任务，共计98项。绝大部分任务属于这种情况。",
      "目前进展良好，年底前能确保完成的任务",
    ],
    [
      "a clause of its own before the count",
      "三、完成有一定困难，但通过努力能够完成的有2项。分别为交通梗阻治理等。",
      "完成有一定困难，但通过努力能够完成的有2项",
    ],
  ])("(%s)", (_, line, title) => {
    expect(sections(line)).toContain(title);
  });

  test("a total stays a figure of the part's text", () => {
    const { bulletin } = parseBulletinText(
      `${MASTHEAD}一、已经完成的指标任务，共计19项。主要是城市内河治理工程等。`,
    );
    expect(bulletin.metrics.some((m) => m.value === 19 && m.unit === "项")).toBe(true);
  });
});

describe("numbered paragraphs that report figures (near-misses)", () => {
  test.each([
    [
      "a figure in the first clause",
      "一、目前全镇共有脱贫户771户，监测对象112户。通过帮扶，收入稳步增长。",
    ],
    ["no count closing it", "一、全市经济运行平稳，地区生产总值增长5.2%。全年工业稳中有进。"],
    ["the sentence alone", "一、已经完成的指标任务，共计19项。"],
  ])("(%s)", (_, line) => {
    expect(sections(line)).toContain("一、");
  });
});
