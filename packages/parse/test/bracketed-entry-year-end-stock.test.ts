import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook entry's part opening after its bracketed head with a year's end and a count
 * (`【琼中县残疾人基本情况】截至2020年底，琼中县持有…残疾证的残疾人共5099人`): the year whose end it
 * counts its stock at, as a paragraph opening with the year's end alone states it. The first lines
 * are shortened from the corpus (`qiongzhong-disabled-persons-2020-sznianjian`) or written for the test.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;
const FIELDS = "书名:\n一级目:工商联群众团体\n二级目:县残疾人联合会\n";

describe("the year's end a bracketed entry's part counts its stock at", () => {
  test.each([
    "【琼中县残疾人基本情况】截至2020年底,琼中县持有“第二代残疾证”的残疾人共5099人,其中视力残疾人295人,占6%。",
    "【基本情况】 2020年末,全县有养老机构12家,床位1860张。",
  ])("parseBulletinText: `%s` reports the year 2020", (line) => {
    expect(period(`${FIELDS}${line}\n农业人口3483人,非农人口1616人。`)).toEqual({
      kind: "year",
      year: 2020,
    });
  });

  test.each([
    // A target for the year's end, not a count at it.
    "【工作目标】到2020年底,力争全县残疾人康复服务覆盖率达到80%。",
    // A bracketed label that heads no part: the page's source.
    "【来源】截至2020年底,全县残疾人共5099人。",
  ])("parseBulletinText: `%s` states no year's stock (counter-case)", (line) => {
    expect(period(`${FIELDS}${line}\n农业人口3483人,非农人口1616人。`)).not.toEqual({
      kind: "year",
      year: 2020,
    });
  });
});
