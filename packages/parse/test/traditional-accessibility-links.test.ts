import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * The accessibility furniture over a web page's headline, as sites in traditional characters print
 * it: a skip link (`跳到主要內容區塊`, Taiwan's form; `跳過導航欄`), the access key's anchor alone on
 * its line (`:::`), and a line of the site's tool links in traditional characters (`客服設為首頁 |`).
 * None of them is a title: the headline under them is, and a copy with no headline has no title.
 * Near-miss: a skip link's words going on into a sentence. Every text here is written for the test.
 */

const HEADLINE = "某區公所辦理112年防災演練圓滿完成";
const BODY =
  "本區於5月1日辦理年度防災演練，共有120人參加，演練項目包括疏散、救護及收容等。\n另區公所同步辦理防災宣導活動8場次，參與民眾逾600人。";
const title = (text: string) => parsedView(text, ["title"]).title;

describe("accessibility links over a headline", () => {
  test.each([
    ["跳到主要內容區塊"],
    ["跳到主要内容区块"],
    ["跳過導航欄"],
    [":::"],
    ["客服設為首頁 |"],
  ])("`%s` is no title", (line) => {
    expect(title(`${line}\n${HEADLINE}\n${BODY}`)).toBe(HEADLINE);
  });

  test("the skip link, the access key and a column's name over the headline", () => {
    expect(title(`跳到主要內容區塊\n:::\n最新消息\n    ${HEADLINE}\n${BODY}`)).toBe(HEADLINE);
  });

  test("no headline under the tool links: no title", () => {
    const body =
      "今年6月末，某省各項貸款總量達1572.37億元，較年初增加233.17億元，同比增長16.6%。\n某行行長介紹說，今年以來各金融機構加大對重點項目的支持力度。";
    expect(title(`某某網|某某電視臺|網站地圖 |\n客服設為首頁 |\n${body}`)).toBeUndefined();
  });

  test("near-miss: a skip link's words going on into a sentence stay a line of the text", () => {
    expect(
      parsedView(`${HEADLINE}\n跳到主要內容區塊後再閱讀全文\n${BODY}`, ["text"]).text,
    ).toContain("跳到主要內容區塊後再閱讀全文");
  });
});
