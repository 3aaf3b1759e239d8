import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page's `来源` value runs on into the widgets the page prints after it (issue 14; three news
 * copies of formerly held-out sets): a font-size picker labelled `字体大小：[大] [小]`, a bookmark or
 * print link glued to the name (`来源：某部收藏`), the text-size buttons and a QR code after the
 * day and time (`来源：某某社 2016年10月22日 02:00 A-A+ 二维码`). The widgets are no part of the
 * publisher, and a day before them is the page's date. Every text here is written for the test.
 */

const HEADLINE = "东林市上半年城镇新增就业3.2万人";
const BODY =
  "上半年，东林市城镇新增就业3.2万人，完成全年目标任务的61%。\n城镇登记失业率为3.1%，同比下降0.2个百分点。";

const read = (line: string) =>
  parsedView(`${HEADLINE}\n${line}\n${BODY}`, ["title", "publisher", "publishedOn"]);

describe("a page's source followed by its widgets", () => {
  test.each([
    {
      line: "发布日期:2021-03-05   阅读:356次   来源:东林日报   字体大小:[大] [中] [小]  ",
      publisher: "东林日报",
      publishedOn: "2021-03-05",
    },
    { line: "2020-05-12 来源:某省教育厅收藏", publisher: "某省教育厅", publishedOn: "2020-05-12" },
    { line: "2020-05-12 來源:某省教育廳收藏", publisher: "某省教育廳", publishedOn: "2020-05-12" },
    {
      line: "来源:某某社 2019年6月3日 08:30 A-A+ 二维码",
      publisher: "某某社",
      publishedOn: "2019-06-03",
    },
    {
      line: "时政新闻来源:东林晚报 2019-06-03 09:12 A+A- 打印",
      publisher: "东林晚报",
      publishedOn: "2019-06-03",
    },
    {
      line: "來源:某某網 2019年6月3日 08:30 A-A+ 二維碼",
      publisher: "某某網",
      publishedOn: "2019-06-03",
    },
  ])("parseBulletinText: `$line` gives the publisher without the widgets", (c) => {
    const got = read(c.line);
    expect(got.title).toBe(HEADLINE);
    expect(got.publisher).toBe(c.publisher);
    expect(got.publishedOn).toBe(c.publishedOn);
  });

  test.each([
    // A body whose name holds such a word inside it keeps its name.
    { line: "来源:东林市收藏家协会", publisher: "东林市收藏家协会" },
    // Without widgets, the value is read as before.
    { line: "来源:东林日报 2019-06-03 09:12", publisher: "东林日报" },
  ])("parseBulletinText: `$line` keeps the name it prints (counter-case)", (c) => {
    expect(read(c.line).publisher).toBe(c.publisher);
  });
});
