import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news app's prompt over a copied report (`扫一扫` / `下载某某新闻APP` / `体验更多精彩`; issue 14, a
 * news copy of a formerly held-out set) is the page's, not the title: the report, which prints no
 * headline, has none. Every text here is written for the test.
 */

const REPORT =
  "全省一季度经济数据出炉之后，各市州陆续发布一季度经济运行成绩单。\n21个市州中有16个市州地区生产总值增速跑赢全省平均水平，其中9个市州增速达到或超过6%。";

const read = (head: string) => parsedView(`${head}\n${REPORT}`, ["title", "text"]);

describe("a news app's prompt over a report", () => {
  test.each([
    "扫一扫\n下载东林新闻APP\n体验更多精彩",
    "下载东林日报客户端",
    "打开东林新闻App，查看更多精彩内容",
    "扫一扫\n下载东林新闻app\n阅读更多精彩",
  ])("parseBulletinText: `%s` is no title and no text", (head) => {
    const got = read(head);
    expect(got.title).toBeUndefined();
    expect(got.text).not.toMatch(/APP|App|app|客户端|更多精彩/);
  });

  test.each([
    // A headline that tells of an app.
    ["东林新闻APP上线一周年用户突破120万", "东林新闻APP上线一周年用户突破120万"],
    // A sentence of the report naming a download.
    ["群众可下载东林政务APP办理业务。", undefined],
  ])("parseBulletinText: `%s` is the page's own words (counter-case)", (head, title) => {
    const got = read(head);
    expect(got.title).toBe(title);
    expect(got.text + (got.title ?? "")).toContain(head.replace(/。$/, ""));
  });
});
