import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's lead-in that opens with the day the words were heard (issue 15, formerly
 * held-out-14: a city's 12315 year, `本报长治3月15日讯(记者…)3月12日,记者从…新闻发布会上获悉,2020年,…`):
 * the day, alone in its clause (`3月12日，`, `12日，`, `1月5日上午，`), says when, like `近日，`, so the year after
 * the lead-in is the span reported on. A day with its year, or a day whose clause goes on into
 * what happened, is no lead-in. Examples written for the rule.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const HEADLINE = "某市去年受理消费者投诉举报4万余件";
const REPORT = "2020年，全市各级12315机构共受理消费者咨询投诉举报41633件，同比增长131%。";

describe("a day alone before a lead-in", () => {
  test.each([
    { lead: "3月12日，记者从全市消费维权新闻发布会上获悉，" },
    { lead: "本报某市3月15日讯（记者某某某 实习生某某某）3月12日，记者从市市场监管局获悉，" },
    { lead: "1月5日上午，记者从市场监管局了解到，" },
    { lead: "12月30日,据市统计局统计," },
    // News prints the day without its month (the dateline's month).
    { lead: "本报讯（记者 王某）12日，记者从市市场监管局获悉，" },
    { lead: "15日上午，记者从全市消费维权新闻发布会上获悉，" },
  ])("parseBulletinText: `$lead` before `2020年，…` reports on 2020", ({ lead }) => {
    expect(periodOf(`${HEADLINE}\n${lead}${REPORT}`)).toEqual({ kind: "year", year: 2020 });
  });

  test.each([
    // A day alone, then the report's own clause (no words saying where they came from).
    { text: `3月12日，全市召开消费维权大会，${REPORT}` },
    { text: `3月12日下午，市场监管局召开新闻发布会，${REPORT}` },
  ])("parseBulletinText: `$text` states no period from a lead-in", ({ text }) => {
    expect(periodOf(`${HEADLINE}\n${text}`)).toBeUndefined();
  });
});

describe("a dateline a page's width broke", () => {
  /** `text` broken into lines of `width` characters, as a PDF's page prints a paragraph. */
  const wrapped = (text: string, width: number): string =>
    (text.match(new RegExp(`.{1,${width}}`, "gu")) ?? []).join("\n");
  const dateline = "本报某市3月15日讯（记者某某某 实习生某某某）";
  const report = `3月12日，记者从市市场监管局获悉，${REPORT}全年全系统共查办案件3424起，罚没款4813万元，移送公安机关10起，案件数和罚没款数全省第一。`;

  test.each([18, 20, 22, 23, 24, 25, 26])(
    "parseBulletinText: a dateline broken at %i characters goes on into its paragraph, whose year is the period",
    (width) => {
      expect(periodOf(wrapped(`${dateline}${report}`, width))).toEqual({
        kind: "year",
        year: 2020,
      });
    },
  );

  test("parseBulletinText: a headline over a dateline stays the title", () => {
    const text = wrapped(`${dateline}${report}`, 24);
    expect(parseBulletinText(`${HEADLINE}\n${text}`).bulletin.publication.title).toBe(HEADLINE);
  });

  test("parseBulletinText: a dateline alone on its line stands apart from the paragraph under it", () => {
    const text = `${HEADLINE}\n某某新闻网讯\n${wrapped(report, 24)}`;
    const first = parseBulletinText(text).bulletin.sections[0]?.items[0]?.body[0];
    expect(first).toEqual(["某某新闻网讯"]);
  });
});
