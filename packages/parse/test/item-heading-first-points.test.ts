import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A line opening with an item's heading run straight into its first numbered point
 * (`（二）扎实推进重点项目工作1.民生工程推进情况`): the point starts a line of its own, and both are
 * headings. A figure in the heading, a sentence's mark before the point, or a digit either side of the
 * dot (`1.5万亩`) keep the line whole. Every text here is written for the test.
 */

const text = (line: string) =>
  `某县林业局年度工作总结\n一、主要工作成效\n（一）以造林绿化为重点，抓林业产业发展\n全年新造林3.05万亩，完成投资5970.5万元。\n${line}\n天保工程。全县天然林保护工程面积共计27.07万亩。\n2.林业项目推进情况\n全年实施项目12个，完成投资3200万元。`;

const titles = (t: string) =>
  parseBulletinText(t).bulletin.sections.flatMap((s) => s.items.map((i) => i.title ?? null));

describe("an item's heading run into its first point", () => {
  test.each([
    ["（二）扎实推进重点项目工作1.民生工程推进情况", "扎实推进重点项目工作", "民生工程推进情况"],
    ["(二)稳步推进生态修复1、退耕还林工程", "稳步推进生态修复", "退耕还林工程"],
    ["（二）强化资源保护1．森林防火工作", "强化资源保护", "森林防火工作"],
  ])("`%s` is two headings", (line, item, point) => {
    const all = titles(text(line));
    expect(all).toContain(item);
    expect(JSON.stringify(all)).toContain(point);
  });

  test.each([
    ["a figure after the dot", "（二）全年新增造林1.5万亩"],
    ["a figure with its unit in the heading", "（二）完成投资200万元1.民生工程推进情况"],
    ["a sentence's mark before it", "（二）项目进展顺利。1.民生工程推进情况"],
    ["a figure's number inside brackets", "（二）根据全年项目数据（如图1、民生工程推进情况所示）"],
    ["a table's number", "（二）重点项目完成情况见表1、民生工程推进情况"],
  ])("%s keeps the line whole", (_, line) => {
    const all = titles(text(line));
    expect(all).not.toContain("民生工程推进情况");
  });
});
