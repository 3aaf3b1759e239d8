import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A hijacked page's keyword-stuffed line whose first phrase ends in a full stop before the list's
 * comma (batch s16c's misses: `…免费观看。,毛片…` was taken for a sentence, and the page's head
 * with it). Every text here is written for the test.
 */

const dropped = (text: string): number[] =>
  parseBulletinText(text)
    .warnings.filter((w) => w.code === "web-line-dropped")
    .map((w) => w.position.line);
const page = (line: string) =>
  `${line}\n\n某县2023年国庆假期旅游情况\n\n2023-10-08 08:45:35\n\n假期全县共接待游客12.5万人次,同比增长8.2%。`;

describe("a stuffed line with a full stop closing a phrase", () => {
  test.each([
    ["before a comma", "某某在线免费观看。,毛片久久网站,69视频在线观看,某某影院在线观看"],
    ["before a full-width comma", "某某在线免费观看。，毛片久久网站，国产精品专区，某某影院"],
    ["before an underscore", "午夜剧场在线观看。_久久热门_无码专区_某某影院首页"],
  ])("%s: dropped, the headline is the title", (_, line) => {
    expect(dropped(page(line))).toContain(1);
    expect(parseBulletinText(page(line)).bulletin.publication.title).toBe(
      "某县2023年国庆假期旅游情况",
    );
  });
});

describe("near misses: sentences that name such a word", () => {
  test.each([
    ["a sentence ending the line", "全县发布黄色预警3次,午夜前后雨势最强,在线观看人数达1.2万。"],
    ["a full stop between sentences", "全县发布黄色预警3次。午夜前后雨势最强,一区二区降雨量最大。"],
  ])("%s is kept", (_, line) => {
    const text = `某县2023年汛期情况\n${line}\n全县平均降雨量215毫米。`;
    expect(dropped(text)).not.toContain(2);
  });
});
