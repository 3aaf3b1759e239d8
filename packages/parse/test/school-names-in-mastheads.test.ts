import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A college bulletin's masthead: its name, the university's name on the next line (its campus
 * perhaps in brackets), then the office that edits it with the issue and the date
 * (`某某高教信息` / `某某大学（某市）` / `发展研究中心编 第1期（总第7期） 2004年3月19日`). The university's
 * line is a body, no part of the bulletin's name: the name is the title, the office the publisher.
 * A name that goes on after the university's (`某某大学学报`) is the title itself. Every text here
 * is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin.publication;
const BELOW =
  "发展研究中心编 第3期(总第9期) 2005年4月1日\n1.教育部:高校要把人才培养放在核心位置\n2.某省高校教师聘任制改革全面启动\n某省高校今年共有85所实行教师聘任制,比上年增加12所。";

describe("a university's line under a masthead's name", () => {
  test.each([
    ["a campus in brackets", "某某高教信息", "某某地质大学(武汉)"],
    ["a university", "高教研究动态", "某某师范大学"],
    ["traditional", "高教研究動態", "某某師範大學"],
  ])("(%s) is no part of the name", (_, name, school) => {
    const p = read(`${name}\n${school}\n${BELOW}`);
    expect(p.title).toBe(name);
    expect(p.publisher?.name).toBe("发展研究中心");
  });

  test.each([
    ["a university's journal", "某某大学学报"],
    ["a college's bulletin", "某某学院简讯"],
  ])("a name of another shape (%s) is the title", (_, name) => {
    expect(read(`${name}\n${BELOW}`).title).toBe(name);
  });
});
