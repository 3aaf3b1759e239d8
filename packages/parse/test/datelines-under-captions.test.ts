import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose report's dateline stands under the lines the page printed over it — at least one
 * sub-headline or page line that closes no sentence, and photos' captions of one clause, apart or
 * run together by the repair — names the outlet as the publisher when the dateline is dated or its
 * reporter's credit follows it. Near-misses: a dateline under a sentence of clauses (a paragraph of
 * the report's own, or a caption no surer than one: `photo-caption-over-datelines` pins it), under
 * sentences alone (`dateline-under-short-line`), a dateline crediting a second outlet's report, an
 * undated dateline with no credit, a body's dateline whose reporter's credit names an outlet
 * (`deck-joined-datelines`). Every text here is written for the test.
 */

const publisher = (text: string): string | undefined =>
  parseBulletinText(text).bulletin.publication.publisher?.name;

const REPORT =
  "前三季度，全区地区生产总值实现1245.4亿元、增长10.6%，两年平均增长6.6%；规上工业增加值增长12.1%。";

describe("a dateline under captions and sub-headlines names its outlet", () => {
  test.each([
    [
      "前三季度GDP增速10.6%，居中心城区第2位\n坚定信心冲刺四季度\n某区委常委会召开会议。\n王某发言。\n江北报讯(记者 肖某 王某某 摄影报道)10月27日，区委常委会召开会议。",
      "江北报",
    ],
    [
      "某市一季度经济数据发布\n稳中求进 开局良好\n发布会现场。\n王某主持会议。\n东海晨报讯（通讯员 李某）今日，某市统计局一季度新闻发布会举行。",
      "东海晨报",
    ],
    [
      "台“研考会”民调：78%民众满意服务质量\n\n海峡之声网6月3日讯：据台湾媒体报道，台“研考会”昨天发布民调结果。",
      "海峡之声网",
    ],
  ])("`%s` names %s", (opening, name) => {
    expect(publisher(`${opening}\n${REPORT}`)).toBe(name);
  });
});

describe("datelines that name no publisher this way (near-misses)", () => {
  test.each([
    // Under a paragraph of the report's own: another report's dateline.
    `某区经济运行情况\n${REPORT}前三季度，全区社会消费品零售总额增长8.2%，固定资产投资增长9.1%。\n江北报讯(记者 肖某)10月27日，区委常委会召开会议。`,
    // Under a sentence of clauses, short as it is.
    "10月20日，某省统计局召开新闻通报会，通报前三季度经济运行情况。\n潇湘网10月20日讯(记者 刘某 张某某)一季度，同比下降1.9%。",
    "4月25日，某市人社局召开一季度新闻发布会。\n\n(资料图片仅供参考)\n\n东海晨报讯（通讯员 李某）今日，某市人社局一季度新闻发布会举行。",
    // Under sentences alone, no sub-headline among them.
    "他说这件事情他从来没有想过。\n会议现场。\n江北报讯(记者 肖某)10月27日，区委常委会召开会议。",
    // Sentences run on into words that close none: no page's line.
    "某区经济运行情况\n图为某区一处工地。工程已完工六成。请勿在工地航拍摄\n江北报讯(记者 肖某)10月27日，区委常委会召开会议。",
    // Undated, no reporter's credit.
    "某乡圆满落下烤烟收购工作帷幕\n会议现场。\n山水黔南讯 自烤烟收购工作开始以来，某乡科学规划。",
  ])("`%s` names none", (opening) => {
    expect(publisher(`${opening}\n${REPORT}`)).toBeUndefined();
  });

  test("a dateline crediting a second outlet's report does not name its own outlet", () => {
    const opening =
      "(资料图片仅供参考)\n某中心发布第二季度分析报告\n为消费者挽回经济损失533.8万元\n陇原网8月1日讯据金城晚报报道 7月31日，某中心发布分析报告。";
    expect(publisher(`${opening}\n${REPORT}`)).not.toBe("陇原网");
  });

  test("a body's dateline does not name the outlet its reporter's credit names", () => {
    const opening =
      "某市财政收入实现一季度开门红\n所有县区财政收入全面实现增收\n会议现场。\n某市财政局4月25日讯(某某晚报记者 蔡某)今年以来，全市财政收入增长12.6%。";
    expect(publisher(`${opening}\n${REPORT}`)).toBeUndefined();
  });
});
