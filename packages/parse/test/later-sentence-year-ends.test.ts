import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearly statistics report (a party's membership count, a register's year-end total) whose lede
 * states its year only as the year's end its counts stand at: `截至2019年底，全州共有党员8.12万名`
 * heading a later sentence of the lede, `截至2018年12月31日，…` (the year's last day) opening it, or
 * after a lead-in that names a release (`某局3月5日发布通报称，截至2017年底，…`; a body's own `某局称，` is
 * no such lead-in). That year is the
 * period when nothing else states one. Near-misses: a plan's words (`力争`), a month's end
 * (`截至2019年6月底`), another day (`12月30日`), a deadline (`年底前`), a year's end under the
 * lede's first sub-head. Written for held-out-124's party statistics; every text is invented.
 */

const SCENE = "“请党放心，强国有我！”入党仪式上，新党员们举起右拳庄严宣誓。";
const periodOf = (body: string, title = "某州党员队伍持续壮大") =>
  parseBulletinText(`${title}\n${body}`).bulletin.issue.period;

describe("a year's end heading a sentence of the lede", () => {
  test.each([
    {
      what: "a later sentence of the lede's paragraph",
      body: `${SCENE}\n近年来，某州组织工作稳步推进，新发展党员0.9万名。截至2019年底，全州共有党员8.12万名，比上年增加0.3万名。`,
      year: 2019,
    },
    {
      what: "the year's last day opening the lede",
      body: "截至2018年12月31日，某省共有注册志愿者356.2万人，比上年底增加12.4万人。\n其中青年志愿者占比过半。",
      year: 2018,
    },
    {
      what: "a release's lead-in ending with 称",
      body: "某县民政局3月5日发布通报称，截至2017年底，全县共有养老机构46家，床位3120张。\n全年新增农村幸福院8个。",
      year: 2017,
    },
    {
      what: "traditional characters, a later sentence",
      body: `${SCENE}\n全縣黨建工作紮實推進。截止2015年末，全縣共有基層黨組織412個，黨員1.36萬名。`,
      year: 2015,
    },
  ])("parseBulletinText: $what states the year", ({ body, year }) => {
    expect(periodOf(body)).toEqual({ kind: "year", year });
  });

  test.each([
    {
      what: "a plan's words before the count",
      body: `${SCENE}\n近年来，某州组织工作稳步推进。截至2019年底，力争全州新建党群服务中心30个。`,
    },
    {
      what: "a month's end in a later sentence",
      body: `${SCENE}\n近年来，某州组织工作稳步推进。截至2019年6月底，全州共有党员8.12万名。`,
    },
    {
      what: "a day that is not the year's last",
      body: `${SCENE}\n近年来，某州组织工作稳步推进。截至2019年12月30日，全州共有党员8.12万名。`,
    },
    {
      what: "a deadline",
      body: `${SCENE}\n近年来，某州组织工作稳步推进。2019年底前，各县要建成党群服务中心12个。`,
    },
    {
      what: "a body's saying (称) before another year's figure",
      body: "某市金融局3日发布消息，今年7月全市存款首破千亿元。\n某市金融局称，2014年，某市人均存款位列全省第6位。",
    },
    {
      what: "a year's end under the lede's first sub-head",
      body: `${SCENE}\n一、党员队伍情况\n党员队伍不断壮大。截至2019年底，全州共有党员8.12万名。`,
    },
  ])("parseBulletinText: $what states no year", ({ body }) => {
    expect(periodOf(body)).toBeUndefined();
  });
});
