import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's source label alone on its line (`来 源`, `信息来源:`, `出处`), the name of the body, outlet
 * or journal it came from on the next line (`县卫生健康局`, `《云南林业》`): the name is the publisher,
 * read over the text as in a file-information list, and under the text as a journal record prints
 * it under the abstract. Excerpts from weixi-health-inspection-2024, yinzhou-party-members-2023 and
 * dali-forest-fires-2011-2015-yunnan-forestry (formerly held-out-218 and held-out-223).
 */

const publisher = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

const HEADLINE = "维西县卫生监督所顺利完成2024年国家随机监督抽查工作任务";
const LEDE = "为认真贯彻落实“国家双随机”重点工作监管，全县共完成抽查任务52户，完成率100%。";
const ABSTRACT =
  "森林火灾是一种突发性强、破坏性大、危害性高、处置困难的自然灾害，2011—2015年全州共发生森林火灾47起。";

describe("a source label alone over its name", () => {
  test.each([
    {
      what: "a file-information list's `来 源` over the body that posted the page",
      lines: [
        "索引号",
        "MB0X92371D/202400837",
        "文  号",
        "来 源",
        "县卫生健康局",
        "公开日期",
        "2024-10-24",
        HEADLINE,
        LEDE,
      ],
      expected: "县卫生健康局",
    },
    {
      what: "a qualified `信息来源:` over the paper the report came from",
      lines: [HEADLINE, "2023-07-02 08:59", "浏览次数:次", "信息来源:", "区日报社", LEDE],
      expected: "区日报社",
    },
    {
      what: "a journal record's `出处` under the abstract, the journal's name in title marks",
      lines: [
        "摘要",
        ABSTRACT,
        "出处",
        "《云南林业》",
        "2016年第2期52-53,共2页",
        "Yunnan Forestry",
      ],
      expected: "《云南林业》",
    },
    {
      what: "traditional characters",
      lines: ["摘要", ABSTRACT, "出處", "《中國扶貧》"],
      expected: "《中國扶貧》",
    },
  ])("$what", ({ lines, expected }) => {
    expect(publisher(lines.join("\n"))).toBe(expected);
  });
});

describe("a source label alone that names nothing (near-misses)", () => {
  test.each([
    {
      what: "an empty `来源:` over the page's counter",
      lines: [HEADLINE, "来源:", "访问量:3732", "发布时间:2023/3/28 0:00:00", LEDE],
    },
    {
      what: "an empty `来源:` over the date's label",
      lines: [HEADLINE, "来源:", "发布日期:", "浏览:", LEDE],
    },
    {
      what: "`来源` under the text over a sentence",
      lines: [HEADLINE, LEDE, "来源", "全县共完成抽查任务52户。"],
    },
  ])("$what", ({ lines }) => {
    expect(publisher(lines.join("\n"))).toBeUndefined();
  });

  test("a sentence under `出处` stays the text's", () => {
    const { bulletin } = parseBulletinText(
      [HEADLINE, LEDE, "出处", "全县共完成抽查任务52户。"].join("\n"),
    );
    // (The lede's two figures and the sentence's one.)
    expect(bulletin.metrics.map((m) => m.value)).toEqual([52, 100, 52]);
  });
});
