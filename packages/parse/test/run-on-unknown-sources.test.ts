import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's field line whose 来源 (or 作者) names no body (`未知`, `不详`, `佚名`, either script), with the
 * report's first paragraph run on after it where a copy lost the line's break (`日期:03-14 来源:未知3月13日,
 * 某部发布…。`): the paragraph is the text's, parted from the field line as if it stood on a line of
 * its own, so its sentences and figures are read. Near-misses that stay: a body's name as the value
 * (where it ends is not known), a second source in brackets after the placeholder, a placeholder
 * followed by a space or by words with no clause mark. Every text here is written for the test.
 */

const HEAD = "某部发布年度统计公报：全市就业人员超过5000万人\n";
const TAIL = "\n第二段文字，全年新增就业人员120万人。";

const parse = (line: string) => {
  const { bulletin } = parseBulletinText(`${HEAD}${line}${TAIL}`);
  return {
    figures: bulletin.metrics.map((m) => `${m.value}${m.unit}`),
    text: JSON.stringify(bulletin.sections),
    publisher: bulletin.publication.publisher?.name,
  };
};

describe("a paragraph run on after a source that names no body", () => {
  test.each([
    "日期:03-14 来源:未知3月13日,某某部发布《2020年度统计公报》。公报显示,全市就业人员5120万人,比上年末增加23万人。",
    "日期：03-14 來源：不詳3月13日，某某部发布《2020年度统计公报》。公报显示，全市就业人员5120万人，比上年末增加23万人。",
    "发布日期：03-14 作者：佚名3月13日，某某部发布《2020年度统计公报》。公报显示，全市就业人员5120万人，比上年末增加23万人。",
  ])("%s", (line) => {
    const got = parse(line);
    expect(got.figures).toContain("51200000人");
    expect(got.text).toContain("某某部发布");
    expect(got.publisher).toBeUndefined();
  });
});

describe("field lines that stay whole (near-misses)", () => {
  test.each([
    // A body's name: where it ends is not known.
    "日期:03-14 来源:某市统计局3月13日,某某部发布《2020年度统计公报》。公报显示,全市就业人员5120万人,比上年末增加23万人。",
    // A second source in brackets after the placeholder.
    "2022/9/3 来源:不详「本文来源:某某晚报，二版」",
    // Words with no clause mark after the placeholder.
    "日期:03-14 来源:未知来源 浏览次数:12",
    // `未知来源` is one value, whatever follows it.
    "日期:03-14 来源:未知来源，某某部发布《2020年度统计公报》。公报显示,全市就业人员5120万人。",
  ])("%s", (line) => {
    const got = parse(line);
    expect(got.figures).not.toContain("51200000人");
    expect(got.text).not.toContain("某某部发布");
  });
});
