import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `来源丨新闻联播`, `来源 丨 某某日报`: a page's source set off from its label by the upright stroke
 * (`丨`) that a phone page's template prints in place of a colon, alone on its line (over the
 * report or under it, by `责编丨…`): the source is the publisher, and the line no text's. Written for
 * the rule (formerly held-out-41's copy of a television news report); the cases are invented.
 */

const headline = "一季度交通运输经济运行稳中向好";
const lede = "一季度，全社会跨区域人员流动量为173.9亿人次，同比增长4%。";
const later = "一季度我国完成营业性货运量130.6亿吨，同比增长4.9%。";
const read = (lines: string[]) => {
  const { bulletin } = parseBulletinText(lines.join("\n"));
  return {
    publisher: bulletin.publication.publisher?.name,
    text: JSON.stringify(bulletin.sections),
  };
};

describe("a source after an upright stroke", () => {
  test.each([
    ["来源丨新闻联播", "新闻联播"],
    ["来源 丨 某某日报", "某某日报"],
    ["來源丨某某新聞網", "某某新聞網"],
    ["来源丨某市统计局", "某市统计局"],
  ])("`%s` under the report names %s", (line, name) => {
    const got = read([headline, lede, later, line, "责编丨梁某"]);
    expect(got.publisher).toBe(name);
    expect(got.text).not.toContain(name);
  });

  test("over the report as well", () => {
    expect(read([headline, "来源丨某某日报", lede, later]).publisher).toBe("某某日报");
  });
});

describe("lines with the stroke that name no source (near-misses)", () => {
  test.each([
    // Another label's value: an editor names no source.
    [[headline, lede, later, "责编丨梁某"]],
    // A table's row of cells, an ASCII bar between them.
    [[headline, lede, "来源 | 金额 |", "税收 | 120 |"]],
    // A sentence after the stroke.
    [[headline, lede, later, "来源丨本报记者从某局获悉，一季度全省货运量增长。"]],
  ])("%j names no publisher", (lines) => {
    expect(read(lines).publisher).toBeUndefined();
  });
});
