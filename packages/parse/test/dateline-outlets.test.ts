import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Where a copied news report names its outlet (tuning batch s9c): a dateline with the place and
 * the day before 讯 (`某某日报北京10月30日讯`), an outlet's short name before 讯 and its reporter's
 * credit (`某都讯记者王某`) and an outlet's dateline alone on the report's first line (`某州新闻网讯`).
 * Examples written for the rules.
 */

const parsed = (text: string) => parseBulletinText(text);
const publisherOf = (text: string) => parsed(text).bulletin.publication.publisher?.name;
const BODY = "全市规模以上工业增加值同比增长6.2%，社会消费品零售总额增长8.1%。";
const HEADLINE = "全市经济运行稳中向好";

describe("a dateline with its place and day before 讯", () => {
  test.each([
    { line: `某某日报北京10月30日讯 记者王某报道：${BODY}`, outlet: "某某日报" },
    { line: `某某日報某州12月23日訊 (記者 王某)${BODY}`, outlet: "某某日報" },
    { line: `某某晚报某县3月5日讯（通讯员 李某）${BODY}`, outlet: "某某晚报" },
    { line: `某某网某市1月5日讯 ${BODY}`, outlet: "某某网" },
  ])("parseBulletinText: `$line` under a headline names $outlet", ({ line, outlet }) => {
    expect(publisherOf(`${HEADLINE}\n${line}`)).toBe(outlet);
  });

  test.each([
    { line: `本报北京10月30日讯 记者王某报道：${BODY}` },
    { line: `某市10月30日讯，${BODY}` },
    { line: `10月30日，某市召开新闻发布会，${BODY}` },
  ])("parseBulletinText: `$line` names no outlet", ({ line }) => {
    expect(publisherOf(`${HEADLINE}\n${line}`)).toBeUndefined();
  });
});

describe("an outlet's short name before 讯 and its reporter's credit", () => {
  test.each([
    { line: `南都讯记者王某通讯员李某 3月13日，${BODY}`, outlet: "南都" },
    { line: `某潮讯 记者 王某 ${BODY}`, outlet: "某潮" },
    { line: `某都讯（记者 王某）${BODY}`, outlet: "某都" },
    { line: `某某新闻讯 通讯员王某 ${BODY}`, outlet: "某某新闻" },
  ])("parseBulletinText: `$line` names $outlet", ({ line, outlet }) => {
    expect(publisherOf(`${HEADLINE}\n${line}`)).toBe(outlet);
  });

  test.each([
    { line: `快讯记者从市统计局获悉，${BODY}` },
    { line: `简讯：${BODY}` },
    { line: `喜讯传来，${BODY}` },
    { line: `本报讯记者王某 ${BODY}` },
    { line: `某都讯息平台显示，${BODY}` },
  ])("parseBulletinText: `$line` names no outlet", ({ line }) => {
    expect(publisherOf(`${HEADLINE}\n${line}`)).toBeUndefined();
  });
});

describe("an outlet's dateline alone on the first line", () => {
  test.each([
    { line: "某州新闻网讯", outlet: "某州新闻网" },
    { line: "某州新聞網訊", outlet: "某州新聞網" },
    { line: "某某日报讯（记者 王某）", outlet: "某某日报" },
  ])("parseBulletinText: `$line` is no headline and names $outlet", ({ line, outlet }) => {
    const { bulletin } = parsed(`${line}\n7月26日，记者从市财政局获悉，${BODY}`);
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.publication.publisher?.name).toBe(outlet);
  });

  test("parseBulletinText: a headline naming a news site is still the headline", () => {
    const { bulletin } = parsed(`某州新闻网改版上线\n7月26日，记者从市财政局获悉，${BODY}`);
    expect(bulletin.publication.title).toBe("某州新闻网改版上线");
  });
});
