import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook's entry flattened onto one line (`政法 军事 司法行政 【人民调解工作】 2003年,…。`; the
 * misses of `held-out-12` read as a family): its category path (two to five short words set apart by
 * spaces), then the entry's title in lenticular brackets, then the entry's text; or the same over
 * three lines. Without a path, a bracketed heading over a text heads its section (as
 * `baoshan-ggzy-2020-08`'s `【公共资源交易】` does). The title is the report's
 * title, the path is furniture, and the text opens with the span it reports on. A bracketed label
 * (`【编者按】`, `【来源】`) or a bracket inside a sentence is no entry title. Every example here is
 * written for the rule, not taken from a page.
 */

const body =
  "2019年,全市人民调解组织共调解各类纠纷3157件,调解成功率为98%。全年培训人民调解员1200名。";

describe("an entry title in lenticular brackets after its category path", () => {
  test.each([
    { line: `政法 军事 司法行政 【人民调解工作】 ${body}`, title: "人民调解工作" },
    { line: `政法 司法行政 【法律援助】 ${body}`, title: "法律援助" },
    { line: `政法 司法 【社区矫正工作】 ${body}`, title: "社区矫正工作" },
    { line: `经济 工业 交通 邮电 【邮政业务】 ${body}`, title: "邮政业务" },
  ])("parseBulletinText: `$title` is the title and 2019 the period", ({ line, title }) => {
    const { bulletin, warnings } = parseBulletinText(`${line} |\n||`);
    expect(bulletin.publication.title?.replace(/[【】]/g, "")).toBe(title);
    expect(bulletin.issue.period).toEqual({ kind: "year", year: 2019 });
    expect(JSON.stringify(bulletin.sections)).toContain("全市人民调解组织共调解各类纠纷");
    expect(warnings.every((w) => w.code !== "internal-error")).toBe(true);
  });

  test("parseBulletinText: an entry whose text names its topic (`【邮政业务】 全市邮政业务总量…`) opens without a year", () => {
    const { bulletin } = parseBulletinText(
      "经济 邮电 【邮政业务】 全市邮政业务总量完成12.6亿元,同比增长8.1%。全年新增邮政网点12处。\n",
    );
    expect(bulletin.publication.title).toBe("【邮政业务】");
  });

  test.each([
    `政法 军事 司法行政\n【人民调解工作】\n${body}`,
    `政法 司法行政\n【人民调解工作】\n${body}`,
  ])("parseBulletinText: the entry printed over lines (`%s`) gives the same title", (text) => {
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe("【人民调解工作】");
    expect(bulletin.issue.period).toEqual({ kind: "year", year: 2019 });
  });

  test.each([
    `【编者按】 ${body}`,
    `【来源】 ${body}`,
    `【社区矫正工作】 ${body}`,
    `司法行政 【法律援助】 ${body}`,
    `【人民调解工作】\n${body}`,
    `司法行政\n【人民调解工作】\n${body}`,
    `全市开展 【法治宣传】 活动,${body}`,
    `【编者按】\n${body}`,
    `【工作动态】\n全市开展调解工作培训,参训人员1200名。\n【经验交流】\n${body}`,
    `【工作动态】\n${body}\n【经验交流】\n${body}`,
  ])("parseBulletinText: `%s` has no entry title", (line) => {
    const { bulletin } = parseBulletinText(`${line}\n`);
    expect(bulletin.publication.title ?? "").not.toMatch(
      /^【?(?:编者按|来源|法治宣传|工作动态|社区矫正工作|法律援助|人民调解工作)】?$/,
    );
  });
});
