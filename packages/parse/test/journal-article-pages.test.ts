import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A mirrored journal article's page: a keyword-stuffed banner over it whose last character the
 * copy lost (`…在线观看 ?`), the headline, the date the article went up with its clock to the
 * second and the authors' names run on after it (`2020-12-24 08:04:31王某李某`), and the journal's
 * name with the issue of its year (`城市轨道交通 2019年12期`). The banner and the two lines are the
 * page's: the headline is the title, the date the issue's, and the journal's issue the article's
 * number and year when its title states none. Every text here is written for the test.
 */

const STUFFED =
  "999精品在线视频,手机成人午夜在线视频,久久不卡国产精品无码,中日无码在线观看,成人av手机在线观看 ?";
const BODY =
  "\n\n文/某某\n\n总客运量方面\n\n(1)概述\n\n内地33城2019年11月总客运量20.52亿人次,日均6841.6万人次,环比上涨3.05%。\n\n小结:本月某市单月日均首次突破300万人次。";

const facts = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    number: bulletin.issue.number,
    year: bulletin.issue.year,
    publishedOn: bulletin.issue.publishedOn,
  };
};

describe("a journal article's page", () => {
  test.each([
    {
      what: "the journal's issue is the article's when its title states none",
      head: `${STUFFED}\n\n2019年11月中国主要城市地铁客运量总结\n\n2020-01-16 07:11:38阿牛\n城市轨道交通 2019年12期`,
      expected: {
        title: "2019年11月中国主要城市地铁客运量总结",
        number: 12,
        year: 2019,
        publishedOn: "2020-01-16",
      },
    },
    {
      what: "the title's issue wins over the journal's",
      head: `${STUFFED}\n\n某市农产品价格周报2020年第三十一期\n\n2020-12-24 08:04:31王某某李某\n南方农业·上旬 2020年8期`,
      expected: {
        title: "某市农产品价格周报2020年第三十一期",
        number: 31,
        year: 2020,
        publishedOn: "2020-12-24",
      },
    },
    {
      what: "traditional characters, a journal name with its middle dot",
      head: `${STUFFED}\n\n2019年11月中國主要城市地鐵客運量總結\n\n2020-01-16 07:11:38王某某\n城市軌道交通·下旬 2019年12期`,
      expected: {
        title: "2019年11月中國主要城市地鐵客運量總結",
        number: 12,
        year: 2019,
        publishedOn: "2020-01-16",
      },
    },
  ])("$what", ({ head, expected }) => {
    expect(facts(`${head}${BODY}`)).toEqual(expected);
  });
});

describe("lines like the page's that are the text's (counter-cases)", () => {
  test.each([
    ["a schedule's time without seconds", "2023-05-10 09:00报到"],
    ["a journal cited in a sentence", "详见城市轨道交通 2019年12期。"],
  ])("%s is kept", (_, line) => {
    const { warnings } = parseBulletinText(
      `某市地铁运营情况\n\n一、总体情况\n${line}\n全市日均客运量120万人次。`,
    );
    expect(warnings.filter((w) => w.code === "web-line-dropped")).toEqual([]);
  });

  test("a journal's issue under the text's first sentence is not read", () => {
    const { bulletin } = parseBulletinText(
      "某市地铁运营情况\n\n全市日均客运量120万人次。\n城市轨道交通 2019年12期\n环比上涨3.05%。",
    );
    expect(bulletin.issue.number).toBeUndefined();
  });
});
