import { parseBulletinText } from "@bulletin/parse";
import { renderText } from "@bulletin/render";
import { expressible, readIssue9 } from "@bulletin/testkit";
import { describe, expect, test } from "vitest";

/**
 * The testkit's `expressible` and the parser's masthead rule must agree on which publisher names
 * read as a report's headline (`…通报`, `…情况`): the testkit keeps its own copy of the endings so
 * that it does not import the parser's internals. Every ending either side might add is listed
 * here; a name ending in any of them, after `expressible`, reads back as the publisher. When the
 * parser learns a new headline ending and the testkit does not, this fails at once rather than
 * on the one random seed of the read-back property that spells it.
 */
const ENDINGS = [
  ..."情况 状况 通报 报告 分析 总结 综述 通知".split(" "),
  ..."简报 月报 快报 专报 动态 公告 通告 意见 纪要 汇报 要点 说明".split(" "),
];
/** Names no dictionary knows, so that only the ending decides. */
const STEMS = ["甲乙丙", "东林新区", "青石镇人民政府"];

describe("expressible agrees with the parser on headline-like publisher names", () => {
  test.each(ENDINGS.flatMap((ending) => STEMS.map((stem) => [stem + ending])))(
    "a publisher named %s reads back, as expressible writes it",
    (name) => {
      const b = readIssue9();
      b.publication.publisher.name = name;
      const expected = expressible(b);
      const { bulletin } = parseBulletinText(renderText(expected));
      expect(bulletin.publication.publisher?.name).toBe(expected.publication.publisher.name);
    },
  );
});

/**
 * A headline that opens with its issuer and the 通报 it issues (`某省纪委监委通报2024年上半年…情况`):
 * the issuer is the publisher. A news headline's `某部发布…` or `某委通报了…` reports on the body; a place
 * (`全市通报…`) is no issuer.
 */
describe("a headline naming the issuer of its 通报", () => {
  const page = (headline: string) =>
    `${headline}\n\n发布时间:2024-07-26\n\n2024年上半年，全省共接收信访举报6.2万件次，立案1.04万件。\n其中处分9300人。`;
  test.each([
    ["某省纪委监委通报2024年上半年全省纪检监察机关监督检查情况", "某省纪委监委"],
    ["东林县人民政府办公室通报第二季度政务服务工作情况", "东林县人民政府办公室"],
    ["某市監委通報2024年上半年審查調查情況", "某市監委"],
  ])("parseBulletinText: `%s` names its publisher %s", (headline, issuer) => {
    const { bulletin } = parseBulletinText(page(headline));
    expect(bulletin.publication.title).toBe(headline);
    expect(bulletin.publication.publisher?.name).toBe(issuer);
  });

  test.each([
    ["某部发布2024年上半年全国自然灾害基本情况", "某部"],
    ["全市通报2024年第二季度政务服务工作情况", "全市"],
    // `通报了`: a news headline telling that the body reported, as `发布` does.
    ["某省旅发委通报了今年一季度全省旅游经济运行情况", "某省旅发委"],
  ])("parseBulletinText: `%s` does not name %s its publisher", (headline, body) => {
    const { bulletin } = parseBulletinText(page(headline));
    expect(bulletin.publication.publisher?.name).not.toBe(body);
  });
});
