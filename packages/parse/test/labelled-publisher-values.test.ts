import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's metadata line whose source field is empty, the next field's label and value after it
 * (`来源:  |  作者:王某`, `来源:| 编辑:小李`, `來源: 文字:[ 大 中 小 ]`, `来源:网络整理 转载:某某网站`): what
 * follows 来源 is another field, a label and its colon, not a body's name, so it gives no publisher
 * (the text's own issuer, where it prints one, still does). A source field naming a body stays its
 * publisher. Every text is written for the test.
 */

const body = "城区共检查街道42条，合格率95.2%，较上月提高1.3个百分点。";
const page = (meta: string): string => `关于2019年3月城区环境卫生检查情况的通报\n${meta}\n${body}`;

describe("an empty source field, the next field's label after it", () => {
  test.each([
    ["an author field after a bar", "發布時間:2019-04-02 09:30:11  |  來源:  |  作者:王晓明"],
    ["an editor field after a bar", "时间:2019-04-02 09:30:11| 来源:| 编辑:小李| 点击:0次"],
    ["a font-size widget's label", "2019-04-02 來源: 文字:[    ]"],
    [
      "a repost field after a source of no body",
      "时间:2019-04-02 09:30 来源:网络整理 转载:某某网站",
    ],
  ])("%s: no publisher", (_, meta) => {
    const { bulletin } = parseBulletinText(page(meta));
    expect(bulletin.publication.publisher).toBeUndefined();
    expect(bulletin.issue.publishedOn).toBe("2019-04-02");
  });

  test("the issuer signing under the text is still the publisher", () => {
    const text = `${page("时间:2019-04-02 09:30:11| 来源:| 编辑:小李")}\n某县城市管理局\n2019年4月2日`;
    expect(parseBulletinText(text).bulletin.publication.publisher?.name).toBe("某县城市管理局");
  });
});

describe("a source field naming a body", () => {
  test.each([
    "时间:2019-04-02 09:30:11| 来源:某县城市管理局| 编辑:小李",
    "发布时间:2019-04-02  来源:某县城市管理局  作者:王晓明",
  ])("%s: the body is the publisher", (meta) => {
    expect(parseBulletinText(page(meta)).bulletin.publication.publisher?.name).toBe(
      "某县城市管理局",
    );
  });
});
