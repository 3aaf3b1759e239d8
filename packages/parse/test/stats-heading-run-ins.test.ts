import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `一、综合全年实现地区生产总值…`, `二、农业全年全区…`, `三、工业按照…`: a statistical communiqué (统计公报)
 * copied onto one line, each part's standard heading (综合, 农业, 工业, 固定资产投资…: the parts every
 * such communiqué prints) run into its text, which opens with a clause of time or source (`全年`,
 * `年末`, `初步核算`, `按照`, `根据`, `据`, a year). The heading heads the part, the rest is its text.
 * Every text here is written for the test.
 */

const TITLE = "2023年某县国民经济和社会发展统计公报\n";
const LEDE = "2023年，全县坚持稳中求进工作总基调，经济运行总体平稳。";

const view = (body: string) => {
  const { bulletin } = parseBulletinText(`${TITLE}${LEDE}${body}`);
  return { titles: bulletin.sections.map((s) => s.title), text: JSON.stringify(bulletin.sections) };
};

describe("a communiqué's standard heading run into its part's text", () => {
  test.each([
    [
      "一、综合全年实现地区生产总值123.45亿元，比上年增长5.2%。二、农业全年粮食总产量21.5万吨，比上年增长1.2%。",
      ["综合", "农业"],
      "全年粮食总产量",
    ],
    [
      "一、综合按照全市生产总值统一核算结果，全县生产总值86.4亿元，增长4.8%。二、固定资产投资全年固定资产投资比上年增长6.3%。",
      ["综合", "固定资产投资"],
      "按照全市生产总值统一核算结果",
    ],
    [
      "一、人口年末全县户籍人口52.3万人，比上年减少0.4万人。二、工业和建筑业初步核算，全年工业增加值31.2亿元，增长7.1%。",
      ["人口", "工业和建筑业"],
      "年末全县户籍人口",
    ],
  ])("`%s` is headed %j", (body, headings, text) => {
    const { titles, text: kept } = view(body);
    for (const h of headings) expect(titles).toContain(h);
    expect(kept).toContain(text);
  });

  // Near-misses: words that merely open with a heading's word (`综合施策`, `农业农村`), or a heading
  // that is no communiqué's, keep the section named as before.
  test.each([
    [
      "一、综合施策全年推进各项工作，全县生产总值86.4亿元，比上年增长4.8%，增速高于全市平均水平。二、农业农村全年粮食总产量21.5万吨，比上年增长1.2%，产量创历史新高。",
      ["综合", "农业"],
    ],
    [
      "一、重点园区全年实现产值123.45亿元，比上年增长5.2%，较上年同期提高1.1个百分点。二、特色小镇全年接待游客21.5万人次，比上年增长1.2%，旅游收入增长3.1%。",
      ["重点园区", "特色小镇"],
    ],
  ])("`%s` is not headed %j", (body, wrong) => {
    const { titles } = view(body);
    for (const h of wrong) expect(titles).not.toContain(h);
  });
});

/**
 * `一、基本情况乡镇总面积96.25平方公里，…`: a report's generic heading (`基本情况`, `总体情况`) run into
 * the part's first sentence: the heading heads the part as a communiqué's does.
 */
describe("a generic heading run into its part's text", () => {
  test.each([
    [
      "现将整改情况报告如下：一、基本情况全镇总面积82.4平方公里，其中耕地面积21.3平方公里，森林覆盖率达52%，辖5个行政村。二、整改落实情况全镇对照问题清单逐项整改，已完成整改12项。",
      ["基本情况"],
      "全镇总面积",
    ],
  ])("`%s` is headed %j", (body, headings, text) => {
    const { bulletin } = parseBulletinText(`关于某镇问题整改情况的报告\n${body}`);
    const titles = bulletin.sections.map((s) => s.title);
    for (const h of headings) expect(titles).toContain(h);
    expect(JSON.stringify(bulletin.sections)).toContain(text);
  });

  test("`一、总体情况分析` (a longer heading) is not split", () => {
    const { bulletin } = parseBulletinText(
      "关于某镇问题整改情况的报告\n一、总体情况分析\n全镇对照问题清单逐项整改，已完成整改12项。\n二、存在问题\n个别村整改进度较慢。",
    );
    expect(bulletin.sections.map((s) => s.title)).toContain("总体情况分析");
  });

  test("`一、基本情况良好，…` (a sentence about it) is not split", () => {
    const { bulletin } = parseBulletinText(
      "关于某镇问题整改情况的报告\n现将整改情况报告如下：一、基本情况良好，全镇对照问题清单逐项整改，已完成整改12项，其余3项正在推进，预计年底前全部完成。二、存在问题仍需加强，个别村整改进度较慢。",
    );
    expect(bulletin.sections.map((s) => s.title)).not.toContain("基本情况");
  });
});
