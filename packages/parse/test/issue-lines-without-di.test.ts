import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A masthead's issue line whose `第` an extraction lost (`寿县政务督查` / `20期` / `某督查室 2022年8月19`):
 * a line that holds only a number and `期` (its year perhaps before it, brackets perhaps around
 * it) numbers the issue as `第20期` does. Elsewhere such words number nothing. Every text here is
 * written for the test.
 */

const issueOf = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    number: bulletin.issue.number,
    year: bulletin.issue.year,
  };
};

const body =
  "\n\n各乡镇人民政府,县政府各部门:\n\n根据县政府工作安排,县政府督查室对重点任务落实情况进行了专项督查。";

describe("an issue line without its 第", () => {
  test.each([
    {
      what: "a number alone under the name, the office and a date missing 日 under it",
      head: "寿县政务督查\n\n \n\n20期\n\n寿县人民政府督查室           2022年8月19",
      expected: { title: "寿县政务督查", number: 20, year: undefined },
    },
    {
      what: "the year before the number",
      head: "某县督查通报\n2023年5期\n某县人民政府督查室\n2023年6月2日",
      expected: { title: "某县督查通报", number: 5, year: 2023 },
    },
    {
      what: "a number in Chinese digits, in brackets",
      head: "某区工作动态\n（十二期）\n某区人民政府办公室 2021年12月30日",
      expected: { title: "某区工作动态", number: 12, year: undefined },
    },
    {
      what: "the number and the date on one line",
      head: "某县政务信息\n8期  2020年3月9日",
      expected: { title: "某县政务信息", number: 8, year: undefined },
    },
  ])("$what numbers the issue", ({ head, expected }) => {
    expect(issueOf(`${head}${body}`)).toEqual(expected);
  });

  test.each([
    {
      what: "a line counting issues (`共20期`)",
      text: `某县政务督查\n共20期\n某县人民政府督查室 2022年8月19日${body}`,
    },
    {
      what: "a number and 期 inside a sentence of the body",
      text: `某县政务督查\n某县人民政府督查室 2022年8月19日${body}\n全县已举办培训班20期,培训干部1200人次。`,
    },
    {
      what: "a number of issues alone in the body, under a heading",
      text: `某县政务督查\n某县人民政府督查室 2022年8月19日${body}\n一、简报编发情况\n20期\n全年编发简报。`,
    },
  ])("$what numbers no issue", ({ text }) => {
    expect(issueOf(text).number).toBeUndefined();
  });
});
