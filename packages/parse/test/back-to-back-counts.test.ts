import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two counts printed back to back, each with its noun and no word between them (`大厅共入驻了38个职能部门
 * 2154个事项，`, `共有8个乡镇12个村开展试点`): counts said together, both reported, as they are when
 * 和 or `、` joins them, a bound among them (`涉及5个乡镇2000余户`: since 2026-12-06 a figure with its
 * 余 mark). A count whose noun runs on into a number that is no figure (`涉及5个乡镇2019年以来`, a year)
 * stays text. Examples written for the rule.
 */

const has = (text: string, value: number, unit: string): boolean =>
  parseBulletinText(`一、工作动态\n${text}`).bulletin.metrics.some(
    (m) => m.value === value && m.unit === unit,
  );

describe("counts back to back", () => {
  test.each([
    ["目前，大厅共入驻了38个职能部门2154个事项，进驻工作人员300名。", 38, "个"],
    ["目前，大厅共入驻了38个职能部门2154个事项，进驻工作人员300名。", 2154, "个"],
    ["全县共有8个乡镇12个村开展试点。", 8, "个"],
    ["全县共有8个乡镇12个村开展试点。", 12, "个"],
    ["此次整治涉及15个乡镇2000余户群众。", 15, "个"],
    ["此次整治涉及15个乡镇2000余户群众。", 2000, "户"],
  ])("parseBulletinText: `%s` reports %i %s", (text, value, unit) => {
    expect(has(text, value, unit)).toBe(true);
  });

  test.each([
    // A year after it is no count.
    ["此次整治涉及15个乡镇2019年以来的问题。", 15],
    // A verb's words between, the next count closing the clause.
    ["来自39个县域增长了5个。", 39],
    ["迁建后164个窗口精简至70个，", 164],
  ])("parseBulletinText: `%s` does not report %i 个 (counter-case)", (text, value) => {
    expect(has(text, value, "个")).toBe(false);
  });
});
