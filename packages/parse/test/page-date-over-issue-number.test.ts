import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied weekly's page date line (its clock time printed: `16.12.2014  14:17`, `2014-12-16 14:17`)
 * between the headline and the issue's number (`第283期`): the masthead goes on under it, its number
 * and its issuer's line (`某某厅办公室 2014年12月10日`) read, the issuer's date the issue's. When the
 * masthead prints no date of its own, the page's dates the issue. Near-miss: a date line without a
 * clock time over the number keeps the older
 * reading (the masthead ends with its date). Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const headline = "(2014年12月1日至12月7日)我区生活必需品市场价格基本稳定";
const lede =
  "据商务厅监测,上周我区重点监测的生活必需品中,91种商品价格上涨,占57.59%,59种商品价格下跌,占37.34%。";

describe("a page's clocked date line over the issue's number", () => {
  test.each([
    ["a day-first date", "16.12.2014  14:17"],
    ["a numeric date", "2014-12-16 14:17"],
    ["seconds", "2014/12/16 14:17:09"],
  ])("(%s) lets the masthead go on", (_, dateLine) => {
    const b = read(`${headline}\n${dateLine}\n第283期\n某某厅办公室    2014年12月10日\n${lede}`);
    expect(b.issue.number).toBe(283);
    expect(b.publication.publisher?.name).toBe("某某厅办公室");
    expect(b.issue.publishedOn).toBe("2014-12-10");
  });

  test("the page's date dates the issue when the masthead prints none", () => {
    const b = read(`${headline}\n2014-12-16 14:17\n第283期\n某某厅办公室\n${lede}`);
    expect(b.issue.number).toBe(283);
    expect(b.issue.publishedOn).toBe("2014-12-16");
  });

  test("a date line without a clock time ends the masthead", () => {
    const b = read(`${headline}\n2014-12-16\n第283期\n某某厅办公室    2014年12月10日\n${lede}`);
    expect(b.issue.publishedOn).toBe("2014-12-16");
    expect(b.issue.number).toBeUndefined();
  });
});
