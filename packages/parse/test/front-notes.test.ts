import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * Notes a page or paper opens on, over its first paragraph, that are no headline: a picture's caption
 * (`图为…`, or closed by its photographer's credit `（记者 王某 摄）`), a report's bracketed note of its
 * adoption (`（经…会议审议通过）`) and a paper's author's bracketed affiliation closed by its postcode.
 * Near-misses stay the title: a headline about a library or a photo show, a headline stating a
 * six-digit count, a bracketed draft's word over the report. Every text here is written for the test.
 */

const body =
  "\n2021年,全市各级纪检监察机关处置问题线索12345件,同比上升6.8%;立案4321件,同比上升2.2%;结案4100件,同比上升5.1%。\n";

describe("a note over the first paragraph", () => {
  test.each([
    ["a caption opening 图为", "图为某市新闻发布会现场"],
    ["a caption in traditional characters", "圖為某縣煙葉收購站工作現場"],
    ["a caption with its credit", "图为某市新闻发布会现场 王小明 摄"],
    ["a bracketed credit", "发布会现场（记者 李某 摄）"],
    ["an adoption note", "（经2022年3月18日某区红十字会第五届理事会第三次会议审议通过）"],
    ["an adoption note without 经", "(2021年12月20日市政府第35次常务会议通过)"],
    ["an author's affiliation", "（某某大学经济学院，江苏 南京 210093）"],
    ["an affiliation in traditional characters", "(某市政協文史委員會,廣東 某市 515000)"],
  ])("(%s) is no headline", (_, line) => {
    expect(mastheadFacts(`${line}${body}`).title).toBeUndefined();
  });

  test.each([
    ["a headline on a library", "某市图书馆2021年度工作报告"],
    ["a headline on a photo show", "某市第十届摄影展开幕"],
    ["a headline stating a large count", "全市新增市场主体210093户"],
    ["a draft's word in brackets over the report", "某区2021年度工作报告（征求意见稿）"],
  ])("(%s) stays the title", (_, line) => {
    expect(mastheadFacts(`${line}${body}`).title).toBe(line);
  });

  test("an adoption note's day is not the span the report covers", () => {
    const { bulletin } = parseBulletinText(
      "（经2022年3月18日某区红十字会第五届理事会第三次会议审议通过）\n2021年,某区红十字会共募集人道救助款物合计达236.5万元,其中募集善款230.1万元。\n一、款物收入情况\n2021年,共募集善款230.1万元。\n",
    );
    expect(bulletin.publication.title).toBeUndefined();
    expect(bulletin.issue.period).toEqual({ kind: "year", year: 2021 });
  });
});
