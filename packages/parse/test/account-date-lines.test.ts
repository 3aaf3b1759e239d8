import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy on a self-media platform prints the account's name and the page's date and clock time on
 * the line under its headline (`魅力霍林河 2016-11-01 08:53:00`): the account is the publisher, as
 * an outlet's name before the date is (`德州日报 2018-11-20 09:26`). A word of two characters
 * (`推荐`), a label without its colon (`发布时间`), a weekday, or a date without its clock time
 * names none. Every text here is written for the test.
 */

const page = (line: string) =>
  `前三季度 某自治区城镇新增就业23.55万人\n\n${line}\n\n原标题：前三季度 某自治区城镇新增就业23.55万人\n\n10月31日，某自治区人力资源和社会保障工作情况新闻发布会举行。据了解，1—9月，全区城镇新增就业23.55万人，城镇登记失业率为3.63%。`;

const publisher = (line: string) =>
  parseBulletinText(page(line)).bulletin.publication.publisher?.name;

describe("an account's name before the page's clocked date", () => {
  test.each([
    ["魅力霍林河 2016-11-01 08:53:00", "魅力霍林河"],
    ["霍林郭勒融媒 2019-03-01 09:15", "霍林郭勒融媒"],
    ["某某旗发布 2018年05月06日 10:21", "某某旗发布"],
    ["魅力某某 2016/11/01 08:53:00", "魅力某某"],
  ])("`%s`: the account is the publisher", (line, name) => {
    expect(publisher(line)).toBe(name);
  });

  test.each([
    ["a word of two characters", "推荐 2016-11-01 08:53:00"],
    ["a label without its colon", "发布时间 2016-11-01 08:53:00"],
    ["a weekday", "星期二 2016-11-01 08:53:00"],
    ["a date without its clock time", "魅力霍林河 2016-11-01"],
  ])("%s names no publisher", (_, line) => {
    expect(publisher(line)).toBeUndefined();
  });
});
