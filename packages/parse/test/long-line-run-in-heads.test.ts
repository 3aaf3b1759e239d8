import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `一、基本情况乡镇总面积96.25平方公里，其中…`: a report copied onto one line, a part's heading run
 * into its text, the first `。` far behind (a long sentence of figures). A heading a reader knows
 * without the `。` (a report's generic heading, a communiqué's standard one, a heading before the
 * year its text opens with) still heads the part on such a long line. Every text here is written
 * for the test.
 */

const TITLE = "某乡镇2017年脱贫攻坚工作整改情况报告\n";
const LEDE = "为认真贯彻落实上级精神，乡镇高度重视，现将整改情况报告如下：";
const LONG =
  "，其中耕地面积23.43平方公里，占总面积的24.32%，林地54.87平方公里，森林覆盖率达57%，辖6个行政村2个社区，36个村民小组，总人口2.58万人。";

const titles = (body: string): string[] =>
  parseBulletinText(`${TITLE}${LEDE}${body}`).bulletin.sections.map((s) => s.title);

describe("a known heading run into a long line's first sentence", () => {
  test.each([
    [
      `一、基本情况乡镇总面积96.25平方公里${LONG}二、整改工作安排情况1.抓信息核查。按要求核查。`,
      "基本情况",
    ],
    [
      `一、总体情况全镇总面积96.25平方公里${LONG}二、整改工作安排情况1.抓信息核查。按要求核查。`,
      "总体情况",
    ],
    [`一、综合全年实现地区生产总值96.25亿元${LONG}二、农业全年粮食总产量21.5万吨。`, "综合"],
    [
      `一、脱贫攻坚工作2017年，全镇总面积96.25平方公里${LONG}二、整改工作安排情况1.抓信息核查。`,
      "脱贫攻坚工作",
    ],
  ])("`%s` heads a part %j", (body, heading) => {
    expect(titles(body)).toContain(heading);
  });

  // Near misses: a sentence about the situation (`基本情况良好`), a longer heading (`基本情况分析`),
  // words that merely open with a communiqué's heading (`综合施策`), a year inside a sentence's
  // object (`认真落实2017年工作部署`), or a subject too short to head (`全镇2017年完成…`): no
  // heading of those words.
  test.each([
    [
      `一、基本情况良好，全镇总面积96.25平方公里${LONG}二、整改工作安排情况1.抓信息核查。`,
      "基本情况",
    ],
    [
      `一、综合施策全年推进各项工作，总面积96.25平方公里${LONG}二、整改工作安排情况1.抓信息核查。`,
      "综合",
    ],
    [
      `一、认真落实2017年工作部署，全镇总面积96.25平方公里${LONG}二、整改工作安排情况1.抓信息核查。`,
      "认真落实",
    ],
    [`一、全镇2017年完成总面积96.25平方公里${LONG}二、整改工作安排情况1.抓信息核查。`, "全镇"],
  ])("`%s` does not head a part %j", (body, heading) => {
    expect(titles(body)).not.toContain(heading);
  });
});
