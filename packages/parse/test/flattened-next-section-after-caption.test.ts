import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `…同比增长5.1%。 图2:历年三次产业结构占比 二、农业 全年实现…`: a communiqué a document-sharing site
 * printed on one line (its paragraph breaks turned into spaces), a chart's caption standing between
 * two parts: the next section's marker after the caption's space opens the part, as one after a
 * sentence's end does, when it is the next of the sequence. Every text here is written for the test.
 */

const TITLE = "2022年某县国民经济和社会发展统计公报\n";
const ONE =
  "2022年，全县经济运行总体平稳。 一、综合 初步核算，全年全县地区生产总值96.52亿元，同比增长5.1%。 图1:历年地区生产总值及增速 人口和就业。全年城镇新增就业1820人。 ";

const headings = (body: string): (string | undefined)[] =>
  parseBulletinText(`${TITLE}${ONE}${body}`).bulletin.sections.map((s) => s.title);

describe("the next section after a caption in a flattened communiqué", () => {
  test.each([
    [
      "图2:历年三次产业结构占比 二、农林牧渔业 全年实现农林牧渔业增加值38.2亿元，同比增长4.3%。 三、工业和建筑业 全年工业增加值12.1亿元。",
      ["综合", "农林牧渔业", "工业和建筑业"],
    ],
    [
      "图22016~2022年城镇新增就业人数 二、农业 全年全县农林牧渔业总产值45.1亿元，比上年增长6.2%。",
      ["综合", "农业"],
    ],
  ])("`%s` is headed %j", (body, expected) => {
    expect(headings(body)).toEqual(expect.arrayContaining(expected));
  });

  // Near-misses: a marker out of sequence (`四、` where `二、` is next) or a numeral list after a
  // space (`二、三产业`) opens no part.
  test.each([
    ["图2:历年三次产业结构占比 四、农业 全年实现农林牧渔业增加值38.2亿元，同比增长4.3%。", "农业"],
    [
      "其中第一产业增加值占比下降 二、三产业增加值占比提高，全年增加值38.2亿元。",
      "三产业增加值占比提高",
    ],
  ])("`%s` does not head `%s`", (body, wrong) => {
    expect(headings(body)).not.toContain(wrong);
  });
});
