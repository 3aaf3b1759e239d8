import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An item's heading of two or three parallel phrases that a summary closes with a `。` and prints
 * alone on its line (`（一）夯实服务基础，持续优化政务服务环境。`, its points `1.…` under it): the
 * item's title, as the same heading without the mark is. A line that is one sentence (a figure or
 * a date in it, a long clause, one phrase only) stays the item's text. Written for the rule (the
 * corpus's shape, a district 政务服务数据管理局's 2023 summary, is the first).
 */

const itemsOf = (line: string) => {
  const text = `今年以来，某局认真落实各项工作部署。现将有关工作情况报告如下。\n一、工作开展情况\n${line}\n1.对标最优应进必进，提升办事便利度。目前，政务服务中心共进驻36个行政审批部门，可办理1406项事项。\n2.推进“服务延伸”实现就近办结。全区部署政府服务自助机85台，可办理240项服务事项。\n二、下一步工作打算\n继续深化“放管服”改革，全面提升政务服务水平。`;
  const section = parseBulletinText(text).bulletin.sections.find((s) => s.title === "工作开展情况");
  return (section?.items ?? []).map((i) => i.title);
};

describe("a marked heading of phrases closed by 。 alone on its line", () => {
  test.each([
    ["（一）夯实服务基础，持续优化政务服务环境。", "夯实服务基础，持续优化政务服务环境"],
    ["（一）强化组织领导，压实工作责任。", "强化组织领导，压实工作责任"],
    [
      "（二）聚焦“一网通办”，深化数字政府建设，提升服务效能。",
      "聚焦“一网通办”，深化数字政府建设，提升服务效能",
    ],
    ["(一)坚持问题导向，狠抓整改落实。", "坚持问题导向，狠抓整改落实"],
  ])("parseBulletinText: `%s` is the item `%s`", (line, title) => {
    expect(itemsOf(line)).toEqual([
      title,
      "对标最优应进必进，提升办事便利度",
      "推进“服务延伸”实现就近办结",
    ]);
  });
});

describe("marked lines that are the item's text (counter-cases)", () => {
  test.each([
    ["a sentence reporting figures", "（一）全区共受理群众诉求1200件，办结率98%。"],
    ["a sentence opening with a date", "（一）9月8日，区政务服务中心召开推进会。"],
    ["one long clause", "（一）区政务服务数据管理局认真贯彻落实区委区政府的决策部署和工作要求。"],
    ["four phrases", "（一）强化领导，压实责任，完善制度，狠抓落实。"],
  ])("parseBulletinText: %s stays text", (_, line) => {
    expect(itemsOf(line)[0]).toBeUndefined();
  });
});
