import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An outlet's dateline relaying another outlet's report (`中新網2月15日電 據香港文匯網報道,…`): the
 * dateline's outlet sent the copy out, so it is the publisher; the outlet it credits is its news' source.
 * A dateline naming no outlet (`北京6月17日电/据某某网报道，…`) leaves the credited outlet the publisher,
 * and a lede opening on its credit (`据某某网报道，…`) names it. The line from the tuning text
 * `hongkong-prisons-2018-dddjmc-trad`; near misses written for the rule.
 */

const read = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const NEWS = "近日，香港懲教署舉行年結記者會，署長表示，2018年懲教院所每日平均在囚人口為8303人。";
const NEXT = "2018年的每日平均在囚人口為8303人，較2017年的8529人下跌3%。";

describe("a dateline relaying another outlet's report", () => {
  test.each([
    { lede: `中新網2月15日電 據香港文匯網報道,${NEWS}`, outlet: "中新網" },
    { lede: `中新网2月15日电 据香港文汇网报道，${NEWS}`, outlet: "中新网" },
    { lede: `某某日报北京6月17日电/据某某网报道，${NEWS}`, outlet: "某某日报" },
    { lede: `北京6月17日电/据某某网报道，${NEWS}`, outlet: "某某网" },
    { lede: `据香港文汇网报道，${NEWS}`, outlet: "香港文汇网" },
  ])("parseBulletinText: `$lede` names $outlet", ({ lede, outlet }) => {
    expect(read(`${lede}\n${NEXT}`)).toBe(outlet);
  });
});
