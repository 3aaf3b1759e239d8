import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A heading of words alone between blank lines, under a closed sentence, in a text a PDF's
 * extraction re-wrapped at the page's width (corpus/perturb.ts, `rewrap`): as wide as the page,
 * it reads as a wrapped line, and the blank line under it must not join it to the paragraph
 * under it. Lines that are no heading (a list's line under an open one, a word a page break
 * split) still join across the blank line.
 */
const HEAD = "山西省5月经济运行成绩单出炉\n\n2018-06-22 15:16:00来源:山西晚报\n\n";

describe("a heading between blank lines in a re-wrapped text", () => {
  test.each([
    [
      "keeps a spaced heading as wide as the page apart from the paragraph under it",
      // shanxi-economy-2018-05, re-wrapped at 40 half-cells.
      "点。其中,进口51.6亿元,增长60.7%,加快\n31.9个百分点;出口60.6亿元,增长11.4%。1-\n5月份,全省进出口总额519.6亿元,增长15.6%。\n\n  煤炭工业增速加快 非煤工业带动作用增强\n\n  省统计局公布的数据显示,5月份,全省规模\n以上工业增加值增长7.0%,增速较4月份加快\n两个百分点。",
      "煤炭工业增速加快非煤工业带动作用增强",
      true,
    ],
    [
      "keeps a heading that states a figure apart from the paragraph under it",
      // guizhou-counties-economy-2021q3, re-wrapped.
      "11.3%,位居前列;铜仁、黔南、六盘水分别增长 9.9%、\n9.8%、9.7%,排名居中;毕节、黔东南、贵阳分别增长\n7.6%、5.7%、4.8%,排名靠后。\n\n仁怀地区生产总值居首 南明、云岩超过 500 亿元\n\n分县域看,前三季度,88 个县(市、区、特区,以下简称\n县)同比增速较上半年均有所回落。",
      "仁怀地区生产总值居首南明、云岩超过500亿元",
      // (A lone heading between two paragraphs heads no part: the whole text has others.)
      false,
    ],
    [
      "keeps a traditional copy's heading as wide as the page apart",
      // national-12315-2020-q1-3-trad, re-wrapped and indented.
      "      前三季度,全國市場監管部門共受理投訴舉報\n      量同比增長三成,五線合一整合成效逐步顯現。\n\n      電商旅游投訴量大 廣告問題舉報最多\n\n      統計數據顯示,前三季度投訴舉報呈現出若\n      干特點。",
      "電商旅游投訴量大廣告問題舉報最多",
      true,
    ],
  ])("%s", (_, body, heading, titled) => {
    expect(repairExtractedText(body).split("\n")).toContain(heading);
    const titles = parseBulletinText(HEAD + body).bulletin.sections.map((s) => s.title);
    if (titled) expect(titles).toContain(heading);
  });

  test.each([
    [
      "joins a list's line under an open line (no closed sentence above) across the blank line",
      // panyu-zwfw-bulletin-2024: bullets, the second broken at its end.
      "  • 番禺区精细化管理促进中介市场公平竞争,实现成交金额增长超 5倍\n\n  • 番禺区在全市率先自建无人机平台并完成 17套无人机机巢部署,实现无人机 100%全区全\n\n  • 番禺区“百千万工程”信息平台数据总量跃升至 8.22亿条,形成基层治理动态数据底册",
      "番禺区在全市率先自建无人机平台并完成17套无人机机巢部署，实现无人机100%全区全",
    ],
    [
      "joins a word a page break split under a paragraph's second line across the blank line",
      "全县各级各部门坚持把督查工作摆在突出位置,统筹推进相关工作。\n\n强化统筹调度推动重点任务落地见效提升相\n关工作质量和督查工作水平不断提升相关工\n\n作;在督查中发现问题及时交办。",
      "强化统筹调度推动重点任务落地见效提升相关工作质量和督查工作水平不断提升相关工作；在督查中发现问题及时交办。",
    ],
  ])("%s", (_, body, joined) => {
    expect(
      repairExtractedText(body)
        .split("\n")
        .some((l) => l.includes(joined)),
    ).toBe(true);
  });
});
