import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's line under its headline naming the office that put the report up and the day, a bar
 * between them (`某省气象局 | 2015-04-15`), as a space parts them (`某省气象局 2015-04-15`): the office is
 * the publisher. Near-misses: a page's path with a date after it, an editor's
 * credit, a bar with no name before it. Every text here is written for the test.
 */

const HEADLINE = "某省2015年3月：气温显著偏高";
const BODY =
  "\n3月全省各地平均气温18.6℃，较常年同期显著偏高1℃。\n3月全省平均降水量36.3毫米，较常年同期偏少近7成。";
const read = (line: string) => parseBulletinText(`${HEADLINE}\n${line}${BODY}`).bulletin;

describe("an office's name and the day, a bar between them", () => {
  test.each([
    ["a bar and spaces", "某省气象局 | 2015-04-15", "某省气象局"],
    ["a full-width bar", "某市统计局｜2015年4月15日", "某市统计局"],
    ["a bar with no spaces", "某县水利局|2015.04.15", "某县水利局"],
  ])("%s: `%s` names %s", (_, line, name) => {
    expect(read(line).publication.publisher?.name).toBe(name);
  });
});

describe("lines a bar before a date leaves without a publisher (near-misses)", () => {
  test.each([
    ["a page's path", "首页 | 新闻中心 | 2015-04-15"],
    ["an editor's credit", "责任编辑：王某 | 2015-04-15"],
    ["a bar alone before the date", "| 2015-04-15"],
  ])("%s: `%s` names none of it", (_, line) => {
    const name = read(line).publication.publisher?.name ?? "";
    expect(name).not.toMatch(/[|｜]|首页|新闻中心|编辑|王某/);
  });
});
