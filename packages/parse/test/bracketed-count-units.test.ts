import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A count whose unit a form's wording prints in brackets right after it (`来电(信)11265(次)`,
 * `受理投诉2300（件）`): the count in that unit. A percent or a unit of time in brackets (`(%)`, `(年)`),
 * a bracket that goes on (`(次数)`), a figure after the bracket, or a scaled number stay as before.
 * Every sentence here is written for the rule.
 */

const metrics = (sentence: string) =>
  (
    parseBulletinText(`某市12345热线7月工作通报\n一、受理情况\n${sentence}\n`).bulletin as Bulletin
  ).metrics.map((m) => `${m.value}${m.unit}`);

describe("a count with its unit in brackets after it", () => {
  test.each([
    ["half-width brackets", "该月政府热线受理群众来电(信)11265(次),转办问题8146件。", "11265次"],
    ["full-width brackets", "本月共受理投诉2300（件），办结2288件。", "2300件"],
    ["a unit of two characters", "全年服务群众45210(人次),同比增长5.2%。", "45210人次"],
  ])("parseBulletinText: %s", (_, sentence, expected) => {
    expect(metrics(sentence)).toContain(expected);
  });

  test.each([
    ["a percent", "满意率为98(%),较上月提高。", "98%"],
    ["a unit of time", "连续开展此项工作3(年),成效明显。", "3年"],
    ["a bracket that goes on", "受理群众来电11265(次数以系统为准),转办8146件。", "11265次"],
    ["a figure after the bracket", "受理群众来电11265(次)2,转办8146件。", "11265次"],
  ])("parseBulletinText: %s in brackets gives no such count", (_, sentence, unexpected) => {
    expect(metrics(sentence)).not.toContain(unexpected);
  });
});
