import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A day's report (`9月27日，我市接到…转办的第十九批…`) closed by a whole date alone on the line under
 * its last sentence (`2022年9月27日`), no issuer's name over it and no page's foot under it: the
 * date is the report's when its month and day are the day the report's first sentence opens on.
 * A closing date of another day, a first sentence opening on no day, or a date under no closed
 * sentence stays no date of the report (as `closing-dates.test.ts` holds). Every text here is
 * written for the test.
 */

const report = (opening: string, closing: string) =>
  `${opening}我市接到省生态环境保护督察组转办的第十九批群众信访举报案件7件，来电6件，来信1件。\n本批转办的信访案件中，涉及各类生态环境问题7个。其中，生态破坏类2个，占28.57%。\n当日，上述信访案件已全部转办各地。\n${closing}`;
const publishedOn = (opening: string, closing: string) =>
  parseBulletinText(report(opening, closing)).bulletin.issue.publishedOn;

describe("a closing date of the day the report opens on", () => {
  test.each([
    ["9月27日，", "2022年9月27日", "2022-09-27"],
    ["9月27日,", "2022年09月27日", "2022-09-27"],
    ["2022年9月27日，", "2022年9月27日", "2022-09-27"],
    ["12月3日，", "2021年12月3日", "2021-12-03"],
  ])("parseBulletinText: `%s…` closed by `%s` is dated %s", (opening, closing, date) => {
    expect(publishedOn(opening, closing)).toBe(date);
  });

  test.each([
    ["a closing date of another day", "9月27日，", "2022年9月28日"],
    ["a first sentence opening on no day", "近日，", "2022年9月27日"],
    ["a first sentence of another year", "2021年9月27日，", "2022年9月27日"],
  ])("parseBulletinText: %s dates no report", (_, opening, closing) => {
    expect(publishedOn(opening, closing)).toBeUndefined();
  });

  test("parseBulletinText: a date under no closed sentence dates no report", () => {
    const text = report("9月27日，", "2022年9月27日").replace("各地。", "各地");
    expect(parseBulletinText(text).bulletin.issue.publishedOn).toBeUndefined();
  });
});
