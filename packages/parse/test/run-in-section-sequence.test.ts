import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `…报告如下：一、压实防汛责任。会后，…。二、排查风险隐患。…。三、…`: a report a copy ran into one line
 * (no space left between its paragraphs), its first section's marker after a sentence's end or an
 * announcing colon, and the next section's `二、` after a later `。` of the same line: the sequence
 * goes on, so `一、` opens a section too, and so do the markers after it. Every text here is written
 * for the test.
 */

const TITLE = "关于某镇防御台风工作情况的报告\n";

const headings = (text: string): (string | undefined)[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("a first section run in before its sequence goes on", () => {
  test.each([
    [
      "8月3日，县防汛会议结束后，我镇立即召开紧急会议，部署台风防范应对工作。现将有关情况报告如下：一、压实防汛工作责任。会后，全镇干部共计210余人全部到岗到位，24小时值班值守。二、排查整改风险隐患。各村对河道、水库、桥梁开展全面排查，转移群众36户82人。三、预置抢险队伍物资。全镇组建抢险队伍4支，储备编织袋5000条。",
      ["压实防汛工作责任", "排查整改风险隐患", "预置抢险队伍物资"],
    ],
    [
      "今年以来，我街道认真落实各项部署，工作有序推进。一、强化组织领导。街道成立工作专班，明确分工。二、加强宣传引导。发放宣传资料1200份，开展活动15场。",
      ["强化组织领导", "加强宣传引导"],
    ],
  ])("`%s` is headed %j", (body, expected) => {
    const titles = headings(`${TITLE}${body}`);
    for (const h of expected) expect(titles).toContain(h);
  });

  // Near-misses: a `一、` after a sentence with no `二、` after a later `。` (a list inside a sentence, or
  // a lone numeral), stays text.
  test.each([
    [
      "现将有关情况报告如下：一、二级河道全部巡查到位，转移群众36户82人，各村对河道开展排查。",
      "一、二级河道",
    ],
    [
      "今年以来，工作有序推进。一、二、三产业协调发展，全镇生产总值增长6.1%，财政收入增长3.2%。",
      "一、二、三产业",
    ],
    ["会议要求：一、各村要强化值守，二、各部门要加强巡查，确保安全度汛。", "一、各村要强化值守"],
  ])("`%s` stays text", (body, kept) => {
    const { bulletin } = parseBulletinText(`${TITLE}${body}`);
    expect(bulletin.sections.map((s) => s.title)).toEqual(["正文"]);
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
  });
});
