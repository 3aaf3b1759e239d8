import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline that opens with its place, then a bare year (formerly held-out-8x: a region's
 * 安全生产 year, `某地2019年安全生产形势持续稳定好转`, whose story then counts the next year's first
 * months): the title reports on that year, as a title opening with the bare year does. The place is
 * a province's short name, `全省`/`我市`…, or a name ending in 省, 市, 县, 区, 州, 盟 or 旗. Examples
 * written for the rule; near-misses: no place before the year (a verb, a preposition), a count
 * since, a season, a holiday, a month after the year, a number in the headline after it.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const BODY =
  "发布时间：2020-06-04 19:30\n\n  据统计，2020年1月至5月全区事故起数、死亡人数均有较大幅度下降，共发生事故12起。";

describe("a title opening with its place, then a bare year", () => {
  test.each([
    "江西2018年安全生产形势持续稳定好转",
    "全省2018年重点项目建设成效明显",
    "某某市2018年空气质量持续改善",
    "某某县2018年消费维权工作综述",
    "内蒙古2018年外贸进出口实现增长",
  ])("parseBulletinText: `%s` reports on 2018", (title) => {
    expect(periodOf(`${title}\n\n${BODY}`)).toEqual({ kind: "year", year: 2018 });
  });

  test.each([
    // No place before the year.
    "关于2018年安全生产工作的通报",
    "召开2018年安全生产工作会议",
    // A count since, a season, a holiday, a month.
    "某市2018年以来安全生产形势平稳",
    "某市2018年秋冬季大气污染防治成效",
    "某县2018年“五一”小长假旅游市场平稳",
    "某市2018年5月安全生产形势平稳",
    // A headline stating a count: the story's own span decides.
    "某市2018年共查处各类交通违法行为 96万余起",
  ])("parseBulletinText: `%s` gives no year of its own (near-miss)", (title) => {
    const p = periodOf(`${title}\n\n${BODY}`);
    expect(p).not.toEqual({ kind: "year", year: 2018 });
  });
});
