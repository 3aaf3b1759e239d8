import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report that opens on its byline (`某某导报记者 初某`, `某某日報記者 王某 李某`, `记者 王某`): the
 * outlet perhaps (two joined by `·`, `某某晚报·某某壹点记者 陈某`; a group's, `某某新闻传媒集团记者刘某某`), the
 * reporter's role and one to three names, nothing else. It is no headline: the text has no title
 * line, and none is made of it. Headlines about reporters (`…记者节…`, `…记者站揭牌`, `…记者座谈会`)
 * stay titles. Every example is written for the rule.
 */

const body =
  "记者日前从省交通运输厅获悉，今年1-9月全省交通运输主要数据出炉。\n1-9月，全省交通运输投资累计完成2276.5亿元，同比增长6.2%。\n客运方面，1-9月份全省公路客运量累计完成6548万人，同比降低43.3%。";

const parse = (text: string) => parseBulletinText(text);

describe("a byline alone on the first line", () => {
  test.each([
    ["某某导报记者 初某"],
    ["某某日報記者 王某 李某"],
    ["某某日报记者王某某"],
    ["记者 王某"],
    ["某某网记者 张某、李某"],
    ["某某晚报·某某壹点记者 陈某"],
    ["某某新闻·某某晨报记者 王某某"],
    ["某某新闻传媒集团记者刘某某"],
    ["某某融媒体中心记者李某"],
    ["某某新闻客户端记者 赵某 钱某"],
  ])("parseBulletinText: `%s` is no title", (line) => {
    const { bulletin } = parse(`${line}\n${body}`);
    expect(bulletin.publication.title).toBeUndefined();
  });

  test.each([
    ["某某导报记者 初某", "某某导报"],
    ["某某日報記者 王某 李某", "某某日報"],
  ])("parseBulletinText: `%s` over a sentence names the outlet, the publisher", (line, outlet) => {
    const { bulletin } = parse(`${line}\n${body}`);
    expect(bulletin.publication.publisher?.name).toBe(outlet);
  });
});

describe("headlines that name reporters", () => {
  test.each([
    ["某某日报记者节座谈会召开"],
    ["某某日报记者站揭牌"],
    ["某某日报记者团走进某县"],
    ["记者走基层：某县交通建设见闻"],
    ["某市召开全市新闻记者座谈会"],
    ["某市表彰新闻记者"],
    ["某某日报记者走访"],
    ["某某新闻记者见面会"],
  ])("parseBulletinText: `%s` stays the title", (line) => {
    const { bulletin } = parse(`${line}\n${body}`);
    expect(bulletin.publication.title).toBe(line);
  });
});
