import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's date line with the reader's speech widget after the date (`2021-01-08 10:03 语音播报`):
 * the widget is no outlet (`…播报` ends as a paper's name `…报` does), so it is no publisher; the
 * date is still the page's. A paper's name after the date (`2021-01-08 10:03 某某日报`) still is the
 * publisher. Every text here is written for the test.
 */

const read = (dateLine: string) =>
  parseBulletinText(
    `某市1100多万件群众来电中，反映最多的是这些事儿\n\n${dateLine}\n\n今天上午，《2020年某市接诉即办改革工作报告》对外发布。2020年，12345热线共受理1103.94万件群众来电。\n\n编辑：王某`,
  ).bulletin;

describe("the speech widget after a page's date", () => {
  test.each([
    ["after the date and time", "2021-01-08 10:03 语音播报"],
    ["after the date alone", "2021-01-08 语音播报"],
    ["in traditional characters", "2021-01-08 10:03 語音播報"],
  ])("parseBulletinText: %s: no publisher, the page's date", (_, dateLine) => {
    const bulletin = read(dateLine);
    expect(bulletin.publication.publisher).toBeUndefined();
    expect(bulletin.issue.publishedOn).toBe("2021-01-08");
  });

  test.each([
    ["a paper", "2021-01-08 10:03 某某日报", "某某日报"],
    ["an office", "2021-01-08 10:03 某市统计局", "某市统计局"],
  ])("parseBulletinText: %s after the date is the publisher", (_, dateLine, name) => {
    expect(read(dateLine).publication.publisher?.name).toBe(name);
  });
});
