import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fieldLabel, simplified } from "../src/internal/web-page";

/**
 * A web page's own lines around a report (issue 14, the misses of the seventh and eighth blind
 * sets read as families): a field's label however a page qualifies or combines it, a grid printed
 * without colons (also in traditional characters, also opening with a later label), breadcrumbs
 * however they are worded, and a page's own line between a headline and its first paragraph.
 * Every example here is written for the rule, not taken from a page.
 */

const parse = (text: string) => parseBulletinText(text);
const body = "一季度，全县新增高标准农田1.2万亩，完成年度任务的30%。";

describe("fieldLabel: one reading of a field's label before every label test", () => {
  test.each([
    ["公文生成日期", "生成日期"],
    ["文件生成日期：", "生成日期"],
    ["信息名称", "名称"],
    ["文件编号:", "编号"],
    ["索 引 号", "索引号"],
    ["备注/文号", "文号"],
    ["備註／文號：", "文号"],
    ["发布机构", "发布机构"],
    // A qualifier alone, or before one character, is no qualifier.
    ["信息", "信息"],
    ["文件名", "文件名"],
  ])("fieldLabel: `%s` reads as `%s`", (printed, label) => {
    expect(fieldLabel(printed)).toBe(label);
  });

  test("fieldLabel: the label read is always part of the printed label, simplified and without spaces (property)", () => {
    const part = fc.constantFrom(
      "公文",
      "文件",
      "信息",
      "备注",
      "/",
      "／",
      " ",
      "號",
      "生成日期",
      "名称",
      "索引号",
      "：",
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const printed = parts.join("");
        const whole = simplified(printed).replace(/\s+/g, "");
        expect(whole).toContain(fieldLabel(printed));
      }),
      { numRuns: 200 },
    );
  });
});

describe("a file-information list whose labels are qualified or combined", () => {
  test.each([
    { line: "- 备注/文号:某建〔2024〕12号", form: "a combined label, ASCII colon" },
    { line: "- 备注／文号：某建〔2024〕12号", form: "a combined label, full-width marks" },
    { line: "- 文件编号:XJ-2024-0012", form: "a qualified label" },
    { line: "- 信息类别:工作动态", form: "another qualified label" },
  ])(
    "parseBulletinText: `$line` ($form) in the page's list is the page's, no title",
    ({ line }) => {
      const { bulletin, warnings } = parse(
        `- 索 引 号:XJ0411-2024-00016\n${line}\n- 发布机构:县住房和城乡建设局\n- 公文生成日期:2024-10-31\n${body}`,
      );
      expect(bulletin.publication.title).toBeUndefined();
      expect(bulletin.publication.publisher?.name).toBe("县住房和城乡建设局");
      expect(bulletin.issue.publishedOn).toBe("2024-10-31");
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 2)).toBe(
        true,
      );
    },
  );

  test("parseBulletinText: a qualified 生成日期 label alone on its line, its value on the next, gives the date", () => {
    const { bulletin } = parse(`文件生成日期\n2024-03-05\n发布机构\n县统计局\n${body}`);
    expect(bulletin.issue.publishedOn).toBe("2024-03-05");
    expect(bulletin.publication.publisher?.name).toBe("县统计局");
  });

  test("parseBulletinText: a remark in the report's text (`备注：…。`, a sentence) stays in the model", () => {
    const { bulletin } = parse(
      `某县2024年一季度农田建设情况\n来源：县农业农村局 发布时间：2024-04-08\n${body}\n备注：本表数据为初步统计。`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("本表数据为初步统计");
  });
});

describe("a file-information grid printed without colons", () => {
  test.each([
    {
      form: "traditional characters",
      grid: "索引號 640522053/2021-00038 文號 生成日期 2021-11-17 10:14:33\n公開方式 主動公開 所屬機構 某某縣統計局 責任部門 某某縣統計局",
      publisher: "某某縣統計局",
    },
    {
      form: "simplified, a row opening with a later label",
      grid: "索引号 11223344/2019-00012 生成日期 2019-05-06\n公开形式 主动公开 责任部门 县农业农村局",
      publisher: "县农业农村局",
    },
    {
      form: "a row opening with 所属机构",
      grid: "所属机构 县农业农村局 公开日期 2019-05-06",
      publisher: "县农业农村局",
    },
  ])("parseBulletinText: a grid in $form gives the issuer and the date", ({ grid, publisher }) => {
    const { bulletin } = parse(`${grid}\n${body}`);
    expect(bulletin.publication.publisher?.name).toBe(publisher);
    expect(bulletin.issue.publishedOn).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  test("parseBulletinText: a line of the text that opens with a later label (`责任部门要…`) stays in the text", () => {
    const { bulletin } = parse(
      `一、整改要求\n（一）压实责任\n责任部门要加强督促检查，逐项销号，确保整改到位\n${body}`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("责任部门要加强督促检查");
  });
});

describe("breadcrumbs however a page words them", () => {
  test.each([
    "您的当前位置:首页>社会",
    "你现在所在的位置：首页 > 新闻中心",
    "目前位置: 首页 >> 政务公开",
    "您当前的位置：首頁 > 統計信息",
    "我的位置:首页>文章详情",
    "我的位置：首页 > 要闻动态",
  ])(
    "parseBulletinText: `%s` over a headline is dropped and the headline is the title",
    (crumb) => {
      const { bulletin, warnings } = parse(
        `${crumb}\n某市一季度经济运行情况\n来源：某市统计局 发布时间：2024-04-20\n${body}`,
      );
      expect(bulletin.publication.title).toBe("某市一季度经济运行情况");
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
        true,
      );
    },
  );

  test("parseBulletinText: a place named in the text (`位置：…`) is no breadcrumb", () => {
    const { bulletin } = parse(
      `一、动态\n（一）召开推进会\n位置：市政务服务中心三楼会议室\n${body}`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("市政务服务中心三楼会议室");
  });

  test("parseBulletinText: a sentence about one's place (`我的位置在…`) is no breadcrumb", () => {
    const { bulletin } = parse(
      `一、动态\n（一）岗位体会\n我的位置在窗口一线，服务群众是本分\n${body}`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("我的位置在窗口一线");
  });
});

describe("a page's own line between a headline and its first paragraph", () => {
  test.each([
    { form: "a blank line after the date line", between: "2020-01-03 11:56:29 来源:某某日报\n\n" },
    { form: "no blank line", between: "来源：某某日报 发布时间：2020-01-03\n" },
    { form: "an image's name", between: "1578023787903378.jpg\n\n" },
  ])(
    "parseBulletinText: a headline holding a figure stays the title, not joined to the paragraph ($form)",
    ({ between }) => {
      const { bulletin } = parse(
        `您的位置：首页>社会\n某市评议平台上月收到差评2052件，927件已认定属实\n${between}据报道，2019年12月，某市评议平台共收到不满意评价2052件。其中认定属实927件，正在调查认定过程中714件。`,
      );
      expect(bulletin.publication.title).toBe("某市评议平台上月收到差评2052件，927件已认定属实");
    },
  );

  // A headline with a clause mark (`，`) is read where paragraphs are joined; one without is not.
  test("parseBulletinText: a paragraph broken across a page break with no page line between is still joined", () => {
    const { bulletin } = parse(
      "一、工作情况\n（一）窗口服务\n本月各窗口共受理办件3215件，办结3200件，相关工\n\n作按期推进；群众满意率99.8%。",
    );
    expect(JSON.stringify(bulletin.sections)).toContain("相关工作按期推进");
  });
});
