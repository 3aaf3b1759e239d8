import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy from a news app's account pages (网易号) leaves the app's prompt under each of its pictures
 * on a line of its own (`打开网易新闻 查看精彩图片`, `…查看更多图片`, `…查看更多视频`): page furniture,
 * dropped, so that a heading over a picture is not read with the prompt run on to it. A sentence
 * that names the app stays. Every text here is written for the test.
 */

const read = (prompt: string) => {
  const { bulletin, warnings } = parseBulletinText(
    [
      "全市十一月警情与火灾形势分析",
      "",
      prompt,
      "",
      "一、警情动态分析",
      "",
      prompt,
      "",
      "11月份，全市共接警出动145起，出动车辆232台次，出动指战员1559人次。",
      "",
      "二、火灾原因分析",
      "",
      prompt,
      "",
      "11月份，全市共接报火灾96起，损失31.3万元，起数上升18.7%。",
    ].join("\n"),
  );
  return {
    sections: bulletin.sections.map((s) => s.title),
    dropped: warnings.filter((w) => w.code === "web-line-dropped").length,
  };
};

describe("a news app's prompt under a picture", () => {
  test.each([
    "打开网易新闻 查看精彩图片",
    "打开网易新闻查看精彩图片",
    "打开网易新闻 查看更多图片",
    "打開網易新聞 查看精彩圖片",
  ])("`%s` is dropped as page furniture", (prompt) => {
    const r = read(prompt);
    expect(r.sections).toEqual(["警情动态分析", "火灾原因分析"]);
    expect(r.dropped).toBe(3);
  });

  test.each(["打开网易新闻客户端，可查看更多精彩图片和视频报道。", "网易新闻"])(
    "`%s` is no prompt and stays",
    (line) => {
      expect(read(line).dropped).toBe(0);
    },
  );
});
