import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report under its title whose text opens with an unnumbered heading of what it tells
 * (`上周（2.27—3.05）案件办理情况`, `总体情况`, `本月工作概况`) over a paragraph, its later parts numbered
 * `一、`, `二、`: that heading is the first section's title. A first line that is a sentence, or a
 * text that numbers no section, keeps the text before its first heading as it was. Every example is
 * written for the rule, not taken from a page.
 */

const page = (first: string) =>
  `市城管局监督指挥中心周报（2021年第7期）\n发布日期: 2021-09-03\n${first}\n\n上周局监督指挥中心共处理案件1282件，其中市级数字城管平台案件1187件。\n一、12345政府热线\n上周共受理12345案件45件，办理完成29件。\n二、12319城管热线\n上周共受理案件47件。`;

describe("an unnumbered heading opening a text with numbered sections", () => {
  test.each(["上周（2.27—3.05）案件办理情况", "总体情况", "本月工作概况"])(
    "parseBulletinText: `%s` heads the first section",
    (first) => {
      const titles = parseBulletinText(page(first)).bulletin.sections.map((s) => s.title);
      expect(titles).toEqual([first, "12345政府热线", "12319城管热线"]);
    },
  );

  test.each(["上周共处理案件1282件，情况如下：", "关于上周案件办理的说明"])(
    "parseBulletinText: `%s` heads no section (counter-case)",
    (first) => {
      const titles = parseBulletinText(page(first)).bulletin.sections.map((s) => s.title);
      expect(titles).not.toContain(first);
    },
  );

  test("parseBulletinText: in a text without numbered sections the opening heading stays as it was", () => {
    const text =
      "某市12345热线周报\n发布日期: 2021-09-03\n总体情况\n\n上周共受理来电1282件，其中咨询类来电1187件。\n上周共办结来电1200件。";
    const titles = parseBulletinText(text).bulletin.sections.map((s) => s.title);
    expect(titles).toEqual(["正文"]);
  });
});
