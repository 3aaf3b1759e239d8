import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline quoting a body (`国家邮政局：1—8月…`) names that body as the copy's publisher only
 * when the paragraphs under it name the body again as the headline prints it (`今天，国家邮政局发布…`):
 * the body then gives out the news the page copies. A body the text never names so (its lede
 * credits another source, `據介紹`, `據國家衛生健康委官網消息`, or names the body by its level alone,
 * `县行政服务中心`) is the headline's shorthand for the news' source: three tuning texts read `null`
 * so, and those that name the body again read the body. The lines are the texts' own (their figures
 * kept, their paragraphs cut short).
 */

const parse = (lines: readonly string[]) => parseBulletinText(lines.join("\n")).bulletin;
const publisherOf = (lines: readonly string[]) => parse(lines).publication.publisher?.name;

describe("a quoted body the text does not name again is no publisher", () => {
  test.each([
    [
      "國家統計局:2022年城鎮新增就業1206萬人",
      "今天(1月17日),國新辦舉行新聞發布會。據介紹,2022年全年城鎮新增就業1206萬人。",
      "12月份,全國城鎮調查失業率為5.5%,比上月下降0.2個百分點。",
    ],
    [
      "國家衛健委:中國人均預期壽命達78.6歲",
      "據國家衛生健康委官網消息,近日,國家衛生健康委發布《2023年我國衛生健康事業發展統計公報》。",
      "2023年末,全國醫療衛生機構總數1070785個,比上年增加37867個。",
    ],
    [
      "安溪县行政服务中心: 城乡统筹推动政务服务全覆盖",
      "近年来,县行政服务中心致力打造“倾情服务,马上就办”的政务服务亮丽名片。",
      "第二中心可受理98%以上县级事项,已办件1.2万件。",
    ],
  ])("`%s`", (...lines) => {
    expect(publisherOf(lines)).toBeUndefined();
  });
});

describe("near misses that keep the body", () => {
  test.each([
    // The lede names the body giving out its news.
    [
      "国家邮政局",
      "国家邮政局:1—8月我国邮政行业寄递业务量超千亿件",
      "今天,国家邮政局发布前8个月邮政行业运行数据。",
      "1—8月,全国邮政行业寄递业务量累计完成1009.6亿件,同比增长3.8%。",
    ],
    // The body's own report under the headline, its name over its day.
    [
      "中国环境监测总站",
      "中国环境监测总站:2021年7月全国城市空气质量报告",
      "2021 年 7 月全国城市空气质量报告1 中国环境监测总站 2021 年 8 月 5 日 1 注:本报告采用实况数据。 一、339 个城市空气质量状况 7 月,339 个城市平均优良天数比例为 91.6%,同比下降 1.9 个百分点。",
    ],
  ])("%s for `%s`", (publisher, ...lines) => {
    expect(publisherOf(lines)).toBe(publisher);
  });

  test("a document's title names its issuer without the text naming it again", () => {
    const lines = [
      "某市统计局关于2023年统计执法检查情况的通报",
      "各县区统计局:2023年共检查企业120家,发现问题35个。",
      "全年立案查处统计违法案件12件,同比增长20%。",
    ];
    expect(publisherOf(lines)).toBe("某市统计局");
  });
});
