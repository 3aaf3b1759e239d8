import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The count of what an action was done to, put before its verb with 将 or 把 (issue 15, formerly
 * held-out-14: a district 不动产登记中心's report, `将中心164项不动产登记业务纳入计“时”管理`): right
 * after 将/把, or after the office or place it belongs to (`将中心`, `把全市`), with a verb of
 * putting or handing over later in the clause (纳入, 列入, 下放, 移交, 精简为…), the count is what the
 * text reports, as the count after 对 before 进行 is. `将` that says "will" before a verb (`将新建12所学校纳入…`)
 * and a count with no such verb stay text. Every text here is written for the test.
 */

const figures = (section: string, body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、${section}\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.value}${m.unit}`);

describe("a count put before its verb with 将 or 把", () => {
  test.each([
    ["工作举措", "将中心164项登记业务纳入计时管理。", ["164项"]],
    ["主要做法", "将28个审批事项下放至乡镇，实现就近办理。", ["28个"]],
    ["主要做法", "把全市35项高频事项列入“一网通办”清单。", ["35项"]],
    ["工作措施", "将局里12项职能移交区行政审批局。", ["12项"]],
    ["工作措施", "將中心56項業務納入綜合窗口。", ["56项"]],
  ])("%s: %s → %j", (section, body, expected) => {
    expect(figures(section, body)).toEqual(expected);
  });

  test.each([
    // `将` that says "will", before a verb: a plan, not a count reported.
    ["下步打算", "明年将新建12所学校纳入全市教育规划。"],
    ["下步打算", "将推动15个重点项目列入省级计划盘子。"],
    // No verb of putting or handing over in the clause.
    ["工作举措", "将中心164项业务办理时限压到最低。"],
    // A count inside a phrase after other words stays text.
    ["工作举措", "共梳理并将来自39个部门的事项纳入清单。"],
  ])("%s: %s holds no count", (section, body) => {
    expect(figures(section, body)).toEqual([]);
  });
});
