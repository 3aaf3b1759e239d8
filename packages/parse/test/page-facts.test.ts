import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * What a web page says about the report it carries (issue 14, tuning batch 9): the date line
 * under a headline with its label, a file-information grid whose row holds several cells, the
 * issuer's name alone at the foot (a 落款 without its date), and the related-links list a news
 * page ends with. Every example here is written for the rule, not taken from a page.
 */

const parse = (text: string) => parseBulletinText(text);

describe("a headline's date line with its label", () => {
  test.each([
    { label: "时间:", date: "2021-03-05 10:20:31" },
    { label: "时间：", date: "2021-03-05" },
    { label: "日期:", date: "2021年3月5日" },
    { label: "发布时间:", date: "2021-03-05 10:20" },
  ])(
    "parseBulletinText: `$label` and `$date` under a headline gives the date and leaves the title whole",
    ({ label, date }) => {
      const { bulletin } = parse(
        `某省水利厅通报2月全省水库蓄水情况\n${label}${date}\n全省大中型水库蓄水18.6亿立方米，同比增加2.1%。`,
      );
      expect(bulletin.publication.title).toBe("某省水利厅通报2月全省水库蓄水情况");
      expect(bulletin.issue.publishedOn).toBe("2021-03-05");
    },
  );

  test("parseBulletinText: a masthead name that ends with 时间 (no colon) keeps it", () => {
    const { bulletin } = parse("办事指南与办理时间\n第3期\n2021年3月5日\n一、情况\n共受理12件。");
    expect(bulletin.publication.title).toBe("办事指南与办理时间");
    expect(bulletin.issue.number).toBe(3);
  });
});

describe("file-information grids", () => {
  test("parseBulletinText: a grid row of several cells whose first label has no colon gives each value from its cell", () => {
    const { bulletin } = parse(
      "索 引 号 | 11223344/2019-00012 | 公文种类 | 无 | 发布机构 | 县农业农村局 |\n发布日期 | 2019-05-06 | 主题词 |\n一季度，全县新增高标准农田1.2万亩，完成年度任务的30%。",
    );
    expect(bulletin.publication.publisher?.name).toBe("县农业农村局");
    expect(bulletin.issue.publishedOn).toBe("2019-05-06");
  });

  test("parseBulletinText: a grid without cells (label, space, value) is still read by its labels", () => {
    const { bulletin } = parse(
      "索引号 11223344/2019-00012 发布机构 县农业农村局 公开日期 2019-05-06\n一季度，全县新增高标准农田1.2万亩，完成年度任务的30%。",
    );
    expect(bulletin.publication.publisher?.name).toBe("县农业农村局");
    expect(bulletin.issue.publishedOn).toBe("2019-05-06");
  });
});

describe("the foot of a news page", () => {
  // (A headline naming no issuer: `某厅通报…` would name the publisher itself.)
  const body =
    "一季度全省公路建设情况通报\n时间:2022-04-12 09:00:00\n一季度，全省完成公路建设投资126.5亿元，同比增长8.2%。\n其中高速公路完成投资80.1亿元，同比增长10.4%。";

  test("parseBulletinText: the issuer's name alone after the last paragraph names the publisher, and the related-links list under it is dropped with a warning", () => {
    const text = `${body}\n某省交通运输厅\n相关稿件\n某地新开一条观光公路\n热点速读：某品牌发布新款手机\n【资讯】某市举办马拉松比赛`;
    const result = parse(text);
    expect(result.bulletin.publication.publisher?.name).toBe("某省交通运输厅");
    const dropped = result.warnings
      .filter((w) => w.code === "web-line-dropped")
      .map((w) => w.position.line);
    // Line 2, the page's `时间：` line, is dropped too: it gives the date, not body text.
    expect(dropped).toEqual([2, 6, 7, 8, 9]);
    expect(result.bulletin.issue.publishedOn).toBe("2022-04-12");
    expect(JSON.stringify(result.bulletin.sections)).not.toContain("马拉松");
  });

  test("parseBulletinText: a heading at the end of a text cut short is no issuer (it names no organisation)", () => {
    const result = parse(`${body}\n下一步工作安排`);
    expect(result.bulletin.publication.publisher).toBeUndefined();
  });

  test("parseBulletinText: a table's caption at the end that ends like an organisation (`表1 …会`) is no issuer", () => {
    const result = parse(`${body}\n表1 各市协会\n| 市 | 数量 |\n| 甲市 | 3 |`);
    expect(result.bulletin.publication.publisher).toBeUndefined();
    const last = parse(`${body}\n表1 各市协会`);
    expect(last.bulletin.publication.publisher).toBeUndefined();
  });

  test("parseBulletinText: an organisation named in the last paragraph is no 落款", () => {
    const result = parse(`${body}\n本通报由某省交通运输厅负责解释。`);
    expect(result.bulletin.publication.publisher).toBeUndefined();
  });

  test("parseBulletinText: any headlines under a related-links label are dropped, each with a warning, and the issuer above them stays the publisher (property)", () => {
    const headline = fc
      .array(fc.constantFrom(..."某地新开公路品牌发布手机市举办比赛热点速读资讯观光：【】"), {
        minLength: 4,
        maxLength: 30,
      })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(
        fc.constantFrom("相关稿件", "相关阅读", "相关新闻", "延伸阅读"),
        fc.array(headline, { minLength: 1, maxLength: 5 }),
        (label, headlines) => {
          const result = parse(`${body}\n某省交通运输厅\n${label}\n${headlines.join("\n")}`);
          expect(result.bulletin.publication.publisher?.name).toBe("某省交通运输厅");
          const dropped = result.warnings
            .filter((w) => w.code === "web-line-dropped")
            .map((w) => w.position.line);
          expect(dropped).toEqual(
            headlines
              .map((_, k) => 7 + k)
              .concat([2, 6])
              .sort((a, b) => a - b),
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  test("parseBulletinText: a related-links label with a paragraph after it drops only the short headline lines", () => {
    const text = `${body}\n相关阅读\n某地新开一条观光公路\n全省公路养护里程达到3.2万公里，同比增长1.5%，养护质量稳步提升，群众出行更加便捷，各地相继开展了公路养护质量专项检查工作。`;
    const result = parse(text);
    expect(JSON.stringify(result.bulletin.sections)).toContain("养护质量稳步提升");
    expect(JSON.stringify(result.bulletin.sections)).not.toContain("观光公路");
  });
});

describe("a file-information list's date under a qualified label", () => {
  test.each(["公文生成日期", "文件生成日期", "信息生成日期"])(
    "parseBulletinText: `- %s:` in a page's list is the record's date, dropped with a warning, and no title",
    (label) => {
      const text = `- 索 引 号:XX0001-2025-00016\n- 发布机构:县水利局\n- ${label}:2025-10-31\n各乡镇:\n根据工作安排，全县共检查水库32座。\n一、检查情况\n共发现问题15个，已整改12个。`;
      const { bulletin, warnings } = parse(text);
      expect(bulletin.publication.title).toBeUndefined();
      expect(bulletin.issue.publishedOn).toBe("2025-10-31");
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 3)).toBe(
        true,
      );
    },
  );

  test("parseBulletinText: a body sentence that names a 生成日期 is no page line (counter-case)", () => {
    const { bulletin } = parse(
      "某县水利局工作简报\n第3期\n2025年10月31日\n一、情况\n报表生成日期：每月5日前，共报送报表32份。",
    );
    expect(bulletin.sections[0]?.items[0]?.body.length).toBeGreaterThan(0);
    expect(JSON.stringify(bulletin)).toContain("报表生成日期");
  });
});
