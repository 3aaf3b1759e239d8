import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's headline that asks or exclaims between its two phrases (`…“账本”！三项指标创新高`,
 * `…去哪了？一份报告给出答案`) over the page's labelled line of facts holding the full date
 * (`日期：2023-06-01 来源：某某晚报`, `发布时间：2022年3月8日 来源：某局`): the headline is the title, as
 * over the outlet's own dated line (`某某晚报 2023-06-01`). Near-misses keep their reading: the same
 * line over a labelled line with no date (`来源：某某晚报`), over no such line, or a line of two
 * sentences. Written for the rule (formerly held-out-74's page); every text here is invented.
 */

const BODY =
  "\n\n5月31日，某市政协公布了《2022年度委员履职情况报告》。报告显示，截至去年底，全市委员共提交提案812件。\n\n报告还显示，委员参加视察调研活动1320人次。";

const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a headline that asks or exclaims over the page's dated line of facts", () => {
  test.each([
    [
      "某市政协晒出委员履职“账本”!三项指标创新高",
      "日期:2023-06-01    来源:某某晚报",
      "某市政协晒出委员履职“账本”！三项指标创新高",
    ],
    [
      "毕业生都去哪儿了?某大学发布2022届就业报告",
      "发布时间:2022年12月8日 来源:某某教育网",
      "毕业生都去哪儿了？某大学发布2022届就业报告",
    ],
    [
      "某县粮食再获丰收!总产量突破30万吨",
      "来源:某县农业农村局  发布日期:2021-10-20",
      "某县粮食再获丰收！总产量突破30万吨",
    ],
  ])("%s over %s", (headline, meta, expected) => {
    expect(title(`${headline}\n\n${meta}\n\n字号:${BODY}`)).toBe(expected);
  });

  test.each([
    [
      "a labelled line without a date",
      "某市政协晒出委员履职“账本”!三项指标创新高\n\n来源:某某晚报",
    ],
    ["no line of facts", "某市政协晒出委员履职“账本”!三项指标创新高"],
    [
      "two sentences, over a dated line",
      "委员履职情况已经公布。三项指标创新高!\n\n日期:2023-06-01    来源:某某晚报",
    ],
  ])("%s: no title", (_, head) => {
    expect(title(`${head}${BODY}`)).toBeUndefined();
  });
});
