import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A news site's description of itself atop the page (`某某日報提供某地每日在地新聞、時事專欄評論、專題報導等！`,
 * `某某资讯网是领先的新闻资讯平台，汇集…`)
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

  test("`某某资讯网是领先的新闻资讯平台，汇集…` atop a report without a headline: no title", () => {
    const v = view(
      "某某资讯网是领先的新闻资讯平台,汇集美食文化、生活百科、国际资讯、热点新闻、体育健康等多方面权威信息\n2022-09-13 08:53:01\n某某新闻记者王某某北京报道\n记者近日从某部了解到，5月以来，全国港口航道畅通高效，运力保障有力，水运生产稳中向好。\n5月份，全国重点监测港口完成货物吞吐量10.3亿吨，同比下降0.7%，日均环比增长3.2%。",
    );
    expect(v.title).toBeUndefined();
    expect(v.text).not.toContain("领先的新闻资讯平台");
  });

  test.each([
    "某某网提供的数据显示，全市上半年接待游客120万人次，同比增长8.2%。",
    "自动轮播广告位全年投放126次，同比增长8.2%。",
    "某某网是全省首个政务服务网站，累计访问量1.2亿人次。",
  ])("near-miss: `%s` stays in the text", (line) => {
    expect(view(`${HEADLINE}\n\n${LEDE}\n\n${line}`).text).toContain(line.slice(0, 8));
  });
});
