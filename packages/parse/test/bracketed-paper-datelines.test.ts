import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A paper's dateline in square brackets whose name ends as a document's kind does (`【某代快报讯】`,
 * `【某公报讯】`, `【某某周报专讯】`): 讯 after the name makes it a paper's, so the paper is the report's
 * source. Near-misses: the same names without 讯 (`【情况快报】`, a kind's label), a kind alone before 讯
 * (`【快报讯】`), a platform or a grid before 讯. Every text here is written for the test.
 */

const publisherOf = (first: string): string | undefined =>
  parseBulletinText(`上半年某市经济稳中有进\n\n${first}\n\n全市上下齐心协力,各项指标稳步增长。`)
    .bulletin.publication.publisher?.name;

describe("a paper's bracketed dateline, its name ending as a document's kind", () => {
  test.each([
    ["快报 and 讯", "【某代快报讯】记者从市统计局获悉,一季度全市生产总值增长5.1%。", "某代快报"],
    ["公报 and 讯", "【某公报讯】截至2020年底,全省党员总数为251.3万名。", "某公报"],
    ["周报 and 专讯", "【某某周报专讯】今年以来,某区新增市场主体4210户,增长9.3%。", "某某周报"],
    ["traditional", "【某代快報訊】記者從市統計局獲悉,一季度全市生產總值增長5.1%。", "某代快報"],
  ])("(%s): the paper is the source", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    ["a kind's label without 讯", "【情况快报】今年以来,某区共发生火灾12起,同比下降8.3%。"],
    ["a kind alone before 讯", "【快报讯】今年以来,某区共发生火灾12起,同比下降8.3%。"],
    ["a platform before 讯", "【某某服务平台讯】今年以来,平台共受理诉求1200件,办结率99.2%。"],
    ["a grid before 讯", "【某某电网讯】今年以来,全省售电量增长6.3%。"],
  ])("(%s) names no outlet", (_, first) => {
    const got = publisherOf(first);
    expect(got === undefined || !/(?:快报|平台|电网)$/.test(got)).toBe(true);
  });
});
