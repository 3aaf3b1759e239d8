import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's site that prints its notice of rights (`某某日报社严正声明` and its paragraphs) between
 * a copied report's date line and the report (batch s16c's misses): the notice's heading names the
 * paper whose page it is, the publisher. Every text here is written for the test.
 */

const parse = (heading: string) =>
  parseBulletinText(
    `2023年前3个季度某市医保基金收入同比增长9.2%\n\n版次:04  2023年10月26日\n\n${heading}\n\n未经本报社授权,任何媒体、网站不得转载本报记者采写的新闻稿件。\n\n某某社北京10月25日电(记者 某某)国家医保局25日发布数据显示,总收入23468.3亿元,同比增长9.2%。`,
  );

describe("a newspaper's notice of rights over the report", () => {
  test.each([
    ["a paper's office, 严正声明", "某某日报社严正声明", "某某日报社"],
    ["a paper, 版权声明", "某某晚报版权声明", "某某晚报"],
    ["traditional", "某某日報社嚴正聲明", "某某日報社"],
  ])("%s: the paper is the publisher", (_, heading, name) => {
    const { bulletin } = parse(heading);
    expect(bulletin.publication.publisher?.name).toBe(name);
    expect(bulletin.publication.title).toBe("2023年前3个季度某市医保基金收入同比增长9.2%");
  });
});

describe("near misses: notices that name no paper", () => {
  test.each([
    ["a body's notice", "某市统计局严正声明"],
    ["a notice in a sentence", "某某日报社发布严正声明,提醒读者注意。"],
    ["a bulletin's series", "某某简报版权声明"],
  ])("%s: no paper from it", (_, heading) => {
    expect(parse(heading).bulletin.publication.publisher?.name).not.toBe(
      heading.replace(/严正声明|版权声明/, ""),
    );
  });
});
