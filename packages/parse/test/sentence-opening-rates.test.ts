import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A growth rate opening its sentence after the words of its change alone, as what the sentence is
 * about (`。同比增长44.9%的基础设施投资中，…`, `；下降3.2%的行业有…`): a figure the text reports, as a
 * share opening its sentence is (`89.4%的政务大厅…`), labelled by what it is the rate of and its
 * change. A rate inside a clause (`全省同比增长5%的企业…`), a target (`。同比增长5%的目标已提前实现`)
 * and a rate that closes its clause keep their reading. Every text here is written for the test.
 */

/** The sentence in a section of measures, not the first section of figures (where any figure is data). */
const report = (sentence: string) =>
  `某省经济运行情况\n一、总体情况\n全省地区生产总值5000亿元。\n二、主要做法\n（一）扩大有效投资\n各地持续推进项目建设。${sentence}`;

const metricsOf = (text: string) => parseBulletinText(text).bulletin.metrics;
const values = (text: string) => metricsOf(text).map((m) => m.value);

describe("a growth rate opening its sentence after its change's words", () => {
  test.each([
    ["after 。, 同比增长", "同比增长44.9%的基础设施投资中，水利管理业投资增长较快。", 44.9],
    ["after ；, 下降", "全省投资稳中有进；下降3.2%的行业主要是采矿业。", 3.2],
    ["after 。, 增长, spaced", "全省投资稳中有进。  增长12.5%的高技术产业投资带动明显。", 12.5],
    ["after 。, 环比提高", "环比提高2.1%的民间投资中，制造业占比较高。", 2.1],
  ])("%s: the rate is reported", (_, sentence, value) => {
    expect(values(report(sentence))).toContain(value);
  });

  test("at a paragraph's start: the rate is reported", () => {
    expect(values(`${report("")}\n同比增长8.6%的工业投资中，技术改造投资增长较快。`)).toContain(
      8.6,
    );
  });

  test("the rate is labelled by what it is the rate of, then its change", () => {
    const metric = metricsOf(
      report("同比增长44.9%的基础设施投资中，水利管理业投资增长较快。"),
    ).find((m) => m.value === 44.9);
    expect(metric?.label).toBe("基础设施投资中同比增长");
  });

  test("a rate after an earlier figure is not labelled by it", () => {
    const metric = metricsOf(
      report("建设项目投资增长19.3%。同比增长44.9%的基础设施投资中，水利管理业投资增长较快。"),
    ).find((m) => m.value === 44.9);
    expect(metric?.label).not.toContain("建设项目");
  });
});

describe("rates that keep their reading (near-misses)", () => {
  test.each([
    ["a rate inside a clause", "全省同比增长5%的企业达到120家。", 5],
    ["a target opening a sentence", "同比增长5%的目标已提前实现。", 5],
    ["a limit opening a sentence", "下降3%的控制线全年未突破。", 3],
    ["a rate after a subject, then 的", "其中投资增长6%的势头较好。", 6],
  ])("%s stays text", (_, sentence, value) => {
    expect(values(report(sentence))).not.toContain(value);
  });
});
