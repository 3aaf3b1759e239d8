import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `跳過導航欄 申訴專員發表二〇一八年工作簡報 - 香港申訴專員公署`: a page's skip link run on before its
 * headline on the text's first line, a space between: the link is the page's, dropped, and the
 * headline is the title. Lines from `hongkong-ombudsman-2018-trad` (whose title kept the link),
 * cut short; the near misses are invented.
 */

const page = (first: string): string[] => [
  first,
  "",
  "新聞稿",
  "",
  "申訴專員發表二〇一八年工作簡報",
  "",
  "2019年1月31日",
  "",
  "申訴專員劉燕卿今日(一月三十一日)發表申訴專員公署二〇一八年工作簡報。",
];

const read = (lines: readonly string[]) => {
  const { bulletin, warnings } = parseBulletinText(lines.join("\n"));
  return {
    title: bulletin.publication.title,
    dropped: warnings
      .filter((w) => w.code === "web-line-dropped" && w.position.line === 1)
      .map((w) => w.message),
  };
};

describe("a skip link run on before the headline", () => {
  test.each([
    ["跳過導航欄 申訴專員發表二〇一八年工作簡報 - 香港申訴專員公署"],
    ["跳过导航栏 申訴專員發表二〇一八年工作簡報 - 香港申訴專員公署"],
  ])("parseBulletinText: %j: the link is dropped, the headline is the title", (first) => {
    const { title, dropped } = read(page(first));
    expect(title).toBe("申訴專員發表二〇一八年工作簡報");
    expect(dropped).toHaveLength(1);
  });
});

describe("first lines that open with no skip link (near misses)", () => {
  test.each([
    ["跳過導航欄申訴專員發表二〇一八年工作簡報", "no space after the words"],
    ["跳水隊 申訴專員發表二〇一八年工作簡報", "other words before the space"],
  ])("parseBulletinText: %j (%s): nothing of the line is dropped", (first) => {
    expect(read(page(first)).dropped).toEqual([]);
  });
});
