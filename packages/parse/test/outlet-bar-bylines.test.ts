import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news app's byline under the headline that prints its outlet, a bar, then the reporter
 * (`某某日报客户端 | 记者 王某`): the outlet is the publisher when nothing else names one, and the line
 * is no part of the title. A bar after a name that is no outlet's (`某某区 | 记者 王某`) names none.
 * Every text here is written for the test.
 */

const HEADLINE = "某市1100多万件群众来电中，反映最多的是这些事儿";
const read = (byline: string) =>
  parseBulletinText(
    `${HEADLINE}\n${byline}\n\n2021-01-08 10:03 语音播报\n\n\n今天上午，某市编制的年度报告对外发布。市民热线服务中心主任介绍，2020年，12345热线共受理1103.94万件群众来电，群众来电排在前十位的有：\n\n第一是疫情防控、107.7万件；\n\n第二是市场管理、98万件。\n\n编辑：王某`,
  ).bulletin.publication;

describe("an outlet, a bar and a reporter under the headline", () => {
  test.each([
    ["某某日报客户端 | 记者 任某", "某某日报客户端"],
    ["某某新闻网 | 记者 王某 通讯员 李某", "某某新闻网"],
    ["某某日報 | 記者 王某某", "某某日報"],
    ["某某晚报｜记者 王某", "某某晚报"],
  ])("parseBulletinText: `%s` names %s, the headline stays the title", (byline, outlet) => {
    const publication = read(byline);
    expect(publication.publisher?.name).toBe(outlet);
    expect(publication.title).toBe(HEADLINE);
  });

  test.each([
    ["a place before the bar", "某某区 | 记者 王某"],
    ["a reporter alone", "记者 王某"],
  ])("parseBulletinText: %s names no publisher", (_, byline) => {
    const publication = read(byline);
    expect(publication.publisher).toBeUndefined();
    expect(publication.title).toBe(HEADLINE);
  });
});
