import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report's opening paragraph led by its year and a comma whose first sentence is narrative (no
 * number: `2023年，某委以…为指导，…取得新进展新成效。`) and whose next sentence gives counts with
 * their units (`46项市级绩效任务全部完成，…`): the report covers that year. A narrative lead whose
 * next sentence gives no count, or dates its own span (`9月，…`), and a year without its comma
 * give none (under a lead-in line: a text's first line led by its year states it by another rule).
 * Invented variants.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a narrative year's lead over a sentence of counts", () => {
  test.each([
    [
      "a commission's performance review",
      "根据市政府办公厅通知要求，我们逐项梳理了年度任务完成情况。\n一、总体情况\n2023年，市卫生健康委坚持以人民为中心，认真落实各项决策部署，卫生健康工作取得新进展新成效。46项市级绩效任务全部完成，215件建议提案全部办结。",
    ],
    [
      "a court's work report under a meeting's news",
      "1月8日，某区人民代表大会第五次会议闭幕，会议通过了区人民法院工作报告。\n2024年，在区委的坚强领导下，区法院忠实履行宪法法律赋予的职责，各项工作取得新成效。全年受理各类案件1.2万件，审结1.1万件。",
    ],
    [
      "a federation's report in a news copy",
      "2月26日，某区妇联执委会议召开，会议听取了工作报告。\n2018年，全区各级妇联主动融入工作大局，有力助推脱贫攻坚。以奖代补150万元资金扶持18家合作社，培训贫困妇女1600余名。",
    ],
  ])("%s", (_, text) => {
    const year = Number(/(\d{4})年，/.exec(text)?.[1]);
    expect(periodOf(text)).toEqual({ kind: "year", year });
  });
});

describe("narrative leads that state no year (near-misses)", () => {
  test.each([
    [
      "the next sentence gives no count",
      "现将有关工作情况汇报如下。\n2020年，某市坚持以人民为中心，全面落实“放管服”改革决策部署，进一步优化了营商环境。坚持市级统筹，注重示范引领，持续推进改革攻坚。",
    ],
    [
      "the next sentence dates its own month",
      "现将有关工作情况汇报如下。\n2021年，某县坚持稳中求进，经济运行总体平稳。9月份全县规模以上工业增加值增长6%，完成投资3.2亿元。",
    ],
    [
      "no comma after the year",
      "现将有关工作情况汇报如下。\n2022年某镇坚持党建引领，各项工作有序推进。全镇新建道路12公里，改造危房36户。",
    ],
  ])("%s", (_, text) => {
    expect(periodOf(text)?.kind === "year").toBe(false);
  });
});
