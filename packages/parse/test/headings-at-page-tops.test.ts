import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A heading at the top of a PDF's page, under a line that stops without closing a sentence (a
 * chart's caption, `图2 …同比变化`) at the foot of the page before: the page break stands where a
 * blank line did, and the heading starts a part of its own, as it does after a blank line; it is
 * not the rest of the caption. A paragraph a page break parts still reads on (a page's full line,
 * or its last line closing the sentence, at the next page's top). Found by the `pdf-pages`
 * perturbation (corpus/perturb.ts) once the empty line a form feed alone on its line leaves was no
 * blank line any more.
 */

const sectionTitles = (text: string): (string | undefined)[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

/** A paragraph as a PDF's page width broke it (inside numbers too), a chart's caption under it. */
const PAGE = [
  "      8月，全国339个地级及以上城市平均空气质量优良天数比例为93.2%，同比上升1.",
  "5个百分点；PM2.5平均浓度为16微克/立方米，同比下降5.9%；PM10平均浓度为31微克/",
  "同比下降7.5%；O3平均浓度为145微克/立方米，同比上升3.6%；SO2平均浓度为8微克/立",
  "方米，同比下降11.1%；NO2平均浓度为19微克/立方米，同比下降13.6%；CO平均浓度为1.",
  "1毫克/立方米，同比持平。",
  "      图2  2022年1—8月全国339个地级及以上城市六项指标浓度及同比变化",
];
const NEXT = [
  "",
  "      8月，京津冀及周边地区城市平均优良天数比例为85.0%，同比上升15.1个百分点；PM2.5浓度为23微克/立方米，同比下降14.8%；O3平均浓度为164微克/立方米。",
];

const FEET = [
  ["`— 1 —` and a form feed alone", ["— 1 —", "\f"]],
  ["`- 1 -` and a form feed", ["- 1 -", "\f"]],
  ["a margin, `第 1 页` and a form feed", ["", "第 1 页", "\f"]],
  ["a form feed opening the heading's line", ["— 1 —", "\f      重点区域"]],
] as const;

describe("a heading at the top of a page under a line left open", () => {
  test.each(FEET)("parseBulletinText: under a chart's caption, %s between", (_, foot) => {
    const heading = foot[foot.length - 1]?.includes("重点区域") === true ? [] : ["      重点区域"];
    const text = [...PAGE, ...foot, ...heading, ...NEXT].join("\n");
    expect(sectionTitles(text)).toEqual(["正文", "重点区域"]);
  });

  test("parseBulletinText: a blank line where the page break stood reads the same", () => {
    const text = [...PAGE, "", "      重点区域", ...NEXT].join("\n");
    expect(sectionTitles(text)).toEqual(["正文", "重点区域"]);
  });
});

describe("a paragraph a page break parts reads on (counter-cases)", () => {
  test.each(FEET.slice(0, 3))(
    "repairExtractedText: a paragraph's last line at the next page's top, %s between, goes on it",
    (_, foot) => {
      const lines = [
        "一、总体情况",
        "本月全市政务服务中心共受理各类办件45.6万件，同比增长12.3%，办结率",
        "99.8%。",
      ];
      const parted = [...lines.slice(0, 2), ...foot, ...lines.slice(2)].join("\n");
      expect(repairExtractedText(parted)).toBe(repairExtractedText(lines.join("\n")));
    },
  );

  test.each(FEET.slice(0, 3))(
    "repairExtractedText: a page's full line at the next page's top, %s between, goes on the line above",
    (_, foot) => {
      const lines = [
        "一、总体情况",
        "本月全市政务服务中心共受理各类办件45.6万件，同比增长12.3%，办",
        "结率99.8%，群众满意率99.9%，各项指标稳中有升，窗口服务规范化水",
        "平明显提升。",
      ];
      const parted = [...lines.slice(0, 2), ...foot, ...lines.slice(2)].join("\n");
      expect(repairExtractedText(parted)).toBe(repairExtractedText(lines.join("\n")));
    },
  );

  test.each(FEET.slice(0, 3))(
    "parseBulletinText: the rest of a figure and a list at the next page's top, %s between, goes on the line above",
    (_, foot) => {
      const lines = [
        "一、民生工程督查",
        // A paragraph the page did not break: the text's longest line.
        "今年以来，督查室围绕区委区政府重要决策和重大工作部署，紧扣民生工程、重点项目和财税收入三个方面开展督查，推动全区各项工作落到实处，共编发督查通报62期。",
        "截止11月30日，已完成民生工程40项，预计12月31日前能够全部顺利完成；已经",
        "开工建设12.57万平方米农民新居工程、3.2万平方米拆迁安置房工程，已经竣工11.16万",
        "平方米农民新居、60.21万平方米拆迁安置房",
        "工程，4536名被拆迁农民喜迁新居。",
      ];
      const parted = [...lines.slice(0, 4), ...foot, ...lines.slice(4)].join("\n");
      const metrics = parseBulletinText(parted).bulletin.metrics;
      expect(metrics.map((m) => [m.value, m.unit])).toContainEqual([111600, "平方米"]);
    },
  );

  test.each(FEET.slice(0, 3))(
    "repairExtractedText: words alone at the next page's top under a line that fills the page, %s between, go on it",
    (_, foot) => {
      const lines = [
        "二、各单位办理情况",
        "本月全市共有成员单位126家，其中无应办结工单的单位有6家，",
        "本月连云港铁塔78.04分，人行连云港中心支行84分，市住建局",
        "85.3分排名靠后。连云港铁塔7件工单中1件超时签收，6件应办",
        "结工单中1件工单超时办结，导致未能及时回复群众，影响了及",
        "时签收",
      ];
      const parted = [...lines.slice(0, 5), ...foot, ...lines.slice(5)].join("\n");
      expect(repairExtractedText(parted)).toBe(repairExtractedText(lines.join("\n")));
    },
  );
});
