import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reporters' credit closing a copied report that names its outlet in a shape the usual
 * `（某某日报记者 林某）` does not take: the role set off by a space and its name by a slash
 * (`（某某日报 记者/余某）`), or a newspaper group's name (`某某报业全媒体记者 高某`), in brackets
 * run on to the last paragraph or alone under it, a space before the name. The outlet is the
 * publisher. Since session 40 a byline printed without that space (`某某报业全媒体记者高某`) names its
 * outlet too (run-on-byline.ts, foot-byline-outlets.test.ts), unless a dateline over the report
 * names another outlet (the tuning text whose `某某日报社全媒体记者袁某` has no publisher). Every text
 * here is written for the test.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const LAST =
  "据统计，2021年，全区14个设区市环境空气质量优良天数比例为95.8%，PM2.5平均浓度为28微克/立方米。";
const page = (foot: string) =>
  `1月25日，记者从自治区生态环境厅获悉，全区生态环境保护取得明显成效。\n${LAST}${foot}`;

describe("a reporters' credit with a slashed name or a newspaper group", () => {
  test.each([
    { foot: "（某某日报 记者/余某）", outlet: "某某日报" },
    { foot: "(某某日报 记者/余某)", outlet: "某某日报" },
    { foot: "（某某日報 記者／余某某）", outlet: "某某日報" },
    { foot: "（某某新闻网记者/王某 李某）", outlet: "某某新闻网" },
    { foot: "\n某某报业全媒体记者 高某", outlet: "某某报业" },
    { foot: "\n（某某报业集团记者 高某）", outlet: "某某报业集团" },
  ])("`$foot` names $outlet", ({ foot, outlet }) => {
    expect(publisherOf(page(foot))).toBe(outlet);
  });

  // Near-misses: no outlet before the role (`记者/余某`, `本报记者高某`), a kind of outlet alone
  // (`时报记者`), a line that goes on after the name,
  // and a credit inside the paragraph.
  test.each([
    ["（记者/余某）"],
    ["\n本报记者高某"],
    ["\n时报记者高某"],
    ["\n某某报业全媒体记者高某报道了这一消息"],
    ["（某某日报 记者/余某）据悉，全区还将继续推进。"],
  ])("`%s` names no outlet", (foot) => {
    expect(publisherOf(page(foot))).toBeUndefined();
  });
});
