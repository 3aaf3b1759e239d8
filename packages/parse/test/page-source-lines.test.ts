import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * What a page's lines say of its source (issue 14, formerly held-out-10): a date line without a
 * label, led by where the page came from (a host name or a few words, then the date with its
 * clock time, perhaps a counter in brackets); a news outlet named as the author; the site's word
 * qualifying the next label (`本站发布时间`). Every example is written for the rule, not taken
 * from a page.
 */

const read = (line: string) =>
  parseBulletinText(
    `全市春节假日旅游市场平稳有序\n${line}\n据统计，春节假日期间全市共接待游客326.5万人次，同比增长12.3%。`,
  ).bulletin;

describe("a page's date line led by its source", () => {
  test.each([
    ["news.example.com.cn 2019年02月11日 08:05", "2019-02-11"],
    ["www.example.gov.cn 2019-02-11 08:05:33", "2019-02-11"],
    ["网上收集 2019/2/11 8:05:33 (256)", "2019-02-11"],
    ["某某新聞網 2019.02.11 08:05（1024）", "2019-02-11"],
  ])("parseBulletinText: `%s` gives the date", (line, date) => {
    const bulletin = read(line);
    expect(bulletin.issue.publishedOn).toBe(date);
    expect(JSON.stringify(bulletin.sections)).not.toContain(line.slice(0, 6));
  });

  test.each([
    "某某新闻网 2019-02-11 08:05 记者王明",
    "全市共接待游客 2019-02-11 08:05 起开放",
    "news.example.com.cn 2019年02月11日",
  ])("parseBulletinText: `%s` is no such date line (counter-case)", (line) => {
    expect(read(line).issue.publishedOn).toBeUndefined();
  });
});

describe("an outlet as the page's author, and the site's word before the next label", () => {
  test.each([
    ["作者：某某日报 本站发布时间：2016年06月12日 收藏", "某某日报"],
    ["作者:新华社 本网更新时间:2016-06-12", "新华社"],
    ["來源：某某晚報 本站發布時間：2016年06月12日", "某某晚報"],
  ])("parseBulletinText: `%s` names the outlet and gives the date", (line, name) => {
    const bulletin = read(line);
    expect(bulletin.publication.publisher?.name).toBe(name);
    expect(bulletin.issue.publishedOn).toBe("2016-06-12");
  });

  test.each(["作者：王明 本站发布时间：2016年06月12日", "来源：本站 发布时间：2016-06-12"])(
    "parseBulletinText: `%s` names no publisher (counter-case)",
    (line) => {
      expect(read(line).publication.publisher).toBeUndefined();
    },
  );
});
