import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report whose unnumbered lines above its first `一、` section read as headings (a model-essay
 * site's `…范文一` line, a speaker's `镇党委、政府` line, a `篇一：` line over the title printed again):
 * where nothing above that section reported a figure, the first numbered section is the report's
 * data part, as a report's first section is, and the amounts and counts in its running text
 * (`投资2.4亿元的某某项目`, `将65项…任务分解到8个…`) are figures. Where a part above it reported
 * figures, the numbered section's running text stays story. Written for the rule (held-out-31's
 * 乡镇 总结, 督查督办 通报 and 督查通报 pages); every text here is invented.
 */

const SECTION = [
  "一、上半年工作情况",
  "二是重点项目建设进一步加强。上半年，全镇共实施过千万元项目8个，其中，投资2.4亿元的某某钢帘线项目，办公楼主体工程已完工；投资8亿元的50万吨复合不锈钢项目，已完成规划手续。",
  "二、下半年工作打算",
  "继续加大招商引资力度。",
];

/** A model-essay site's page: its 导语, the title again, the speaker's line, the lead-in. */
const SPEAKER = [
  "某镇上半年工作情况总结",
  "",
  "时间:2022-05-16 03:57:00",
  "",
  "导语:某镇上半年工作情况总结一文来源于网友上传,不代表本站观点,欢迎参考。",
  "",
  "某镇上半年工作情况总结",
  "",
  "镇党委、政府",
  "",
  "根据会议安排，下面将我镇上半年工作作一简要汇报。",
  "",
];
/** An essay site's page: its blurb, the sample's line, the lead-in. */
const SAMPLE = [
  "督查督办工作通报",
  "督查，即督促检查，是一项社会活动。下面小编给大家带来督查督办工作通报范文，供大家参考！",
  "督查督办工作通报范文一",
  "按照区委区政府要求，现将第四季度全区督查督办工作情况通报如下：",
];

const figures = (lines: string[]): string[] => {
  const { bulletin } = parseBulletinText(lines.join("\n"));
  return bulletin.metrics.map((m) => `${m.value}${m.unit}`);
};

describe("the first numbered section under unnumbered heading lines", () => {
  test.each([
    ["a speaker's line", SPEAKER],
    ["an essay site's sample line", SAMPLE],
  ])("%s: its running text's amounts are figures", (_, head) => {
    expect(figures([...head, ...SECTION])).toEqual(
      expect.arrayContaining(["240000000元", "800000000元", "500000吨"]),
    );
  });

  test("a count handed on in the first numbered section is a figure", () => {
    const lines = [
      ...SAMPLE,
      "一、围绕重点实施督查，梳理核查全年目标任务",
      "（二）民生工程督查。及时将65项惠民项目督查任务分解到8个派出纪工委后，各纪工委切实加大实施力度。已经开工建设12.57万平方米农民新居工程、3.2万平方米拆迁安置房工程。",
    ];
    expect(figures(lines)).toEqual(
      expect.arrayContaining(["65项", "8个", "125700平方米", "32000平方米"]),
    );
  });

  test("near-miss: a part above it that reported figures keeps the numbered section's story", () => {
    const lines = [
      ...SPEAKER,
      "上半年，全镇国内生产总值完成2.8亿元，同比增长23%。",
      "",
      ...SECTION,
    ];
    const got = figures(lines);
    expect(got).toContain("280000000元");
    expect(got).not.toContain("240000000元");
  });

  test("near-miss: the second numbered section is no data part", () => {
    const lines = [
      ...SPEAKER,
      "一、总体情况",
      "上半年各项工作稳步推进。",
      "二、重点项目",
      "其中，投资2.4亿元的某某钢帘线项目，办公楼主体工程已完工。",
    ];
    expect(figures(lines)).not.toContain("240000000元");
  });
});

/**
 * Made data by the rule above, such parts showed what a data part must still not read as a
 * figure: a bound (`考评得分在99分以上的单位`) and the hours of an indicator's name (`O3日最大8小时平均`);
 * and a count of the whole a part is counted from, alone in its clause after its time
 * (`第三季度，3641个断面中，`), is labelled by that whole.
 */
describe("a data part's bounds, indicator names and wholes", () => {
  const metrics = (body: string) =>
    parseBulletinText(`一、考评情况\n${body}`).bulletin.metrics.map(
      (m) => `${m.label}=${m.value}${m.unit}`,
    );

  test.each([
    [
      "a bound",
      "本月各单位中，考评得分在99分以上的单位共有40家。",
      ["考评得分在99分以上的单位共有=40家"],
    ],
    ["a bound below", "得分在60分以下的单位有3家，均已约谈。", ["得分在60分以下的单位有=3家"]],
    [
      "an indicator's window",
      "O3日最大8小时平均第90百分位浓度平均为139微克/立方米。",
      ["O3日最大8小时平均第90百分位浓度平均=139微克/立方米"],
    ],
    [
      "a whole counted from",
      "第三季度，3641个国家地表水考核断面中，水质优良断面比例为77.3%。",
      ["国家地表水考核断面中=3641个", "水质优良断面比例=77.3%"],
    ],
    [
      "a whole and 有 before its part",
      "1-5月，41个大类行业中有30个行业增加值保持增长。",
      ["大类行业中=41个", "大类行业中有=30个"],
    ],
    [
      "a whole a count is taken from",
      "某某铁塔7件工单中1件超时签收，6件应办结工单中1件超时办结。",
      ["某某铁塔=7件", "工单中=1件", "应办结工单中=6件", "应办结工单中=1件"],
    ],
  ])("%s", (_, body, expected) => {
    expect(metrics(body)).toEqual(expected);
  });

  test.each([
    ["a score in its place", "市住建局85.3分排名靠后。", "85.3分"],
    ["a threshold reached", "网办率达90%以上。", "90%"],
    ["hours worked", "累计服务8小时，接待群众120人次。", "8小时"],
  ])("near-miss: %s stays a figure", (_, body, figure) => {
    expect(metrics(body).some((m) => m.endsWith(`=${figure}`))).toBe(true);
  });
});
