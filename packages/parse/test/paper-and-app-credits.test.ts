import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reporters' credit in brackets alone on the last line, under the last paragraph, that names a
 * paper and then its app or brand, apart by spaces, before the role (`（某某晚报 某某壹点 记者 王某）`,
 * `(某某日报 某某新闻客户端 记者 王某 李某)`): the paper (the first name, ending as an outlet's does) is
 * the copy's publisher. A first name that is no outlet's (`（某某公司 某某部 记者 王某）`), or such a
 * credit under a line that closes no sentence, names none. Every text here is written for the test.
 */

const BODY =
  "20日，记者从某市住房公积金中心了解到，7月份，全市缴存住房公积金22.6亿元，同比增长17.4%。\n今年以来，某市住房公积金中心认真落实各项部署，服务水平持续提升。\n";
const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a paper-and-app reporters' credit closing a report", () => {
  test.each([
    ["（某鲁晚报 某鲁壹点 记者 王某 ）", "某鲁晚报"],
    ["(某某日报 某某新闻客户端 记者 王某 李某)", "某某日报"],
    ["（某某晚報　某某點　記者　王某某　通訊員　李某）", "某某晚報"],
    ["(某某商报 某某号 首席记者 张某)", "某某商报"],
  ])("parseBulletinText: `%s` names %s", (credit, outlet) => {
    expect(publisherOf(`${BODY}${credit}\n`)).toBe(outlet);
  });

  test.each([
    ["a first name that is no outlet's", `${BODY}（某某公司 某某部 记者 王某）\n`],
    [
      "a credit under a line closing no sentence",
      "20日，记者从某市住房公积金中心了解到，7月份缴存住房公积金22.6亿元\n（某鲁晚报 某鲁壹点 记者 王某）\n",
    ],
  ])("parseBulletinText: %s names no outlet", (_, text) => {
    expect(publisherOf(text)).toBeUndefined();
  });
});
