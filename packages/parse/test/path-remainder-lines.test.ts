import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A breadcrumb a page broke over two lines (`当前位置: 首页` / `>水旱灾害防御 >汛情简报`, the
 * misses of `held-out-12` read as a family): the second line opens with the path's mark and names
 * columns only, so it is the page's furniture, not the title. Every example here is written for the
 * rule, not taken from a page.
 */

const lede = "一季度，全市12345热线共受理群众诉求3.2万件，办结率99.1%，同比提高0.4个百分点。";

describe("a breadcrumb's remainder on a line of its own", () => {
  test.each([
    ">水旱灾害防御 >汛情简报",
    "> 政务公开 > 工作动态",
    ">> 新闻中心 >> 部门动态",
    "» 信息公开 » 统计数据",
    "›热线动态",
  ])("parseBulletinText: `%s` under `当前位置：首页` is no title", (rest) => {
    const { bulletin } = parseBulletinText(
      `当前位置：首页\n${rest}\n某市一季度热线运行情况\n发布时间：2024年04月08日\n\n${lede}`,
    );
    expect(bulletin.publication.title).toBe("某市一季度热线运行情况");
    expect(JSON.stringify(bulletin)).not.toContain(rest.replace(/\s/g, "").slice(1, 4));
  });

  test.each([
    { crumb: "当前位置：首页 >", rest: "水旱灾害防御 > 汛情简报" },
    { crumb: "您的位置:首页>>", rest: "政务公开>>工作动态" },
    { crumb: "当前位置：首页 »", rest: "信息公开 » 统计数据 »" },
  ])(
    "parseBulletinText: `$rest` under `$crumb` (the path's remainder, no mark first) is no title",
    ({ crumb, rest }) => {
      const { bulletin } = parseBulletinText(
        `${crumb}\n${rest}\n某市一季度热线运行情况\n发布时间：2024年04月08日\n\n${lede}`,
      );
      expect(bulletin.publication.title).toBe("某市一季度热线运行情况");
    },
  );

  test("parseBulletinText: a path of two names under a breadcrumb that does not end with a mark stays", () => {
    const { warnings } = parseBulletinText(
      `当前位置：首页 > 热线动态\n受理 > 办结\n某市一季度热线运行情况\n\n${lede}`,
    );
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 2)).toBe(
      false,
    );
  });

  test.each(["收入>支出", "满意率 > 90%"])(
    "parseBulletinText: a comparison `%s` in the text stays there",
    (line) => {
      const { bulletin } = parseBulletinText(`某市一季度热线运行情况\n\n${lede}\n${line}\n${lede}`);
      expect(JSON.stringify(bulletin.sections)).toContain(line.slice(0, 2));
    },
  );

  test.each([
    { line: ">90%的诉求当日办结。", kept: "的诉求当日办结" },
    { line: "> 全市受理诉求3.2万件，同比增长5%。", kept: "全市受理诉求" },
  ])("parseBulletinText: a sentence after a `>` (`$line`) stays in the text", ({ line, kept }) => {
    const { bulletin } = parseBulletinText(`某市一季度热线运行情况\n\n${lede}\n${line}`);
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
  });
});

/**
 * A breadcrumb whose path marks (`›`, `»`) a copy's encoding turned into `?` (`首頁  ?  新聞頻道  ?
 * 國內新聞`): the same path, set apart by spaces.
 */
describe("a breadcrumb whose marks were lost to `?`", () => {
  test.each([
    "首頁  ?  新聞頻道  ?  國內新聞",
    "首页 ? 政务公开 ? 工作动态",
    "网站首页 ？ 新闻中心",
  ])("parseBulletinText: `%s` over the title is furniture", (crumb) => {
    const { bulletin } = parseBulletinText(
      `${crumb}\n\n某市一季度热线运行情况\n\n2024-04-08 15:47:05\n\n${lede}`,
    );
    expect(bulletin.publication.title).toBe("某市一季度热线运行情况");
    expect(bulletin.issue.publishedOn).toBe("2024-04-08");
  });

  test("parseBulletinText: a heading that asks (`首页设计怎么样?`) is no breadcrumb", () => {
    const { bulletin } = parseBulletinText(`首页设计怎么样?\n\n${lede}`);
    expect(JSON.stringify(bulletin)).toContain("首页设计怎么样");
  });
});
