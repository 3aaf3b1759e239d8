import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's web edition over a report: its page label naming the page again after the column
 * (`第03版：要闻报03版`), and its page tool naming the page shown with the page's navigation after it
 * (`当前版：05版 上一版 下一版`). Both are the page's lines, dropped, so the headline under them is the
 * title. Near-misses stay text: a label whose column is a sentence's words, a `当前版` line with
 * more words after it.
 */

const dateline =
  "本报讯（记者 王某）近日，甲市举办文旅消费活动，共发放消费券50万元。\n活动期间，全市接待游客12.3万人次。\n";
const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a newspaper page's line that names the page again", () => {
  test.each([
    ["the page named again after its column", "2023年05月12日\n第03版：文旅周刊03版"],
    ["a lettered page named again", "2022年10月08日\n第A05版：经济报A05版"],
    ["the page shown and its navigation", "当前版：05版 上一版 下一版"],
    ["the page shown and one step", "往期回顾\n当前版: B02版  下一版"],
  ])("%s: the headline under it is the title", (_name, head) => {
    expect(titleOf(`${head}\n甲市文旅消费节助推市场回暖\n${dateline}`)).toBe(
      "甲市文旅消费节助推市场回暖",
    );
  });

  test.each([
    ["a column of a sentence's words", "第03版：今年我市游客增长了很多03版"],
    ["more words after the page tool", "当前版：05版 上一版 下一版 查看全部文章列表"],
  ])("%s: the line is no page furniture", (_name, head) => {
    expect(titleOf(`${head}\n甲市文旅消费节助推市场回暖\n${dateline}`)).not.toBe(
      "甲市文旅消费节助推市场回暖",
    );
  });
});
