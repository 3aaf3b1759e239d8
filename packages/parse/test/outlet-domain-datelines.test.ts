import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A trade site's dateline printing its address in brackets between its name and 讯
 * (`中国某某网(www.moumou8.com)讯 据…`, `某某信息网（http://www.moumou.cn）消息：…`): the site is the report's
 * source. Near-misses: an address in brackets after a body's name (`某市统计局(www.…)发布`), or
 * after an outlet's name with no 讯 after it. Every text here is written for the test.
 */

const publisherOf = (first: string): string | undefined =>
  parseBulletinText(
    `|\n${first}\n今日某省10种基本蔬菜平均零售价格上涨的市县有8个,下降的市县有10个。\n|`,
  ).bulletin.publication.publisher?.name;

describe("an outlet's address in brackets before 讯", () => {
  test.each([
    [
      "ASCII brackets, 讯",
      "中国某某网(www.moumou8.com)讯 据某省价格监测中心监测数据显示:10种基本蔬菜平均零售价格为3.35元/斤,日环比下降0.89%。",
      "中国某某网",
    ],
    [
      "full-width brackets, http://, 消息 and a colon",
      "某某农产品信息网（http://www.moumou.cn）消息：据某市统计局统计,一季度全市蔬菜产量增长4.1%。",
      "某某农产品信息网",
    ],
    [
      "a two-level domain, traditional",
      "某某糧油網(www.liangyou.com.cn)訊 據某省統計局統計,一季度全省糧食產量增長2.1%。",
      "某某糧油網",
    ],
  ])("(%s): the site is the source", (_, first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    [
      "a body's name before the address",
      "某市统计局(www.moumou8.gov.cn)发布数据显示,一季度全市蔬菜产量增长4.1%。",
    ],
    [
      "no 讯 after the address",
      "中国某某网(www.moumou8.com)数据显示,10种基本蔬菜平均零售价格为3.35元/斤,日环比下降0.89%。",
    ],
  ])("(%s) names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});
