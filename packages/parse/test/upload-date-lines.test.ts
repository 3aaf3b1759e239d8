import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { hanRuns, modelText } from "./corpus/recall";

/**
 * A document site's upload line (issue 14; formerly held-out-57's 范文 copy of a county 督查通报):
 * `上传日期：2023-11-22 03:13:25` is the page's date, as `发布日期：` is, and the label is the
 * page's, not words of the title above it. Every example is written for the rule, not taken from
 * a page.
 */

const TITLE = "2024年重点项目督查通报";
const BODY = "1-6月份，全县48个重点项目已开工建设31个，开工率64.6%。";

const read = (line: string) => {
  const text = `${TITLE}\n${line}\n${BODY}`;
  const result = parseBulletinText(text);
  const kept = modelText(result.bulletin);
  const warned = new Set(result.warnings.map((w) => w.position.line));
  const lost = hanRuns(text).filter(({ line, run }) => !kept.includes(run) && !warned.has(line));
  return { bulletin: result.bulletin, lost };
};

describe("a document site's upload date line", () => {
  test.each([
    ["上传日期：2024-07-09 10:12:31", "2024-07-09"],
    ["上传日期:2024-07-09 10:12:31 |", "2024-07-09"],
    ["  • 上传日期:2024-07-09 10:12:31 |", "2024-07-09"],
    ["上传时间：2024年7月9日", "2024-07-09"],
    ["上傳日期：2024-07-09", "2024-07-09"],
  ])(
    "parseBulletinText: `%s` gives the date, the title keeps its words and no run is lost",
    (line, date) => {
      const { bulletin, lost } = read(line);
      expect(bulletin.issue.publishedOn).toBe(date);
      expect(bulletin.publication.title).toBe(TITLE);
      expect(lost).toEqual([]);
    },
  );

  test.each([
    // Running text that names an upload: no label of the page.
    "请各单位于7月9日前上传日期、进度等信息。",
    "上传日期为2024-07-09的材料已收到，正在审核。",
  ])("parseBulletinText: `%s` is text, not the page's date (counter-case)", (line) => {
    const { bulletin, lost } = read(line);
    expect(bulletin.issue.publishedOn).toBeUndefined();
    expect(lost).toEqual([]);
  });
});
