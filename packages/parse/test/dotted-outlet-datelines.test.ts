import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A dateline naming a paper and its app (or site) joined by a middle dot (`某某晚报社·某某通客户端4月25日讯
 * (记者 …)`), as outlets that publish on both print: the first outlet is the publisher, as it is for
 * two outlets joined by a slash (`某某日报/某某网`). A dot inside a name that is no outlet's (`某县·
 * 某镇4月25日讯`: places) names none. Examples written for the rule.
 */

const BODY = "今年以来，全市一般公共预算收入完成125.6亿元，同比增长8.2%。";
const HEADLINE = "一季度全市财政收入稳步增长";
const publisherOf = (line: string) =>
  parseBulletinText(`${HEADLINE}\n${line}`).bulletin.publication.publisher?.name;

describe("two outlets joined by a middle dot in a dateline", () => {
  test.each([
    {
      line: `某州晚报社·某州通客户端4月25日讯(某州晚报记者 王某 通讯员 李某)${BODY}`,
      outlet: "某州晚报社",
    },
    { line: `某某日报·某某网讯（记者 王某）${BODY}`, outlet: "某某日报" },
    { line: `某某晚報社・某某通客戶端4月25日訊(記者 王某)${BODY}`, outlet: "某某晚報社" },
  ])("parseBulletinText: `$line` names $outlet", ({ line, outlet }) => {
    expect(publisherOf(line)).toBe(outlet);
  });

  test("parseBulletinText: two places joined by a dot name no outlet (counter-case)", () => {
    expect(publisherOf(`某县·某镇4月25日讯 ${BODY}`)).toBeUndefined();
  });
});
