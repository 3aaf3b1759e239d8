import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A sentence opening with a year and a comma dates the report only when it gives a number
 * (`2021年，全市新增就业50801人`); a slogan of digits joined by `+` (`“1+1+4+3+N”目标体系`, `“1+3”重点
 * 工作`, `“3+X”模式`) names a scheme, no figure, so a plan for the coming year that only quotes one
 * (`2022年，某区法院将…`) states no year. Every text here is written for the test.
 */

const periodOf = (plan: string) =>
  parseBulletinText(
    `某区法院获全市基层法院绩效考评一等奖\n\n会上，某区法院获全市基层法院绩效考评一等奖，同时被评为先进单位。\n\n${plan}`,
  ).bulletin.issue.period;

describe("a slogan of digits joined by + in a year's sentence", () => {
  test.each([
    [
      "a long slogan",
      "2022年，某区法院将围绕“1+1+4+3+N”目标体系，突出抓好“1+3”重点工作，提供司法保障。",
    ],
    ["a slogan with a letter", "2022年，某区法院将推行“3+X”工作模式，提供司法保障。"],
    ["a slogan in full-width marks", "2022年，某区法院将落实“1＋N”政策体系，提供司法保障。"],
  ])("%s: no year", (_, plan) => {
    expect(periodOf(plan)).toBeUndefined();
  });

  test.each([
    ["a figure after the slogan", "2022年，某区法院围绕“1+3”重点工作，共受理各类案件25730件。"],
    ["a figure alone", "2022年，某区法院共受理各类案件25730件，审结21971件。"],
    ["a rate alone", "2022年，某区法院结案率达到93.68%，同比提升3.56个百分点。"],
  ])("%s: the year", (_, plan) => {
    expect(periodOf(plan)).toEqual({ kind: "year", year: 2022 });
  });
});
