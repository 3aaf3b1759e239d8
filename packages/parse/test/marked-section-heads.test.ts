import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A text that opens on the first of its section heads, each opened by the same decorative mark
 * (`✦ 安全生产工作动态` … `✦ 下步重点工作安排：`): the first line is a section's head, not the title.
 * A marked title over items marked otherwise (`★ 某街道安全工作周报` over `● …`) stays the title.
 * Every example is written for the rule.
 */

const items =
  "●召开某街道安全检查工作部署会。\n●召开某社区消防安全推进会。\n●本周各社区检查企业单位共计301家，发现隐患288条，已整改188条。";

const parse = (text: string) => parseBulletinText(text);

describe("marked section heads", () => {
  test.each([
    ["✦ 安全生产工作动态", "✦ 下步重点工作安排："],
    ["☆ 本周重点工作完成情况", "☆ 下周工作安排"],
    ["★ 本周工作开展情况", "★ 存在问题"],
  ])("parseBulletinText: `%s` … `%s`: the first is no title", (first, second) => {
    const { bulletin } = parse(
      `${first}\n${items}\n${second}\n1、持续开展隐患排查整治。\n2、做好汛期安全防范。`,
    );
    expect(bulletin.publication.title).toBeUndefined();
  });
});

describe("a marked title", () => {
  test.each([["★ 某街道安全工作周报"], ["◆某街道应急管理工作动态"]])(
    "parseBulletinText: `%s` over items marked otherwise stays the title",
    (first) => {
      const { bulletin } = parse(`${first}\n${items}\n1、持续开展隐患排查整治。`);
      expect(bulletin.publication.title?.replace(/^[★◆]\s*/, "")).toBe(
        first.replace(/^[★◆]\s*/, ""),
      );
    },
  );
});
