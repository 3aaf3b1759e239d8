import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A list whose members the clause names, parted by `、`, summed up by `等` and its count, the count's
 * noun then the subject or object of the clause's verb (`甲公园、乙公园等13处城市森林营造出…`,
 * `与北京、上海等7个地市对接拓展服务范围`, `…经营许可等26個事項實行“告知承诺制”`): the count of the members named, which the text reports, as the list's count is
 * when its noun closes the clause (`…等5个维度，`) or is followed by how far its work has got
 * (`…等8项工程已开工`). Not a list whose clause goes on with 的 (`等5个部门的负责人`, `等7条河流的断面`),
 * 之, 均 (a rate or an average of them: `等4项指标增速均预计提高`) or 未 (read by its own rule), nor a
 * member named alone (`京东方等21个…`: no `、`), nor a list `对` acts on (`对粮油、肉蛋奶等15类重点食品开展
 * 抽检`: text, as tests have pinned it since session 26). News and work reports of many offices print such
 * lists (afforestation, 政务服务, 市场监管, 自贸区 reports). Written for the rule; every text is invented.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作措施\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.value}${m.unit}`);

describe("a named list's count the clause goes on from", () => {
  test.each([
    ["今年，东湖公园、南山绿道等13处城市森林在城区营造出野趣。", ["13处"]],
    ["甲县与北京、上海等7个地市对接拓展服务范围。", ["7个"]],
    ["已就环境影响评价、电影放映、商业牌匾等26個事項實行“告知承诺制”，企业获益。", ["26个"]],
    ["西门广场、北郊夕拾园等60处口袋公园及小微绿地让市民推窗见绿。", ["60处"]],
    ["窗口整合、流程再造、材料精简等9项改革经验在全省复制推广。", ["9项"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("lists whose count stays as it was (near-misses)", () => {
  test.each([
    // The clause goes on with 的: the count is inside a phrase.
    ["市水务局、市住建局等5个部门的负责人参加会议。", []],
    ["对来自甲县、乙县等15家企业的申报材料进行审核。", []],
    // 均 goes on to a rate or an average of the members.
    ["工业产值、投资等4项指标增速均预计提高。", []],
    // As many counted as named: the count restates the list (the reference issue's four 新区).
    ["会同甲新区、乙新区、丙新区、丁新区等4个省级新区研讨园区涉企服务。", []],
    ["甲县、乙县等2个县完成验收工作。", []],
    // One member named, no list.
    ["京东方等21个项目在全省复制推广。", []],
    ["会上张三等15名同志在全省推广经验。", []],
    // The list's `、` in an earlier clause.
    ["甲、乙两地表现突出，丙地等21个项目在全省复制推广。", []],
    // A list 对 acts on (pinned since session 26 by compared-and-quoted-counts and running-figures).
    ["执法人员对粮油、肉蛋奶等15类重点食品开展抽检。", []],
    ["对甲公司、乙公司等3家企业进行了检查。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
