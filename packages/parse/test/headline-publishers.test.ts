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
