import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report's title that opens with the body reporting, then the span reported on with its year,
 * then the kind of report (`某中心2020年第三季度数据分析`, `某局2023年度工作总结`,
 * `某管理中心2022年2月系统运行情况统计`): the body before the year is the publisher. A sentence
 * headline whose subject is a body (`全国消防救援队伍2025年共接报…`) and a place (`东林县2023年…`)
 * name none. Every example is written for the rule, not taken from a page.
 */

const page = (title: string) =>
  `${title}\n发布时间:2023-10-23\n一、总体情况\n本季度共受理来电26385个，同比增长3.8%，综合接通率91.15%。\n二、主要问题\n其中咨询类来电占比62.5%。`;

describe("a report's title opening with its issuer and the year", () => {
  test.each([
    ["东林县数字化城市管理中心2022年2月系统运行情况统计", "东林县数字化城市管理中心"],
    [
      "某省人力资源和社会保障厅12333电话咨询服务中心2020年第三季度数据分析",
      "某省人力资源和社会保障厅12333电话咨询服务中心",
    ],
    ["青石镇人民政府2023年度工作总结", "青石镇人民政府"],
    ["某市政务服务管理局2021年上半年12345热线运行情况通报", "某市政务服务管理局"],
    ["西林区市场监督管理局2024年1-6月消费投诉分析报告", "西林区市场监督管理局"],
  ])("parseBulletinText: `%s` names %s its publisher", (title, issuer) => {
    const { bulletin } = parseBulletinText(page(title));
    expect(bulletin.publication.title).toBe(title);
    expect(bulletin.publication.publisher?.name).toBe(issuer);
  });

  test.each([
    // A sentence: the body is its subject, not the report's issuer.
    "全国消防救援队伍2025年共接报处置各类警情244.4万起",
    // A place is no issuer.
    "东林县2023年国民经济和社会发展统计公报",
    // `我市`, `全省`: the text's own place.
    "我市2023年度消费投诉举报数据分析",
    // No year follows the name.
    "数字化城市管理中心系统运行情况统计",
  ])("parseBulletinText: `%s` names no publisher by its opening (counter-case)", (title) => {
    const { bulletin } = parseBulletinText(page(title));
    const name = bulletin.publication.publisher?.name ?? "";
    expect(title.startsWith(name) && name !== "").toBe(false);
  });
});
