import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A share overlay's link with its close mark after it (`分享到微信朋友圈x`) or its scan prompt alone
 * (`微信扫一扫`) over a text: the page's furniture, no title. A headline that opens with the same
 * words stays the title.
 */

const BODY =
  "本报讯（记者刘某 通讯员王某）日前，某县统计局对全县规模以上工业企业开展统计执法检查。\n据悉，县统计局在检查中发现3家企业存在统计违法行为。";
const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a share overlay's link over the text", () => {
  test.each([
    ["the scan prompt alone", "微信扫一扫"],
    ["the link and its close mark", "分享到微信朋友圈x"],
    ["the link and a spaced close mark", "分享到朋友圈 ×"],
  ])("parseBulletinText: %s is no title", (_, line) => {
    expect(title(`${line}\n${BODY}`)).toBeUndefined();
  });

  test("parseBulletinText: a headline under the link is the title", () => {
    expect(title(`分享到微信朋友圈x\n某县统计局开展统计执法检查\n${BODY}`)).toBe(
      "某县统计局开展统计执法检查",
    );
  });

  test.each([
    ["a headline that opens with 微信扫一扫", "微信扫一扫就能办 某县政务服务再提速"],
    ["a headline that opens with 分享到朋友圈", "分享到朋友圈的年度账单 某市消费数据出炉"],
  ])("parseBulletinText: %s stays the title (near miss)", (_, headline) => {
    expect(title(`${headline}\n某市推出政务服务小程序，市民可随时查询。\n${BODY}`)).toBe(
      headline.replace(" ", ""),
    );
  });
});
