import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news item reposted on a forum (Discuz and its kin): the thread's tools over the post, each
 * alone on its line or several on one (`免费注册`, `QQ登录`, `只需一步，快速开始`, `同板块主题的 前一篇
 * 同板块主题的 后一篇`, `开启左侧`, `查看: 96|回复: 0`, `跳转到指定楼层`, `[复制链接]`), and under them
 * the post's floor and poster (`1# 某网友`): the page's, not the text's, so the headline under them is
 * the title. A `1#` or a tool's word in the text (`1#高炉`, `新用户免费注册…`) stays the text's.
 * Written for the rule (batch s17b's forum copy of a 交通运输部 item lost its title and outlet
 * under such lines); every line here is invented.
 */

const HEADLINE = "某省交通运输厅：一季度全省公路货运量同比增长5%";
const LEDE =
  "  4月27日，某省交通运输厅举行新闻发布会。一季度全省完成公路货运量18.7亿吨，同比增长5%。";

const parse = (tools: string[]) =>
  parseBulletinText(
    ["某某论坛", " 找回密码", " 免费注册", ...tools, HEADLINE, "来源：某某日报", LEDE].join("\n"),
  ).bulletin;

describe("a forum thread's tools over a reposted item", () => {
  test.each([
    [
      "the whole bar",
      [
        "QQ登录",
        "只需一步,快速开始",
        "同板块主题的 前一篇 同板块主题的 后一篇",
        "开启左侧",
        "查看: 96|回复: 0",
        "1# 某某网友",
        "跳转到指定楼层",
        " [复制链接]",
      ],
    ],
    ["counts and floor", ["查看: 1024|回复: 12", "1# 老张", "跳转到指定楼层"]],
    ["several tools on one line", ["上一主题 下一主题", "返回列表 [复制链接]"]],
    ["a poster under the first floor's name", ["显示全部楼层", "楼主 老李"]],
    ["a traditional copy's full-width counts", ["查看：96｜回复：0", "跳转到指定楼层"]],
    ["the thread's list, reply and post links", ["返回列表 回复 发帖"]],
    ["the same links in traditional characters", ["返回列表 回復 發帖"]],
  ])("%s: dropped, the headline is the title", (_, tools) => {
    const bulletin = parse(tools);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(bulletin.publication.publisher?.name).toBe("某某日报");
    const text = JSON.stringify(bulletin.sections);
    expect(text).not.toMatch(/楼层|复制链接|回复|网友|老张|老李/);
  });

  test.each([
    // A floor's mark with no thread's tool over it: the text's (a blast furnace's number).
    ["1#高炉检修完成", "一、生产情况\n1#高炉检修完成\n全月生产铁水12.6万吨，同比增长5%。"],
    // A tool's words inside a sentence.
    ["新用户免费注册", "一、平台建设\n新用户免费注册即可查看全部办件进度，本月注册用户1200人。"],
    // A floor's mark under the tools that goes on as a sentence is the text's.
    ["2#机组", "查看: 96|回复: 0\n一、生产情况\n2#机组全月发电1.2亿千瓦时，同比增长3%。"],
    // A reply's word in a sentence, or a line that goes on after it, is the text's.
    ["回复群众来信", "一、办理情况\n回复群众来信86件\n全月受理来信92件，按时回复率100%。"],
  ])("`%s` stays the text's", (words, text) => {
    expect(JSON.stringify(parseBulletinText(text).bulletin.sections)).toContain(words);
  });
});
