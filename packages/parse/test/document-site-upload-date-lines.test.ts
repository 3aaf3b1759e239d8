import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A document-sharing site's counts over a file it hosts (`- 3`, `- 约2.10千字`, `- 约 6页`, `- 举报`),
 * among them the line saying when the file went up: the date in digits, then 发布 and perhaps 于 and
 * the uploader's province (`2022-05-06 发布于江西`). The date is the page's. A line that goes on
 * after 发布 (a sentence, more than a place after 于) is read as before. Every text here is written
 * for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const BODY =
  "某县城管局2021年工作总结\n一年来，我局紧紧围绕县委县政府中心工作，全年共受理投诉案件1200件，办结率98.5%。\n一、主要工作\n全年拆除违法建设35处，面积1.2万平方米。";
const counts = (line: string) => `- 2\n- 0\n- 约3.40千字\n- 约 6页\n${line}\n- 举报\n${BODY}`;

describe("a document site's upload line", () => {
  test.each([
    ["with the province", "- 2022-05-06 发布于江西"],
    ["without the province", "- 2022-05-06 发布"],
    ["no space", "- 2022-05-06发布于内蒙古"],
    ["slashes", "- 2022/05/06 发布于广东"],
    ["no bullet", "2022-05-06 发布于江西"],
  ])("(%s) dates the page", (_, line) => {
    expect(read(counts(line)).issue.publishedOn).toBe("2022-05-06");
  });

  test.each([
    ["a sentence after 发布", "- 2022-05-06 发布会召开"],
    ["more than a place after 于", "- 2022-05-06 发布于本网站首页栏目"],
  ])("(%s) is no upload line", (_, line) => {
    expect(read(counts(line)).issue.publishedOn).not.toBe("2022-05-06");
  });
});
