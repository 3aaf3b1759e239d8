import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news site's description of itself atop the page (`某某日報提供某地每日在地新聞、時事專欄評論、專題報導等！`)
 * and its ad slots' labels (`自動輪播廣告(右)橫式1欄`, `自动轮播广告(上小)横式2栏`) over the headline: the
 * site's, no title; the headline under them is the title, and the description still names the
 * outlet (the publisher). Near-misses: a sentence of the report that quotes such a site (`某某网提供的数据
 * 显示，…。`) and a sentence about ads stay lines of the text. Every text here is written for the test.
 */

const DESCRIPTION =
  "某某日報提供某地每日在地新聞、時事專欄評論、縣政新聞、專題報導、旅遊動態報導等！";
const HEADLINE = "某縣熱線服務成果 歡迎鄉親多加利用";
const LEDE =
  "【本報訊】某縣政府112年第3季熱線服務獲民眾好評，平均滿意度達95%，共受理4,283件。\n\n行政處表示，112年7-9月熱線共受理4,283件，其中諮詢2,200件、轉辦2,083件。";
const view = (text: string) => parsedView(text, ["title", "publisher", "text"]);

describe("a site's description and its ad slots over the headline", () => {
  test.each([
    [`${DESCRIPTION}\n\n${HEADLINE}\n\n${LEDE}`],
    [
      `${DESCRIPTION}\n\n自動輪播廣告(右)橫式1欄\n\n自動輪播廣告(上小)橫式2欄\n\n${HEADLINE}\n\n${LEDE}`,
    ],
  ])("the headline is the title, the outlet the publisher (%#)", (text) => {
    const v = view(text);
    expect(v.title?.replace(/\s/g, "")).toBe(HEADLINE.replace(/\s/g, ""));
    expect(v.publisher).toBe("某某日報");
    expect(v.text).not.toContain("輪播廣告");
  });

  test.each([
    "某某网提供的数据显示，全市上半年接待游客120万人次，同比增长8.2%。",
    "自动轮播广告位全年投放126次，同比增长8.2%。",
  ])("near-miss: `%s` stays in the text", (line) => {
    expect(view(`${HEADLINE}\n\n${LEDE}\n\n${line}`).text).toContain(line.slice(0, 8));
  });
});
