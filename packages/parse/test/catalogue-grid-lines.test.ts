import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A government information-disclosure page prints its file grid as bare lines, one of them opening
 * with the catalogue the file is filed under (`公开目录 统计信息 发布日期 2023-10-31 10:45:45`):
 * with a second grid label on the line it is the grid's, not the headline, and its 发布日期 is the
 * page's date. Written for the rule (the corpus's shape is the first).
 */

const headline = "2023年1-10月安全生产工作统计基本情况";
const body =
  "2023年以来，全市发生各类生产安全事故7起、死亡8人，事故起数同比下降53.3%。\n\n共发生民房火灾107起，直接财产损失约324万元。";

const parse = (head: string) =>
  parseBulletinText(`${head}\n${headline}\n\n${headline}\n\n${body}`).bulletin;

describe("a catalogue line of a disclosure grid", () => {
  test.each([
    [
      "索引号 75719027-2/20231031-00001 发布机构 某市应急管理局\n公开目录 统计信息 发布日期 2023-10-31 10:45:45\n文号 浏览量\n主题词",
      "2023-10-31",
    ],
    ["公开目录 统计数据 发布日期 2023-11-02", "2023-11-02"],
    ["公开目录 通知公告 公开日期 2023-11-05 09:00", "2023-11-05"],
  ])("`%s` is the grid's: the headline is the title, the date the page's", (head, day) => {
    const b = parse(head);
    expect(b.publication.title).toBe(headline);
    expect(b.issue.publishedOn).toBe(day);
  });
});

describe("lines opening with 公开目录, 文号 or 浏览量 that are the text's (counter-cases)", () => {
  test.each([
    "公开目录编制工作进展顺利",
    "公开目录 统计信息",
    "文号统一编排后，全市共印发文件120件。",
    "浏览量较上年增长12.5%。",
  ])("`%s` is not read as a grid with a date", (line) => {
    const b = parseBulletinText(`${headline}\n\n${line}\n\n${body}`).bulletin;
    expect(b.publication.title).toBe(headline);
    expect(b.issue.publishedOn).toBeUndefined();
    expect(JSON.stringify(b.sections)).toContain(line.slice(0, 4));
  });
});
