import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A news page's line naming its outlet (or an account) and the page's date and clock time, then the
 * reading counter's label with its count lost (`齐点淄博 2021-07-12 19:39:00 阅读量:`: the page's script
 * fills the count in, the copy kept the label alone): the empty counter is no part of the line, which
 * names the publisher and the date as a line without it does (`zibo-rainfall-2021-07-cbbn`, formerly
 * `held-out-229`). A counter after a date with no clock, and a labelled date line (`时间:… 浏览量:`), name
 * no one, as before.
 */

const lede = "7月11日以来,全市普降暴雨,平均降雨量88.6毫米,最大降雨量出现在博山区,为156.2毫米。";
const page = (line: string) =>
  mastheadFacts(`降雨持续 全市上下时刻绷紧防汛安全弦\n\n${line}\n\n${lede}`);

describe("a dated outlet line closed by an empty reading counter", () => {
  test.each([
    { line: "齐点淄博 2021-07-12 19:39:00 阅读量:", publisher: "齐点淄博" },
    { line: "淄博日报 2021-07-12 19:39 浏览次数:", publisher: "淄博日报" },
    { line: "齐点淄博 2021-07-12 19:39:00 阅读量:5", publisher: "齐点淄博" },
  ])("`$line` names $publisher and the day", ({ line, publisher }) => {
    expect(page(line)).toEqual({
      title: "降雨持续全市上下时刻绷紧防汛安全弦",
      publisher,
      publishedOn: "2021-07-12",
    });
  });

  test.each(["齐点淄博 2021-07-12 阅读量:", "时间:2022-06-15 18:25:06 浏览量:"])(
    "`%s` names no publisher",
    (line) => {
      expect(page(line).publisher).toBeUndefined();
    },
  );
});
