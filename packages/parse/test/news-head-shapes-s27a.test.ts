import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { webLineFilter } from "../src/internal/web-page";

/**
 * Two shapes of a news page's head: a press group's row of links to its papers (three names in
 * `《》` or more, nothing else) over the page, which is the site's; and a headline under the page's
 * date alone and over a lede that opens with its dateline (`本报某市电`), which is the title. Every
 * text here is written for the test.
 */

const lede = "本报某市电(记者 王某)今年以来,某市两级法院推进诉源治理,共承办案件1234件。";
const body = "\n\n据悉,全市法院结案率达95.2%,同比提高2.1个百分点。";

describe("a row of paper names over the page", () => {
  test.each([
    "《某某日报》 《某某日报藏文版》 《某某商报》",
    "《某省日报》 《某省晚报》 《某省法制报》 《某省农民报》",
    "《某某日报》|《某某晚报》|《某某商报》",
  ])("%s", (row) => {
    expect(webLineFilter()(row)).toBe(true);
    const text = `${row}\n\n2021年06月08日\n\n某市法院推进诉源治理成效明显\n\n${lede}${body}`;
    expect(parseBulletinText(text).bulletin.publication.title).toBe("某市法院推进诉源治理成效明显");
  });
  test.each([
    "《关于进一步加强统计工作的通知》",
    "《某某日报》 《某某晚报》",
    "《条例》《办法》《细则》相继出台",
    "《某某日报》、《某某晚报》、《某某商报》",
  ])("near-miss %s", (row) => {
    expect(webLineFilter()(row)).toBe(false);
  });
});

describe("a headline between the page's date and its datelined lede", () => {
  test.each([
    ["2020年05月15日", "某市两级法院发挥院庭长引领示范效应", lede],
    [
      "2019年3月2日",
      "某县春耕备耕工作全面展开",
      "本报讯 连日来,某县各乡镇抓住有利时机开展春耕备耕,已完成备耕面积12.5万亩。",
    ],
    [
      "2022年10月08日",
      "某省前三季度外贸进出口稳中提质",
      "新华社某市10月7日电 记者从某省海关获悉,前三季度某省外贸进出口总值达2345亿元。",
    ],
  ])("%s / %s", (date, headline, first) => {
    const r = parseBulletinText(`${date}\n\n${headline}\n\n${first}${body}`);
    expect(r.bulletin.publication.title).toBe(headline);
  });
  test.each([
    // A short line over the lede is no headline this rule takes.
    ["2020年05月15日", "简讯", lede],
    // `本报告…`: a report's own words, no dateline.
    [
      "2020年05月15日",
      "某市两级法院发挥院庭长引领示范效应",
      "本报告显示,全市法院结案率达95.2%,同比提高2.1个百分点。",
    ],
    // A plain paragraph under the line: no dateline.
    [
      "2020年05月15日",
      "某市两级法院发挥院庭长引领示范效应",
      "全市法院结案率达95.2%,同比提高2.1个百分点。",
    ],
  ])("near-miss %s / %s", (date, headline, first) => {
    const r = parseBulletinText(`${date}\n\n${headline}\n\n${first}${body}`);
    expect(r.bulletin.publication.title).toBeUndefined();
  });
});
