import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * 政府采购 and 公共资源交易 sites print a notice's date under the label `信息时间` (`信息时间:2024-01-18`,
 * beside `信息来源:` and `阅读次数:`): the page's date field, read as the issue's date and dropped
 * with a warning like `发布时间:`. A sentence of the text that says 信息时间 stays. Every text here is
 * written for the test.
 */

const read = (line: string) => {
  const text = [
    "首页通知公告",
    "",
    "某市政府采购电子卖场交易数据(2024年第二季度)",
    line,
    "信息来源:",
    "",
    "一、总体情况",
    "本季度电子卖场共成交订单2314笔，成交金额4120.5万元，同比增长8.2%。",
  ].join("\n");
  const { bulletin, warnings } = parseBulletinText(text);
  return {
    publishedOn: bulletin.issue.publishedOn,
    dropped: warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 4),
    kept: JSON.stringify(bulletin.sections).includes("信息时间"),
  };
};

describe("a page's 信息时间 field", () => {
  test.each([
    ["信息时间:2024-07-09", "2024-07-09"],
    ["信息时间：2024-07-09", "2024-07-09"],
    ["信息时间: 2024-07-09 10:21:35", "2024-07-09"],
    ["信息时间:2024/7/9", "2024-07-09"],
  ])("%s is the page's date line, dropped with a warning", (line, date) => {
    expect(read(line)).toEqual({ publishedOn: date, dropped: true, kept: false });
  });

  test("a sentence that says 信息时间 is the text's, kept", () => {
    const { bulletin } = parseBulletinText(
      [
        "某县政务服务季度简报",
        "",
        "一、工作情况",
        "各窗口核对信息时间节点，本季度共受理办件3215件，按时办结率99.8%。",
      ].join("\n"),
    );
    expect(JSON.stringify(bulletin.sections)).toContain("核对信息时间节点");
  });
});
