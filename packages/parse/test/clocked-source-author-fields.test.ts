import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A web page's clocked source line (`2020-08-10 16:22 市住房城乡建设局`) with its author's or editor's
 * field after the name (`2023-01-18 08:28:55 新華社   作者: 高敬`): the name is still the page's
 * source, the date the page's. Written for the rule (formerly held-out-35's 新華社 air-quality
 * page in traditional characters, whose source was lost); every line here is invented.
 */

const HEADLINE = "2022年全市优良天数比例为86.5%";
const BODY =
  "\n\n某局副局长王某17日介绍，2022年，全市空气质量稳中向好，优良天数比例为86.5%，同比上升1.2个百分点。\n\n重污染天数比例降到0.9%。";

const read = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}${BODY}`, ["publisher", "publishedOn"]);

describe("a clocked source line with an author's field after the name", () => {
  test.each([
    {
      line: "2023-01-18 08:28:55 新華社   作者: 高敬  ",
      expected: { publisher: "新華社", publishedOn: "2023-01-18" },
    },
    {
      line: "2023-01-18 08:28 新华社 作者：王某某",
      expected: { publisher: "新华社", publishedOn: "2023-01-18" },
    },
    {
      line: "2021年3月5日 09:30 某县融媒体中心 编辑：李某 【字体：大 中 小】",
      expected: { publisher: "某县融媒体中心", publishedOn: "2021-03-05" },
    },
    {
      line: "2020-08-10 16:22 市住房城乡建设局 责任编辑：张某 打印",
      expected: { publisher: "市住房城乡建设局", publishedOn: "2020-08-10" },
    },
  ])("parseBulletinText: `$line` names its source", ({ line, expected }) => {
    expect(read(line)).toEqual(expected);
  });

  test.each([
    // A person's name alone is no source, an author's field after it or not.
    "2023-01-18 08:28 王某某 作者：李某",
    // An author's field with a clause after it is no field of the line.
    "2023-01-18 08:28 新华社 作者：高敬，记者从会上获悉",
  ])("parseBulletinText: `%s` names no source", (line) => {
    expect(read(line).publisher).toBeUndefined();
  });
});
