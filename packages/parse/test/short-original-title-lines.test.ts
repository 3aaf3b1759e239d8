import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's line naming the report's original headline with the short label `原题：` (either
 * script, `原題：`) under the headline the copy printed: a field of the page like `原标题：`, not the
 * headline's second line. The headline over it stays the title. A sentence opening with 原题 and no
 * colon is text. Every text is written for the test.
 */

const body =
  "某网讯（记者 王某）10月23日至25日，省政协副主席一行来我市督查改革举措落实情况，先后视察了3个便民服务中心。";

describe("a 原题 line under the headline", () => {
  test.each([
    [
      `省政协副主席赴某市督查“最多跑一次”工作\n原题：某某来我市督查“最多跑一次”改革工作\n${body}`,
      "省政协副主席赴某市督查“最多跑一次”工作",
    ],
    [
      `省政協副主席赴某市督查改革工作\n原題:某某來我市督查改革工作\n${body}`,
      "省政協副主席赴某市督查改革工作",
    ],
    [
      `某县前三季度新增市场主体1.2万户\n原题：市场主体持续壮大\n${body}`,
      "某县前三季度新增市场主体1.2万户",
    ],
  ])("parseBulletinText: `%s` keeps the headline over the 原题 line", (text, title) => {
    expect(parseBulletinText(text).bulletin.publication.title).toBe(title);
  });
});

describe("lines that only open with 原题", () => {
  test("parseBulletinText: a sentence opening with 原题 and no colon stays text", () => {
    const text = `某市政务服务中心运行情况\n原题目拟定为窗口服务情况，后经研究改为现名。\n${body}`;
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe("某市政务服务中心运行情况");
    expect(JSON.stringify(bulletin.sections)).toContain("原题目拟定为窗口服务情况");
  });
});
