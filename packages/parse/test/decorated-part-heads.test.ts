import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page whose parts are headed by lines it leads with a decorative mark, a star or a dingbat the
 * repair keeps (`✦ 应急管理工作动态` … `✦ 下步重点工作安排：`): with two or more such lines led by the same
 * mark, each heads a section (its words, without the mark or a closing colon), the first too, which is
 * then no headline. One such line alone, lines led by different marks, and a sentence after a mark head
 * nothing. Written for a 街道 weekly of 安全生产 work (formerly held-out); every text here is invented.
 */

const parse = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return { title: bulletin.publication.title, sections: bulletin.sections.map((s) => s.title) };
};

const WORK = "召开社区消防安全推进会。\n持续开展安全检查及复查工作，本周检查企业31家。\n";

describe("headings led by one decorative mark", () => {
  test.each([
    ["✦", `✦ 应急管理工作动态\n${WORK}✦ 下步重点工作安排：\n1、持续开展重点部位安全巡查。\n`],
    ["★, no space", `★应急管理工作动态\n${WORK}★下步重点工作安排\n1、持续开展重点部位安全巡查。\n`],
    [
      "❖",
      `某街道安全生产周报\n❖ 应急管理工作动态\n${WORK}❖ 下步重点工作安排：\n1、持续开展重点部位安全巡查。\n`,
    ],
  ])("(%s)", (_, text) => {
    const { title, sections } = parse(text);
    expect(sections).toContain("应急管理工作动态");
    expect(sections).toContain("下步重点工作安排");
    expect(title ?? "").not.toContain("应急管理工作动态");
  });
});

describe("marks that head nothing (near-misses)", () => {
  test.each([
    [
      "one alone",
      `某街道安全生产周报\n${WORK}✦ 下步重点工作安排：\n1、持续开展重点部位安全巡查。\n`,
    ],
    [
      "two marks",
      `某街道安全生产周报\n✦ 应急管理工作动态\n${WORK}★ 下步重点工作安排：\n1、持续开展重点部位安全巡查。\n`,
    ],
    [
      "sentences",
      `某街道安全生产周报\n${WORK}✦ 下步重点工作安排已经印发。\n✦ 应急管理工作动态已经更新。\n`,
    ],
  ])("(%s)", (_, text) => {
    const { sections } = parse(text);
    expect(sections).not.toContain("下步重点工作安排");
  });
});

// A marked first line over more such lines is no title; a marked title over items marked
// otherwise (`★ 某街道安全工作周报` over `● …`) stays the title.
const items =
  "●召开某街道安全检查工作部署会。\n●召开某社区消防安全推进会。\n●本周各社区检查企业单位共计301家，发现隐患288条，已整改188条。";

describe("marked section heads, the first no title", () => {
  test.each([
    ["✦ 安全生产工作动态", "✦ 下步重点工作安排："],
    ["☆ 本周重点工作完成情况", "☆ 下周工作安排"],
    ["★ 本周工作开展情况", "★ 存在问题"],
  ])("parseBulletinText: `%s` … `%s`: the first is no title", (first, second) => {
    const { bulletin } = parseBulletinText(
      `${first}\n${items}\n${second}\n1、持续开展隐患排查整治。\n2、做好汛期安全防范。`,
    );
    expect(bulletin.publication.title).toBeUndefined();
  });
});

describe("a marked title", () => {
  test.each([["★ 某街道安全工作周报"], ["◆某街道应急管理工作动态"]])(
    "parseBulletinText: `%s` over items marked otherwise stays the title",
    (first) => {
      const { bulletin } = parseBulletinText(`${first}\n${items}\n1、持续开展隐患排查整治。`);
      expect(bulletin.publication.title?.replace(/^[★◆]\s*/, "")).toBe(
        first.replace(/^[★◆]\s*/, ""),
      );
    },
  );
});
