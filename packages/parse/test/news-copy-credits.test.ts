import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Where a copied news report names its outlet and date (issue 14, tuning batch 10): a dateline
 * (`某某日报讯`, `新华社北京7月27日电`), a newspaper's credit on the last line (`《某报》（2021年06月17日
 * 第02版）`), a `来源` value that runs on into the page's date and address, a page's `发表日期` line,
 * a date line printed with its year last (`25.01.2016 09:52`), and a publishing system's account
 * as a byline (`责任编辑:admin`). Examples written for the rules.
 */

const parsed = (text: string) => parseBulletinText(text);
const publisherOf = (text: string) => parsed(text).bulletin.publication.publisher?.name;
const dateOf = (text: string) => parsed(text).bulletin.issue.publishedOn;
/** The publisher and the date a text gives. */
const expectNameAndDate = (text: string, name: string, date: string | undefined): void => {
  expect(publisherOf(text)).toBe(name);
  expect(dateOf(text)).toBe(date);
};
const BODY = "全市规模以上工业增加值同比增长6.2%，社会消费品零售总额增长8.1%。";

describe("a dateline naming the outlet", () => {
  test.each([
    { line: `某某日报讯（记者 王某）${BODY}`, outlet: "某某日报" },
    { line: `某州日报/某州网某州讯(通讯员李某报道)${BODY}`, outlet: "某州日报" },
    { line: `新华社北京7月27日电 ${BODY}`, outlet: "新华社" },
    { line: `中新网1月5日电 ${BODY}`, outlet: "中新网" },
    { line: `某某晚報訊 ${BODY}`, outlet: "某某晚報" },
    { line: `某某网消息：${BODY}`, outlet: "某某网" },
  ])("parseBulletinText: `$line` names $outlet", ({ line, outlet }) => {
    expect(publisherOf(line)).toBe(outlet);
  });

  test.each([
    { line: `本报讯（记者 王某）${BODY}` },
    { line: `本网讯 ${BODY}` },
    { line: `某某社区通讯员报道，${BODY}` },
    { line: `记者从市统计局获悉，${BODY}` },
  ])("parseBulletinText: `$line` names no outlet", ({ line }) => {
    expect(publisherOf(line)).toBeUndefined();
  });
});

describe("a newspaper's credit closing the report", () => {
  test.each([
    {
      credit: "《 某某日报海外版 》( 2021年06月17日 第 02 版)",
      name: "某某日报海外版",
      date: "2021-06-17",
    },
    { credit: "《某某日报》（2021年6月17日 02版）", name: "某某日报", date: "2021-06-17" },
    { credit: "——《某某经济报》2021-06-17", name: "某某经济报", date: "2021-06-17" },
    { credit: "（摘自《某某日报》）", name: "某某日报", date: undefined },
  ])("parseBulletinText: `$credit` names $name and $date", ({ credit, name, date }) => {
    expectNameAndDate(`某市经济稳中向好\n${BODY}\n${credit}`, name, date);
  });

  test.each([
    { credit: "《2021年某市统计公报》" },
    { credit: "《政府工作报告》（2021年06月17日）" },
    { credit: "《某某日报》（记者 王某）" },
  ])("parseBulletinText: `$credit` is no newspaper's credit", ({ credit }) => {
    expect(publisherOf(`某市经济稳中向好\n${BODY}\n${credit}`)).toBeUndefined();
  });

  test("parseBulletinText: a credit not under a finished sentence is no credit", () => {
    expect(publisherOf(`某市经济稳中向好\n${BODY}\n详见下表\n《某某日报》`)).toBeUndefined();
  });
});

describe("a page's source and date lines", () => {
  test.each([
    {
      line: "来源:某某广播电视台 2019-11-11 15:27 http://www.example.cn/",
      name: "某某广播电视台",
      date: "2019-11-11",
    },
    { line: "来源：某某新闻网 2020年3月5日", name: "某某新闻网", date: "2020-03-05" },
    { line: "来源：某某新闻网 http://www.example.cn/", name: "某某新闻网", date: undefined },
  ])("parseBulletinText: `$line` gives $name and $date", ({ line, name, date }) => {
    expectNameAndDate(`某市热线运行良好\n${line}\n${BODY}`, name, date);
  });

  test("parseBulletinText: a 来源 that holds only an address names no publisher", () => {
    expect(
      publisherOf(
        `某市热线运行良好\n来源:http://www.example.cn/zgzlb/content/2019-01/17/content_1.htm\n${BODY}`,
      ),
    ).toBeUndefined();
  });

  test.each([
    { line: "发表日期:2014-07-17 12:55AM 阅览次数:", date: "2014-07-17" },
    { line: "发表时间：2014-07-17 访问次数：35", date: "2014-07-17" },
    { line: "发稿时间：2014年7月17日", date: "2014-07-17" },
  ])("parseBulletinText: `$line` is the page's date line under its title", ({ line, date }) => {
    const result = parsed(`某市夏粮增产4.8万吨\n${line}\n${BODY}`);
    expect(result.bulletin.publication.title).toBe("某市夏粮增产4.8万吨");
    expect(result.bulletin.issue.publishedOn).toBe(date);
  });
});

describe("a date line printed with its year last", () => {
  test.each([
    { line: "25.01.2016  09:52", date: "2016-01-25" },
    { line: "06.09.2021", date: "2021-09-06" },
    { line: "25/01/2016 09:52", date: "2016-01-25" },
    { line: "01/25/2016", date: "2016-01-25" },
    // Either order fits: no date is read from it.
    { line: "06/09/2016", date: undefined },
    { line: "32.01.2016", date: undefined },
    { line: "（25.01.2016）", date: "2016-01-25" },
  ])("parseBulletinText: `$line` under the title gives $date", ({ line, date }) => {
    expect(dateOf(`某市信访形势持续好转\n\n${line}\n\n${BODY}`)).toBe(date);
  });

  test("parseBulletinText: any dotted day-first date under a title is read as that day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }),
        (d) => {
          const [y, m, day] = d.toISOString().slice(0, 10).split("-");
          expect(dateOf(`某市信访形势持续好转\n${day}.${m}.${y} 09:52\n${BODY}`)).toBe(
            `${y}-${m}-${day}`,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a publishing system's account as a byline", () => {
  test.each([{ line: "责任编辑:admin" }, { line: "编辑：cprpu" }, { line: "（发布者：xxb01）" }])(
    "parseBulletinText: `$line` is the page's, dropped with a warning, no editor",
    ({ line }) => {
      const result = parsed(`某市热线运行良好\n${BODY}\n${line}`);
      expect(result.bulletin.issue.editor).toBeUndefined();
      expect(result.warnings.some((w) => w.code === "web-line-dropped")).toBe(true);
    },
  );

  test("parseBulletinText: a 报尾's editor named by a person stays the editor", () => {
    const result = parsed(
      `某某简报\n第3期\n某某办公室 2021年5月6日\n一、动态\n全市受理诉求120件。\n责任编辑：张三`,
    );
    expect(result.bulletin.issue.editor).toBe("张三");
  });
});
