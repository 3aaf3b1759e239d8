import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose first paragraph opens with its reporters' credit in brackets, the outlet
 * before the role (`(某某广播电视台全媒体记者周某报道)近日,…`, `（某某日报记者 王某 通讯员 李某）…`):
 * the outlet is the publisher when nothing else names one, as the same credit closing the last
 * paragraph names it. A credit that names no outlet (`本报记者`, a role alone) or a bracket that
 * is no credit names none. Written for the rule (formerly held-out-28's 蕲春 rural-roads copy);
 * every text here is invented.
 */

const REST =
  "县交通局对农村公路建设进行检查。\n截至目前，全县累计新建农村公路398公里，完成农村公路安防工程784公里。";

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a reporters' credit opening the first paragraph", () => {
  test.each([
    ["(某某广播电视台全媒体记者周某报道)近日,", "某某广播电视台"],
    ["（某某日报记者 王某 通讯员 李某）近日，", "某某日报"],
    ["(某某新闻网记者 张某 报道)日前，", "某某新闻网"],
    ["（某某晚報記者 陳某）近日，", "某某晚報"],
  ])("`%s…` names the outlet", (credit, outlet) => {
    expect(publisherOf(`${credit}${REST}`)).toBe(outlet);
    expect(publisherOf(`某县开展农村公路建设检查\n${credit}${REST}`)).toBe(outlet);
  });

  test.each([
    ["a credit of the paper's own", "（本报记者 王某）近日，"],
    ["a role alone", "（记者 王某 报道）近日，"],
    ["a kind of outlet alone", "（电视台记者 王某）近日，"],
    ["a bracket that is no credit", "（截至6月底）"],
  ])("%s names no outlet", (_, opening) => {
    expect(publisherOf(`${opening}${REST}`)).toBeUndefined();
  });
});
