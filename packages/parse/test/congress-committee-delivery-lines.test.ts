import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A report's delivery line under its title, printed with a word processor's box-drawing dashes
 * (`──2023年9月25日在…会议上`) or broken after the congress's name before its standing committee's
 * meeting (`…第七届人民代表大会` / `常务委员会第十三次会议上`), is read as the `——…会议上` line is: its day is the
 * date and the office on the line under it the publisher (`jiading-state-assets-2022`, formerly
 * `held-out-211`). A whole delivery line ending with the congress (`…人民代表大会` over the issuer) and a
 * rule of box dashes with no date are read as before.
 */

const report = (title: string, head: readonly string[], issuer: string) =>
  mastheadFacts(
    [
      title,
      ...head,
      issuer,
      "上海市嘉定区人民代表大会常务委员会:",
      "受区政府委托,现向区人大常委会作关于2022年度国有资产管理情况的报告。",
      "一、国有资产总体情况",
    ].join("\n"),
  );

describe("a delivery line of box-drawing dashes or broken before the standing committee", () => {
  test.each([
    {
      what: "box-drawing dashes, broken before the standing committee",
      head: ["──2023年9月25日在上海市嘉定区第七届人民代表大会", "常务委员会第十三次会议上"],
    },
    {
      what: "em dashes, broken before the standing committee",
      head: ["——2023年9月25日在上海市嘉定区第七届人民代表大会", "常务委员会第十三次会议上"],
    },
    {
      what: "box-drawing dashes on one line",
      head: ["──2023年9月25日在上海市嘉定区第七届人民代表大会常务委员会第十三次会议上"],
    },
  ])("$what: the day and the office under it", ({ head }) => {
    expect(report("关于2022年度国有资产管理情况综合报告", head, "嘉定区财政局")).toEqual({
      title: "关于2022年度国有资产管理情况综合报告",
      publisher: "嘉定区财政局",
      publishedOn: "2023-09-25",
    });
  });

  test("a whole delivery line ending with the congress: read as before", () => {
    expect(
      report("政府工作报告", ["——2023年1月6日在某县第十八届人民代表大会"], "某县人民政府")
        .publisher,
    ).toBe("某县人民政府");
  });

  test("a rule of box-drawing dashes with no date: no publisher", () => {
    expect(
      report("关于2022年度国有资产管理情况综合报告", ["──────"], "嘉定区财政局").publisher,
    ).toBeUndefined();
  });
});
