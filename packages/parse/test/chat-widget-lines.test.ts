import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A mirror site's chat widget left as a line of its own over the copied text (`QQ交談`, `QQ咨询`,
 * `QQ在线客服`): page furniture, no headline. A headline that opens with `QQ` and goes on stays
 * the title. Every text here is written for the test.
 */

const BODY =
  "记者从某省统计局获悉，1至2月份，全省规模以上工业完成增加值1471.5亿元，同比增长4.9%。\n装备制造业完成增加值301.6亿元，同比增长7.9%。";

describe("a chat widget's line over a copied text", () => {
  test.each([["QQ交談"], ["QQ交谈"], ["QQ咨询"], ["QQ在线客服"], ["ＱＱ客服"], ["QQ 在线交谈"]])(
    "`%s` over the first paragraph: no title",
    (widget) => {
      const { bulletin, warnings } = parseBulletinText(`${widget}\n${BODY}`);
      expect(bulletin.publication.title).toBeUndefined();
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
        true,
      );
    },
  );

  test("`QQ咨询` over a headline: the headline is the title", () => {
    const { bulletin } = parseBulletinText(`QQ咨询\n某省1至2月份工业生产低位平稳运行\n${BODY}`);
    expect(bulletin.publication.title).toBe("某省1至2月份工业生产低位平稳运行");
  });

  // Near-misses: a headline that opens with `QQ` and names more than a widget.
  test.each([["QQ群诈骗案件专项整治情况通报"], ["QQ咨询量同比下降情况"]])(
    "`%s` stays the title",
    (headline) => {
      expect(parseBulletinText(`${headline}\n${BODY}`).bulletin.publication.title).toBe(headline);
    },
  );
});
