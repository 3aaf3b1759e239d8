import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An office's credit in brackets that closes the last paragraph, on its line (issue 14):
 * `…增长37.4%。（县统计局供稿 编校：刘某）` — the office is the publisher; the editor is no part of it.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const HEAD = "1-10月份全县经济运行情况\n";
const PARA = "初步统计，1-10月份，全县完成工业增加值31.4亿元，同比增长11.1%。";

describe("a credit run on to the last paragraph", () => {
  test.each([
    { credit: "（县统计局供稿）", name: "县统计局" },
    { credit: "(县统计局供稿 编校:刘某某)", name: "县统计局" },
    { credit: "（縣統計局供稿 編校：劉永青）", name: "縣統計局" },
    { credit: "（市发展改革委提供　责任编辑：王某）", name: "市发展改革委" },
  ])("$credit names the publisher", ({ credit, name }) => {
    expect(publisherOf(`${HEAD}${PARA}${credit}`)).toBe(name);
  });

  test.each([
    { what: "in the middle of the text", text: `${HEAD}${PARA}（县统计局供稿）\n${PARA}` },
    { what: "naming no office", text: `${HEAD}${PARA}（数据由企业提供）` },
    { what: "a note, not a credit", text: `${HEAD}${PARA}（注：数据为初步统计）` },
  ])("a bracket $what names no publisher", ({ text }) => {
    expect(publisherOf(text)).toBeUndefined();
  });
});
