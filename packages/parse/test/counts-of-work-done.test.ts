import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A count of things right after a verb of holding or carrying out with 了 (`举办了5期培训班`,
 * `策划了836項…活动`), or after `已完成`, `累计完成`, `共完成`, `完成了` (`已完成57个贫困村退出`): the count
 * of what was done, which the text reports in any section, labelled by the noun after it. Written
 * for tuner s43e from lines of the corpus (qu-county-poverty-2018-xinhuanet, district-eldercare-2021-866tx,
 * tongyu-union-2021-paper, guizhou-spring-festival-2019-trad), shortened.
 */
describe("a count right after a verb of work done", () => {
  test.each([
    [
      "目前,已完成57个贫困村退出、9.1万人脱贫、贫困发生率降至4.41%",
      ["贫困村退出=57个", "脱贫=91000人", "贫困发生率降至=4.41%"],
    ],
    [
      "區民政局已完成8家示范型居家養老服務照料中心,267戶適老化改造。",
      ["示范型居家養老服務照料中心=8家", "適老化改造=267户"],
    ],
    ["春送岗位活动中举办了5期线上线下培训班,培训农民工。", ["线上线下培训班=5期"]],
    ["各地部門共策划了836項春節期間開展的文化旅遊活動。", ["春節期間開展的文化旅遊活動=836项"]],
    ["累计完成67座基站的优化。", ["基站的优化=67座"]],
    // 支 before 队伍 counts teams (yunfu-qunzhongtiyu-2025-yfrb).
    ["足球赛也吸引了32支队伍参赛。", ["队伍参赛=32支"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("counts after other words, or not counts of things, stay text", () => {
  test.each([
    // `完成` alone may be a target.
    ["到4月底要完成401万人的首剂次接种。", []],
    ["计划完成12个村的道路硬化。", []],
    // Other words with 了.
    ["除了5家企业外均已整改。", []],
    // An ordinal, a span, a threshold, an amount, a year.
    ["已完成第3个项目的验收。", []],
    ["已完成12个月的监测任务。", []],
    ["已完成5家以上企业的检查。", []],
    ["已完成5000万元项目投资计划的编制。", []],
    ["已完成2023年度任务的一半。", []],
    // 支队 alone names a detachment, no count.
    ["12支队开展联合演练。", []],
    ["消防救援3支队出动。", []],
    // An approximation before the count.
    ["比赛吸引了近8000名群众到场观赛。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
