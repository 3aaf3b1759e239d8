import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A heading without a marker broken over lines ends with a line closed by a part in brackets (the
 * span a report's name covers: `某某热线群众诉求办理情况周报` / `（2022年6月25日—7月1日）`, or both on one
 * line): a heading line under it (`受理`) heads a part of its own, not the rest of the line above.
 * Every text here is written for the test.
 */

const headings = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

const teaser =
  "热线反映\n1、某村村民反映，村里经常停水，希望调查回复。\n2、市民反映，某隧道旁停车场的大车漏水漏泥沙，污染路面。希望整治。\n以上反映，市长公开电话办公室已分别转交相关单位办理。";
const parts =
  "受理\n本周受理群众有效诉求7698件，较上周下降7.6%。\n办理\n通过热线直接答复5319件，转办2379件。\n督办\n督办6件，均列为共性问题加强跟踪督办。";

describe("a bracketed line closing a heading broken over lines", () => {
  test.each([
    ["某某市长热线群众诉求办理情况周报", "（2022年6月25日—7月1日）"],
    ["某某热线运行情况月报", "(2023年5月)"],
    ["某区12345热线工单办理情况通报", "【2021年第3周】"],
    ["某某热线办理情况周报（2022年6月25日—7月1日）", "（本期共8页）"],
  ])("parseBulletinText: `%s` / `%s` ends before the heading `受理`", (name, span) => {
    const got = headings(`${teaser}\n${name}\n${span}\n${parts}`);
    expect(got).toContain("受理");
    expect(got).toContain("办理");
  });

  test.each([
    // A heading broken over two lines, no bracketed line between: still one heading.
    ["某某市长热线群众诉求", "办理情况周报", "某某市长热线群众诉求办理情况周报"],
  ])("parseBulletinText: `%s` / `%s` stays one heading (counter-case)", (a, b, joined) => {
    const got = headings(`${teaser}\n${a}\n${b}\n本周受理群众有效诉求7698件，较上周下降7.6%。`);
    expect(got).toContain(joined);
  });
});
