import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's digital edition around an article: its list of the page's articles left with an
 * empty link (a run of tildes alone, `~~~`), and its article navigation (`回到首页 | 标题导航`,
 * `3 上一篇  下一篇 4 放大 缩小 默认`: links to the front page, the title list, the article before and
 * after, the reader's zoom tools, page numbers between them). Both are the site's: with them
 * dropped, the headline under the page's date is the title. Every example is written for the rule.
 */

const headline = "某市中级人民法院工作报告";
const subtitle = "——2025年1月20日在某市第十七届人民代表大会第三次会议上";
const body =
  "各位代表:\n\n2024年，全市法院新收案件12.6万件，审执结12.1万件，同比分别增长5.2%和4.8%。\n\n一、依法履行审判职责\n\n全年审结刑事案件3512件。";

const parse = (text: string) => parseBulletinText(text);

describe("a paper edition's empty article link and article navigation", () => {
  test.each([
    [
      "标题导航\n~~~——2025年1月20日在某市第十七届人民代表大会第三次会议上\n~~~\n回到首页 | 标题导航",
    ],
    ["~~~\n回到首页｜标题导航\n2025年02月21日 星期五\n3 上一篇  下一篇 4 放大 缩小 默认"],
    ["返回首页 | 标题导航\n上一篇 下一篇"],
    ["2 上一篇 下一篇 3"],
    // The title list's link alone over the page's date: no `标题` field (its value `导航`).
    ["标题导航\n2025年02月21日 星期五"],
    ["~~~~~\n放大 缩小 默认 | 回到首页"],
    // The page's label with its navigation after it, over the title list.
    ["第11版:文件 上一版3  4下一版\n \n标题导航\n2025年02月21日 星期五"],
    ["第3版：要闻 上一版  下一版\n~~~\n回到首页 | 标题导航\n2025年02月21日 星期五"],
  ])("parseBulletinText: `%s` is dropped and the headline is the title", (head) => {
    const { bulletin, warnings } = parse(`${head}\n${headline}\n${subtitle}\n\n${body}`);
    expect(bulletin.publication.title).toBe(headline);
    const lines = head.split("\n").length;
    for (let line = 1; line <= lines; line++) {
      const text = head.split("\n")[line - 1] as string;
      if (/星期/.test(text) || text.trim() === "") continue;
      expect(
        warnings.some((w) => w.position.line === line),
        `line ${line} (${text}) is warned about`,
      ).toBe(true);
    }
  });
});

describe("lines like a paper's navigation that are the text's", () => {
  test.each([
    // One link word alone or inside a sentence, a zoom word in a heading, a sentence naming pages.
    ["放大镜下看变化"],
    ["上一篇文章提到的问题已整改。"],
    ["默认办结时限缩短至3个工作日"],
    // A page label with words after it that are no navigation.
    ["第3版：要闻 上一版面刊登的通知已撤回"],
  ])("parseBulletinText: `%s` opening the text is not dropped as the paper's", (line) => {
    const { warnings } = parse(`${line}\n${headline}\n${body}`);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
      false,
    );
  });

  test("a run of tildes under the text's first sentence is the text's (no warning as the paper's)", () => {
    const { warnings } = parse(`${headline}\n${body}\n~~~\n全年审结民事案件8120件。`);
    const at = body.split("\n").length + 2;
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === at)).toBe(
      false,
    );
  });
});
