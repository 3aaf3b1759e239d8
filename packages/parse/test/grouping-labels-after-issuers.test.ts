import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A file-information grid printed two fields a line: the issuing body, then the record's grouping
 * (`发布机构: 某市教育局 组配分类: 教育管理`). The body's name ends where the `组配分类` label starts, so the
 * publisher is the body alone (not `某市教育局组配`). A body alone on its field's line, or with another
 * label after it, is read as before. Every text here is written for the test.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const BELOW =
  "\n2022年度全市教育经费投入和使用情况\n2022年,全市教育经费总投入为186.5亿元,比上年增长6.3%。其中,国家财政性教育经费为149.2亿元,比上年增长5.8%。";

describe("a grouping label after the issuer on a grid's line", () => {
  test.each([
    ["spaced", "发布机构: 某市教育局 组配分类: 教育管理", "某市教育局"],
    ["no space", "发布机构：某县财政局组配分类：财政预决算", "某县财政局"],
    [
      "after an index line",
      "索引号: 0137/2023-08055 成文日期: 2023-12-14\n发布机构: 某市教育局 组配分类: 教育管理",
      "某市教育局",
    ],
  ])("(%s): the body alone is the publisher", (_, grid, name) => {
    expect(publisherOf(`${grid}${BELOW}`)).toBe(name);
  });

  test.each([
    ["a body alone", "发布机构: 某市教育局", "某市教育局"],
    ["a 主题分类 after it", "发布机构: 某市教育局 主题分类: 教育", "某市教育局"],
  ])("a line of another shape (%s) reads as before", (_, grid, name) => {
    expect(publisherOf(`${grid}${BELOW}`)).toBe(name);
  });
});
