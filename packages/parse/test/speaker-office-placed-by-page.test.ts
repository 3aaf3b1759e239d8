import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A report delivered at a meeting whose speaker's line names the office by its level alone
 * (`市审计局局长 王某`, `县审计局局长 李某`), on a page whose own field names the same body with its
 * place (`来源:某某市审计局`, `发布机构 | 某某县审计局 |`): the publisher is the page's fuller name,
 * the one a reader sees. Near-misses keep the speaker's office: a page's field naming another body,
 * a speaker's office that names its place already. Every text here is written for the test.
 */

const REPORT =
  "\n\n关于2023年度县本级预算执行和其他财政收支情况的审计工作报告\n\n  ——在2024年8月28日县第十八届人大常委会第二十次会议上\n\n县审计局局长  李某某\n\n主任、各位副主任、各位委员:\n\n  我受县人民政府委托，报告2023年度县本级预算执行和其他财政收支的审计情况，请予审议。";

const read = (head: string, report = REPORT) => parsedView(`${head}${report}`, ["publisher"]);

describe("a speaker's office named by its level, the page's field naming it with its place", () => {
  test.each([
    {
      what: "a source field on the page's title line",
      head: "关于2023年度县本级预算执行的审计工作报告 来源:某某县审计局   发布时间:2024-09-02 10:15",
      expected: { publisher: "某某县审计局" },
    },
    {
      what: "a file-information grid's 发布机构",
      head: "公开方式 | 主动公开 | 发布机构 | 某某县审计局 | 责任部门 |",
      expected: { publisher: "某某县审计局" },
    },
  ])("$what", ({ head, expected }) => {
    expect(read(head)).toEqual(expected);
  });
});

describe("near-misses: the speaker's office stays", () => {
  test.each([
    {
      what: "the page's field names another body",
      head: "关于2023年度县本级预算执行的审计工作报告 来源:某某县人民政府办公室   发布时间:2024-09-02 10:15",
      report: REPORT,
      expected: { publisher: "县审计局" },
    },
    {
      what: "the speaker's office names its place",
      head: "关于2023年度县本级预算执行的审计工作报告 来源:某某县审计局   发布时间:2024-09-02 10:15",
      report: REPORT.replace("县审计局局长", "某甲县审计局局长"),
      expected: { publisher: "某甲县审计局" },
    },
  ])("$what", ({ head, report, expected }) => {
    expect(read(head, report)).toEqual(expected);
  });
});
