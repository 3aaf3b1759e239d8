import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A picture's credit alone on its line (`（图片来源：某省邮政管理局）`, `圖片來源於某某局網站`, over the
 * lede or among its paragraphs) names where the picture came from, not who published the page: the
 * outlet whose dateline opens the lede is the publisher. Near-miss: a page's own `来源：` field still
 * names its source. Written for the shape (formerly held-out-158's and -50's copies); the texts are
 * invented.
 */

const LEDE =
  "某某网某市7月15日消息 据某省邮政管理局官网7月14日发布的消息，2022年上半年，全省快递服务企业业务量完成3.2亿件，同比增长5.1%。";
const MORE = "6月份，全省快递服务企业业务量完成5876.01万件，同比下降8.78%。";

describe("a picture's credit names no publisher", () => {
  test.each([
    `（相关资料图）\n${LEDE}\n${MORE}\n（图片来源：某省邮政管理局）\n业务收入完成7.02亿元，同比增长2.3%。`,
    `(相关资料图)\n${LEDE}\n${MORE}\n(图片来源:某省邮政管理局)\n业务收入完成7.02亿元，同比增长2.3%。`,
    `圖片來源於某省郵政管理局網站\n${LEDE}\n${MORE}`,
    `图片来源于某省邮政管理局网站\n${LEDE}\n${MORE}`,
  ])("mastheadFacts: `%s`", (text) => {
    expect(mastheadFacts(text).publisher).toBe("某某网");
  });

  test("mastheadFacts: a picture's credit over the lede is no headline", () => {
    expect(mastheadFacts(`圖片來源於某省郵政管理局網站\n${LEDE}\n${MORE}`).title).toBeUndefined();
  });

  test("mastheadFacts: a page's 来源 field still names it (counter-case)", () => {
    expect(
      mastheadFacts(
        `某省上半年快递业务量增长5.1%\n来源：某省邮政管理局\n${MORE}\n业务收入完成7.02亿元，同比增长2.3%。`,
      ).publisher,
    ).toBe("某省邮政管理局");
  });
});
