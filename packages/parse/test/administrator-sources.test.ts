import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's source field filled with the account that posted it, a site's administrator
 * (`信息来源：网站管理员`, `来源：某某网管理员`, as content systems fill it in), names no publisher; a body
 * whose name holds 管理 (`某市城市管理局`) still does. Every text here is written for the test.
 */

const page = (foot: string) =>
  `首页 > 林业资讯 > 林业大事件\n\n国有林场全面完成2013年造林绿化任务\n\n发布时间:2013-12-19\n\n国有林场计划造林8520亩,实际完成造林8871亩,完成计划的105%。\n\n育苗计划63亩,完成80亩,完成计划的120%。\n\n${foot}\n`;
const publisherOf = (foot: string) =>
  parseBulletinText(page(foot)).bulletin.publication.publisher?.name;

describe("a site's administrator as the page's source", () => {
  test.each([
    ["a site's administrator, an editor too", "信息来源:网站管理员 | 责任编辑:网站管理员"],
    ["the administrator alone", "来源：管理员"],
    ["a named site's administrator", "信息来源：某某林业网管理员"],
    ["a system's administrator", "来源: 系统管理员"],
    ["traditional", "信息來源:網站管理員 | 責任編輯:網站管理員"],
  ])("(%s) names no publisher", (_, foot) => {
    expect(publisherOf(foot)).toBeUndefined();
  });

  test.each([
    ["a city's management bureau", "信息来源:某市城市管理局", "某市城市管理局"],
    ["a management committee", "来源：某县城市管理委员会", "某县城市管理委员会"],
    ["a forestry office", "信息来源:某县林业局 | 责任编辑:网站管理员", "某县林业局"],
  ])("(%s) is the publisher", (_, foot, name) => {
    expect(publisherOf(foot)).toBe(name);
  });
});
