import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A lede that opens with the news' day and then credits a body (`12日,据省水文水资源中心消息,…`) names no
 * publisher: 据 and the body are a credit the lede gives, not a body giving out its own news, which
 * `6月3日,某市商务局消息,…` is (`heilongjiang-river-levels-long6`, formerly `held-out-229`, whose copy named
 * `据省水文水资源中心`, 据 and all).
 */

const publisherOf = (lede: string) => mastheadFacts(`全市商务运行稳中有进\n${lede}`).publisher;

describe("a day-led lede crediting a body with 据", () => {
  test.each([
    "12日,据省水文水资源中心消息,乌苏里江、松花江、绥芬河、拉林河、穆棱河等6条河流已达到或超过警戒水位。其中,密山桥站超过保证水位0.26米。",
    "6月3日,据某市商务局消息,2021年1-5月,全市社会消费品零售总额同比增长5.2%,增速较上年同期提高3.1个百分点。",
  ])("`%s` names no publisher", (lede) => {
    expect(publisherOf(lede)).toBeUndefined();
  });

  test("a day-led lede whose body gives out its news: the body, as before", () => {
    expect(
      publisherOf(
        "6月3日,某市商务局消息,2021年1-5月,全市社会消费品零售总额同比增长5.2%,增速较上年同期提高3.1个百分点。",
      ),
    ).toBe("某市商务局");
  });
});
