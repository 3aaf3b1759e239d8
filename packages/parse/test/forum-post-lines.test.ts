import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A forum's post line over a copied report (`某网友 发表于 2022-3-1 12:19:17 | 显示全部楼层 |阅读模式`,
 * `发表于 2022-03-01 12:19`, `楼主 发表于 2021-12-5 08:05:33 | 只看该作者`): the page's, and its
 * date is the post's. The poster is no publisher. A sentence about posting is the text's. Every
 * example is written for the rule, not taken from a page.
 */

const title = "东林区数字化城市管理中心2022年2月系统运行情况统计";
const body =
  "一、总体情况\n2022年2月，中心共受理城市管理各类问题1974件，其中上报案件1831件，占案件总量的92.76%。";

describe("a forum's post line", () => {
  test.each([
    ["你很漂亮 发表于 2022-3-1 12:19:17 | 显示全部楼层 |阅读模式 <", "2022-03-01"],
    ["发表于 2022-03-01 12:19", "2022-03-01"],
    ["楼主 发表于 2021-12-5 08:05:33 | 只看该作者", "2021-12-05"],
    ["东林小编 發表於 2020-7-9 9:05 | 顯示全部樓層", "2020-07-09"],
  ])("parseBulletinText: `%s` is the page's, dated %s", (line, date) => {
    const { bulletin } = parseBulletinText(`${title}\n[复制链接]\n${line}\n${body}`);
    expect(bulletin.issue.publishedOn).toBe(date);
    expect(JSON.stringify(bulletin.sections)).not.toMatch(/发表于|發表於/);
    expect(bulletin.publication.publisher?.name).toBe("东林区数字化城市管理中心");
  });

  test.each([
    "该文章发表于2022年3月1日的《城市管理》杂志，引起广泛关注。",
    "市民在论坛发表于 2022-3-1 的帖子反映了占道经营问题，已转交有关部门处理。",
  ])("parseBulletinText: `%s` is the text's (counter-case)", (line) => {
    const { bulletin } = parseBulletinText(`${title}\n${line}\n${body}`);
    expect(bulletin.issue.publishedOn).toBeUndefined();
  });
});
