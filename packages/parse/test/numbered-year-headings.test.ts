import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `1.2021年第4季度各县区来信办理情况:` over a table: a numbered heading whose words open with a year,
 * the dot of its number straight before the year's digits. Four digits and `年` after the dot are a
 * year, no decimal (`1.5万件`), so the line heads an item as `1.各县区来信办理情况:` does. Every text
 * here is written for the test.
 */

const LEAD =
  "某市市长信箱运行情况通报\n一、办理情况\n本季度共收到来信1200件。\n二、承办单位办理情况\n";
const TABLE = "| 承办单位 | 总件数 | 已办结 |\n| --- | --- | --- |\n| 甲县 | 120 | 118 |\n";

const items = (body: string): (string | undefined)[] =>
  parseBulletinText(`${LEAD}${body}`).bulletin.sections.flatMap((s) => s.items.map((i) => i.title));

describe("a numbered heading opening with a year", () => {
  test.each([
    [
      `1.2021年第4季度各县区来信办理情况:\n${TABLE}2.2021年第4季度市直部门来信办理情况:\n${TABLE}`,
      ["2021年第4季度各县区来信办理情况", "2021年第4季度市直部门来信办理情况"],
    ],
    [`1．2023年上半年各镇街工单办理情况：\n${TABLE}`, ["2023年上半年各镇街工单办理情况"]],
  ])("`%s` has the items %j", (body, expected) => {
    expect(items(body)).toEqual(expect.arrayContaining(expected));
  });

  // Near-misses: a decimal (`1.2021万件`, five digits, no 年) heads nothing.
  test.each([
    ["1.2021万件工单已全部办结，办结率100%。\n", "2021万件工单已全部办结，办结率100%"],
    ["1.20215年来信办理情况\n全市共受理工单3.2万件。\n", "20215年来信办理情况"],
  ])("`%s` has no item `%s`", (body, wrong) => {
    expect(items(body)).not.toContain(wrong);
  });
});

test("a document-sharing site's page number before a year (`1、2022年度…`) heads no item", () => {
  const text =
    "2022年度某市人社事业发展统计公报.docx\n1、2022年度某市人力资源和社会保障事业发展统计公报某市人力资源和社会\n保障局2022年，全市人社工作取得积极成效。\n";
  expect(
    parseBulletinText(text).bulletin.sections.flatMap((s) => s.items.map((i) => i.title)),
  ).not.toContain("2022年度某市人力资源和社会保障事业发展统计公报某市人力资源和社会");
});
