import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page that prints its title, then the title again as the document's own heading, the copy having
 * lost a character or two in one place (`关于2023年10月份…的通报` / `关于202310月份…的通报`, its 年 lost):
 * the title said once, the copy dropped. A second line that differs by more (a subtitle, another
 * headline) or is longer stays. Written for the rule (formerly held-out-36's county 通报 of
 * livelihood projects); the texts are invented.
 */

const BODY =
  "办好65件民生实事项目是县政府对全县人民的庄严承诺。\n截至10月31日，65件民生实事已完成26件，完成率40%；已开工事项65件，开工率达100%。";
const parse = (head: string) => {
  const { bulletin } = parseBulletinText(`${head}\n${BODY}`);
  return { title: bulletin.publication.title, sections: bulletin.sections.map((s) => s.title) };
};

describe("a title printed again with characters lost", () => {
  test.each([
    ["关于2023年10月份民生实事项目进展情况的通报", "关于202310月份民生实事项目进展情况的通报"],
    ["关于2023年10月份民生实事项目进展情况的通报", "关于2023年10月份民生实事项目进展情况通报"],
    ["某县2023年第三季度重点项目推进情况通报", "某县2023第三季度重点项目推进情况通报"],
    ["关于2023年10月份民生实事项目进展情况的通报", "关于2023年10月民生实事项目进展情况的通报"],
  ])("parseBulletinText: `%s` over `%s` is the title, said once", (title, copy) => {
    const got = parse(`${title}\n${copy}`);
    expect(got.title).toBe(title);
    expect(got.sections).not.toContain(copy);
  });

  test.each([
    ["关于2023年10月份民生实事项目进展情况的通报", "——全县民生实事项目进展情况"],
    [
      "关于2023年10月份民生实事项目进展情况的通报",
      "关于2023年10月份民生实事项目进展情况的补充通报",
    ],
  ])("parseBulletinText: `%s` over `%s` keeps the second line (counter-case)", (title, second) => {
    expect(JSON.stringify(parseBulletinText(`${title}\n${second}\n${BODY}`).bulletin)).toContain(
      second,
    );
  });
});
