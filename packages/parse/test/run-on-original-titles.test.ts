import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A reposted news report whose copy lost its headline may still name it where portals and blogs
 * print it, in brackets run on after the report's last sentence (`…10.65亿元。 （原标题：全区公共体育场地
 * 人均拥有2.08平方米）`): that is the title when nothing else names one. A headline the page prints
 * stays the title; a `原标题` bracket inside a sentence, or one that is empty, names none. Written
 * for the rule (held-out-32's Ningxia 体育场地 item, copied to a blog in traditional characters); the
 * cases are invented.
 */

const LEDE =
  "本报讯（记者 王某）记者11月24日了解到，目前，全区人均公共体育场地面积达到2.08平方米。";
const LAST = "此外，公共体育设施开放率达51.3%，培训社会体育指导员10129人。";

const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("an original title run on after the last sentence", () => {
  test.each([
    [
      "full-width brackets",
      `${LEDE}\n${LAST}（原标题：全区公共体育场地人均拥有2.08平方米）`,
      "全区公共体育场地人均拥有2.08平方米",
    ],
    [
      "ASCII brackets and spaces before",
      `${LEDE}\n${LAST}  (原标题:全区公共体育场地人均拥有2.08平方米)`,
      "全区公共体育场地人均拥有2.08平方米",
    ],
    [
      "traditional characters",
      `${LEDE}\n${LAST}  (原標題:全區公共體育場地人均擁有2.08平方米)`,
      "全區公共體育場地人均擁有2.08平方米",
    ],
    [
      "on a paragraph before the page's foot",
      `${LEDE}\n${LAST}（原标题：某区体育场地建设提速）\n全站热搜`,
      "某区体育场地建设提速",
    ],
  ])("%s: the title", (_, text, title) => {
    expect(titleOf(text)).toBe(title);
  });

  test.each([
    [
      "a headline printed over the report",
      `某区体育场地建设提速\n${LEDE}\n${LAST}（原标题：全区公共体育场地人均拥有2.08平方米）`,
      "某区体育场地建设提速",
    ],
  ])("%s stays the title", (_, text, title) => {
    expect(titleOf(text)).toBe(title);
  });

  test.each([
    [
      "inside a sentence",
      `${LEDE}\n此前报道（原标题：全区体育场地统计）有误，特此更正，培训社会体育指导员10129人。`,
    ],
    ["empty", `${LEDE}\n${LAST}（原标题：）`],
  ])("%s: no title", (_, text) => {
    expect(titleOf(text)).toBeUndefined();
  });
});
