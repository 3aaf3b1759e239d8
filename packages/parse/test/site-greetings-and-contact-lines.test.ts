import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's header over a page's headline, in two more shapes than `site-header-lines.test.ts`
 * reads: a greeting that names the site by its body or place and closes with its `！`
 * (`欢迎访问国家级某某经济技术开发区！`, no `网站` in it; `您好，欢迎进入某某官网！`, a site it bids the
 * reader enter), and the site's contact line (`招商电话：0839-…`,
 * `服务电话：400-…`: a label ending in 电话 or 热线 and a telephone number, nothing else) over the
 * text's first sentence. With them dropped, the line over the page's 来源 line is the title. Every
 * example is written for the rule.
 */

const headline = "某经开区“好差评”运行情况";
const meta = "来源:区行政审批局 时间:2020-11-11 浏览量:1649 分享:";
const body =
  "截止今年10月底，我区共计获得评价总数15479件，其中非常满意1129件，基本满意14350件。\n下一步，我区将持续提升政务服务水平。";

const parse = (text: string) => parseBulletinText(text);

describe("a site's greeting and contact line over a page's headline", () => {
  test.each([
    // The corpus's shape: a greeting naming a development zone, then the zone's contact line.
    ["欢迎访问国家级某某经济技术开发区!\n\n招商电话:0839-3501050"],
    ["欢迎光临某某县人民政府！"],
    ["您好，欢迎访问某某市市场监督管理局!"],
    ["欢迎访问某某高新区！\n咨询电话：(028)8691 2345"],
    ["联系电话：0839-3503396"],
    ["服务电话: 400-123-4567"],
    ["欢迎访问某某新区! 今天是:2024年10月15日 星期二"],
    // A greeting that bids the reader enter the site (`欢迎进入…官网`), its hotline's label and number
    // on lines of their own.
    ["您好,欢迎进入某某有限公司官网!\n\n咨询热线:\n\n400-888-8888"],
    ["欢迎进入某某市人民政府网站"],
    ["您好！欢迎进入某某县政务服务平台。"],
  ])("parseBulletinText: `%s` is dropped and the headline under it is the title", (header) => {
    for (const text of [
      `${header}\n${headline}\n${meta}\n${body}`,
      `${header}\n${headline}\n${body}`,
    ]) {
      const { bulletin, warnings } = parse(text);
      expect(bulletin.publication.title).toBe(headline);
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
        true,
      );
      expect(JSON.stringify(bulletin.sections)).not.toContain("电话");
      expect(JSON.stringify(bulletin.sections)).not.toContain("欢迎");
    }
  });
});

describe("the text's own lines that look like a greeting or a contact line", () => {
  test.each([
    // A sentence that welcomes, and a headline that opens with 欢迎: no site's greeting.
    ["欢迎访问团一行来我区考察，共签约项目3个。", "欢迎访问团一行来我区考察"],
    ["欢迎各界人士来我区投资兴业", "欢迎各界人士来我区投资兴业"],
    // 进入 bids the reader into a site only: a headline that welcomes a new stage stays.
    ["欢迎进入新时代！", "欢迎进入新时代"],
    ["欢迎进入网上办事大厅的群众达1.2万人次。", "欢迎进入网上办事大厅的群众"],
    // A count of calls, and a number without an area code, are the report's.
    ["招商电话：1540件", "招商电话"],
    ["各窗口开通咨询电话：0839-3503396", "各窗口开通咨询电话"],
  ])("parseBulletinText: `%s` in the text stays", (line, kept) => {
    const { bulletin } = parse(
      `${headline}\n${meta}\n${body.split("\n")[0]}\n${line}\n其中即办件21004件。`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
  });

  test("parseBulletinText: a contact line in the 报尾 under the text is no header (read as the tail's)", () => {
    const { warnings } = parse(`${headline}\n${meta}\n${body}\n联系电话：0839-3503396`);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 6)).toBe(
      false,
    );
  });
});
