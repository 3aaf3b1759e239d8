import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A clause of a work report that opens with a verb of sanction (`约谈`, `问责`, `查处`, `曝光`,
 * `处罚`) and runs from the count to its end on the noun it counts (`，约谈4家医疗机构负责人。`): the
 * count of what was sanctioned, which the report states, as a count after a verb of making is. A
 * clause that does not open with the verb, or whose noun joins others (`…负责人和相关人员`), leaves
 * its count text. Every text here is written for the test.
 */

const figures = (clause: string) =>
  parseBulletinText(`一、重点工作推进情况\n截至目前，共计开展现场检查39次${clause}`)
    .bulletin.metrics.map((m) => `${m.value}${m.unit}`)
    .filter((f) => f !== "39次");

describe("counts a clause's verb of sanction acts on", () => {
  test.each([
    ["，约谈4家医疗机构负责人。", ["4家"]],
    ["，问责12名党员干部。", ["12名"]],
    ["，查处23起违法违规案件；", ["23起"]],
    ["，曝光5起典型案例。", ["5起"]],
    ["，处罚3家定点药店。", ["3家"]],
  ])("parseBulletinText: `%s` reads %j", (clause, expected) => {
    expect(figures(clause)).toEqual(expected);
  });

  test.each([
    ["，拟约谈4家医疗机构负责人。"],
    ["，约谈4家医疗机构负责人和相关人员。"],
    ["，对约谈的4家医疗机构开展回头看。"],
  ])("parseBulletinText: `%s` leaves its count text", (clause) => {
    expect(figures(clause)).toEqual([]);
  });
});
