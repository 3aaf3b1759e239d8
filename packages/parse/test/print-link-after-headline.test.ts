import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A web page's headline closed by the page's print link after a space (`… 列印`, Taiwan's word;
 * `… 打印`): the headline without the link is the title. Near-miss: a headline whose own last word is
 * 打印 (no space before it). Every text here is written for the test.
 */

const HEADLINE = "某區公所辦理112年防災演練圓滿完成";
const BODY =
  "本區於5月1日辦理年度防災演練，共有120人參加，演練項目包括疏散、救護及收容等。\n另區公所同步辦理防災宣導活動8場次，參與民眾逾600人。";
const title = (text: string) => parsedView(text, ["title"]).title;

describe("a page's print link closing its headline", () => {
  test.each([[`${HEADLINE} 列印`], [`${HEADLINE}  打印`], [`    ${HEADLINE} 列印`]])(
    "`%s`",
    (line) => {
      expect(title(`最新消息\n${line}\n資料更新時間:112-05-02 09:06\n${BODY}`)).toBe(HEADLINE);
    },
  );

  test("near-miss: 打印 as the headline's own last word", () => {
    const own = "某市召开政务服务证照自助打印";
    expect(title(`最新消息\n${own}\n資料更新時間:112-05-02 09:06\n${BODY}`)).toBe(own);
  });
});
