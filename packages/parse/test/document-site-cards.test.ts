import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document-sharing site's card over a report it hosts, a list item a line: the downloads' and
 * favourites' counts (`0`, `3`), the report's length (`约3.6千字`, `约 7页`), the day it was posted
 * (`2026-01-19 发布于四川`) and the report button (`举报`): the page's lines; the report's name under
 * them is the title. A table's head cell `举报` under its caption, a year alone over a title broken
 * over lines, and a count over the text with no card under it stay. Every text is written for the
 * test.
 */

const title = "2025年某镇信访维稳工作总结";
const body =
  "2025年，某镇坚持以人民为中心，深入落实信访工作条例，全年共受理群众来信来访126件，办结率100%。\n一、健全机制强保障\n镇党委、政府建立“党委统筹、专班推进”的工作体系。";

describe("a document site's card over the report", () => {
  test.each([
    ["- 0\n- 0\n- 约3.6千字\n- 约 7页\n- 2026-01-19 发布于四川\n- 举报"],
    ["- 3\n- 0\n- 约1.87千字\n- 约 5页\n- 2016-03-01 发布于安徽\n- 举报"],
    ["  • 46\n  • 0\n  • 约4.41千字\n  • 约 6页\n  • 2020-12-21 发布于湖北\n  • 举报"],
  ])("parseBulletinText: the card is dropped and the report's name is the title", (card) => {
    const { bulletin } = parseBulletinText(`${card}\n${title}\n${body}`);
    expect(bulletin.publication.title).toBe(title);
    expect(bulletin.sections[0]?.title).not.toBe("0");
    expect(JSON.stringify(bulletin.sections)).not.toContain("千字");
  });
});

describe("lines like a card's that stay", () => {
  test("parseBulletinText: `举报` alone as a table's head cell under its caption stays", () => {
    const text = `某市12315热线运行情况\n投诉、举报、咨询量对比情况表\n类别\n投诉\n举报\n咨询\n${body}`;
    expect(JSON.stringify(parseBulletinText(text).bulletin)).toContain("举报");
  });

  test("parseBulletinText: a count alone over the text with no card under it stays", () => {
    const { bulletin } = parseBulletinText(`2025\n年某镇信访维稳工作总结\n${body}`);
    expect(JSON.stringify(bulletin)).toContain("2025");
  });
});
