import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Lines over a report that are no title or no issuer, and titles and issuers printed in shapes
 * the masthead reader did not know (issue 14, the formerly held-out-3/-4 misses).
 */

const facts = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    sections: bulletin.sections.map((s) => s.title),
  };
};

describe("first lines that are no headline", () => {
  test.each([
    {
      what: "a 发文字号 over the addressee",
      text: "某政办发〔2021〕38号\n各镇人民政府，县政府各工作部门：\n第一季度，各部门共报送政务信息455篇。\n某县人民政府办公室\n2021年5月25日",
      title: undefined,
    },
    {
      what: "a 发文字号 in square brackets with 第",
      text: "某市监发[2022]第7号\n本月共受理投诉1200件，办结1180件。\n一、总体情况\n受理量同比下降5%。",
      title: undefined,
    },
    {
      what: "a news dateline with the reporter's name",
      text: "本报讯（记者 王明）\n上个月，我市共受理市民来话3177件。\n市长公开电话受理中心转办451件。",
      title: undefined,
    },
    {
      what: "a news agency's dateline",
      text: "某某社北京7月27日电（记者 王明）\n上半年全国税务部门组织税收收入59373亿元。\n同比增长6.3%。",
      title: undefined,
    },
    {
      what: "a 本刊讯 dateline",
      text: "本刊讯\n本月热线共受理诉求1500件。\n办结率98%。",
      title: undefined,
    },
  ])("parseBulletinText: $what gives no title", ({ text, title }) => {
    expect(facts(text).title).toBe(title);
  });

  test.each([
    {
      what: "a headline that names a typhoon's number without brackets",
      text: "2024年第5号台风防御情况通报\n本月共转办诉求1200件。\n一、总体情况\n受理量同比下降5%。",
      title: "2024年第5号台风防御情况通报",
    },
    {
      what: "a headline opening with 本市",
      text: "本市热线运行情况\n本月共受理诉求1200件。\n一、总体情况\n受理量同比下降5%。",
      title: "本市热线运行情况",
    },
  ])("parseBulletinText: $what stays the title", ({ text, title }) => {
    expect(facts(text).title).toBe(title);
  });

  test("parseBulletinText: no 发文字号 of any office, year and number is taken as the title (property)", () => {
    const office = fc.stringMatching(/^[某市县区政办发监财统][某市县区政办发监财统]{1,5}$/);
    fc.assert(
      fc.property(
        office,
        fc.integer({ min: 1990, max: 2099 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(["〔", "〕"], ["[", "]"], ["（", "）"]),
        (who, year, n, [open, close]) => {
          const text = `${who}${open}${year}${close}${n}号\n本月共受理投诉1200件，办结1180件。\n一、总体情况\n受理量同比下降5%。`;
          expect(facts(text).title).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a site's tool links over the headline", () => {
  test("parseBulletinText: `登录 注册 长者版 | 无障碍 I 繁体中文` is the site's, the line under it the title", () => {
    const text =
      "登录 注冊 长者版 | 无障碍 I 繁体中文\n1-6月经济运行简况\n上半年，全区经济运行稳中有升。\n一、规模工业\n产值同比下降1.8%。";
    expect(facts(text).title).toBe("1-6月经济运行简况");
  });

  test("parseBulletinText: a headline naming 繁体中文 without an accessibility link stays the title", () => {
    const text = "繁体中文网页发布情况\n本月共发布网页120个。\n一、总体情况\n同比增长5%。";
    expect(facts(text).title).toBe("繁体中文网页发布情况");
  });
});

describe("the masthead ends before the body's first line", () => {
  test.each([
    {
      what: "an addressee `各…：` under the issue number is no issuer",
      text: "2023年第7期\n某区政务服务通报\n各相关单位：\n为提升政务服务效能，现将情况通报如下。\n一、办件情况\n共受理办件2191件。",
      expected: { title: "某区政务服务通报", publisher: undefined },
    },
    {
      what: "an office's name ending in `：` is an addressee",
      text: "第7期\n某区政务服务通报\n某区行政审批局：\n现将情况通报如下。\n一、办件情况\n共受理办件2191件。",
      expected: { title: "某区政务服务通报", publisher: undefined },
    },
    {
      what: "counter-case: the issuer's name without a colon is the publisher",
      text: "第7期\n某区政务服务通报\n某区政务服务中心\n现将情况通报如下。\n一、办件情况\n共受理办件2191件。",
      expected: { title: "某区政务服务通报", publisher: "某区政务服务中心" },
    },
  ])("parseBulletinText: $what", ({ text, expected }) => {
    const got = facts(text);
    expect({ title: got.title, publisher: got.publisher }).toEqual(expected);
  });

  test("parseBulletinText: a `【热线综述】` heading under the masthead heads a section, no issuer", () => {
    const got = facts(
      "某区热线工作情况通报（2021年第三期）\n【热线综述】\n◆7-9月，全区受理工单2848件，办结率100%。\n【热线动态】\n◆7月28日，区热线办到外区学习交流。",
    );
    expect(got.publisher).toBeUndefined();
    expect(got.sections).toEqual(["热线综述", "热线动态"]);
  });

  test("parseBulletinText: counter-case: a secrecy mark `【内部资料】` stays in the masthead", () => {
    const got = facts(
      "【内部资料】\n某区热线简报\n第3期\n某区热线办公室\n2021年10月8日\n本季度受理工单2848件。",
    );
    expect(got.title).toBe("某区热线简报");
    expect(got.publisher).toBe("某区热线办公室");
    expect(got.sections.some((s) => s.includes("内部资料"))).toBe(false);
  });
});

describe("a headline under a masthead that prints no name", () => {
  test.each([
    {
      what: "a headline broken after `的` under the number, issuer and date",
      text: "第11期\n某市督查局 2016年5月24日\n某市督查局\n关于对1—4月份重大项目的\n督查情况\n根据有关要求，督查组对重大项目进展情况进行了督查。\n下一步，督查局将加大督查力度。",
      expected: { title: "关于对1—4月份重大项目的督查情况", publisher: "某市督查局" },
    },
    {
      what: "a headline on one line ending with what the text is",
      text: "第3期\n某县政务服务中心 2024年3月5日\n全县政务服务运行情况通报\n本月共受理办件2191件，办结2221件。",
      expected: { title: "全县政务服务运行情况通报", publisher: "某县政务服务中心" },
    },
    {
      what: "counter-case: a short section label under the masthead is no title",
      text: "第3期\n某县政务服务中心 2024年3月5日\n工作动态\n本月共受理办件2191件，办结2221件。",
      expected: { title: undefined, publisher: "某县政务服务中心" },
    },
  ])("parseBulletinText: $what", ({ text, expected }) => {
    const got = facts(text);
    expect({ title: got.title, publisher: got.publisher }).toEqual(expected);
  });

  test("parseBulletinText: the issuer printed again under its dated line is neither title nor text", () => {
    const { bulletin, warnings } = parseBulletinText(
      "第11期\n某市督查局 2016年5月24日\n某市督查局\n本月督查重大项目68个，开工9个。",
    );
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.publication.publisher?.name).toBe("某市督查局");
    expect(warnings.map((w) => w.code)).not.toContain("unrecognised-masthead-line");
  });
});

describe("a title printed twice around its issuer", () => {
  test("parseBulletinText: `title` / `issuer` / `title`: the title once, the issuer as publisher", () => {
    const got = facts(
      "2023年5月份投诉举报数据分析\n某市市场监督管理局\n2023年5月份投诉举报数据分析\n一、总体情况\n本月共接收投诉举报880件。",
    );
    expect(got).toEqual({
      title: "2023年5月份投诉举报数据分析",
      publisher: "某市市场监督管理局",
      sections: ["总体情况"],
    });
  });

  test("parseBulletinText: counter-case: `lede` / `title` / `lede` keeps the middle line as the title", () => {
    const got = facts(
      "热线数据看民生\n全市热线运行情况分析\n热线数据看民生\n本月共受理诉求1200件。\n一、总体情况\n办结率98%。",
    );
    expect(got.title).toBe("全市热线运行情况分析");
  });

  test("parseBulletinText: any title around any office's name gives both (property)", () => {
    const han = (chars: string, min: number, max: number): fc.Arbitrary<string> =>
      fc
        .array(fc.constantFrom(...chars), { minLength: min, maxLength: max })
        .map((a) => a.join(""));
    fc.assert(
      fc.property(
        han("全市热线投诉举报受理消费", 2, 10),
        fc.constantFrom("情况通报", "数据分析", "运行报告"),
        han("某市县区", 1, 3),
        fc.constantFrom("市场监督管理局", "政务服务中心", "人民政府办公室"),
        (words, genre, place, office) => {
          const title = `${words}${genre}`;
          const issuer = `${place}${office}`;
          const got = facts(`${title}\n${issuer}\n${title}\n一、总体情况\n本月共受理诉求1200件。`);
          expect([got.title, got.publisher]).toEqual([title, issuer]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the source a copied report names", () => {
  test.each([
    {
      what: "a 来源 followed by the reporters' names set off by spaces names the outlet",
      text: "上半年全国税务收入情况\n2015年07月27日 21:52   来源:某某网    王明 李芳\n上半年税务部门组织税收收入59373亿元，同比增长6.3%。",
      publisher: "某某网",
    },
    {
      what: "counter-case: a name printed with a space is kept whole",
      text: "上半年全市税务收入情况\n2015年07月27日 21:52   来源:某市 统计局\n上半年税务部门组织税收收入59亿元，同比增长6.3%。",
      publisher: "某市统计局",
    },
    {
      what: "a news site named as the 来源 under the last paragraph",
      text: "春节期间热线来电3万件。\n其中供水方面1540件，供热方面948件。\n来源:某市新闻网\n编辑:王明",
      publisher: "某市新闻网",
    },
    {
      what: "counter-case: the site naming itself (`本站`) is no publisher",
      text: "春节期间热线来电3万件。\n其中供水方面1540件，供热方面948件。\n来源:本站",
      publisher: undefined,
    },
    {
      what: "a government's portal as the source (a reader reads it as the issuer's site)",
      text: "春节期间热线来电3万件。\n其中供水方面1540件，供热方面948件。\n来源:某市政府网",
      publisher: "某市政府网",
    },
    {
      what: "a newspaper's name alone in brackets under the last paragraph",
      text: "初次信访化解情况周通报\n一、初次信访化解情况\n全市初次信访共办结8307件，化解率94.37%。\n（某某日报）",
      publisher: "某某日报",
    },
    {
      what: "counter-case: a bracketed note that names no outlet is no publisher",
      text: "初次信访化解情况周通报\n一、初次信访化解情况\n全市初次信访共办结8307件，化解率94.37%。\n（此件公开发布）",
      publisher: undefined,
    },
  ])("parseBulletinText: $what", ({ text, publisher }) => {
    expect(facts(text).publisher).toBe(publisher);
  });
});

describe("a document's title in the GB/T 9704 form", () => {
  const long =
    "某县深化改革推进政府职能转变领导小组办公室关于2023年第二季度政务服务线下好差评及政务服务大厅运行情况的通报";

  test("parseBulletinText: a long `X关于…的通报` first line is the title and X the publisher, the addressee after a blank line apart", () => {
    const { bulletin } = parseBulletinText(
      `${long}\n\n各乡镇人民政府，县政府有关部门、单位：\n\n现将有关情况通报如下：\n\n一、办件情况\n累计办件3816件。`,
    );
    expect(bulletin.publication.title).toBe(long);
    expect(bulletin.publication.publisher?.name).toBe("某县深化改革推进政府职能转变领导小组办公室");
  });

  test.each([
    {
      what: "a title without an issuer before 关于 names no publisher",
      text: "关于2023年第二季度政务服务线下好差评及政务服务大厅运行情况的通报\n各乡镇人民政府：\n一、办件情况\n累计办件3816件。",
      title: "关于2023年第二季度政务服务线下好差评及政务服务大厅运行情况的通报",
      publisher: undefined,
    },
    {
      what: "counter-case: a sentence with 关于 and 的通报 in it is no title",
      text: "县政府办公室关于印发工作方案的通报已于3月下发，各单位遵照执行。\n一、办件情况\n累计办件3816件。",
      title: undefined,
      publisher: undefined,
    },
  ])("parseBulletinText: $what", ({ text, title, publisher }) => {
    const got = facts(text);
    expect({ title: got.title, publisher: got.publisher }).toEqual({ title, publisher });
  });

  test("parseBulletinText: counter-case: a wrapped sentence's next line opening with 各 after a blank line still joins when it ends mid-sentence", () => {
    const { bulletin } = parseBulletinText(
      "某区热线简报\n第3期\n2024年3月5日\n本月共受理诉求1200件，已转交\n\n各街道办理，办结率98%。",
    );
    const text = JSON.stringify(bulletin.sections);
    expect(text).toContain("已转交各街道办理");
  });
});

describe("a numbering whose dots a copy lost", () => {
  const read = (text: string) =>
    parseBulletinText(text).bulletin.sections.flatMap((s) => s.items.map((i) => i.title));

  test.each([
    {
      what: "three lines numbered 1, 2, 3 run into their titles are items",
      text: "一、投票情况\n1县政务服务大厅投票情况。累计办件3816件，投票率99.87%。\n2税务分中心投票情况。累计办件782件，投票率100%。\n3户政分中心投票情况。累计办件54件，投票率100%。",
      titles: ["县政务服务大厅投票情况", "税务分中心投票情况", "户政分中心投票情况"],
    },
    {
      what: "counter-case: two such lines are too few to tell from figures",
      text: "一、投票情况\n1县政务服务大厅投票情况。累计办件3816件。\n2税务分中心投票情况。累计办件782件。",
      titles: [undefined],
    },
    {
      what: "counter-case: numerals before a unit or a date open sentences, no items",
      text: "一、总体情况\n1家企业获评优秀。另有12家企业获评良好。\n2月份受理量回升。同比增长5%。\n3项指标排名靠前。均居全市前列。",
      titles: [undefined],
    },
    {
      what: "counter-case: numbers out of order are no numbering",
      text: "一、投票情况\n1县政务服务大厅投票情况。累计办件3816件。\n3税务分中心投票情况。累计办件782件。\n2户政分中心投票情况。累计办件54件。",
      titles: [undefined],
    },
  ])("parseBulletinText: $what", ({ text, titles }) => {
    expect(read(text)).toEqual(titles);
  });

  test("parseBulletinText: any run of three to nine such lines gives one item each, its text kept (property)", () => {
    const name = fc
      .array(fc.constantFrom(..."税务婚姻登记车驾管教育户政出入境公积金社保医保"), {
        minLength: 2,
        maxLength: 8,
      })
      .map((a) => `${a.join("")}分中心投票情况`);
    fc.assert(
      fc.property(fc.array(name, { minLength: 3, maxLength: 9 }), (names) => {
        const lines = names.map((n, k) => `${k + 1}${n}。累计办件${100 + k}件。`);
        const { bulletin } = parseBulletinText(`一、投票情况\n${lines.join("\n")}`);
        const items = bulletin.sections.flatMap((s) => s.items);
        expect(items.map((i) => i.title)).toEqual(names);
        expect(items.every((i) => i.body.length === 1)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe("masthead lines that name no issuer", () => {
  const text = (lines: string[]) =>
    `${lines.join("\n")}\n一、灰尘自然沉降量\n全县月降尘量为4.39吨/平方公里。`;

  test.each([
    {
      what: "the name printed again under the name and number",
      lines: ["某县环境质量报表第318期", "某县环境质量报表", "第318期"],
      expected: { title: "某县环境质量报表", publisher: undefined },
    },
    {
      what: "a 签发人 field",
      lines: ["某县环境质量报表", "第318期", "质量认证章 签发人：王明"],
      expected: { title: "某县环境质量报表", publisher: undefined },
    },
    {
      what: "a report's headline under the name",
      lines: ["某县环境质量报表", "第318期", "某县九月份环境质量状况"],
      expected: { title: "某县环境质量报表", publisher: undefined },
    },
    {
      what: "counter-case: an issuer's name under the name is the publisher",
      lines: ["某县环境质量报表", "第318期", "某县环境监测站"],
      expected: { title: "某县环境质量报表", publisher: "某县环境监测站" },
    },
    {
      what: "counter-case: a name that is no office under the name is still the publisher",
      lines: ["某县环境质量报表", "第318期", "某县环境监测"],
      expected: { title: "某县环境质量报表", publisher: "某县环境监测" },
    },
  ])("parseBulletinText: $what", ({ lines, expected }) => {
    const got = facts(text(lines));
    expect({ title: got.title, publisher: got.publisher }).toEqual(expected);
  });
});

describe("a headline stating a figure over the report's opening", () => {
  test.each([
    {
      what: "over a paragraph opening with the period it reports on",
      text: "2019年前三季度全市消费品零售总额增长8.2%\n2019年前三季度，全市社会消费品零售总额2966亿元，同比名义增长8.2%，其中除汽车以外的消费品零售额增长9.1%。\n9月份，零售总额344亿元，同比增长7.8%。",
      title: "2019年前三季度全市消费品零售总额增长8.2%",
    },
    {
      what: "over a paragraph opening with a span of months",
      text: "全区规上工业产值增长5.1%\n1-6月，全区规模以上工业企业完成产值同比增长5.1%，高于去年同期2.7个百分点，位列县区第三。\n其中6月当月增长7.6%。",
      title: "全区规上工业产值增长5.1%",
    },
    {
      what: "counter-case: over a paragraph that does not open with a period",
      text: "全区规上工业产值增长5.1%\n全区规模以上工业企业完成产值同比增长5.1%，高于去年同期2.7个百分点，位列县区第三。\n其中6月当月增长7.6%。",
      title: undefined,
    },
    {
      what: "counter-case: over a short line",
      text: "全区规上工业产值增长5.1%\n1-6月，产值增长5.1%。\n其中6月当月增长7.6%。",
      title: undefined,
    },
    {
      what: "over a paragraph that repeats its count (a news report's headline restating its lede)",
      text: "国庆假期全市接待游客120万人次\n国庆假期，全市共接待游客120万人次，同比增长8.2%。\n实现旅游收入8.5亿元。",
      title: "国庆假期全市接待游客120万人次",
    },
    {
      what: "over a paragraph that repeats its count in 亿 (traditional characters)",
      text: "全國國內旅游出游5.15億人次\n10月1日至7日，全國國內旅游出游5.15億人次，同比減少1.5%。\n收入3890.61億元。",
      title: "全國國內旅游出游5.15億人次",
    },
    {
      what: "counter-case: a count the paragraph does not repeat",
      text: "国庆假期全市接待游客120万人次\n国庆假期，全市共接待游客118万人次，同比增长8.2%。\n实现旅游收入8.5亿元。",
      title: undefined,
    },
    {
      what: "counter-case: a line that repeats a count but is no paragraph of sentences",
      text: "全市接待游客120万人次\n全市接待游客120万人次\n实现旅游收入8.5亿元。",
      title: undefined,
    },
  ])("parseBulletinText: $what", ({ text, title }) => {
    expect(facts(text).title).toBe(title);
  });
});

describe("page fields printed with their labels in lenticular brackets", () => {
  const page = (meta: string) =>
    parseBulletinText(
      `2017年全区消费投诉统计分析报告\n${meta}\n一、基本情况\n全年共接到消费者投诉举报132483件，同比增长5%。`,
    );

  test("parseBulletinText: `【来源】… 【发布时间】…` is the page's line, its date the issue's", () => {
    const { bulletin, warnings } = page(
      "【来源】某市市场监管局 【发布时间】2018年01月19日 【转载分享】",
    );
    expect(bulletin.issue.publishedOn).toBe("2018-01-19");
    expect(bulletin.publication.publisher?.name).toBe("某市市场监管局");
    expect(
      warnings.some((w) => w.code === "web-line-dropped" && w.message.includes("发布时间")),
    ).toBe(true);
  });

  test("parseBulletinText: a web address named as the 来源 is no publisher", () => {
    const { bulletin } = page("【来源】某某备用网址 【发布时间】2018年01月19日");
    expect(bulletin.issue.publishedOn).toBe("2018-01-19");
    expect(bulletin.publication.publisher).toBeUndefined();
  });

  test("parseBulletinText: counter-case: a bracketed section heading that is no label stays the text's", () => {
    const { bulletin } = page("【工作动态】\n本月召开推进会1次。");
    expect(bulletin.sections.map((s) => s.title)).toContain("工作动态");
  });
});

describe("headings over a release's notes and under its figures' captions", () => {
  const titles = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

  test("parseBulletinText: `附注` under a chart's title heads a section of its own", () => {
    expect(
      titles(
        "全省零售总额增长8.4%\n一、总体情况\n前三季度全省零售总额增长8.4%。\n零售额累计增长率\n附注\n1.指标涵义\n社会消费品零售总额是指企业售给个人的商品零售额。",
      ),
    ).toContain("附注");
  });

  test.each([
    ["圖1 2022年1—8月全國各級別天數比例", "重點區域"],
    ["图2 六项指标浓度及同比变化", "重点区域"],
  ])("parseBulletinText: a caption `%s` is no part of the heading under it", (caption, heading) => {
    expect(
      titles(
        `全国空气质量状况\n\n某部\n\n8月，全国优良天数比例为85.0%，同比上升。\n\n总体情况\n\n8月，全国优良天数比例为85.0%。\n\n${caption}\n\n${heading}\n\n8月，重点区域优良天数比例为80.2%。`,
      ),
    ).toContain(heading);
  });

  test("parseBulletinText: counter-case: a heading opening with 圖 and no number stays a heading", () => {
    expect(
      titles(
        "全市服务状况\n一、总体情况\n本月接待读者1200人次。\n圖書館服務情況\n本月借閱圖書3000冊。",
      ),
    ).toContain("圖書館服務情況");
  });
});

describe("a district that signs a page", () => {
  test.each([
    { author: "某某区", publisher: "某某区" },
    { author: "某某縣", publisher: "某某縣" },
    { author: "王明", publisher: undefined },
  ])(
    "parseBulletinText: `作者：$author` gives the publisher $publisher",
    ({ author, publisher }) => {
      const { bulletin } = parseBulletinText(
        `发布时间:2017-07-21 文章来源: 作者: ${author}\n一是组织人员到位。街道办事处动员9个社区参与。\n二是积极行动。共清理生活垃圾12立方。`,
      );
      expect(bulletin.publication.publisher?.name).toBe(publisher);
    },
  );
});

test("parseBulletinText: a report's headline under a masthead's name and number opens the body (kept in the model)", () => {
  const { bulletin, warnings } = parseBulletinText(
    "某县环境质量报表\n第318期\n某县九月份环境质量状况\n根据有关规定，现将9月份全县环境质量状况通报如下。\n一、灰尘自然沉降量\n全县月降尘量为4.39吨/平方公里。",
  );
  expect(bulletin.publication.title).toBe("某县环境质量报表");
  expect(JSON.stringify(bulletin.sections)).toContain("某县九月份环境质量状况");
  expect(warnings.map((w) => w.code)).not.toContain("unrecognised-masthead-line");
});

test("parseBulletinText: counter-case: a name in lenticular brackets at the masthead's top stays its name", () => {
  const { bulletin } = parseBulletinText(
    "【工作简报】\n第5期\n某县政务服务中心\n2024年3月5日\n本月共受理办件2191件。",
  );
  expect(bulletin.issue.number).toBe(5);
  expect(bulletin.issue.publishedOn).toBe("2024-03-05");
  expect(bulletin.publication.publisher?.name).toBe("某县政务服务中心");
});

describe("a weekly's days after its issue number", () => {
  const weekly = (line: string) =>
    parseBulletinText(
      `12345热线工作周报\n${line}\n某市热线管理中心\n2024年11月18日\n一、总体情况\n共受理95件。`,
    );

  test.each([
    "2024年第46期（11月11日-11月17日）",
    "2024年第46期(11月11日—17日)",
    "2024年第46期 11月11日-11月17日",
    "第46期（2024年11月11日至11月17日）",
  ])("`%s` gives the number and the days as the period", (line) => {
    const { bulletin, warnings } = weekly(line);
    expect(bulletin.issue.number).toBe(46);
    expect(bulletin.issue.period).toEqual({
      kind: "range",
      start: "2024-11-11",
      end: "2024-11-17",
    });
    expect(warnings.map((w) => w.code)).not.toContain("unrecognised-masthead-line");
  });

  test("a single date in brackets after the number is the date of publication, not a period", () => {
    const { bulletin } = parseBulletinText(
      "12345热线工作周报\n2024年第46期（2024年11月18日）\n某市热线管理中心\n一、总体情况\n共受理95件。",
    );
    expect(bulletin.issue.publishedOn).toBe("2024-11-18");
    expect(bulletin.issue.period?.kind).not.toBe("range");
  });

  test("words in brackets after the number (`（总第123期）` aside) are no period", () => {
    const { bulletin } = weekly("2024年第46期（内部资料）");
    expect(bulletin.issue.period?.kind).not.toBe("range");
  });

  test("property: any span of days of one month after the number is the period", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 7 }),
        (month, day, length) => {
          const { bulletin } = weekly(
            `2024年第46期（${month}月${day}日-${month}月${day + length}日）`,
          );
          const pad = (n: number): string => String(n).padStart(2, "0");
          expect(bulletin.issue.period).toEqual({
            kind: "range",
            start: `2024-${pad(month)}-${pad(day)}`,
            end: `2024-${pad(month)}-${pad(day + length)}`,
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
