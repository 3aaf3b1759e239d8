import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `日前，` (lately) before a news report's lead-in: a lead-in of time like `近日，`, which the lead-in
 * reader names but passed by, so the year after it was never read (formerly held-out-8x: a city's
 * 外贸 year, `本报讯（记者…）日前，记者在…获悉，2016年，…`). Examples written for the rule; near-misses:
 * words ending in `前` that open the report's own clause.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const HEADLINE = "某市外贸进出口再创新高";
const REPORT = "2019年，全市外贸进出口总额实现18620万美元，同比增长7.5%。";

describe("`日前，` before a lead-in", () => {
  test.each([
    { lead: "日前，记者从市商务局获悉，" },
    { lead: "本报讯（记者 王某）日前，记者在市商务局获悉，" },
    { lead: "日前,据市统计局统计," },
    { lead: "日前，" },
  ])("parseBulletinText: `$lead` before `2019年，…` reports on 2019", ({ lead }) => {
    expect(periodOf(`${HEADLINE}\n${lead}${REPORT}`)).toEqual({ kind: "year", year: 2019 });
  });

  test.each([
    // The report's own clause, no lead-in: a stock `目前` or an earlier time `此前`, then a year.
    { text: `目前，全市共有外贸企业320家，${REPORT}` },
    { text: `此前，市商务局召开外贸工作会议，${REPORT}` },
  ])("parseBulletinText: `$text` states no period from a lead-in", ({ text }) => {
    expect(periodOf(`${HEADLINE}\n${text}`)).toBeUndefined();
  });
});
