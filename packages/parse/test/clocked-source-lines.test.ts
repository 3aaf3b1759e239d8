import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A web page's line under its headline that prints the page's date with its clock time, then the
 * name of whoever put it up (a news outlet, an office), the reader's tools perhaps after it, and
 * no label: `2019年10月21日 18:44 某某新闻网`, `2020-08-10 16:22  市住房城乡建设局 [字号: ] 打印`. The
 * name is the page's source (its publisher) and the date the page's; the line is no part of the
 * text. A paper's name may stand in title marks (`2023-02-08 08:15:08 《 某某日报 》 作者: 王某`, as a
 * reprint of a paper's page prints it; formerly held-out-45's forestry report). Every text here is
 * written for the test.
 */

const HEADLINE = "1-9月全市城镇新增就业10.9万人";
const BODY =
  "\n\n  1-9月份,全市城镇新增就业10.9万人,全年目标任务11万人基本完成。三季度,全市城镇登记失业率是3.1%,同比下降0.2个百分点。\n\n  社保降费成效显著,1至9月共降低社会保险费27.2亿元。";

const read = (line: string) =>
  parsedView(`${HEADLINE}\n\n${line}${BODY}`, ["title", "publisher", "publishedOn", "headings"]);

describe("a page's date, its clock time and its source's name on the line under a headline", () => {
  test.each([
    {
      what: "a date in words, its time, a news site",
      line: "2019年10月21日 18:44 某某新闻网",
      expected: { publisher: "某某新闻网", publishedOn: "2019-10-21" },
    },
    {
      what: "a site's digits, an office, the font-size widget and the print link",
      line: "2020-08-10 16:22  市住房城乡建设局 [字号: ] 打印",
      expected: { publisher: "市住房城乡建设局", publishedOn: "2020-08-10" },
    },
    {
      what: "seconds in the time, a media centre, the font sizes in brackets",
      line: "2021/03/05 09:30:12 某县融媒体中心 【字体：大 中 小】",
      expected: { publisher: "某县融媒体中心", publishedOn: "2021-03-05" },
    },
    {
      what: "a paper's name in title marks, spaces inside, its author's field after it",
      line: "2023-02-08 08:15:08 《 某某日报 》   作者: 王某某  ",
      expected: { publisher: "某某日报", publishedOn: "2023-02-08" },
    },
    {
      what: "a paper's name in title marks, traditional",
      line: "2023-02-08 08:15 《某某日報》",
      expected: { publisher: "某某日報", publishedOn: "2023-02-08" },
    },
  ])("parseBulletinText: $what", ({ line, expected }) => {
    const got = read(line);
    expect({ publisher: got.publisher, publishedOn: got.publishedOn }).toEqual(expected);
    expect(got.title).toBe(HEADLINE);
    expect(got.headings.join("")).not.toContain(expected.publisher);
  });

  test.each([
    {
      what: "a span of hours, no name",
      line: "2019年10月21日 18:44 至 20:00",
    },
    {
      what: "a name that is neither an outlet nor an office",
      line: "2019年10月21日 18:44 张某某",
    },
    {
      what: "a book's name in title marks, neither an outlet's nor an office's",
      line: "2019年10月21日 18:44 《张某某文集》",
    },
    {
      what: "a date without its clock time (a masthead's issuer line may print it so)",
      line: "2019年10月21日 某某新闻网",
    },
  ])("parseBulletinText: $what names no source (counter-case)", ({ line }) => {
    expect(read(line).publisher).toBeUndefined();
  });
});
