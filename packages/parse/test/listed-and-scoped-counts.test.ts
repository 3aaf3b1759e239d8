import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Counts a reader counts although a phrase holds them (issue 14, formerly held-out-7 and -8): a
 * list of at least three counts, each with its short noun, joined by `、` (`针对29个社区、20个农贸
 * 市场、17所学校…`), whatever units they have; and a count after the whole a clause speaks of that
 * opens it (`，全区75个县级城市…比例为100%`, `全国339个地级及以上城市…`, `我省12个市…`), as a count
 * opening its clause is. A single count inside a phrase (`来自39个欠发达县域的企业`) stays text.
 * Examples written for the rules.
 */

describe("counts listed together", () => {
  test.each([
    [
      "本次督查主要针对29个社区、20个农贸市场、17所学校、4所医院周边的小区开展。",
      ["本次督查主要针对=29个", "农贸市场=20个", "学校=17所", "医院周边的小区开展=4所"],
    ],
    [
      "检查组走访了12家企业、36个项目、5处工地的现场。",
      ["检查组走访=12家", "项目=36个", "工地的现场=5处"],
    ],
    [
      "中心进驻了26个部门、74名工作人员（含26名带班领导）、162个项目，设立了21个窗口。",
      ["中心进驻=26个", "工作人员=74名", "项目=162个", "设立=21个"],
    ],
    [
      "围绕3项“放管服”改革、8个“一件事”主题、15个事项开展评估。",
      ["围绕=3项", "“一件事”主题=8个", "事项开展评估=15个"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    "来自39个欠发达县域的企业参加了培训。",
    "收到12个社区的意见后开展整改。",
    "组织12名干部和群众参加。",
  ])("a count alone inside a phrase stays text: %s", (body) => {
    expect(figures(body)).toEqual([]);
  });
});

describe("counts after the whole a clause speaks of", () => {
  test.each([
    ["2023年9月,全区75个县级城市环境空气质量优良天数比例为100%。", "全区=75个"],
    ["全国339个地级及以上城市平均优良天数比例为86.5%。", "全国=339个"],
    ["今年，我省12个市均完成了年度任务。", "我省=12个"],
    ["本月全市1200家企业参加评议。", "全市=1200家"],
  ])("%s reads %s", (body, expected) => {
    expect(figures(body)).toContain(expected);
  });

  test.each(["对来自全省39个欠发达县域的企业开展培训。", "邀请全市12个社区的代表参加座谈。"])(
    "a whole's count inside a phrase stays text: %s",
    (body) => {
      expect(figures(body)).toEqual([]);
    },
  );
});

/**
 * A clause that is a verb of making or naming, a count and the noun it counts, to the clause's end
 * (issue 14, formerly held-out-10: `。确定160个国家乡村振兴重点帮扶县，`): the count of what was made,
 * however long its noun, labelled by that noun.
 */
describe("counts a clause's verb of making acts on", () => {
  test.each([
    ["今年新建12所乡镇标准化卫生院，投入资金3000万元。", "乡镇标准化卫生院=12所"],
    ["据统计，全年认定86家省级专精特新中小企业。", "省级专精特新中小企业=86家"],
    ["经评审，命名15个市级美丽乡村示范村。", "市级美丽乡村示范村=15个"],
  ])("%s reads %s", (body, expected) => {
    expect(figures(body)).toContain(expected);
  });

  test.each([
    // 的 makes the noun a phrase that goes on; 并 joins another verb to the clause.
    "据悉，新建12所学校的食堂已投入使用。",
    "据悉，新增9件工单并全部下派。",
    // Words before the verb other than a time or the whole: a phrase holds the count.
    "据悉，积极引进12家高新技术龙头骨干企业。",
    // A verb of another kind.
    "据悉，走访12家规模以上工业重点企业。",
  ])("a count its making verb does not open the clause with stays text: %s", (body) => {
    expect(figures(body)).toEqual([]);
  });
});
