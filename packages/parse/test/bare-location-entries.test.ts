import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook database's page whose location label lost its path (`您的当前位置：` alone) over a
 * short entry name (`物业管理`, perhaps printed twice) and the entry's text: the name is the title,
 * though it is as short as a column's name.
 */

const read = (text: string) => parseBulletinText(text).bulletin.publication.title;

const ENTRY = "2016年，全区物业小区管理面积984.05万平方米，其中老旧小区300余万平方米。";

describe("a short entry name under a location label alone", () => {
  test.each([
    {
      what: "printed twice",
      text: `您的当前位置：\n\n物业管理\n\n物业管理\n\n  ${ENTRY}\n`,
      title: "物业管理",
    },
    { what: "printed once", text: `您的当前位置:\n\n税收收入\n\n  ${ENTRY}\n`, title: "税收收入" },
    {
      what: "after 当前位置：",
      text: `当前位置：\n城区建设\n城区建设\n${ENTRY}\n`,
      title: "城区建设",
    },
    {
      what: "a longer name (read before)",
      text: `您的当前位置：\n传染病疫情管理\n${ENTRY}\n`,
      title: "传染病疫情管理",
    },
  ])("is the title ($what)", ({ text, title }) => {
    expect(read(text)).toBe(title);
  });

  test.each([
    { what: "under no label", text: `物业管理\n${ENTRY}\n` },
    { what: "under a label with its path", text: `当前位置：首页 > 政务\n政务\n${ENTRY}\n` },
    { what: "under the site's menu, no label", text: `网站首页\n经济信息\n${ENTRY}\n` },
    {
      what: "a label over a column over a headline",
      text: `您的当前位置：\n要闻\n全区物业小区管理面积984.05万平方米\n${ENTRY}\n`,
    },
  ])("is no title otherwise ($what)", ({ text }) => {
    expect(read(text)).not.toBe(text.split("\n").find((l) => /^[\u4e00-\u9fff]{2,4}$/.test(l)));
  });
});
