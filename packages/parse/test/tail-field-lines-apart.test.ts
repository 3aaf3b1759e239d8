import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 报尾 field on a line of its own (`责任编辑：王某某`, `签发人：李某`, `联系电话：…`) ends where its
 * writer ended it, wherever it stands: a news page that prints its editors over the headline
 * (`初审编辑：王某某` / `责任编辑：王某某` / headline / lede) has its headline and lede read as
 * such, never run on into the field and dropped with it (held-out-171's gaotang text, moved to
 * tuning at its merge). A distribution list a page's width broke (`抄送：…，` / `…。`) still goes
 * on. Examples written for the rule.
 */

const HEADLINE = "3月2日，第九届人民代表大会第一次会议隆重开幕，青山县县长王某作政府工作报告";
const page = (head: string): string =>
  `${head}\n3月2日,第九届人民代表大会第一次会议隆重开幕,青山县县长王某作政府工作报告\n大众网青山3月5日讯(记者 陈某)3月2日,青山县第九届人民代表大会第一次会议隆重开幕,青山县县长王某作政府工作报告。王某介绍,青山去年18个贫困村摘帽,3200余人实现脱贫,完成年度任务。\n王某介绍,2018年,青山县投入财政资金1850万元助力扶贫攻坚。\n`;

describe("a 报尾 field on its own line stands apart", () => {
  test.each([
    ["初审编辑：王某某\n责任编辑：王某某", { editor: "王某某" }],
    ["责任编辑：王某某", { editor: "王某某" }],
    ["责任编辑:王某某 ", { editor: "王某某" }],
    ["签发人：李某某某", { signer: "李某某某" }],
  ])("parseBulletinText: `%s` over a headline and its lede", (head, fields) => {
    const { bulletin, warnings } = parseBulletinText(page(head));
    expect(bulletin.issue).toMatchObject(fields);
    expect(bulletin.publication.title ?? "").not.toMatch(/编辑|签发/);
    // Nothing run on into the field and dropped with it.
    expect(warnings.map((w) => w.code)).not.toContain("ignored-tail-field");
    const model = JSON.stringify(bulletin);
    expect(model).toContain(HEADLINE);
    expect(model).toContain("大众网青山3月5日讯");
    expect(model).toContain("助力扶贫攻坚");
  });

  // pdf-like's copy of a moved held-out-201 text (anhui-tourism-spring-festival-898travel): a
  // web page's `电话：… 传真：…` line as wide as the page's lines ran on into the next line.
  test("parseBulletinText: a field line as wide as the page does not run on into the next", () => {
    const text = [
      "全市旅游工作简报",
      "　　春节黄金周期间，全市共接待游客754.2万",
      "人次，同比增长14.6%；旅游总收入22.6亿元，",
      "同比增长27.2%。其中，主要景区、景点和农家",
      "乐共接待游客128万人次，旅游收入1.8亿元。",
      "　　据了解，春节期间，全市举办了民间文化艺",
      "术节、新春民俗庙会等活动，民俗游备受青睐。",
      "　　电话：0551-66810806 传真：0551-668105",
      "　　违法和不良信息举报电话：966123",
    ].join("\n");
    const { bulletin, warnings } = parseBulletinText(text);
    const ignored = warnings.filter((w) => w.code === "ignored-tail-field");
    expect(ignored.map((w) => w.position.line)).toEqual([8]);
    expect(ignored[0]?.message).not.toContain("违法");
    expect(JSON.stringify(bulletin)).toContain("违法和不良信息举报电话：966123");
    // The paragraphs the page broke are still joined.
    expect(JSON.stringify(bulletin)).toContain("全市举办了民间文化艺术节");
  });

  test("parseBulletinText: a distribution list broken by the page's width goes on (near-miss)", () => {
    const text =
      "政务信息\n第5期\n青山县人民政府办公室 2024年5月6日\n一、工作动态\n全县新增就业1200人。\n抄送：县委办公室，县人大常委会办公室，县政协办公室，县法院，\n县检察院。\n";
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.distribution?.copyTo).toContain("县检察院");
  });
});
