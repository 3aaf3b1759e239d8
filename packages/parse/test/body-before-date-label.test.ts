import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's date line that opens with the body that put the page up, unlabelled, before the
 * date's label (`某省生态环境厅  时间：2021-12-16 18:11  【字体：大 中 小】`, either script): the body is
 * the page's publisher, the date its date. Words before the label that name no body (`阅读次数`, a
 * site's slogan, a person's name) give none. Every text here is written for the test.
 */

const HEAD = "2021年第四季度全省城市功能区声环境质量\n\n";
const BODY =
  "\n2021年第四季度，全省14个城市157个功能区噪声监测点位中的156个开展了监测，昼间达标率为95.5%。\n";
const parse = (line: string) => parseBulletinText(`${HEAD}${line}${BODY}`).bulletin;

describe("a body before a page's date label", () => {
  test.each([
    ["某省生态环境厅  时间：2021-12-16 18:11   【字体：大 中 小】", "某省生态环境厅"],
    ["某省生態環境廳  時間:2021-12-16 18:11   【字體:", "某省生態環境廳"],
    ["某市统计局 发布时间：2021-12-16", "某市统计局"],
  ])("parseBulletinText: `%s` names %s", (line, publisher) => {
    const b = parse(line);
    expect(b.publication.publisher?.name).toBe(publisher);
    expect(b.issue.publishedOn).toBe("2021-12-16");
  });

  test.each([
    ["a person's name", "王小明  时间：2021-12-16 18:11"],
    ["a site's words", "欢迎访问  时间：2021-12-16 18:11"],
  ])("parseBulletinText: %s before the label names no publisher", (_, line) => {
    const b = parse(line);
    expect(b.publication.publisher).toBeUndefined();
    expect(b.issue.publishedOn).toBe("2021-12-16");
  });
});
