import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's prompt to its app alone on a line (`打开APP`, `下载app免费领取会员`) over a text: the
 * page's furniture, no title. A headline that speaks of an app stays the title.
 */

const BODY =
  "为扎实做好全市建设工程质量安全管理工作，市住建局组织开展第四季度监督巡查。\n本季度监督巡查共检查在建项目126个，发现问题隐患312条。";
const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a site's prompt to its app over the text", () => {
  test.each(["打开APP", "打开App", "下载app免费领取会员"])(
    "parseBulletinText: %s is no title",
    (line) => {
      expect(title(`${line}\n${BODY}`)).toBeUndefined();
    },
  );

  test("parseBulletinText: a headline under the prompt is the title", () => {
    expect(title(`打开APP\n某市开展建设工程质量安全监督巡查\n${BODY}`)).toBe(
      "某市开展建设工程质量安全监督巡查",
    );
  });

  test.each([
    ["a headline on opening an app", "打开APP就能办 某市政务服务再提速"],
    ["a headline on downloading an app", "下载APP领补贴 某市消费券发放启动"],
  ])("parseBulletinText: %s stays the title (near miss)", (_, headline) => {
    expect(title(`${headline}\n某市推出政务服务小程序，市民可随时查询。\n${BODY}`)).toBe(
      headline.replace(" ", ""),
    );
  });
});
