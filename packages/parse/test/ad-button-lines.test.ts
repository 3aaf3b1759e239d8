import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An advertisement's banner over a copied document: a slogan that exclaims, then its button
 * (`某某写作神器！ 立即了解`). It is the page's, no title and no text: the document's title under it is
 * the title. A headline that exclaims without a button, or a sentence asking one to act, stays.
 * Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;

const title = "区园林局关于园林绿化工作情况总结";
const body =
  "一、工作基本情况\n(一)绿化工作情况\n1.完善绿化设施建设。投入1200万元,新建公园3座,改造道路绿化带12公里。";

describe("an advertisement's banner with its button", () => {
  test.each([
    ["立即了解 after a space", "写作高手,超级方便的公文写作神器! 立即了解"],
    ["full-width mark, no space", "公文写作好帮手！马上下载"],
    ["免费试用", "海量范文一键生成!免费试用"],
  ])("(%s) is no title and no text", (_, ad) => {
    const b = read(`${ad}\n\n${title}\n\n${body}`);
    expect(b.publication.title).toBe(title);
    expect(JSON.stringify(b.sections)).not.toContain("神器");
  });

  test.each([
    ["an exclaiming headline", "全市接待游客120万人次!"],
    ["a sentence asking one to act", "请各单位立即了解相关政策!"],
  ])("a line of another shape (%s) is kept", (_, line) => {
    const b = read(`${line}\n\n${body}`);
    expect(JSON.stringify(b)).toContain(line.slice(0, 6));
  });
});
