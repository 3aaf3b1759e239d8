import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page's line naming the site's account that posted it (a Latin handle, `admin`, `webmaster01`),
 * the page's date glued to it or after a space (its time perhaps), then its reading count
 * (`admin2018-08-24  30`, `editor 2018-08-24 09:30 1203`): the page's date line, and no text's.
 * Written for the rule (a national 12315 half-year copy of the tuning texts); the cases are invented.
 */

const TITLE = "2013年上半年全国12315消费者诉求分析";
const BODY = "据统计，2013年上半年，全国工商行政管理机关依托12315网络共受理消费者诉求3426121件。";
const read = (line: string) => parsedView(`${TITLE}\n${line}\n${BODY}`, ["publishedOn", "text"]);

describe("an account, the page's date and its count", () => {
  test.each([
    ["admin2018-08-24  30", "2018-08-24"],
    ["admin 2018-08-24 30", "2018-08-24"],
    ["webmaster01 2018/8/24 09:30 1203", "2018-08-24"],
  ])("`%s` dates the page %s", (line, date) => {
    const got = read(line);
    expect(got.publishedOn).toBe(date);
    expect(got.text).not.toContain(line.slice(0, 5));
  });
});

describe("lines that are no such account line (near-misses)", () => {
  test.each([
    // A date and a count, no account: a figure's line as likely as the page's.
    ["2018-08-24 30"],
    // A table's row: a Latin code, a date and an amount with its unit.
    ["PM2.5 2018-08-24 30微克/立方米"],
    // A sentence after the date.
    ["admin 2018-08-24 30人参加了培训，全市共举办培训班12期。"],
  ])("`%s` does not date the page", (line) => {
    expect(read(line).publishedOn).toBeUndefined();
  });
});
