import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * What a copied page prints over (and under) a report's headline that is not the report (issue
 * 14, the misses of the seventh and eighth blind sets read as families): a site's banner with its
 * domain name, a reading-time note, a forum's login prompt and the header over it, a telephone
 * number, a site header's exclamation, a mark decorating a field's line, a column's name over an
 * exclaiming headline, a journal's issue line over the headline, and a document's title printed
 * again with its issue number. Every example here is written for the rule, not taken from a page.
 */

const parse = (text: string) => parseBulletinText(text);
const lede = "今年以来，全市共受理群众诉求3.2万件，办结率99.1%，同比提高0.4个百分点。";
const body = `${lede}\n其中供水方面1540件，供热方面948件。`;

describe("a site's banner with its domain name", () => {
  test.each([
    "SUCAI198.COM —— 专注党建行政公文写作范文",
    "www.example.cn | 某某公文资讯网",
    "某某范文网 EXAMPLE.NET",
    "gwxz123.com - 公文写作素材",
  ])("parseBulletinText: `%s` over a document's title is dropped, not joined to it", (banner) => {
    const { bulletin, warnings } = parse(
      `${banner}\n\n某市创建办公室关于全市创建工作督查情况的通报\n\n${body}`,
    );
    expect(bulletin.publication.title).toBe("某市创建办公室关于全市创建工作督查情况的通报");
    expect(bulletin.publication.publisher?.name).toBe("某市创建办公室");
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(true);
  });

  test("parseBulletinText: an address given in the text with its label (`网址：www…`) stays", () => {
    const { bulletin } = parse(`一、服务渠道\n（一）网上办理\n网址：www.example.gov.cn\n${body}`);
    expect(JSON.stringify(bulletin.sections)).toContain("www.example.gov.cn");
  });
});

describe("a page's reading-time note", () => {
  test.each([
    "admin 分享 时间: 加入收藏 共计2314个字,预计阅读时长8分钟。",
    "全文约1200字 阅读需要4分钟",
    "共1856字，阅读本文约需6分钟",
  ])("parseBulletinText: `%s` is dropped as the page's", (note) => {
    const { bulletin, warnings } = parse(`某市热线工作通报\n${note}\n${body}`);
    expect(bulletin.publication.title).toBe("某市热线工作通报");
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 2)).toBe(true);
  });

  test("parseBulletinText: a sentence of the text that counts minutes stays", () => {
    const { bulletin } = parse(`某市热线工作通报\n${lede}\n平均接通时长缩短至8分钟。`);
    expect(JSON.stringify(bulletin.sections)).toContain("平均接通时长缩短至");
  });
});

describe("a forum's login prompt and the site's header over it", () => {
  test.each([
    ["传播文明，引领风尚，关注本市文明建设", "您需要 登录 才可以下载或查看,没有账号?立即注册\nx"],
    ["某某论坛 — 大家的家园", "登录后才能查看"],
    ["共建共享美好家园", "你需要登录才可以查看，没有帐号？免费注册\n×"],
  ])(
    "parseBulletinText: the header `%s` over the prompt is dropped, and no title is read",
    (header, prompt) => {
      const { bulletin } = parse(
        `${header}\n${prompt}\n6月15日至8月13日，市住建局成立2个专项检查组，共检查在建工程38项。`,
      );
      expect(bulletin.publication.title).toBeUndefined();
      expect(JSON.stringify(bulletin.sections)).toContain("专项检查组");
    },
  );

  test("parseBulletinText: a sentence of the text about logging in stays", () => {
    const { bulletin } = parse(
      `一、网上办事\n（一）统一身份认证\n群众登录后才可以查看办件进度，全年新增注册用户3.2万人。`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("群众登录后才可以查看办件进度");
  });
});

describe("a site's header lines: a telephone number and an exclamation", () => {
  test.each(["0591-87569904", "(010)6512 3456", "400-123-4567"])(
    "parseBulletinText: `%s` among the header's lines does not stop the headline being found",
    (phone) => {
      const { bulletin } = parse(
        `某某资料大全\n手机版\n${phone}\n\n我省建设系统开展安全隐患排查治理专项行动取得阶段性成果\n\n发表时间:2007-09-07 点击2798次\n${body}`,
      );
      expect(bulletin.publication.title).toBe(
        "我省建设系统开展安全隐患排查治理专项行动取得阶段性成果",
      );
    },
  );

  test("parseBulletinText: the 12345 hotline's number alone is the text's", () => {
    const { bulletin } = parse(`一、热线概况\n（一）受理渠道\n12345\n${body}`);
    expect(JSON.stringify(bulletin.sections)).toContain("12345");
  });

  test.each([
    "欢迎访问某市统计局官方网站! 无障碍辅助浏览工具条",
    "歡迎光臨某縣人民政府網站！ 長者版",
  ])(
    "parseBulletinText: a welcome banner's exclamation (`%s`) does not keep the header before the breadcrumb",
    (welcome) => {
      const { bulletin } = parse(
        `${welcome}\n2021-8-11 星期三 14:13:52 设为首页 加入收藏\n您的位置:首页 > 数据发布\n前三季度某市县域经济运行情况\n时间:2023年11月09日来源:某市统计局\n${body}`,
      );
      expect(bulletin.publication.title).toBe("前三季度某市县域经济运行情况");
    },
  );
});

describe("a mark decorating a page's field line", () => {
  test.each([
    "❒ 来源:某省消防救援总队",
    "■来源：某省消防救援总队",
    "▲ 来源:某省消防救援总队",
    "◆信息来源：某省消防救援总队",
  ])("parseBulletinText: `%s` at the foot names the publisher", (line) => {
    const { bulletin } = parse(`一季度全省火灾形势总体平稳\n${body}\n${line}`);
    expect(bulletin.publication.publisher?.name).toBe("某省消防救援总队");
  });

  test("parseBulletinText: a decorated line of the text (`◆1-12月，…`) stays", () => {
    const { bulletin } = parse(
      `某区热线通报\n【热线综述】\n◆1-12月，平台共受理工单11204件。\n${body}`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("平台共受理工单");
  });
});

describe("a column's name over an exclaiming headline", () => {
  test.each([
    { column: "其他", headline: "39.3万起!" },
    { column: "要闻", headline: "17.6万起！" },
    { column: "资讯", headline: "全省接报火灾17.6万起!!" },
  ])(
    "parseBulletinText: `$column` / `$headline` gives the headline as the title",
    ({ column, headline }) => {
      const { bulletin } = parse(
        `${column}\n${headline}\n日前，某省消防救援总队发布\n今年一季度火灾和警情统计结果。\n一季度全省共接报火灾17.6万起，共接报处置各类警情39.3万起，同比增长3.2%。`,
      );
      expect(bulletin.publication.title?.replace(/!/g, "！")).toBe(headline.replace(/!/g, "！"));
    },
  );

  test("parseBulletinText: a graphic's caption broken over two short lines is no column and headline", () => {
    const { bulletin } = parse(
      "全市地方\n一般公共预算收入\n379.89亿元 同比增长15.8%⬆\n财政收入质效稳步提升\n上半年我市地方一般公共预算收入进度\n完成年初预算的57.1%\n税收收入增长16.4%\n占地方一般公共预算收入比重为80.5%\n基本民生等方面保障有力\n上半年全市地方一般公共预算支出\n949.49亿元 同比增长12.9%",
    );
    expect(bulletin.publication.title).toBeUndefined();
  });

  test("parseBulletinText: a headline is never read from a line holding a sentence's mark before its `！` (property)", () => {
    const clause = fc.constantFrom("全市共办结", "同比增长", "今年以来", "群众满意");
    fc.assert(
      fc.property(clause, clause, (a, b) => {
        const { bulletin } = parse(`其他\n${a}。${b}！\n${body}`);
        expect(bulletin.publication.title).not.toBe(`${a}。${b}！`);
      }),
      { numRuns: 16 },
    );
  });
});

describe("an issue stated over a page's headline, and a document's title printed again", () => {
  test.each([
    { line: "2018年第5期(12月刊)", number: 5, year: 2018 },
    { line: "2021年第11期（上半月刊）", number: 11, year: 2021 },
    { line: "第12期", number: 12, year: undefined },
  ])(
    "parseBulletinText: `$line` over the headline and its 来源 line gives the issue",
    ({ line, number, year }) => {
      const { bulletin } = parse(
        `${line}\n【最新数字】2018年11月全国法定传染病疫情概况\n来源:《某某杂志》   时间:2018-12-20     分享:\n${body}`,
      );
      expect(bulletin.issue.number).toBe(number);
      expect(bulletin.issue.year).toBe(year);
    },
  );

  test("parseBulletinText: a column's name over the headline gives no issue", () => {
    const { bulletin } = parse(
      `统计数据\n2018年11月全国法定传染病疫情概况\n来源:《某某杂志》   时间:2018-12-20\n${body}`,
    );
    expect(bulletin.issue.number).toBeUndefined();
  });

  test.each([["（2022年·第9期）"], ["(2022年・第9期)"], ["（2022年第9期）"]])(
    "parseBulletinText: the title printed again with its issue `%s` gives the number, the year and the issuer",
    (issue) => {
      const { bulletin } = parse(
        `某市创建办公室关于文明城市建设工作督查通报\n\nV市创建办公室关于文明城市建设工作督查通报${issue}\n\n各乡（镇），市属各部门：\n${body}`,
      );
      expect(bulletin.issue.number).toBe(9);
      expect(bulletin.issue.year).toBe(2022);
      expect(bulletin.publication.publisher?.name).toBe("某市创建办公室");
    },
  );
});

describe("a line of a site's tool links and its clock", () => {
  test.each([
    "2021-8-11 星期三   14:13:52 设为首页 加入收藏 简体版 繁体版",
    "客服 设为首页",
    "登录 | 注册 | 繁體版",
    "欢迎您! 登录 | 注册 |",
    "您好，登录 注册 手机版",
  ])("parseBulletinText: `%s` is dropped, and its clock's date is not the issue's", (tools) => {
    const { bulletin, warnings } = parse(
      `${tools}\n某市春运首周道路交通情况\n时间:2023年11月09日 来源:某市交警支队\n${body}`,
    );
    expect(bulletin.publication.title).toBe("某市春运首周道路交通情况");
    expect(bulletin.issue.publishedOn).toBe("2023-11-09");
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(true);
  });

  test("parseBulletinText: a greeting before one link alone is no tool line", () => {
    const { bulletin } = parse(`一、动态\n（一）上线新平台\n欢迎您！登录\n${body}`);
    expect(JSON.stringify(bulletin.sections)).toContain("欢迎您！登录");
  });

  test("parseBulletinText: a hotline's channel cell (`微信微博`) stays in its table", () => {
    const { bulletin } = parse(
      "一、受理渠道\n| 渠道 | 数量 |\n| 电话 | 1200 |\n| 微信微博 | 300 |\n| 网站 | 150 |",
    );
    expect(JSON.stringify(bulletin.sections)).toContain("微信微博");
  });
});
