import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * `作者甲 作者乙[*]` / `引言` / `…`: a preface's heading (`引言`, `前言`, `序言`) heads its own part; it
 * does not run on as the second line of a short line over it (the authors of a research brief).
 * Written for the rule (a university centre's 简报 prints its authors over `引言`).
 */

const text = (over: string, head: string): string =>
  [
    "某研究中心简报",
    "2024年第5期",
    "",
    "县域医疗卫生财政投入分析",
    "",
    over,
    "",
    head,
    "",
    "近年来，我国县域医疗卫生投入逐年增长，占财政支出的比重保持稳定。",
    "",
    "一、投入总量",
    "",
    "2023年，县域医疗卫生财政投入1234亿元，增长6.2%。",
  ].join("\n");

describe("a preface's heading under a short line", () => {
  test.each([
    ["王某 李某 张某[*]", "引言"],
    ["赵某某 孙某", "前言"],
    ["周某 吴某", "序言"],
  ])("under `%s`, `%s` heads its own part", (over, head) => {
    const { headings } = parsedView(text(over, head), ["headings"]);
    expect(headings).toContain(head);
    expect(headings).toContain("投入总量");
  });

  test("a two-line heading without a preface word still joins", () => {
    const t = text("某县医疗卫生", "财政投入情况分析").replace(
      "某县医疗卫生\n\n",
      "某县医疗卫生\n",
    );
    const { headings } = parsedView(t, ["headings"]);
    expect(headings).not.toContain("财政投入情况分析");
  });
});
