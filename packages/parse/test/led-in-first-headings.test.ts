import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A flattened work report whose first section's heading runs on after its lead-in (a colon right
 * before `一、`, or a sentence saying `如下`) and is closed by a `。` or a space, while the copy is cut
 * before the second section: the heading opens a section. Every text here is written for the test.
 */

const sections = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

const title = "某县安全生产大检查工作汇报";

describe("a first section's heading run on after its lead-in", () => {
  test.each([
    [
      "全县共检查生产经营单位2489个，发出整改通知书1316份。具体讲有以下三个方面：一、见事早，反应迅速。一是以一起火灾为警示，连夜部署排查。",
      "见事早，反应迅速",
    ],
    [
      "现将本年度街道工作总结如下，请各位领导提出宝贵意见。一、加大环境整治力度，绿化美化社区 社区是居民的生活地，社区环境是居民关注的热点。",
      "加大环境整治力度，绿化美化社区",
    ],
    [
      "经过深入调研，形成调研报告如下：一、近年来批示件的总体办理情况 自去年9月以来，督查处坚持事实核查清楚。",
      "近年来批示件的总体办理情况",
    ],
  ])("parseBulletinText: `%s` opens the section `%s`", (body, heading) => {
    expect(sections(`${title}\n${body}`)).toContain(heading);
  });

  test.each([
    // No lead-in: a sentence that does not say `如下`.
    [
      "全县共检查生产经营单位2489个，发出整改通知书1316份。一、见事早，反应迅速。一是以一起火灾为警示。",
      "见事早，反应迅速",
    ],
    // A list of numbers after the colon, no heading's words.
    ["情况如下：一、二级河道全部完成清淤。一是加强巡查，二是及时处置。", "二级河道全部完成清淤"],
    // The heading's words run on past thirty units with no close: left as text.
    [
      "现将工作汇报如下：一、全县共检查生产经营单位2489个其中危险化学品企业320个烟花爆竹经营单位56个全部完成整改",
      "全县共检查生产经营单位2489个其中危险化学品企业320个烟花爆竹经营单位56个全部完成整改",
    ],
  ])("parseBulletinText: `%s` opens no section `%s` (counter-case)", (body, heading) => {
    expect(sections(`${title}\n${body}`)).not.toContain(heading);
  });
});
