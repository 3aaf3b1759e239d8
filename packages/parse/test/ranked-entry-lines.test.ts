import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 考评 or 督查 通报 lists its ranking one entry a line (`第一名：某某镇90.99分`): lines of one
 * width, each ending in a word (the score's unit), that a copy's page width would otherwise join
 * into one line (and then one long heading). A line opening with a rank (`第三名：`, `第12名 `,
 * `第二位：`, or a name and its score alone after it) starts an entry of its own; a line opening with a rank that goes on a sentence
 * (`第一名，…`) is still the sentence's part. Every text here is written for the test.
 */

const text = (lines: readonly string[]) =>
  [
    "某县城乡环境整治考评通报",
    "为推进城乡环境整治工作，县整治办组织人员于5月6日—10日对全县9个乡镇进行了考评，现将考评情况通报如下：",
    "一、乡镇考评得分及排名",
    ...lines,
    "二、下步工作",
    "各乡镇要对照问题清单逐项整改到位。",
  ].join("\n");

const read = (lines: readonly string[]) => {
  const { bulletin } = parseBulletinText(text(lines));
  return {
    values: (bulletin.metrics ?? []).map((m) => `${m.value}${m.unit}`),
    titles: bulletin.sections.map((s) => s.title),
    entries: bulletin.sections[1]?.items[0]?.body.length,
  };
};

describe("ranked entry lines", () => {
  test.each([
    [
      [
        "第一名：东山镇91.25分",
        "第二名：西河镇88.5分",
        "第三名：南岭办事处86.75分",
        "第四名：北坝镇84.1分",
        "第五名：青石镇80.25分",
      ],
    ],
    [
      [
        "第1名：东山镇 91.25分",
        "第2名：西河镇 88.5分",
        "第3名：南岭乡 86.75分",
        "第4名：北坝镇 84.1分",
        "第5名：青石镇 80.25分",
      ],
    ],
    [
      [
        "第一名 东山镇 91.25分",
        "第二名 西河镇 88.5分",
        "第三名 南岭乡 86.75分",
        "第四名 北坝镇 84.1分",
        "第五名 青石镇 80.25分",
      ],
    ],
    [
      [
        "第一名东山镇91.25分",
        "第二名西河镇88.5分",
        "第三名南岭乡86.75分",
        "第四名北坝镇84.1分",
        "第五名青石镇80.25分",
      ],
    ],
    [
      [
        "第一位：东山镇91.25分",
        "第二位：西河镇88.5分",
        "第三位：南岭镇86.75分",
        "第四位：北坝镇84.1分",
        "第五位：青石镇80.25分",
      ],
    ],
  ])("each entry of %j is a line with its score", (lines) => {
    const { values, titles, entries } = read(lines);
    expect(values).toEqual(
      expect.arrayContaining(["91.25分", "88.5分", "86.75分", "84.1分", "80.25分"]),
    );
    expect(titles).toEqual(["正文", "乡镇考评得分及排名", "下步工作"]);
    expect(entries).toBe(5);
  });

  test.each([
    ["东山镇总分位列全市乡镇", "第一名，受到市整治办通报表扬。", "位列全市乡镇第一名，受到"],
    ["东山镇城市空气质量相对较好（从", "第1名到第20名）。", "（从第1名到第20名）"],
    ["西河镇财政收入居全县", "第4位、与去年同期位次持平。", "居全县第4位、与去年"],
    ["两镇招商引资额分别位居全县", "第三位和第一位。", "位居全县第三位和第一位"],
  ])(
    "a rank going on a sentence broken before it stays in it: `%s` / `%s`",
    (above, line, joined) => {
      const { bulletin } = parseBulletinText(
        text([`在今年以来的城乡环境整治考评中，${above}`, line]),
      );
      expect(JSON.stringify(bulletin.sections)).toContain(joined);
    },
  );
});
