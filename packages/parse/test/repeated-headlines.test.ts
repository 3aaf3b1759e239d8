import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's headline printed twice in a row over its text (the page's title and its heading, a copy
 * keeping both): the same line twice is the headline, said once, even when it holds a figure the
 * text does not state again (`“经济建设”提案占比超40%`). Every text here is written for the test.
 */

const read = (text: string) => {
  const { bulletin, warnings } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    duplicates: warnings.filter((w) => w.code === "duplicate-line-dropped").length,
  };
};

const LEDE =
  "4月21日上午,政协第十三届某县委员会第五次会议召开第一次全体会议。县政协副主席受常务委员会的委托,向大会报告提案工作情况。";

describe("a headline printed twice in a row", () => {
  test.each([
    {
      what: "a headline with a figure, a blank line between the copies",
      head: "政协提案工作情况报告:“经济建设”提案占比超40%\n\n\n政协提案工作情况报告:“经济建设”提案占比超40%",
      title: "政协提案工作情况报告：“经济建设”提案占比超40%",
    },
    {
      what: "a headline with a figure in traditional characters",
      head: "政協提案工作情況報告:提案佔比超40%\n政協提案工作情況報告:提案佔比超40%",
      title: "政協提案工作情況報告：提案佔比超40%",
    },
    {
      what: "a headline without a figure",
      head: "我县召开政协提案交办会\n我县召开政协提案交办会",
      title: "我县召开政协提案交办会",
    },
  ])("$what is the title", ({ head, title }) => {
    expect(read(`${head}\n\n${LEDE}\n\n共收到提案134件,经审查立案129件。`)).toEqual({
      title,
      duplicates: 1,
    });
  });

  test.each([
    {
      what: "a figure printed twice (a graphic's number and its caption)",
      text: `40%\n40%\n\n${LEDE}`,
    },
    {
      what: "a sentence printed twice",
      text: `${LEDE}\n${LEDE}\n\n共收到提案134件。`,
    },
  ])("$what is no headline", ({ text }) => {
    expect(read(text).title).toBeUndefined();
  });
});
