import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";
import { figures } from "./metric-lines";

/**
 * A news page's credit run on after its last paragraph's full stop (issue 14, formerly
 * held-out-125): `…增幅3.2%。作者：王某 来源：某某网`. The page's fields (two or more of 作者, 来源,
 * 编辑, 责任编辑…, each a short value) are parted from the paragraph, which is the text's and keeps
 * its sentences and figures; the credit goes as the page's line it is. Examples written for the rule.
 */
const BODY = "一、工作动态\n甲区粮食单产达到438.6公斤/亩，同比增加12.5公斤/亩，增幅2.94%。";

describe("a credit run on after a paragraph", () => {
  test.each([
    ["作者：李某 来源：某某网"],
    ["来源：某某日报 作者：张某"],
    ["作者:王某某 来源:某某新闻网 责任编辑:赵某"],
  ])("%s: the paragraph's figures are read", (credit) => {
    expect(
      figures(`甲区粮食单产达到438.6公斤/亩，同比增加12.5公斤/亩，增幅2.94%。${credit}`),
    ).toEqual(["甲区粮食单产=438.6公斤/亩", "同比增加=12.5公斤/亩", "同比增加增幅=2.94%"]);
  });

  test("the credit is not kept as the text's", () => {
    const { text } = parsedView(`${BODY}作者：李某 来源：某某网`, ["text"]);
    expect(text).toContain("甲区粮食单产达到");
    expect(text).not.toContain("李某");
  });

  test.each([
    // One field alone after a sentence is the text's own words (a sentence may cite its source).
    ["乙县完成造林1.2万亩。来源：县林业局统计。", "乙县完成造林", "来源："],
    // A credit on a line of its own goes as before; the paragraph over it stays.
    ["丙镇新建道路3公里。\n作者：钱某 来源：某某网", "丙镇新建道路", "钱某"],
  ])(
    "a line with no credit run on after its last sentence is read as before: %s",
    (body, kept, gone) => {
      const { text } = parsedView(`一、工作动态\n${body}`, ["text"]);
      expect(text).toContain(kept);
      if (gone === "钱某") expect(text).not.toContain(gone);
      else expect(text).toContain(gone);
    },
  );
});
