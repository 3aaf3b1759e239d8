import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's slogan over its page (`携手百姓之声，共建和谐家园。竭力打造本地第一民生网站!`): its last
 * clause names the site (`…网站`, `…门户`), closed by an exclamation mark, no figure, sixty characters
 * at most. It is no sentence of the report: with it dropped, the page's head under it (a breadcrumb,
 * the headline) is read. Every example is written for the rule.
 */

const headline = "5月某市空气质量全部达标";
const crumb = "首页 >>民生工程 >>5月某市空气质量全部达标";
const body =
  "某某网讯(记者 王某)5月，某市空气质量达标天数31天，同比增加2天。\n下一步，全市将持续推进大气污染防治。";

const parse = (text: string) => parseBulletinText(text);

describe("a site's slogan over its page", () => {
  test.each([
    ["携手百姓之声,构建和谐社会。竭力打造本地第一民生网站!"],
    ["携手百姓之声，共建和谐家园。打造全省权威民生网站！"],
    ["打造全省权威政务门户！"],
    ["服务百姓，传递民声，办人民满意的网站!"],
  ])("parseBulletinText: `%s` is dropped and the headline under it is the title", (slogan) => {
    for (const text of [
      `${slogan}\n加入收藏 设为首页 联系我们\n某某民生网\n${crumb}\n${headline}\n作者:网络转载\n${body}`,
      `${slogan}\n${crumb}\n${headline}\n${body}`,
    ]) {
      const { bulletin, warnings } = parse(text);
      expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(headline);
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
        true,
      );
    }
  });
});

describe("lines naming a site that are no slogan", () => {
  test.each([
    // A sentence closed by 。, a figure, a slogan's shape under the text's first sentence.
    ["报告全文已在区政府门户网站公开。"],
    ["全年共办理事项1.2万件，群众满意率达99.5%，建成全市第一家政务服务网站！"],
  ])("parseBulletinText: `%s` opening the text stays", (line) => {
    const { warnings } = parse(`${line}\n${headline}\n${body}`);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
      false,
    );
  });

  test("parseBulletinText: a slogan's shape under the text's first sentence is the text's", () => {
    const { bulletin } = parse(`${headline}\n${body}\n竭力打造本地第一民生网站!`);
    expect(JSON.stringify(bulletin.sections)).toContain("民生网站");
  });
});
