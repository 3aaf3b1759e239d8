import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's date line under its headline closed by the page's tool buttons in brackets
 * (`2022-03-15【打印】`, `2022-03-15 10:20 [打印本页] [关闭窗口]`): the date is the page's and the
 * headline over it the title. A date before other bracketed words (`2022-03-15【通知】`) is read as
 * before. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const HEADLINE = "某省“十四五”档案工作综述";
const BODY =
  "“十四五”以来，全省档案系统认真贯彻落实档案事业发展规划，各项重点任务稳步推进。\n一、档案资源建设\n全省各级档案馆新接收档案120万卷。";

describe("a date line closed by tool buttons", () => {
  test.each([
    ["one button", "2022-03-15【打印】"],
    ["buttons with a time", "2022-03-15 10:20 [打印本页] [关闭窗口]"],
    ["a spaced button", "2022-03-15 【打印】【关闭】"],
  ])("(%s) dates the page", (_, line) => {
    const b = read(`${HEADLINE}\n${line}\n${BODY}`);
    expect(b.issue.publishedOn).toBe("2022-03-15");
    expect(b.publication.title).toBe(HEADLINE);
  });

  test("a date before a bracketed word is no such line", () => {
    const b = read(`${HEADLINE}\n2022-03-15【通知】\n${BODY}`);
    expect(b.issue.publishedOn).not.toBe("2022-03-15");
  });
});
