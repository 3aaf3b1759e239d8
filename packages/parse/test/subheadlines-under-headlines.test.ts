import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's headline of one phrase over its sub-headline, a longer phrase of clauses parted by
 * a comma (`某省固定资产投资增速稳中有升` / `前三季度同比增长8.0%，产业投资规模不断扩大`), over the page's
 * date and source line: the headline is the title, not the longer sub-headline; the reader's font
 * size toggle under the date line (`小字号`) is the page's. A site's or a body's name over a
 * sub-headline-like line, and a dashed subtitle, keep their reading. Every text here is written for
 * the test.
 */

const HEADLINE = "某省固定资产投资增速稳中有升";
const SUB = "前三季度同比增长8.0%，产业投资规模不断扩大";
const page = (head: string) =>
  `${head}\n2022年11月07日08:14 | 来源：某某日报\n小字号\n\n原标题：全省固定资产投资增速稳中有升\n\n某省统计局近日发布数据显示，前三季度，全省固定资产投资同比增长8.0%，与上半年持平。\n\n其中，工业投资同比增长49.2%，连续7个月增幅扩大。`;
const read = (head: string) => parseBulletinText(page(head)).bulletin;

describe("a headline over its sub-headline", () => {
  test.each([
    ["under a channel's furniture", `某某网\n某某网>>某省频道>>要闻\n\n${HEADLINE}\n\n${SUB}\n`],
    ["alone", `${HEADLINE}\n${SUB}\n`],
    ["an ASCII comma", `${HEADLINE}\n${SUB.replace("，", ",")}\n`],
  ])("%s: the headline is the title", (_, head) => {
    const bulletin = read(head);
    expect(bulletin.publication.title).toBe(HEADLINE);
    expect(bulletin.publication.publisher?.name).toBe("某某日报");
    expect(bulletin.sections.map((s) => s.title)).toEqual(["正文"]);
  });

  test.each([
    ["a paper's name", "某某日报"],
    ["a body's name", "某省统计局"],
  ])("%s over a phrase of clauses is no headline", (_, name) => {
    expect(read(`${name}\n${SUB}\n`).publication.title).toBe(SUB);
  });

  test("a dashed subtitle keeps its reading", () => {
    expect(read(`${HEADLINE}\n——${SUB}\n`).publication.title).toBe(`——${SUB}`);
  });
});
