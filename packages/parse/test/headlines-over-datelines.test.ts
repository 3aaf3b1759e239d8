import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose page printed several short lines over the report's headline (a newspaper's page
 * label and its links, the paper's app, a slogan) and the report's dateline paragraph right under
 * the headline (`据新华社北京10月31日电 …`): the line right over the dateline is the headline, the
 * lines over it are the page's. Three lines or more over the dateline (two are a kicker and its
 * headline, read as before). Written for the rule (the corpus's shape is the first).
 */

const headline = "我国前三季度城镇新增就业1107万人";
const dateline =
  "据新华社北京10月31日电 (记者叶昊鸣)记者31日从人力资源和社会保障部了解到，1至9月全国城镇新增就业1107万人，同比增加10万人。";
const more = "“前三季度，我国就业形势总体稳定。”人社部有关负责人表示。";
const title = (head: string) =>
  parseBulletinText(`${head}\n\n${headline}\n\n${dateline}\n\n${more}`).bulletin.publication.title;

describe("short lines over a headline over its dateline", () => {
  test.each([
    "第03版:要闻 PDF版下载\n\n解放军报客户端\n\n兵在掌上阅 亮剑弹指间",
    "某某日报客户端\n扫码下载\n要闻",
    "第A05版：国内\n上一版 下一版\n本版导航",
  ])("`%s` is the page's: the headline is the title", (head) => {
    expect(title(head)).toBe(headline);
  });
});

describe("lines over a dateline read as before (counter-cases)", () => {
  test("a kicker over its headline over the dateline is one headline", () => {
    const t = parseBulletinText(`今年前三季度\n城镇新增就业1107万人\n${dateline}`).bulletin
      .publication.title;
    expect(t).toBe("今年前三季度城镇新增就业1107万人");
  });

  test("a sentence among the lines over the dateline leaves them the text's", () => {
    const t = parseBulletinText(
      `第03版:要闻\n前三季度全国就业形势总体稳定，各项指标运行良好。\n就业数据发布\n${headline}\n${dateline}`,
    ).bulletin.publication.title;
    expect(t).not.toBe(headline);
  });
});
