import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A government site's accessibility toolbar printed on a line of its own, its elder-friendly mode's
 * switch beside the accessibility link and the bar's close mark (`打开适老化模式 无障碍浏览 x`): the
 * site's, so the headline under it is the title; the link may be said twice, its elder mode named
 * after it (`无障碍系统 无障碍关怀版`). Written for the rule (the corpus's shapes are the first and the
 * fourth).
 */

const headline = "2023年1-10月安全生产工作统计基本情况";
const body =
  "2023年以来，全市发生各类生产安全事故7起、死亡8人，同比下降53.3%。\n\n共发生民房火灾107起，直接财产损失约324万元。";

describe("an elder-mode and accessibility toolbar", () => {
  test.each([
    "打开适老化模式 无障碍浏览 x",
    "进入适老化模式 | 无障碍浏览",
    "适老化 无障碍 ×",
    "无障碍系统 无障碍关怀版",
    "无障碍系统 | 关怀版",
    "无障碍浏览 无障碍 长者版",
  ])("`%s` is the site's: the headline under it is the title", (bar) => {
    const b = parseBulletinText(`${bar}\n${headline}\n\n${body}`).bulletin;
    expect(b.publication.title).toBe(headline);
    expect(JSON.stringify(b.sections)).not.toContain("适老化");
  });
});

describe("lines about elder-friendly sites that are the text's (counter-cases)", () => {
  test.each([
    "全市政府网站完成适老化和无障碍改造12个。",
    "适老化改造",
    "无障碍系统建设",
    "全市建成无障碍系统3套，关怀版网站12个。",
  ])("`%s` stays in the text", (line) => {
    const b = parseBulletinText(`${headline}\n\n${line}\n\n${body}`).bulletin;
    expect(b.publication.title).toBe(headline);
    expect(JSON.stringify(b.sections)).toContain(line.slice(0, 5));
  });
});
