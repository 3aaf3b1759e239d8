import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's web edition over an article: its lettered page and the page's name (`A10：本市新闻`),
 * and the list of the articles on the page (`本版列表新闻`, each link behind a run of tildes:
 * `~~~今冬明春聚焦六大领域防控火灾`). Both are the site's: with them dropped, the headline under
 * the page's date is the title. Every example is written for the rule.
 */

const headline = "夏季火灾伤亡人数同比下降三成";
const day = "2019年10月27日 星期日 放大 缩小 默认";
const body =
  "本报讯 记者从市消防救援总队获悉，今年夏季全市共发生火灾1021起，同比下降12.5%。\n下一步，全市将持续开展消防安全检查。";

const parse = (text: string) => parseBulletinText(text);

describe("a newspaper edition's page label and article list", () => {
  test.each([
    [
      "A10:本市新闻\n\n本版列表新闻\n~~~今冬明春聚焦六大领域防控火灾\n~~~今冬明春聚焦六大领域防控火灾",
    ],
    [
      "B3：城事\n本版列表新闻\n~~~某区开展消防演练\n~~~ 某街道排查隐患商铺\n~~~今冬明春聚焦六大领域防控火灾",
    ],
    ["A2:要闻\n本版新闻列表\n~~~某区开展消防演练"],
    ["~~~某区开展消防演练\n~~~某街道排查隐患商铺"],
  ])("parseBulletinText: `%s` is dropped and the headline is the title", (head) => {
    for (const text of [`${head}\n${day}\n${headline}\n${body}`, `${head}\n${headline}\n${body}`]) {
      const { bulletin } = parse(text);
      expect(bulletin.publication.title).toBe(headline);
      expect(JSON.stringify(bulletin.sections)).not.toContain("~~~");
      expect(JSON.stringify(bulletin.sections)).not.toContain("消防演练");
    }
  });
});

describe("lines like a page's label or a tilde link that are the text's", () => {
  test.each([
    // A grade with a figure, a class's label, a tilde range, a page label under the first sentence.
    ["A1：优秀率98%"],
    ["A类：12家"],
    ["10~20人"],
  ])("parseBulletinText: `%s` opening the text stays", (line) => {
    const { warnings } = parse(`${line}\n${headline}\n${body}`);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
      false,
    );
  });

  test.each([["A10:本市新闻"], ["~~~某区开展消防演练"]])(
    "parseBulletinText: `%s` under the text's first sentence is the text's",
    (line) => {
      const { warnings } = parse(`${headline}\n${body}\n${line}\n共检查单位120家。`);
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 4)).toBe(
        false,
      );
    },
  );
});
