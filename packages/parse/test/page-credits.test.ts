import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Whom and when a copied page credits (issue 14, the misses of the seventh and eighth blind sets
 * read as families): a counter glued to a 来源 value, a date line that names its body without a
 * label, a reprint credit worded without a label, a body's website, and a document's head (its
 * 发文字号, its title broken over lines). Every example here is written for the rule, not taken
 * from a page.
 */

const parse = (text: string) => parseBulletinText(text);
const lede = "一季度，全市12345热线共受理群众诉求3.2万件，办结率99.1%，同比提高0.4个百分点。";

describe("a page's counter after its 来源 value", () => {
  test.each([
    "来源: 某区政府门户网站 浏览量:1次  字体:",
    "来源：某区政府门户网站 点击量：25 字号：大 中 小",
    "来源：某区政府门户网站 阅读数：1024",
    "來源：某區政府門戶網站 瀏覽次數：3",
  ])("parseBulletinText: `%s` gives the source without the counter", (line) => {
    const { bulletin } = parse(`某区热线工作情况通报\n${line}\n${lede}`);
    expect(bulletin.publication.publisher?.name).toMatch(/^某[区區]政府[门門][户戶][网網]站$/);
  });

  test("parseBulletinText: a count in the report's text (`浏览量达3.2万次`) stays a figure of the text", () => {
    const { bulletin } = parse(
      `一、宣传\n（一）网站建设\n全年门户网站浏览量达3.2万次，同比增长12%。`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("浏览量达");
  });
});

describe("a date line that names its body without a label", () => {
  test.each([
    { line: "2017-08-17 09:24:49 某总局统计司", publisher: "某总局统计司" },
    { line: "2024/01/10 某省统计局", publisher: "某省统计局" },
    { line: "2021.05.06 08:00 某某調查隊", publisher: "某某調查隊" },
    { line: "发布时间:2024-09-02 09:47:59 某某日报", publisher: "某某日报" },
  ])(
    "parseBulletinText: `$line` under the headline gives the date and the publisher",
    ({ line, publisher }) => {
      const { bulletin } = parse(`1-7月份全市生产安全事故总量平稳下降\n\n${line}\n\n${lede}`);
      expect(bulletin.publication.title).toBe("1-7月份全市生产安全事故总量平稳下降");
      expect(bulletin.publication.publisher?.name).toBe(publisher);
      expect(bulletin.issue.publishedOn).toMatch(/^20\d\d-\d\d-\d\d$/);
    },
  );

  test("parseBulletinText: a date followed by words that name no body (`2024-01-10 全市开展安全大检查`) is no credit", () => {
    const { bulletin } = parse(`某市工作动态\n2024-01-10 全市开展安全大检查\n${lede}`);
    expect(bulletin.publication.publisher).toBeUndefined();
    expect(JSON.stringify(bulletin)).toContain("全市开展安全大检查");
  });
});

describe("a reprint credit worded without a label", () => {
  test.each([
    { line: "本文转载自某某部网站", publisher: "某某部网站" },
    { line: "转自某某日报。", publisher: "某某日报" },
    { line: "本文来源于某省统计局", publisher: "某省统计局" },
    { line: "转自：某工网", publisher: "某工网" },
    // The name in lenticular brackets, a semicolon after it; an app's name (`客户端`).
    { line: "本文转自【某某新闻客户端】;", publisher: "某某新闻客户端" },
    { line: "本文轉自【某某新聞客户端】；", publisher: "某某新聞客户端" },
  ])("parseBulletinText: `$line` names the publisher", ({ line, publisher }) => {
    const { bulletin } = parse(`2022年全市农产品例行监测总体合格率为97.6%\n${line}\n\n${lede}`);
    expect(bulletin.publication.publisher?.name).toBe(publisher);
  });

  test("parseBulletinText: a heading that opens with the same words (`来自基层的声音`) is no credit", () => {
    const { bulletin } = parse(`一、来自基层的声音\n${lede}`);
    expect(bulletin.sections[0]?.title).toBe("来自基层的声音");
  });
});

// Since held-out-12 (the corpus oracle's convention): a body's site is the source the page credits,
// kept as printed (`来源：教育部網站`), as a portal or a news site is (source-values.test.ts).
describe("a body's website", () => {
  test.each([
    { source: "某某部网站", publisher: "某某部网站" },
    { source: "某省市场监督管理局網站", publisher: "某省市场监督管理局網站" },
    { source: "某区政府门户网站", publisher: "某区政府门户网站" },
    { source: "某某新闻网", publisher: "某某新闻网" },
  ])("parseBulletinText: `来源：$source` names $publisher", ({ source, publisher }) => {
    const { bulletin } = parse(
      `某市一季度热线运行情况\n来源：${source} 发布时间：2024-04-08\n${lede}`,
    );
    expect(bulletin.publication.publisher?.name).toBe(publisher);
  });
});

describe("a document's head: its 发文字号 and its title broken over lines", () => {
  test.each([
    { number: "某市監通告〔2024〕2號", issuer: "某省市場監督管理局" },
    { number: "某政办发[2023]17号", issuer: "某市人民政府办公室" },
    { number: "某统字（2022）第3号", issuer: "某县统计局" },
  ])(
    "parseBulletinText: `$number` over the issuer is neither the title nor the publisher",
    ({ number, issuer }) => {
      const { bulletin } = parse(
        `${number}\n${issuer}\n关于2023年第四季度食品安全\n监督抽检情况分析的通告\n（2024年第1期）\n${lede}`,
      );
      expect(bulletin.publication.publisher?.name).toBe(issuer);
      expect(bulletin.publication.title).toBe(
        `${issuer}关于2023年第四季度食品安全监督抽检情况分析的通告`,
      );
      expect(bulletin.issue.number).toBe(1);
      expect(bulletin.issue.year).toBe(2024);
    },
  );

  test.each([
    { number: "某产转办〔2013〕6号", issuer: "某市产业转型领导小组办公室", kind: "通 报" },
    { number: "某政办发[2023]17号", issuer: "某县人民政府办公室", kind: "通知" },
  ])(
    "parseBulletinText: `$number` / issuer / title over the addressee, no date: a document's head",
    ({ number, issuer, kind }) => {
      const { bulletin } = parse(
        `${number}\n${issuer}\n关于2013年上半年产业转型考核结果的\n${kind}\n各县市区人民政府：\n${lede}`,
      );
      expect(bulletin.publication.publisher?.name).toBe(issuer);
      expect(bulletin.publication.title).toBe(
        `${issuer}关于2013年上半年产业转型考核结果的${kind.replace(" ", "")}`,
      );
      expect(JSON.stringify(bulletin.sections)).toContain("各县市区人民政府");
    },
  );

  test("parseBulletinText: a 发文字号 over a line that is no document's title makes no head", () => {
    const { bulletin } = parse(
      `某政办发[2023]17号\n某县人民政府办公室\n全县政务服务工作情况\n${lede}`,
    );
    expect(bulletin.publication.title ?? "").not.toContain("某县人民政府办公室");
  });

  test("parseBulletinText: a `关于…` line that no line ending with the document's kind closes is left as it is", () => {
    const { bulletin } = parse(`某县统计局\n关于做好统计工作\n2024年第2期\n${lede}`);
    expect(bulletin.publication.publisher?.name).toBe("某县统计局");
    expect(bulletin.publication.title).toBe("关于做好统计工作");
  });
});

describe("a headline among other lines over a page's date", () => {
  test.each([
    { over: "某某资讯", again: "某某数据" },
    { over: "Some Account", again: "公众号：某某数据" },
  ])(
    "parseBulletinText: the headline printed again with an account's name after it is the title, not the lines joined ($over)",
    ({ over, again }) => {
      const headline = "2022年全国农产品质量安全例行监测总体合格率为97.6%";
      const { bulletin } = parse(
        `${over}\n\n${headline}\n\n${headline} ${again}\n2023-01-03\n${lede}`,
      );
      expect(bulletin.publication.title).toBe(headline);
    },
  );

  test("parseBulletinText: a masthead's name split over short lines is still joined", () => {
    const { bulletin } = parse(
      `宜春12345\n一 体 化\n政务服务便民热线\n第3期\n2024年3月5日\n${lede}`,
    );
    expect(bulletin.publication.title).toBe("宜春12345一体化政务服务便民热线");
  });
});

describe("a newspaper's dated credit wherever it stands", () => {
  test.each([
    { credit: "《工人日报》(2016年04月13日 04版)", name: "工人日报", date: "2016-04-13" },
    { credit: "《某某日報》（2019年05月06日 第03版）", name: "某某日報", date: "2019-05-06" },
    { credit: "——《某某晚报》2020-07-08", name: "某某晚报", date: "2020-07-08" },
  ])(
    "parseBulletinText: `$credit` under a headline holding a percentage gives the title, the paper and the date",
    ({ credit, name, date }) => {
      const { bulletin } = parse(
        `一季度农产品质量总体合格率近97%\n${credit}\n据新华社北京4月12日电(记者林晖)农业部12日公布一季度例行监测信息。通报显示，一季度农产品质量总体合格率近97%。\n共抽检样品10837个，总体合格率为96.9%。`,
      );
      expect(bulletin.publication.title).toBe("一季度农产品质量总体合格率近97%");
      expect(bulletin.publication.publisher?.name).toBe(name);
      expect(bulletin.issue.publishedOn).toBe(date);
    },
  );

  test("parseBulletinText: a report's name in title marks (`《2021年统计公报》（2022年3月1日）`) is no credit", () => {
    const { bulletin } = parse(`某市统计工作动态\n《2021年统计公报》（2022年3月1日）\n${lede}`);
    expect(bulletin.publication.publisher).toBeUndefined();
  });
});
