import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's headline whose line runs on, after a printed space, into the page's date in numbers (its
 * clock time perhaps after it), an author's name of two to four Han characters perhaps between them
 * after a space of its own: the headline alone is the title. Near-misses keep the line as it was: a
 * date in words (a title may state its day), a date with no space before it, a name with no space
 * before it (the headline's last words).
 */

const below =
  "\n浏览次数：88  发布日期：2023-09-12  分类：土地管理\n甲省自然资源厅近日公开挂牌出让12宗矿业权，成交总价8.6亿元。\n本次出让中，乙县采矿权竞争最为激烈。\n";
const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a headline run on into the page's date", () => {
  test.each([
    ["an author and the clock", "甲省12宗矿业权挂牌出让成交 李某 2023-09-12 10:30"],
    ["the date and clock alone", "甲省12宗矿业权挂牌出让成交 2023-09-12 10:30"],
    ["an author of three characters and the day", "甲省12宗矿业权挂牌出让成交 欧阳某 2023-9-12"],
    ["seconds on the clock", "甲省12宗矿业权挂牌出让成交  2023-09-12 10:30:05"],
  ])("%s: the headline is the title", (_name, line) => {
    expect(titleOf(`${line}${below}`)).toBe("甲省12宗矿业权挂牌出让成交");
  });

  test.each([
    [
      "a date in words",
      "甲省12宗矿业权挂牌出让成交 2023年9月12日",
      "甲省12宗矿业权挂牌出让成交2023年9月12日",
    ],
    [
      "no space before the date",
      "甲省12宗矿业权挂牌出让成交2023-09-12",
      "甲省12宗矿业权挂牌出让成交2023-09-12",
    ],
    [
      "no space before the name",
      "甲省12宗矿业权挂牌出让成交李某 2023-09-12",
      "甲省12宗矿业权挂牌出让成交李某",
    ],
  ])("%s: the line is not cut there", (_name, line, title) => {
    expect(titleOf(`${line}${below}`)).toBe(title);
  });
});
