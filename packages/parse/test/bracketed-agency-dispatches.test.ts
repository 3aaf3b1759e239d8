import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A news agency's dispatch in brackets opening the report, as agencies of Taiwan print it: the
 * agency, perhaps its reporter's name, the place and the day without its month, then 电
 * (`（某央社記者張某某台北27日電）`, `(某某社台中5日電)`): the agency is the publisher. `本社`, a
 * bracketed note that is no dispatch (`（某某社区供图）`, `（12日电话采访）`) name none. Every text here
 * is written for the test.
 */

const HEAD = "降雨日增及境外污染少 今年空氣品質歷年最佳";
const LEDE =
  "環保署公布今年截至11月止空氣品質監測結果,細懸浮微粒年平均濃度為13.2微克/立方米,較去年下降5.6%。";
const publisherOf = (opening: string) => mastheadFacts(`${HEAD}\n${opening}${LEDE}`).publisher;

describe("an agency's dispatch in brackets opening the report", () => {
  test.each([
    ["with its reporter", "(某央社記者張某某台北27日電)", "某央社"],
    ["without a reporter, full-width brackets", "（某央社台北29日電）", "某央社"],
    ["simplified", "（某某社记者王某高雄5日电）", "某某社"],
  ])("%s: the agency", (_, opening, agency) => {
    expect(publisherOf(opening)).toBe(agency);
  });

  test.each([
    ["本社", "（本社台北29日電）"],
    ["a picture's credit", "（某某社区供图）"],
    ["a telephone interview", "（某某社12日电话采访）"],
  ])("%s names no publisher", (_, opening) => {
    expect(publisherOf(opening)).toBeUndefined();
  });
});
