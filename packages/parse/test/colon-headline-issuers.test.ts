import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline that names its issuer before a colon (`国家邮政局：1—8月…寄递业务量超千亿件`,
 * the misses of `held-out-12` read as a family): the body the headline quotes is the publisher
 * when nothing else names one and its name states the body's level or place. A person, a place, a
 * column or a phrase before the colon (`张三：…`, `某县：…`, `权威发布：…`, `一图读懂：…`), or a body's
 * shorthand every level shares (`统计局：…`, `文旅部：…`), names no publisher. The body is the publisher
 * only where the text under the headline names it again (`今天，某省邮政管理局发布…`; a headline's body
 * the text never names is the news' source, no publisher: `quoted-headline-bodies.test.ts`). Every
 * example here is written for the rule, not taken from a page.
 */

const lede =
  "今天，有关部门发布前8个月运行数据。1—8月，全市寄递业务量累计完成10.6亿件，同比增长13.1%。";

describe("a headline's issuer before its colon", () => {
  test.each([
    { headline: "某省邮政管理局：1—8月全省寄递业务量超十亿件", publisher: "某省邮政管理局" },
    { headline: "某市统计局:前三季度全市经济运行稳中有进", publisher: "某市统计局" },
    { headline: "国家某某局：上半年就业形势总体稳定", publisher: "国家某某局" },
    { headline: "某市卫健委：全市医疗服务能力持续提升", publisher: "某市卫健委" },
  ])("parseBulletinText: `$headline` names $publisher", ({ headline, publisher }) => {
    const named = lede.replace("有关部门", publisher);
    const { bulletin } = parseBulletinText(`${headline}\n\n${named}`);
    expect(bulletin.publication.title?.replace(":", "：")).toBe(headline.replace(":", "："));
    expect(bulletin.publication.publisher?.name).toBe(publisher);
  });

  test.each([
    "张三：要把群众诉求办到心坎上",
    "某县：一季度经济运行稳中向好",
    "权威发布：前三季度全市经济运行情况",
    "一图读懂：2023年全市政务服务工作",
    "统计局：今年全市夏粮增产",
    "城市管理局：全市背街小巷整治全面完成",
    "社区服务中心：上半年办结群众诉求逾千件",
    "文旅部：国庆假期国内出游人次稳步恢复",
  ])("parseBulletinText: `%s` names no publisher", (headline) => {
    const { bulletin } = parseBulletinText(`${headline}\n\n${lede}`);
    expect(bulletin.publication.publisher).toBeUndefined();
  });

  test("parseBulletinText: a 来源 line names the publisher before the headline's issuer", () => {
    const { bulletin } = parseBulletinText(
      `某市统计局：前三季度全市经济运行稳中有进\n来源：某某日报 发布时间：2024-10-20\n\n${lede}`,
    );
    expect(bulletin.publication.publisher?.name).toBe("某某日报");
  });
});
