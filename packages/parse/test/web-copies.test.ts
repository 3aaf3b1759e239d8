import { readFileSync } from "node:fs";
import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Shapes of real web copies (issue 14) met in the widened tuning corpus, each as a rule: news
 * bylines and one-field-a-line file-information lists after a page's metadata, a date before
 * `来源：`, `标题：` and `发文机关：` fields, a heading set off by a space, 上半年/下半年 periods,
 * ㎡ and calls counted in 通.
 */

const titles = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

const metrics = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

const dropped = (text: string): string[] =>
  parseBulletinText(text)
    .warnings.filter((w) => w.code === "web-line-dropped")
    .map((w) => `${w.position.line}`);

describe("web copies: the page's lines", () => {
  test.each([
    {
      what: "a news page's date, source and bylines give the date and the source, and are dropped",
      text: "热线一周受理事项674件\n\n2020-12-07 11:28:11 来源:舜网—济南日报\n\n作者:王飞\n\n责任编辑:张章\n\n本周受理市民诉求1049件,较上周增长2.2%。\n\n作者:王飞\n\n责任编辑:张章\n新闻排行",
      title: "热线一周受理事项674件",
      publisher: "舜网—济南日报",
      publishedOn: "2020-12-07",
      dropped: ["3", "5", "7", "11", "13", "14"],
    },
    {
      what: "a file-information list printed one field a line is dropped, the title above it kept",
      text: "2024年上半年某市12315平台数据分析报告\n发布时间:2024-07-17 18:45 来源:本网字体: [大 中 小]\n- 信息类别:\n- 公开方式: 主动公开\n- 生成日期: 2024-07-17\n- 信息索取号: 000014349/2024-00549\n- 责任部门:\n一、总体情况\n2024年上半年,平台共接收投诉2.06万件,同比上升9.03%。",
      title: "2024年上半年某市12315平台数据分析报告",
      publisher: undefined,
      publishedOn: "2024-07-17",
      dropped: ["2", "3", "4", "5", "6", "7"],
    },
    {
      what: "a `标题：` line names the page and a grid's `发文机关` its issuer",
      text: "标题:2022年1-5月某县经济运行简况\n索引号:008199181/2022-00044 分 类:国民经济管理 发文机关:某县统计局 成文日期:2022年07月06日 文 号:无 发布日期:2022年07月06日 时效性:有效\n一、工业 1-5月,全县规上工业完成总产值12.94亿元,同比增长7.6%。",
      title: "2022年1-5月某县经济运行简况",
      publisher: "某县统计局",
      publishedOn: "2022-07-06",
      dropped: ["1", "2"],
    },
  ])("$what", ({ text, title, publisher, publishedOn, dropped: lines }) => {
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe(title);
    expect(bulletin.publication.publisher?.name).toBe(publisher);
    expect(bulletin.issue.publishedOn).toBe(publishedOn);
    expect(dropped(text)).toEqual(lines);
  });

  test("of the headings over the page's metadata, the longest is the title, the site's and column's names are dropped", () => {
    const text =
      "某市人民政府\n您当前的位置: 首页 > 新闻发布\n索 引 号: 113306837320115228/2025-104858 主题分类: 综合政务\n新闻发布\n2024年度政务服务中心推进政务大厅“好差评”落地见效\n“好差评”落地见效\n发布日期:2025-06-24 09:18\n信息来源:市政务服务中心\n2024年,本级政府政务大厅开展主动评价81129件,其中好评80955件。";
    const result = parseBulletinText(text);
    expect(result.bulletin.publication.title).toBe(
      "2024年度政务服务中心推进政务大厅“好差评”落地见效",
    );
    expect(result.bulletin.issue.period).toEqual({ kind: "year", year: 2024 });
    // The subtitle after the title (line 6) stays in the text.
    expect(dropped(text).sort()).toEqual(["1", "2", "3", "4", "7", "8"]);
    expect(JSON.stringify(result.bulletin.sections)).toContain("落地见效");
  });

  test("a 责任编辑 line in a text that shows no page metadata stays the 报尾's editor", () => {
    const text =
      "工作动态\n2025年第5期\n某市大数据中心\n2025年3月20日\n一、重点工作\n完成平台扩容,新增接入部门6个。\n责任编辑:王芳";
    const result = parseBulletinText(text);
    expect(result.bulletin.issue.editor).toBe("王芳");
    expect(dropped(text)).toEqual([]);
  });

  test("property: a byline line is the 报尾's editor without page metadata, a dropped page line after it", () => {
    const name = fc.stringMatching(/^[王李张刘陈杨赵黄周吴][明芳伟娜静磊洋勇军杰]{1,2}$/);
    fc.assert(
      fc.property(name, fc.boolean(), (who, page) => {
        const head = page ? "某县工作简报\n来源:某县政务服务中心 发布时间:2025-04-22\n" : "";
        const text = `${head}一、工作情况\n本月受理事项12件。\n责任编辑:${who}`;
        const result = parseBulletinText(text);
        expect(result.bulletin.issue.editor).toBe(page ? undefined : who);
        const lastLine = `${text.split("\n").length}`;
        expect(dropped(text).includes(lastLine)).toBe(page);
      }),
      { numRuns: 40 },
    );
  });
});

describe("web copies: headings, periods and units", () => {
  test.each([
    ["一、规模以上工业 1-5月,全县规上工业增加值同比增长1.3%。", ["规模以上工业"]],
    ["一、消费市场　全县社会消费品零售总额实现11.2亿元,同比下降2.3%。", ["消费市场"]],
    // No space: the heading ends at its `。` as before.
    ["一、规上工业较好增长。1-5月,规模以上工业增加值17.46亿元。", ["规上工业较好增长"]],
    // What follows the space is not a sentence: the whole line is the heading.
    ["一、工业 生产", ["工业生产"]],
    // A stray space inside a run-in title (a phrase and its `。` after it): the `。` ends it.
    ["一、规上工业较 好增长。1-5 月,规模以上工业增加值 17.46亿元。", ["规上工业较好增长"]],
    [
      "一、规模工业增加值增 长 2.2%。分所有制看,非公有制工业增加值同比增长 4.5%。",
      ["规模工业增加值增长2.2%"],
    ],
  ])("%s → sections %j", (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  test("a run-in item title may list with 、 (停气、停电), not hold a clause", () => {
    const text =
      "一、热点问题\n(一)反映停气、停电较多。本周共办理此类工单25件,满意率90%。\n(二)从投诉问题来看,食品、服装较多。本周共办理此类工单9件。";
    const items = parseBulletinText(text).bulletin.sections[0]?.items ?? [];
    expect(items.map((i) => i.title)).toEqual(["反映停气、停电较多", undefined]);
  });

  test("a heading without a marker over numbered item headings heads a section of its own", () => {
    const text =
      "工业。1-12月,全市规模以上工业增加值同比下降14.4%。\n投资。1-12月,全市固定资产投资同比增长5.9%。\n主要指标解释及说明\n1、 主要指标解释\n(1) 国内生产总值简称GDP,是反映经济总体状况最重要的指标。";
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.sections.map((x) => x.title)).toEqual(["工业", "投资", "主要指标解释及说明"]);
    expect(bulletin.sections[2]?.items[0]?.title).toBe("主要指标解释");
  });

  test("property: `一、<heading> <sentence>` heads a section with the heading and keeps the sentence", () => {
    const han = (min: number, max: number): fc.Arbitrary<string> =>
      fc
        .array(fc.constantFrom(..."工业投资消费市场财政收入运行平稳增长回落商品房销售"), {
          minLength: min,
          maxLength: max,
        })
        .map((cs) => cs.join(""));
    fc.assert(
      fc.property(han(2, 12), han(4, 20), fc.constantFrom(" ", "  ", "\u3000"), (h, s, gap) => {
        const text = `一、${h}${gap}1-5月,全县${s},同比增长5.8%。`;
        const { bulletin } = parseBulletinText(text);
        expect(bulletin.sections.map((x) => x.title)).toEqual([h]);
        const body = JSON.stringify(bulletin.sections[0]?.items);
        expect(body).toContain(`全县${s}`);
      }),
      { numRuns: 60 },
    );
  });

  test("a site's frame printing its own breadcrumb over the site's header and the page's breadcrumb leaves the page's headline the title (a real page)", () => {
    // corpus/shanxi-12315-2018-trad: a spam header line, the page's breadcrumb, its headline.
    const page = readFileSync(
      new URL("./corpus/shanxi-12315-2018-trad.txt", import.meta.url),
      "utf8",
    );
    const framed = `当前位置：首页 > 政务公开 > 工作动态\n字号：大 中 小\n分享到：\n${page}`;
    for (const text of [page, framed]) {
      expect(parseBulletinText(text).bulletin.publication.title).toBe(
        "山西發布2018年消費者投訴舉報情況分析報告",
      );
    }
  });

  test("property: a stray space anywhere inside a run-in title leaves the title to its `。`", () => {
    const han = fc
      .array(fc.constantFrom(..."工业投资消费市场财政收入运行平稳增长回落商品房销售"), {
        minLength: 3,
        maxLength: 14,
      })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(han, fc.nat(), (h, at) => {
        const k = 1 + (at % (h.length - 1));
        const text = `一、${h.slice(0, k)} ${h.slice(k)}。1-5月,全县社会消费品零售总额11.2亿元,同比下降2.3%。`;
        expect(parseBulletinText(text).bulletin.sections.map((x) => x.title)).toEqual([h]);
      }),
      { numRuns: 60 },
    );
  });

  test.each([
    ["2024年上半年九江市12315平台投诉举报咨询数据分析报告", "2024-01-01", "2024-06-30"],
    ["2023年下半年全市公共资源交易情况", "2023-07-01", "2023-12-31"],
    ["临夏州2023年度第二季度全国12315平台投诉举报数据分析报告", "2023-04-01", "2023-06-30"],
    ["12345政府服务热线一周情况通报\n(2016年3月4日—3月10日)", "2016-03-04", "2016-03-10"],
    ["热线周报\n(2016年12月28日—2017年1月3日)", "2016-12-28", "2017-01-03"],
  ])("the title %s states the period %s to %s", (title, start, end) => {
    const text = `${title}\n发布时间:2024-07-17 来源:某市市场监督管理局\n一、总体情况\n平台共接收投诉20616件。`;
    expect(parseBulletinText(text).bulletin.issue.period).toEqual({ kind: "range", start, end });
  });

  test.each([
    [
      "2023年第5期",
      "2023年6月19日",
      "5月份,平台共受理事项12件。",
      { kind: "month", month: "2023-05" },
    ],
    [
      "2024年第1期",
      "2024年1月10日",
      "12月份,平台共受理事项12件。",
      { kind: "month", month: "2023-12" },
    ],
    ["第5期", "2023年6月19日", "5月份,平台共受理事项12件。", undefined],
  ])("a masthead's %s (printed %s) dates %s", (issue, date, sentence, period) => {
    const text = `工作动态\n${issue}\n某市大数据中心\n${date}\n一、总体情况\n${sentence}`;
    expect(parseBulletinText(text).bulletin.issue.period).toEqual(period);
  });

  test.each([
    ["商品房销售面积4.23万㎡,同比下降12.1%。", ["42300平方米"]],
    ["外拨回访电话15.96万通。", ["159600通"]],
    ["市民拨打12345通过热线反映诉求。", []],
  ])("%s → metrics %j", (sentence, expected) => {
    expect(metrics(`一、总体情况\n${sentence}`)).toEqual(expected);
  });
});

/** The masthead facts a web copy gives, and the lines dropped as the page's. */
const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    number: bulletin.issue.number,
    publishedOn: bulletin.issue.publishedOn,
    dropped: dropped(text),
  };
};

/** What the grids printed one field a line below give (each its own way). */
const GRID_AS_LINES = {
  title: "2024年1-5月某市经济运行情况",
  publisher: "某市统计局",
  number: undefined,
  publishedOn: "2024-06-05",
};

describe("web copies: file-information grids and lists", () => {
  test.each([
    {
      what: "a grid's cells labelled without colons give the title, the body responsible, the 文号's issue number and the 成文日期 (not the later 公开日期)",
      text: "文件名称 | 关于某县第三次常务会议议定事项的督查通报 | ||\n索引号 | abc/2023-0012 | 公开目录: | 政务督查 |\n公开责任部门 | 某县政府办公室 | 公开形式: | 主动公开 |\n文号 | 督查通报第十二期 | 成文日期: | 2023年03月02日 |\n有效性 | 有效 | 公开日期: | 2023年03月05日 |\n近期,县政府督查室开展了专项督查,现通报如下。\n一、总体情况\n议定事项12件,已办结5件。",
      expected: {
        title: "关于某县第三次常务会议议定事项的督查通报",
        publisher: "某县政府办公室",
        number: 12,
        publishedOn: "2023-03-02",
        dropped: ["1", "2", "3", "4", "5"],
      },
    },
    {
      what: "`信息名称：` and `发布单位：` fields name the title and the publisher",
      text: "信息名称:某县2023年5月经济运行简况\n发布单位:某县统计局 发布日期:2023-06-12\n一、工业\n规上工业增加值同比增长7.6%。",
      expected: {
        title: "某县2023年5月经济运行简况",
        publisher: "某县统计局",
        number: undefined,
        publishedOn: "2023-06-12",
        dropped: ["1", "2"],
      },
    },
    {
      what: "a grid printed one `label：value` a line, its `名称：` line among them",
      text: "索引号:1234/2024-001\n发布机构:某市统计局\n发布日期:2024-06-05\n名称:2024年1-5月某市经济运行情况\n今年以来,全市经济运行平稳。\n一、工业\n规上工业增加值增长5%。",
      expected: { ...GRID_AS_LINES, dropped: ["1", "2", "3", "4"] },
    },
    {
      what: "a grid printed one `label value` a line without colons (`标题`, `发布日期` among them)",
      text: "索引号 1234/2024-001\n发布机构 某市统计局\n发布日期 2024-06-05\n标题 2024年1-5月某市经济运行情况\n今年以来,全市经济运行平稳。",
      expected: { ...GRID_AS_LINES, dropped: ["1", "2", "3", "4"] },
    },
    {
      what: "a grid's row that opens with its `标题` cell without a colon",
      text: "| 索引号 | 1234/2024-001 | 发布机构 | 某市统计局 |\n| 标题 | 2024年1-5月某市经济运行情况 |\n| 发布日期 | 2024-06-05 | 文号 | |\n今年以来,全市经济运行平稳。",
      expected: { ...GRID_AS_LINES, dropped: ["1", "2", "3"] },
    },
    {
      what: "a 文号 that numbers no issue gives no number (none is invented)",
      text: "文件名称 | 某县2023年政务服务工作通报 | ||\n公开责任部门 | 某县行政审批服务局 | 公开形式: | 主动公开 |\n文号 | 某审发〔2023〕5号 | 成文日期: | 2023年01月31日 |\n各乡镇便民服务中心:\n一、总体情况\n全年受理办件3200件。",
      expected: {
        title: "某县2023年政务服务工作通报",
        publisher: "某县行政审批服务局",
        number: undefined,
        publishedOn: "2023-01-31",
        dropped: ["1", "2", "3"],
      },
    },
    {
      what: "a grid row that opens with its `名称：` cell, and a Markdown rule row under the grid's first row",
      text: "索 引 号: | 1234-5/2023-00027 | 发布日期: | 2023-07-16 |\n---|---|---|---|\n发布机构: | 某市热线指挥中心 | 责任部门: | 某市热线指挥中心 |\n名 称: | 某市热线2023年第25周受理情况通报 |\n一、基本受理情况\n本周平台共受理市民诉求4217件。",
      expected: {
        title: "某市热线2023年第25周受理情况通报",
        publisher: "某市热线指挥中心",
        number: undefined,
        publishedOn: "2023-07-16",
        dropped: ["1", "2", "3", "4"],
      },
    },
    {
      what: "a file-information list printed one label a line, each value on the next, the title under it (a label whose value is empty keeps the next line)",
      text: "• 索引号\n  • 0000123-1-/2023-0506001\n  • 发布机构\n  • 某市市场监督管理局\n  • 公开目录\n  • 统计信息\n  • 发布日期\n  • 2023-05-06\n  • 文号\n  • 浏览量\n  • 主题词\n2023年4月全市12315数据分析\n一、概况\n4月全市12315热线总量962个。",
      expected: {
        title: "2023年4月全市12315数据分析",
        publisher: "某市市场监督管理局",
        number: undefined,
        publishedOn: "2023-05-06",
        dropped: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
      },
    },
    {
      what: "after the text's first sentence a label alone on its line is the text's (a table's head cell), not a page's",
      text: "某市公告发布情况\n第3期\n2023年5月8日\n一、情况\n本月发布公告3条。\n发布日期\n2023-05-06\n文号\n某发〔2023〕3号",
      expected: {
        title: "某市公告发布情况",
        publisher: undefined,
        number: 3,
        publishedOn: "2023-05-08",
        dropped: [],
      },
    },
  ])("parseBulletinText: $what", ({ text, expected }) => {
    expect(read(text)).toEqual(expected);
  });

  test("a Markdown rule row of a table in the text is no grid's: nothing is dropped", () => {
    const text =
      "某区热线月报\n第5期\n2023年6月2日\n一、受理情况\n| 街道 | 受理量 |\n|---|---|\n| 东街 | 12件 |\n| 西街 | 15件 |";
    expect(dropped(text)).toEqual([]);
  });

  test("property: a sentence under a file-information label alone on its line is never taken as its value", () => {
    const label = fc.constantFrom(
      "索引号",
      "发布机构",
      "公开目录",
      "发布日期",
      "文号",
      "主题词",
      "标题",
      "公开责任部门",
    );
    const sentence = fc
      .array(fc.constantFrom(..."全市热线受理群众诉求结率同比增长情况"), {
        minLength: 4,
        maxLength: 30,
      })
      .map((cs) => `${cs.join("")}。`);
    fc.assert(
      fc.property(label, sentence, (l, s) => {
        const text = `${l}\n${s}\n一、概况\n本月受理12件。`;
        const { bulletin } = parseBulletinText(text);
        expect(JSON.stringify(bulletin.sections)).toContain(s.slice(0, -1));
      }),
      { numRuns: 100 },
    );
  });
});

describe("web copies: news copies and the page's own lines", () => {
  test.each([
    {
      what: "a news copy's `原标题：` line names the report, wherever it stands, and is dropped",
      text: "日前,记者从市交易中心获悉,1-4月全市完成交易项目545个。\n同时,县里完成交易项目265个。\n原标题:1-4月全市交易额达97.22亿元",
      expected: {
        title: "1-4月全市交易额达97.22亿元",
        publisher: undefined,
        publishedOn: undefined,
        dropped: ["3"],
      },
    },
    {
      what: "a `标题：` field wins over the `原标题：` line",
      text: "标题:某市清明假期热线服务情况\n原标题:清明假期热线为民服务9.37万件\n来源:某某晚报\n假期期间,热线共为民服务9.37万件。",
      expected: {
        title: "某市清明假期热线服务情况",
        publisher: "某某晚报",
        publishedOn: undefined,
        dropped: ["1", "2", "3"],
      },
    },
    {
      what: "a copied report that opens `据…报道` names its source as the publisher",
      text: "据某某新闻网报道 日前,记者从市交易中心获悉,1-4月全市完成交易项目545个。\n原标题:1-4月全市交易额达97.22亿元",
      expected: {
        title: "1-4月全市交易额达97.22亿元",
        publisher: "某某新闻网",
        publishedOn: undefined,
        dropped: ["2"],
      },
    },
    {
      what: "`據…報道` in a copy converted to traditional characters names its source as printed",
      text: "據某某新聞網報道 日前,記者獲悉,全市完成交易項目545個。\n原標題:全市交易額達97.22億元",
      expected: {
        title: "全市交易額達97.22億元",
        publisher: "某某新聞網",
        publishedOn: undefined,
        dropped: ["2"],
      },
    },
    {
      what: "`据报道`, `据统计` name no source",
      text: "据统计,1-4月全市完成交易项目545个。\n据报道,交易额同比增长。\n原标题:1-4月全市交易额达97.22亿元",
      expected: {
        title: "1-4月全市交易额达97.22亿元",
        publisher: undefined,
        publishedOn: undefined,
        dropped: ["3"],
      },
    },
    {
      what: "the page's date and counter one field a line (`时间：` with a site's digits, `阅读次数：`) are dropped, the title over them kept",
      text: "当前位置: 互动交流> 反馈统计\n\n2023年4月份市热线平台考评结果通报\n\n  • 时间:2023-05-15 08:49:38\n  • 来源:市数字城管\n  • 阅读次数:\n  • 字体:[ ]\n\n现将考评结果通报如下:\n\n一、综合数据\n\n本月共受理问题26898件。",
      expected: {
        title: "2023年4月份市热线平台考评结果通报",
        publisher: "市数字城管",
        publishedOn: "2023-05-15",
        dropped: ["1", "5", "6", "7", "8"],
      },
    },
    {
      what: "fields in 【】 give their values without the brackets",
      text: "某中心2024年5月工作简报\n【发布时间:2024-05-06】【来源:某市政务服务中心】【字体:大 中 小】\n一、工作动态\n本月受理12件。",
      expected: {
        title: "某中心2024年5月工作简报",
        publisher: "某市政务服务中心",
        publishedOn: "2024-05-06",
        dropped: ["2"],
      },
    },
    {
      what: "a `日期：` in words alone over the text's first sentence is the page's date, no part of the title",
      text: "某中心2024年5月工作简报\n日期:2024年05月06日\n一、工作动态\n本月受理12件。",
      expected: {
        title: "某中心2024年5月工作简报",
        publisher: undefined,
        publishedOn: "2024-05-06",
        dropped: ["2"],
      },
    },
    {
      what: "an office as the page's `作者` or `发布者` is its publisher, a person is not",
      text: "某中心2024年5月工作简报\n作者:某市政务服务中心 发布时间:2024-05-06\n一、工作动态\n本月受理12件。",
      expected: {
        title: "某中心2024年5月工作简报",
        publisher: "某市政务服务中心",
        publishedOn: "2024-05-06",
        dropped: ["2"],
      },
    },
    {
      what: "a person as the page's `作者` is no publisher",
      text: "某中心2024年5月工作简报\n作者:王飞 发布时间:2024-05-06\n一、工作动态\n本月受理12件。",
      expected: {
        title: "某中心2024年5月工作简报",
        publisher: undefined,
        publishedOn: "2024-05-06",
        dropped: ["2"],
      },
    },
    {
      what: "a meeting's `时间：` in words without a time is the text's",
      text: "某县督查通报\n第3期\n2025年8月6日\n一、会议安排\n时间:2025年8月10日\n地点:县政府三楼会议室。",
      expected: {
        title: "某县督查通报",
        publisher: undefined,
        number: 3,
        publishedOn: "2025-08-06",
        dropped: [],
      },
    },
    {
      what: "a spam line of Latin letters and a web address over the title is dropped",
      text: "澳门ab1234-www.ab1234.com-Login on official website\n\n2024年4月份投诉举报情况分析\n\n日期:2024-04-28 16:30 来源:市市场监管局\n\n一、总体办理情况\n\n4月份共接收群众诉求16960件。",
      expected: {
        title: "2024年4月份投诉举报情况分析",
        publisher: "市市场监管局",
        publishedOn: "2024-04-28",
        dropped: ["1", "5"],
      },
    },
    {
      what: "a labelled web address in the text stays",
      text: "某区政务服务月报\n第5期\n2024年5月6日\n一、网上办事\n网址:www.example.gov.cn\n本月网上办件1200件。",
      expected: {
        title: "某区政务服务月报",
        publisher: undefined,
        number: 5,
        publishedOn: "2024-05-06",
        dropped: [],
      },
    },
    {
      what: "two sibling headlines of linked reports over a copied page are not its title",
      text: "5月市民热线县市区办理情况通报\n5月市民热线市直部门办理情况通报\n本报讯 6月7日,记者从市民热线办公室获悉,5月份热线受理市民诉求46983件。",
      expected: { title: undefined, publisher: undefined, publishedOn: undefined, dropped: [] },
    },
    {
      what: "a headline over a subtitle that ends alike but opens otherwise is the title",
      text: "热线5月运行情况通报\n——各县市区办理情况通报\n5月份热线受理市民诉求46983件。",
      expected: {
        title: "热线5月运行情况通报",
        publisher: undefined,
        publishedOn: undefined,
        dropped: [],
      },
    },
  ])("parseBulletinText: $what", ({ text, expected }) => {
    expect(read(text)).toEqual({ number: undefined, ...expected });
  });
});
