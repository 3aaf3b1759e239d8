import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * Shapes of web copies met in the fourth tuning batch (issue 14): pages converted to
 * traditional characters (their labels, their 萬, the pinyin a converter adds), a site's header
 * before the breadcrumb, metadata labels that run into each other, and a change said with its
 * basis first (`与去年同比上升15.19%`).
 */

const facts = mastheadFacts;

describe("pages in traditional characters", () => {
  test.each([
    {
      what: "a breadcrumb, the metadata line and its source read in traditional characters",
      text: "當前位置: 首頁 某市2022年第一季度投訴舉報分析報告\n\n某市2022年第一季度投訴舉報分析報告\n\n日期: 2022-04-18 來源: 消費者權益保護科 分享:\n【字體: 打印\n\n一、總體情況\n\n本季度共接收投訴250件,受理183件。",
      title: "某市2022年第一季度投訴舉報分析報告",
      publisher: "消費者權益保護科",
      publishedOn: "2022-04-18",
    },
    {
      what: "a 發佈日期 line whose label a converter marked with pinyin",
      text: "當前位置:首頁 > 12345 > 運行通報\n2023年9月份熱線運行情況通報\n發(fā)布日期:2023-10-18 14:18\n一、基本情況\n9月份,熱線共接到有效訴求46653件。",
      title: "2023年9月份熱線運行情況通報",
      publisher: undefined,
      publishedOn: "2023-10-18",
    },
  ])("parseBulletinText: $what", ({ what: _, text, ...expected }) => {
    expect(facts(text)).toEqual(expected);
  });

  test.each([
    [
      "drops the pinyin a converter put after a character",
      "辦結(jié)27929件,網(wǎng)絡(luò)轉(zhuǎn)辦",
      "辦結27929件，網絡轉辦",
    ],
    ["keeps a bracket of Latin words", "平台(system)上线", "平台（system）上线"],
    ["keeps a bracket of letters without a tone mark", "方案(abc)已定", "方案（abc）已定"],
  ])("repairExtractedText: %s", (_, text, repaired) => {
    expect(repairExtractedText(text)).toBe(repaired);
  });

  test("property: a pinyin reading after any Han character is all the repair takes out", () => {
    const han = fc.array(fc.constantFrom(..."辦結網絡轉發布設施"), { minLength: 1, maxLength: 8 });
    const reading = fc
      .tuple(
        fc.constantFrom(..."bcdfghjlmnqrstwxyz"),
        fc.constantFrom(..."āáǎàēéěèīíǐìōóǒòūú"),
        fc.constantFrom("", "n", "ng", "o"),
      )
      .map((p) => `(${p.join("")})`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(han, fc.option(reading, { nil: undefined })), {
          minLength: 1,
          maxLength: 6,
        }),
        (parts) => {
          const plain = parts.map(([h]) => h.join("")).join("");
          const marked = parts.map(([h, r]) => h.join("") + (r ?? "")).join("");
          expect(repairExtractedText(marked)).toBe(repairExtractedText(plain));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("parseBulletinText: 萬 and 億 scale figures as 万 and 亿 do", () => {
    const { bulletin } = parseBulletinText(
      "某市分析報告\n2022年4月18日\n一、情況\n本季度共接收投訴0.04萬件,挽回經濟損失3.23萬元,交易額1.2億元。",
    );
    expect(bulletin.metrics.map((m) => [m.value, m.unit])).toEqual([
      [400, "件"],
      [32300, "元"],
      [120000000, "元"],
    ]);
  });
});

describe("a page's header and metadata", () => {
  test.each([
    {
      what: "the site's lines before its breadcrumb are dropped, the headline after it is the title",
      text: "免费发布信息\n当前位置:首页 > 新闻频道 > 财经快讯 >\n\n前10月市本级公共资源交易57.79亿元\n\n今年1-10月份,市本级共组织公共资源交易项目数1047个。",
      title: "前10月市本级公共资源交易57.79亿元",
      publisher: undefined,
      publishedOn: undefined,
    },
    {
      what: "an empty 来源 is no publisher, and 阅读次数 is a label, not its value",
      text: "某市八月份公共资源交易情况\n信息发布时间:2023-09-20 14:55 来源: 阅读次数: 【我要打印】 【关闭】\n八月份,我市公共资源交易项目共577项。",
      title: "某市八月份公共资源交易情况",
      publisher: undefined,
      publishedOn: "2023-09-20",
    },
    {
      what: "a grid that prints its labels without colons gives its 名称, 发文单位 and 发布日期",
      text: "某市热线运行分析报告\n索 引 号 | CJS044/2025-000234 | 主题分类 | |\n名 称 | 2025年某市热线运行分析报告 | ||\n文 号 | 发布日期 | 2025-05-03 16:09:12 | |\n发文单位 | 行政审批局(数字化发展局) | 发布机构 | 某市政府网 |\n一、热线\n本月共转派工单4567件。",
      title: "某市热线运行分析报告",
      publisher: "行政审批局（数字化发展局）",
      publishedOn: "2025-05-03",
    },
    {
      what: "a grid labelled in traditional characters (文件名稱, 公開責任部門, 成文日期) and a 閱讀次數 counter",
      text: "文件名稱 | 某縣2023年政務服務工作通報 | ||\n公開責任部門 | 某縣行政審批服務局 | 公開形式: | 主動公開 |\n文號 | 某審發〔2023〕5號 | 成文日期: | 2023年01月31日 |\n閱讀次數:\n一、總體情況\n全年受理辦件3200件。",
      title: "某縣2023年政務服務工作通報",
      publisher: "某縣行政審批服務局",
      publishedOn: "2023-01-31",
    },
    {
      what: "来源于 names the source like 来源",
      text: "三季度全市公共资源交易项目个数和总额环比双增长\n2021年10月11日 来源于:泰安日报\n三季度全市完成各类公共资源交易项目856个。",
      title: "三季度全市公共资源交易项目个数和总额环比双增长",
      publisher: "泰安日报",
      publishedOn: "2021-10-11",
    },
  ])("parseBulletinText: $what", ({ what: _, text, ...expected }) => {
    expect(facts(text)).toEqual(expected);
  });

  test("parseBulletinText: lines before a breadcrumb that hold a sentence are no site header", () => {
    const text =
      "今年以来，全市受理诉求12万件。\n当前位置:首页 > 新闻 >\n某市热线运行情况\n一、情况\n本月受理12345件。";
    const { warnings } = parseBulletinText(text);
    expect(
      warnings.filter((w) => w.code === "web-line-dropped").map((w) => w.position.line),
    ).toEqual([2]);
  });

  test("parseBulletinText: a site's tool links with its accessibility link are furniture, a cell 微信微博 is not", () => {
    const { warnings } = parseBulletinText(
      "某市热线月报\n微博        微信        |   無障礙瀏覽\n当前位置:首页 > 运行通报\n一、情况\n微信微博 |\n2724 |\n本月受理12345件。",
    );
    const dropped = warnings
      .filter((w) => w.code === "web-line-dropped")
      .map((w) => w.position.line);
    expect(dropped).toContain(2);
    expect(dropped).not.toContain(5);
  });
});

describe("changes said with their basis first", () => {
  test.each([
    ["中标金额57.79亿元,与去年同比上升15.19%。", 15.19],
    ["中标金额57.79亿元,与上年同比下降3.2%。", -3.2],
    ["中标金额57.79亿元,同比上升15.19%。", 15.19],
    ["中标金额57.79亿元,与去年同期相比增长15.5%。", 15.5],
    ["中标金额57.79亿元,同比增加2.55%(数据包括热线和网站)。", 2.55],
  ])("parseBulletinText: %s is the figure with its 同比 change", (sentence, change) => {
    const { bulletin } = parseBulletinText(
      `某市公共资源交易情况\n2021年10月11日\n一、情况\n${sentence}`,
    );
    const metric = bulletin.metrics.find((m) => m.value === 5779000000);
    expect(metric?.comparison).toEqual({ basis: "yoy", change, changeUnit: "percent" });
  });
});

describe("run-in headings of items and numbered paragraphs", () => {
  const read = (body: string) => {
    const { bulletin } = parseBulletinText(`某市热线周报\n2022年3月5日\n${body}`);
    return {
      sections: bulletin.sections.map((x) => x.title),
      items: bulletin.sections.flatMap((x) => x.items.map((i) => i.title ?? null)),
      metrics: bulletin.metrics.map((m) => `${m.value}${m.unit}`),
    };
  };

  test.each([
    {
      what: "a short label before `：` titles its item",
      body: "一、一周数据\n(二)诉求分类:12345热线中,咨询类3189件,投诉类1920件。",
      items: ["诉求分类"],
    },
    {
      what: "a clause before `：` does not",
      body: "一、一周数据\n(二)从投诉问题来看,投诉量较大的有:质量4602件。",
      items: [null],
    },
    {
      what: "`1.` with a run-in title heads an item",
      body: "一、投诉情况分析\n1.首饰类投诉位居榜首。随着社会经济不断发展,投诉数量位居首位。\n2.食品安全问题投诉位居第二。共受理食品消费类投诉174件。",
      items: ["首饰类投诉位居榜首", "食品安全问题投诉位居第二"],
    },
    {
      what: "a `（一）` sentence reporting figures is no run-in title",
      body: "一、受理情况\n（一）本月共受理重复反映工单239件、满意率84%。\n（二）热点问题。主要涉及物业管理。",
      items: [null, "热点问题"],
    },
    {
      what: "a `（一）` run-in title with a figure and text after it stays a title",
      body: "一、受理情况\n（一）受理量突破1万件。本月共受理诉求10234件。",
      items: ["受理量突破1万件"],
    },
    {
      what: "`1.` before a figure in brackets stays running text",
      body: "一、诉求热点\n1.住房保障类(793件,占比17.36%)。主要涉及物业管理390件。",
      items: [null],
    },
  ])("parseBulletinText: $what", ({ body, items }) => {
    expect(read(body).items).toEqual(items);
  });

  test("parseBulletinText: `一、` before a long sentence of clauses is a numbered paragraph whose figures are read", () => {
    const result = read(
      "一、在所有投诉中,商品类投诉为284428件,占总投诉量的51.55%,与去年上半年相比,比重上升5.43个百分点;服务类投诉为249153件,占总投诉量的45.15%。",
    );
    expect(result.sections).toEqual(["一、"]);
    expect(result.metrics).toEqual(expect.arrayContaining(["284428件", "51.55%", "249153件"]));
  });
});

describe("numbered sentences that report figures", () => {
  const read = (body: string) => {
    const { bulletin } = parseBulletinText(`某区公共资源交易情况\n2025年12月5日\n${body}`);
    return {
      sections: bulletin.sections.map((x) => x.title),
      metrics: bulletin.metrics.map((m) => `${m.value}${m.unit}`),
    };
  };

  test("parseBulletinText: a `一、` line that is one sentence of clauses reporting figures, closed by `。`, is a numbered paragraph", () => {
    const result = read(
      "全区共完成交易项目864宗。其中：\n一、完成工程招标139个，中标金额57.95亿元，节资率13.44%。\n二、完成政府采购652项，预算金额89550万元。",
    );
    expect(result.sections).toEqual(["正文", "一、", "二、"]);
    expect(result.metrics).toEqual(
      expect.arrayContaining(["139个", "5795000000元", "13.44%", "652项", "895500000元"]),
    );
  });

  test.each([
    {
      what: "a heading without figures",
      line: "一、强化组织领导，压实工作责任。",
      title: "强化组织领导，压实工作责任",
    },
    {
      what: "a headline with figures not closed by `。`",
      line: "一、交易额突破100亿元，同比增长20%",
      title: "交易额突破100亿元，同比增长20%",
    },
    {
      what: "a short title with a run-in text after it",
      line: "一、工业生产。完成产值12亿元，增长5%。",
      title: "工业生产",
    },
  ])("parseBulletinText: $what stays a heading", ({ line, title }) => {
    expect(read(`${line}\n本月运行平稳。`).sections).toEqual([title]);
  });
});
