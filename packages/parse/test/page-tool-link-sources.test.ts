import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's 来源 field run on into a link under its prompt (`来源:某市政府 点击进入:法律咨询热线`): the
 * link is the page's, the source the name before it, as a mobile page's link after the name
 * (`手机看新闻`) is. A value whose words after the name are no link's keeps its reading. Every
 * text here is written for the test.
 */

const HEADLINE = "某市民政局关于某市社区事务受理服务中心第三方评估结果等级的通报";
const BODY =
  "\n\n各区民政局:\n\n  为提高我市社区政务服务质量和水平,我局委托第三方认证机构对全市220家社区事务受理服务中心进行了评估。";

const publisher = (meta: string) =>
  parseBulletinText(`您现在的位置: 某某法律网 >> 法规 >> 正文\n\n${HEADLINE}\n\n${meta}${BODY}`)
    .bulletin.publication.publisher?.name;

describe("a 来源 value run on into a link", () => {
  test.each([
    ["编辑:某市政府 来源:某市政府 点击进入:法律咨询热线", "某市政府"],
    ["来源:某市民政局 点击进入：专题报道", "某市民政局"],
    ["來源:某市民政局 點擊進入:法律諮詢熱線", "某市民政局"],
  ])("`%s`: the source is the name", (meta, name) => {
    expect(publisher(meta)).toBe(name);
  });

  test.each([
    ["来源:某市政府 新闻信息中心", "某市政府新闻信息中心"],
    ["来源:某市政府 点击率统计中心", "某市政府点击率统计中心"],
  ])("`%s`: words after the name that are no link stay with it", (meta, name) => {
    expect(publisher(meta)?.replace(/\s+/g, "")).toBe(name);
  });
});
