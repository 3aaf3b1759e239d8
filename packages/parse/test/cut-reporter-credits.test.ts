import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's 来源 value followed by its reporter's credit that the copy cut after the opening bracket
 * (`來源:某某日報某省記者站 (記者`): the credit is no part of the source. A source whose value holds a
 * closed bracket of its own, or no credit, reads as before. Every text here is written for the test.
 */

const HEADLINE = "某省推出149项省级重点招商项目";
const BODY =
  "\n\n記者從某省發展改革委獲悉，某省推出149項省級重點招商項目，總投資約為1222億元。\n\n其中，工業項目49項，總投資321.2億元。";

const read = (line: string) =>
  parseBulletinText(`${HEADLINE}\n\n${line}${BODY}`).bulletin.publication.publisher?.name;

describe("a reporter's credit cut after its bracket at a source's end", () => {
  test.each([
    {
      what: "traditional, a space before",
      line: "編輯:某某 來源:某某日報某省記者站 (記者",
      name: "某某日報某省記者站",
    },
    { what: "simplified, a name's start", line: "来源：某某日报（记者 王", name: "某某日报" },
    { what: "a correspondent", line: "来源：某某晚报 （通讯员", name: "某某晚报" },
  ])("parseBulletinText: $what", ({ line, name }) => {
    expect(read(line)).toBe(name);
  });

  test("parseBulletinText: a bracket of the name's own stays", () => {
    expect(read("来源：某某（集团）日报 发布时间：2021-03-05")).toBe("某某（集团）日报");
  });
});
