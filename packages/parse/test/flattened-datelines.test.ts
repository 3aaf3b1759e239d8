import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page flattened onto one line, its teasers and a photo's caption run on before the report's
 * dateline (`1 在…开展… 2 对…修订 某某巡逻艇护航巨轮进出港 厦门日报讯(记者 徐景明)记者昨日从…获悉,…`;
 * the misses of `held-out-12` read as a family): the dateline still opens the report's first
 * paragraph, after a space and before the line's first sentence, and names the outlet. A dateline
 * without a name (`本报讯`), one inside a later sentence, or an outlet's name not set apart by a space
 * names no publisher. Every example here is written for the rule, not taken from a page.
 */

const report =
  "记者昨日从某海事局获悉,去年全市港口进出港船舶总量48.6万艘次,同比减少4.6%。全年组织海上搜救行动14次。";

describe("a dateline after a flattened page's teasers", () => {
  test.each([
    {
      head: "1 率先开展国际船舶登记 2 优化港口通航环境 巡逻艇护航巨轮进出港",
      dateline: "某某日报讯(记者 张三)",
      outlet: "某某日报",
    },
    { head: "海事巡逻艇护航巨轮进出港", dateline: "某某网讯 ", outlet: "某某网" },
    { head: "图为巡逻艇护航 资料图", dateline: "某某晚报讯(通讯员 李四)", outlet: "某某晚报" },
  ])(
    "parseBulletinText: `$dateline` after the teasers names $outlet",
    ({ head, dateline, outlet }) => {
      const { bulletin } = parseBulletinText(`${head} ${dateline}${report} |\n`);
      expect(bulletin.publication.publisher?.name).toBe(outlet);
    },
  );

  test.each([
    `近日,从12315 投诉举报 处置指挥中心传来消息,${report}`,
    `海事巡逻艇护航巨轮进出港 本报讯(记者 张三)${report}`,
    `海事巡逻艇护航巨轮进出港 ${report} 某某日报讯(记者 张三)全年新增航线3条。`,
    `海事巡逻艇护航巨轮进出港某某日报讯(记者 张三)${report}`,
  ])("parseBulletinText: `%s` names no publisher", (line) => {
    const { bulletin } = parseBulletinText(`${line} |\n`);
    expect(bulletin.publication.publisher).toBeUndefined();
  });
});
