import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose fields name its title (`原标题：…`, `標題：…`) and that prints that title as a line
 * of its head or as its first line: that line is the title, over a menu's line the head holds (no
 * kicker of it) and over a short line under it the masthead would read as a title (an account's
 * label, `创始人`). Every text here is written for the test.
 */

const lede =
  "10月13日，某部发布《2023年某某事业发展统计公报》。公报显示，全年依法办理登记683.5万对，比上年下降10.6%。";

describe("the title the page's fields name, printed in its head", () => {
  test.each([
    [
      "a menu's line over the headline",
      [
        "新闻 政务 党建 视频 图片 社区",
        "客户端 微博 微信 数字报",
        "某部：去年办理登记683.5万对，比上年下降10.6%",
        "时间：2023-10-16 08:21 来源：某部网站",
        "原标题：某部：去年办理登记683.5万对，比上年下降10.6%",
        lede,
      ],
      "某部：去年办理登记683.5万对，比上年下降10.6%",
    ],
    [
      "in traditional characters",
      [
        "客戶端 微博 微信 數字報",
        "某部：去年辦理登記683.5萬對，比上年下降10.6%",
        "時間：2023-10-16 08:21 來源：某部網站",
        "原標題：某部：去年辦理登記683.5萬對，比上年下降10.6%",
        lede,
      ],
      "某部：去年辦理登記683.5萬對，比上年下降10.6%",
    ],
  ])("%s", (_, lines, title) => {
    expect(parseBulletinText(lines.join("\n")).bulletin.publication.title).toBe(title);
  });

  test.each([["创始人"], ["管理员"]])(
    "an account's label `%s` under the headline printed first is no title",
    (label) => {
      const text = [
        "一季度某省安全生产形势总体稳定",
        label,
        "2024-04-13 09:53:10",
        "原标题：一季度某省安全生产形势总体稳定",
        "某某社某市4月12日电（记者王某）记者12日从某省应急管理厅获悉，一季度全省安全生产形势总体稳定。",
        "一季度，全省共发生事故120起，同比下降12.5%。",
      ].join("\n");
      const { bulletin, warnings } = parseBulletinText(text);
      expect(bulletin.publication.title).toBe("一季度某省安全生产形势总体稳定");
      expect(warnings.some((w) => w.position.line === 2)).toBe(true);
    },
  );

  test.each([
    [
      "no field names the title: the head's reading",
      [
        "某部：去年办理登记683.5万对",
        "全年登记机构4310个，比上年减少12个",
        "时间：2023-10-16 08:21 来源：某部网站",
        lede,
      ],
      "某部：去年办理登记683.5万对",
    ],
    [
      "a masthead with its issue number under the restated title keeps its title",
      [
        "某县政务服务工作简报",
        "某县政务服务工作简报",
        "第5期",
        "某县政务服务中心 2024年5月10日",
        "原标题：某县政务服务工作简报",
        "5月，全县政务服务中心共受理办件1.2万件，同比增长5%。",
      ],
      "某县政务服务工作简报",
    ],
  ])("%s", (_, lines, title) => {
    expect(parseBulletinText(lines.join("\n")).bulletin.publication.title).toBe(title);
  });
});
