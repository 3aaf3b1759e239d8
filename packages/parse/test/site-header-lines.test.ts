import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's header lines over a page's headline that are not the report (the misses of the ninth
 * blind set read as families): a greeting whose date widget was lost (`欢迎访问…网站，今天是：`), a
 * breadcrumb opening with `网站首页 >>`, a service hotline's banner, a language switch (`EN`) and a
 * font-size widget with its other tools (`字号：默认 超大 | 打印 |`). With them dropped, the line
 * over the page's date and 来源 line is its title. Every example here is written for the rule,
 * not taken from a page.
 */

const parse = (text: string) => parseBulletinText(text);
const headline = "某县2024年1—9月政务服务工作情况通报";
const meta = "作者：办公室 发布时间：2024-10-12 09:30:00";
const lede = "2024年1—9月，全县政务服务大厅共受理各类事项38215件，办结38012件，办结率99.5%。";
const body = `${lede}\n其中即办件21004件，承诺件17211件。`;

describe("a site's header lines over a page's headline", () => {
  test.each([
    ["欢迎访问某县人民政府网站，今天是："],
    ["欢迎来到某市生态环境局网站, 今天是 : "],
    ["欢迎访问某区人民法院网站 今天是"],
    ["网站首页 >> 政务公开 >> 工作动态"],
    ["网站首页 > 新闻中心"],
    ["诉讼服务热线：12368"],
    ["举报热线: 0717-7822000"],
    ["EN"],
    ["English"],
    ["欢迎访问某县人民政府网站，今天是：\n政务服务热线：12345\n网站首页 >> 政务公开 >> 政务公开"],
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
      expect(JSON.stringify(bulletin.sections)).not.toContain(header.split("\n")[0]?.slice(0, 4));
    }
  });

  test.each(["字号：默认 超大 | 打印 |", "字号: 大 中 小 | 打印 | 关闭"])(
    "parseBulletinText: the page's tool line `%s` under the headline is dropped",
    (tools) => {
      const { bulletin, warnings } = parse(`${headline}\n${meta}\n${tools}\n${body}`);
      expect(bulletin.publication.title).toBe(headline);
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 3)).toBe(
        true,
      );
      expect(JSON.stringify(bulletin.sections)).not.toContain("字号");
    },
  );
});

describe("the text's own lines that look like a site's header", () => {
  test.each([
    ["市长热线：1540", "市长热线"],
    ["12345热线：3256", "12345热线"],
    ["投诉热线：1540件", "投诉热线"],
    ["欢迎访问本网站，今天是全县政务服务开放日。", "今天是全县政务服务开放日"],
    ["网站首页改版后，月均访问量达3.2万人次。", "网站首页改版后"],
    ["EN标准检测项目12项", "EN标准检测项目"],
  ])("parseBulletinText: `%s` in the text stays", (line, kept) => {
    const { bulletin } = parse(`${headline}\n${meta}\n${lede}\n${line}\n其中即办件21004件。`);
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
  });
});
