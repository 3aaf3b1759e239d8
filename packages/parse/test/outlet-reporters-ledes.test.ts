import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's lede opened by its outlet's name and its reporters' names, each set off by the
 * spaces the page printed, the report's first clause after them (`某某融媒  王某某 李某  为壮大村集体经济，…`):
 * the outlet is the publisher. Near-misses name none: a time word where a name stands (`某某网 近日
 * 记者从…`), words run on with no space, a body's name that is no outlet's. Every text here is
 * written for the test.
 */

const HEAD = "我市积极推进椰子产业项目 带动农民就业增收\n\n";
const REST =
  "\n\n近日,记者来到位于某镇某村的种植基地看到,一株株椰树苗翠绿挺拔、长势喜人。\n\n目前两个基地已先后吸纳约60名当地村民务工。";
const publisherOf = (lede: string) =>
  parseBulletinText(`${HEAD}${lede}${REST}`).bulletin.publication.publisher?.name;

describe("an outlet and its reporters spaced over the lede", () => {
  test.each([
    [
      "a media brand, two reporters",
      "某某融媒  王某某 李某  为壮大村集体经济,带动村民就业增收,去年以来,我市组织30个村委会投入资金。",
      "某某融媒",
    ],
    [
      "a paper, one reporter",
      "某某日报 张某 为推动乡村振兴,今年我市投入资金3120万元开发椰子项目。",
      "某某日报",
    ],
    [
      "a site, three reporters",
      "某某新闻网 王某 李某某 赵某 为发展特色产业,我市联合企业开发椰子项目。",
      "某某新闻网",
    ],
  ])("(%s)", (_, lede, name) => {
    expect(publisherOf(lede)).toBe(name);
  });

  test.each([
    ["a time word after the outlet", "某某网 近日 记者从市农业农村局获悉,我市投入资金3120万元。"],
    ["words run on", "某某日报张某为推动乡村振兴,今年我市投入资金3120万元开发椰子项目。"],
    ["a body's name, no outlet's", "某某合作社 王某 为发展特色产业,我市联合企业开发椰子项目。"],
  ])("(%s) names none", (_, lede) => {
    expect(publisherOf(lede)).toBeUndefined();
  });
});
