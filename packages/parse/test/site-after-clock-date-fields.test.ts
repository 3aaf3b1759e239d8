import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news site's date field whose clock time runs on into the site's name, its address perhaps in
 * brackets (`时间:2021-05-24 16:11河北网(www.he-bei.cn)`, `日期：… 某某网（www.example.com）`): the
 * page's date line, so the date is the page's. Without the clock time, or with a name that is no
 * site's (`张三`) after it, the line keeps its reading. Every text here is written for the test.
 */

const page = (line: string) =>
  `某市12345热线获评“中国最佳”\n\n${line}\n\n日前，某市12345政务服务便民热线荣获年度中国最佳政府服务热线称号。\n\n今年一季度，热线呼入、呼出话务总量达208340个，同比增长82.87%；受理事项143517个，同比增长50%。`;

describe("a date field with the site's name after its clock time", () => {
  test.each([
    ["the site's address in brackets", "时间:2021-05-24 16:11河北网(www.he-bei.cn)"],
    ["a news site, spaced", "时间:2021-05-24 16:11 某某新闻网"],
    ["seconds, full-width brackets", "日期：2021-05-24 16:11:05 某某网（www.example.com）"],
  ])("%s: the date is the page's", (_, line) => {
    const { bulletin } = parseBulletinText(page(line));
    expect(bulletin.issue.publishedOn).toBe("2021-05-24");
    expect(bulletin.publication.title).toBe("某市12345热线获评“中国最佳”");
  });

  test.each([
    ["no clock time", "时间:2021-05-24河北网"],
    ["a person's name after the clock", "时间:2021-05-24 16:11 张三"],
  ])("%s: no page date is read", (_, line) => {
    expect(parseBulletinText(page(line)).bulletin.issue.publishedOn).toBeUndefined();
  });
});
