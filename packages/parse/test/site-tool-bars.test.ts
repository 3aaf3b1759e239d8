import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { webLineKind } from "../src/internal/web-page";

/**
 * A government portal's top bar of tool links, piped like a table's row: a version in another
 * script or language (`藏文版`, `维文版`), `设为首页`, `加入收藏`, the accessibility link and the
 * elder-friendly mode's switch (`进入关怀版`) — under or over the portal's menu bar
 * (`中央人民政府网站 | 省委 | 省人大`): the bars are the site's, no table of two rows, and the
 * headline under the breadcrumb is the title. Lines about such versions or links that say something
 * stay the text's. Every text here is written for the test.
 */

const menu = "中央人民政府网站  |  省委  |  省人大  |  省政府  |  省政协";
const page = (bar: string) =>
  `${menu}\n${bar}\n您的位置: 某省人民政府网  /  政务公开  /  地区动态\n\n【某州】某州全面启动春耕备耕工作\n\n来源:某某日报       作者:王某    发布时间:2026-03-18 07:14\n\n  3月5日,某州农牧局发布消息,全州粮油菜种植任务4.95万公顷。\n\n  今年计划推广化肥农药减量增效1.33万公顷以上,油菜扩种666.67公顷。`;

describe("a portal's bar of tool links", () => {
  test.each([
    "藏文版  |  设为首页  |  加入收藏  |  无障碍阅读  |  进入关怀版",
    "维文版 | 设为首页 | 加入收藏 | 无障碍浏览",
    "蒙古文版 | 加入收藏 | 无障碍",
    "设为首页 | 收藏本站 | 无障碍阅读 | 关怀版",
    "藏文版 | 设为首页 | 加入收藏",
    "进入关怀版 | 设为首页",
  ])("`%s` is the site's", (bar) => {
    expect(webLineKind(bar)).toBe("furniture");
    expect(parseBulletinText(page(bar)).bulletin.publication.title).toBe(
      "【某州】某州全面启动春耕备耕工作",
    );
  });

  test.each([
    "藏文版《某某条例》正式出版发行",
    "全省政府网站完成无障碍改造，设为首页的栏目12个",
    "进入关怀版后字号放大",
    "维文版",
  ])("`%s` is no bar of tool links", (line) => {
    expect(webLineKind(line)).toBeUndefined();
  });
});
