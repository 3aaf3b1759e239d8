import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A bulletin whose first part is its preface (`前言`, `引言`, `序言`, also letter-spaced: `前 言`), right
 * under the title, in a text that numbers no section (a 水资源公报's `前言` then `综述`), issue 14, formerly
 * held-out-51: the preface heads a part of its own, as the parts after it do, even where fewer than
 * two headings stand between paragraphs. Every text here is written for the test.
 */

const titles = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("a preface opening the text", () => {
  test.each([
    [
      "2014年某市水资源公报\n前言\n2014年世界水日的宣传主题是水与能源。\n本期公报由某市水利局发布。\n综述\n2014年全市年平均降水量1069.9毫米。",
      ["前言", "综述"],
    ],
    [
      "2020年某县环境状况公报\n前 言\n2020年，全县生态环境质量总体稳定。\n综 述\n全县空气优良天数比例为95.1%。",
      ["前言", "综述"],
    ],
    [
      "某市2019年水資源公報\n引言\n本公報反映了全市水資源狀況。\n綜述\n全市年降水量812.3毫米。",
      ["引言", "綜述"],
    ],
  ])("%s", (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  test.each([
    // A first line that is no part's name stays in the text above the first heading.
    "2014年某市水资源公报\n各位读者\n2014年世界水日的宣传主题是水与能源。\n综述\n2014年全市年平均降水量1069.9毫米。",
    // A sentence that opens with the word is no heading.
    "2014年某市水资源公报\n前言部分介绍了本期公报的编制依据。\n综述\n2014年全市年平均降水量1069.9毫米。",
  ])("%s opens with no preface heading", (text) => {
    expect(titles(text)[0]).not.toMatch(/^(?:前言|引言|各位读者)/);
  });
});
