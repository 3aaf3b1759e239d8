import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 工作报告 delivered to a people's congress and a news copy of a yearly report (the misses of
 * the ninth blind set read as families): the line that names who delivers a report
 * (`某区审计局局长 郑某某`) names its issuer and is no title; the opening's `向…报告2022年度…情况` or
 * `现将2023年…情况报告如下` names the year it reports on, and a news copy's `…发布的《2018年中国气候公报》`
 * the year of the report it covers. Every example here is written for the rule, not taken from a page.
 */

const parse = (text: string) => parseBulletinText(text);
const audit =
  "报告期间共完成审计项目19个，查出问题330项，涉及金额2377.2万元。\n一、财政管理审计情况\n区本级财政收入完成38.6亿元。";

describe("the line naming who delivers a report", () => {
  test.each([
    ["某市某区审计局局长 郑某某", "某市某区审计局"],
    ["某县人民政府副县长 张某", "某县人民政府"],
    ["某市财政局党组书记 李某某", "某市财政局"],
    ["某市人民检察院检察长王某", "某市人民检察院"],
    ["某区人民法院院长 赵某某", "某区人民法院"],
    ["某县人民政府常务副县长 钱某", "某县人民政府"],
  ])("parseBulletinText: `%s` over the date names the issuer and no title", (speaker, office) => {
    const { bulletin } = parse(
      `${speaker}\n2023年9月28日\n主任、各位副主任、各位委员：\n我受区人民政府的委托，报告区本级预算执行情况，请予审议。\n${audit}`,
    );
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.publication.publisher?.name).toBe(office);
    expect(bulletin.issue.publishedOn).toBe("2023-09-28");
  });

  test.each([
    "某县县长信箱工作通报",
    "某县人民政府县长信箱",
    "某市人民政府市长热线",
    // A bulletin's name after the post names no person (found by the render/parse property test).
    "某某部部长的简报",
    "某局局长信息快报",
  ])(
    "parseBulletinText: a masthead name `%s` with a post in it and no person stays the title",
    (name) => {
      const { bulletin } = parse(`${name}\n2023年9月28日\n${audit}`);
      expect(bulletin.publication.title).toBe(name);
    },
  );
});

describe("the year a report's opening says it reports on", () => {
  test.each([
    [
      "我受区人民政府的委托，向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况，请予审议。",
      2022,
    ],
    ["受市政府委托，现向市人大常委会汇报2021年全市国有资产管理情况。", 2021],
    ["现将2023年度全县政务服务工作情况报告如下：", 2023],
    ["现将2020年全区信访工作有关情况通报如下。", 2020],
  ])("parseBulletinText: `%s` states the year", (opening, year) => {
    const { bulletin } = parse(`某区审计局局长 郑某某\n2023年9月28日\n${opening}\n${audit}`);
    expect(bulletin.issue.period).toEqual({ kind: "year", year });
  });

  test.each([
    "我受区人民政府的委托，报告2022年以来区本级预算执行情况，请予审议。",
    "我受区人民政府的委托，报告区本级预算执行情况，截至2022年底共完成审计项目19个。",
    "现将2023年1-6月全县政务服务工作情况报告如下：",
  ])("parseBulletinText: `%s` states no year reported on", (opening) => {
    const { bulletin } = parse(`某区审计局局长 郑某某\n2023年9月28日\n${opening}\n${audit}`);
    expect(bulletin.issue.period?.kind).not.toBe("year");
  });
});

describe("the yearly report a news copy's opening says was released", () => {
  const news = (opening: string) =>
    `某地气温创历史新高\n${opening}\n公报显示，2018年7月下旬至8月上旬，某地平均气温25.1℃，较常年同期偏高1.3℃。\n2018年7月9日至8月16日，某地高温日数为10.2天。`;

  test.each([
    [
      "新华社北京1月22日电（记者某某）某局22日发布的《2018年中国气候公报》显示，全国平均气温偏高。",
      2018,
    ],
    ["國家統計局28日發布《2023年國民經濟和社會發展統計公報》，全年經濟總體回升向好。", 2023],
    ["某部今天发布了《2021中国生态环境状况公报》。全国空气质量持续改善。", 2021],
    ["国家统计局今天公布《2022年国民经济和社会发展统计公报》，全年国内生产总值增长3%。", 2022],
  ])("parseBulletinText: `%s` states the year", (opening, year) => {
    const { bulletin } = parse(news(opening));
    expect(bulletin.issue.period).toEqual({ kind: "year", year });
  });

  test.each([
    "某局22日发布的《2018年7月中国气候影响评价》显示，全国平均气温偏高。",
    "某局22日发布的《2018年上半年中国气候公报》显示，全国平均气温偏高。",
    "据《2018年中国气候公报》记载，全国平均气温偏高。",
  ])("parseBulletinText: `%s` states no year of a yearly report", (opening) => {
    const { bulletin } = parse(news(opening));
    expect(bulletin.issue.period).not.toEqual({ kind: "year", year: 2018 });
  });
});
