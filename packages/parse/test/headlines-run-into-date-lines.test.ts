import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied page whose headline (its site's name after a bar perhaps) runs into the page's date,
 * its clock and a `|`-parted 来源 line (batch s16c's misses: the line was dropped as the page's and
 * the title lost). Every text here is written for the test.
 */

const parse = (line: string) =>
  parseBulletinText(
    `當前位置:首頁 > 財經要聞 > 正文\n\n${line}\n\n5月9日,某某研究院发布4月全国路网交通情况。4月全国路网交通量环比增幅为5%。`,
  );

describe("a headline run into the page's date and 来源", () => {
  test.each([
    [
      "a site's name after a bar (traditional)",
      "交通運輸部:4月全國高速公路交通量同比增長61%|某某快播2023-05-10 20:15:13 | 來源:某某財經 | 查看: | 評論:0",
      "交通運輸部：4月全國高速公路交通量同比增長61%|某某快播",
    ],
    [
      "no site's name",
      "交通运输部:4月全国高速公路交通量同比增长61%2023-05-10 20:15 | 来源:某某财经",
      "交通运输部：4月全国高速公路交通量同比增长61%",
    ],
    [
      "a headline opening with its year",
      "2023年4月全国高速公路交通量同比增长61% 2023-05-10 20:15:13 ｜ 信息来源:某某财经",
      "2023年4月全国高速公路交通量同比增长61%",
    ],
  ])("%s: the headline is the title", (_, line, title) => {
    const { bulletin } = parse(line);
    expect(bulletin.publication.title).toBe(title);
    expect(bulletin.issue.publishedOn).toBe("2023-05-10");
  });
});

describe("near misses: date lines with no headline before the date", () => {
  test.each([
    ["the date first", "2023-05-10 20:15:13 | 来源:某某财经 | 查看: | 评论:0"],
    ["a labelled date", "发布时间:2023-05-10 20:15:13 | 来源:某某财经"],
    ["a short site's name", "某某网 2023-05-10 20:15:13 | 来源:某某财经"],
  ])("%s: no title from the line", (_, line) => {
    const { bulletin } = parse(line);
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.issue.publishedOn).toBe("2023-05-10");
  });
});
