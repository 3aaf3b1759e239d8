import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { webLineKind } from "../src/internal/web-page";

/**
 * A site's advice on the browser to read it with, on a line of its own over the page's headline
 * (`今天是:请使用IE9以上浏览器浏览,…请选择极速模式。`, the clock's label left before it): the site's,
 * so the headline under it is the title. A sentence of the text about browsers stays. Every text
 * here is written for the test (the corpus's shape is the first).
 */

const headline = "2022年第三季度某市12315信息系统数据分析报告";
const page = (line: string) =>
  `${line}\n返回首页\n${headline}\n发布时间:2022-11-04 15:36 来源:市市场监管局\n\n一、总体情况\n\n2022年第三季度,全市共登记消费者咨询、投诉、举报30541件,同比增长43.96%。`;

describe("a site's advice on the browser", () => {
  test.each([
    "今天是:请使用IE9以上浏览器浏览,使用QQ、360等可以切换内核的浏览器时,请选择极速模式。",
    "请使用IE9以上版本浏览器访问本站",
    "为了获得更好的浏览效果，建议使用Chrome浏览器",
    "建议您使用谷歌、火狐等浏览器浏览本网站。",
  ])("`%s` is the site's: the headline under it is the title", (line) => {
    expect(webLineKind(line)).toBe("furniture");
    expect(parseBulletinText(page(line)).bulletin.publication.title).toBe(headline);
  });

  test.each([
    "全市政务网站已兼容主流浏览器，访问量同比增长12%。",
    "群众反映部分页面须使用IE浏览器才能办理，已督促整改。",
    "请使用浏览器扫码参与问卷调查，共收回问卷1200份。",
  ])("`%s` is the text's", (line) => {
    expect(webLineKind(line)).toBeUndefined();
  });
});
