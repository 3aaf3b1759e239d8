import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's metadata line whose 来源 value the page's widgets follow on the same line, their own
 * words lost (`信息来源:某县[ ] 浏览次数: [ 打印 ]`) or left (`[大 中 小]`): the widget's bracket is
 * no part of the source's name. Every text here is written for the test.
 */

const publisherOf = (text: string): string | undefined =>
  parseBulletinText(text).bulletin.publication.publisher?.name;

const body = "\n\n县政府督查室对重点任务完成情况进行了专项督查,现将有关情况通报如下。";

describe("a widget's bracket after a 来源 value", () => {
  test.each([
    [
      "an empty ASCII bracket, a counter after it",
      "信息来源:灌云县[ ] 浏览次数: [ 打印 ]",
      "灌云县",
    ],
    [
      "an empty ASCII bracket closing the line",
      "时间:2019-10-16 10:41 信息来源:某县人民政府[ ]",
      "某县人民政府",
    ],
    [
      "the font sizes in ASCII brackets",
      "来源:某市应急管理局 [大 中 小] 发布时间:2024-01-03",
      "某市应急管理局",
    ],
    [
      "the font sizes with spaces inside the brackets",
      "来源:某区融媒体中心[ 大 中 小 ] 点击数:",
      "某区融媒体中心",
    ],
    [
      "the font sizes in lenticular brackets (as before)",
      "来源:某某日报【字号 大 中 小】",
      "某某日报",
    ],
  ])("%s is cut from the name", (_, meta, name) => {
    expect(publisherOf(`某县2019年重点任务三季度完成情况通报\n\n${meta}${body}`)).toBe(name);
  });

  test.each([
    [
      "a bracket holding words of the name's own",
      "来源:某某网[图文] 发布时间:2024-01-03",
      "某某网[图文",
    ],
    ["no bracket", "来源:某县人民政府 浏览次数:12", "某县人民政府"],
  ])("%s is left as the page printed it", (_, meta, name) => {
    expect(publisherOf(`某县2019年重点任务三季度完成情况通报\n\n${meta}${body}`)).toBe(name);
  });
});
