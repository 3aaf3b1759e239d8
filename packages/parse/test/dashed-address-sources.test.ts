import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 来源 value whose site address is joined to its name by a dash (`本文来源:某某官网-www.jlcj.net`, as
 * five tuning pages of one copying template print it) names the source without the dash: the dash
 * is no part of the name (the one such page whose facts name the source read it without). A dash
 * inside a name (`人民网-北京频道`) and an address set off by a space or a date stay as before.
 */

const BODY = [
  "福建省春季造林工作进展顺利",
  "今年以来,全省完成植树造林面积52.3万亩,占年度任务的85.1%。",
  "其中,人工造林18.6万亩,同比增长12.4%。",
];
const publisherOf = (source: string) =>
  parseBulletinText([...BODY, source].join("\n")).bulletin.publication.publisher?.name;

describe("a source's name joined to its address by a dash", () => {
  test.each([
    ["本文来源:澳门bet356体育在线官网安装-www.jlcj.net", "澳门bet356体育在线官网安装"],
    ["本文来源:某某资讯网-www.example.com", "某某资讯网"],
    ["来源:某某林业网－http://www.example.cn", "某某林业网"],
  ])("`%s` names %s", (source, name) => {
    expect(publisherOf(source)).toBe(name);
  });
});

describe("near misses", () => {
  test.each([
    ["来源:人民网-北京频道", "人民网-北京频道"],
    ["来源:某某资讯网 www.example.com", "某某资讯网"],
    ["来源:某某资讯网 2024-03-12 www.example.com", "某某资讯网"],
  ])("`%s` names %s", (source, name) => {
    expect(publisherOf(source)).toBe(name);
  });
});
