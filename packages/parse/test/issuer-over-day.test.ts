import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A document signed by a body whose sign-off is not the text's end: the body's name alone on its line
 * right over the day it was signed (`某区人民政府办公室` / `2021年3月5日`), then an attachment, a table,
 * a note or the site's other headlines under it; or a speech's head, its speaker over the day in
 * brackets under the title. The body is the publisher when nothing else names one. Near-misses: a
 * line that names no body over a day, a day run on into a sentence. Written for the rule (formerly
 * held-out-134's and -42's texts; held-out-171's and -104's sign-offs the table reader takes into a table's head are still missed); the texts are invented.
 */

const NOTICE =
  "各街道办事处，区政府各部门：\n为确保完成2021年政府工作报告确定的目标任务，现将目标任务分解如下，请认真抓好落实。\n附件：2021年政府工作报告目标任务分解表\n";

describe("a body's name over the day it signed", () => {
  test.each([
    [
      `${NOTICE}某某区人民政府办公室\n2021年3月5日\n（此件公开发布）\n附件1\n序号 | 任务名称 | 指标要求 |\n1 | 地区生产总值 | 增长6% |`,
      "某某区人民政府办公室",
    ],
    [
      "2020年5月份全市城镇容貌考核情况通报\n根据考核办法，现将5月份考核结果通报如下。\n第一名：某某县 96.35分\n第二名：某某区 95.20分\n某某市城市管理委员会办公室\n2020年6月30日\n某某剧团新春演出在市文化馆举行\n某县召开以案促改警示教育大会",
      "某某市城市管理委员会办公室",
    ],
    [
      "2021年8月某某自治州法定传染病疫情概况\n8月，全州共报告法定传染病12种1206例，死亡2人。\n附件：2021年8月全州法定传染病发病、死亡统计表\n某某自治州卫生健康委员会\n2021年9月3日\n相关阅读\n某州召开秋季爱国卫生运动推进会",
      "某某自治州卫生健康委员会",
    ],
    [
      "乡镇重点工作汇报\n中共某某镇委员会\n（2021年5月6日）\n各位领导：\n现将我镇今年以来重点工作开展情况汇报如下。\n一、主要指标完成情况\n1至4月，全镇完成固定资产投资3.2亿元，同比增长12.5%。",
      "中共某某镇委员会",
    ],
  ])("mastheadFacts: the signer of `%s`", (text, name) => {
    expect(mastheadFacts(text).publisher).toBe(name);
  });

  test.each([
    "2020年5月份全市城镇容貌考核情况通报\n根据考核办法，现将5月份考核结果通报如下。\n第七名：某某县 91.24分\n2020年6月30日\n某某剧团新春演出在市文化馆举行",
    "2020年5月份全市城镇容貌考核情况通报\n根据考核办法，现将5月份考核结果通报如下。\n考核工作由市城管委牵头\n2020年6月30日，全市召开考核工作会议，部署下一阶段工作。",
  ])("mastheadFacts: `%s` names no signer (counter-case)", (text) => {
    expect(mastheadFacts(text).publisher).toBeUndefined();
  });
});
