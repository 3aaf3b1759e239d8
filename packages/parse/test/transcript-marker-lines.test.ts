import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A television news copy's transcript: its headline, then narration marked `【解说】` and the
 * speaker's own words under a `【同期】` line naming the speaker (`【同期】某部新闻发言人 王某`): the
 * marked lines are the text's, no heading, so the headline is the title and the text one part.
 * A yearbook entry's bracketed heads (`【概况】`, `【成效】`) still head parts. Every text here is
 * written for the test.
 */

const TITLE = "某部：三季度末城镇登记失业率4.19%";
const speaker = "【同期】某部新闻发言人 王某";
const transcript = [
  TITLE,
  "【解说】10月23日，某部举行第三季度新闻发布会。会上，新闻发言人介绍，社保待遇按时足额发放。",
  speaker,
  "1-9月，三项社会保险基金总收入3.57万亿元，总支出4.22万亿元，基金运行总体平稳。",
  "【解说】在就业方面，新闻发言人介绍，前三季度就业形势保持总体平稳、稳中向好。",
  speaker,
  "1-9月城镇新增就业898万人。9月份城镇调查失业率5.4%，低于预期控制目标。",
].join("\n");

describe("a news copy's transcript markers", () => {
  test("the headline is the title; the 【同期】 speaker lines head no part", () => {
    const { bulletin } = parseBulletinText(transcript);
    expect(bulletin.publication.title).toBe(TITLE);
    expect(bulletin.sections.map((s) => s.title)).toEqual(["正文"]);
    expect(JSON.stringify(bulletin.sections)).toContain("某部新闻发言人");
  });

  test("in traditional characters too", () => {
    const { bulletin } = parseBulletinText(
      transcript.replaceAll("【解说】", "【解說】").replaceAll("新闻发言人", "新聞發言人"),
    );
    expect(bulletin.sections.map((s) => s.title)).toEqual(["正文"]);
  });

  test("a yearbook entry's bracketed heads still head its parts", () => {
    const { bulletin } = parseBulletinText(
      "【概况】 2018年，某局共受理事项1200件，办结率99.5%。\n【成效】 全年群众满意率达到98.6%，比上年提高1.2个百分点。",
    );
    expect(bulletin.sections.map((s) => s.title)).toEqual(["概况", "成效"]);
  });
});
