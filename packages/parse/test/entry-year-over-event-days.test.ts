import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook's entry whose first part opens with its year (`【保密宣传教育】1992年，全区…`) over a later
 * part that dates an event by its days (`【…培训】地区保密局于1992年5月5日至12日…举办了…培训班`): the
 * year the entry records is the period, not the event's days. The lines are those of
 * `zhumadian-secrecy-1992-yearbook` (shortened); the counter-cases keep the days where the first
 * part states no year of its own.
 */

const EVENT =
  "【“二五”保密普法骨干培训】地区保密局于1992年5月5日至12日在确山薄山林场举办了全区首期保密普法骨干培训班，培训骨干85人。";
const periodOf = (first: string) =>
  parseBulletinText(`保密工作\n${first}\n${EVENT}`).bulletin.issue.period;

describe("the year a yearbook entry's first part opens with, over a later event's days", () => {
  test("parseBulletinText: `【保密宣传教育】1992年，…` states the year 1992", () => {
    expect(
      periodOf(
        "【保密宣传教育】1992年，全区各级保密组织采取多种形式加强保密宣传教育工作，共展出宣传版面98个。",
      ),
    ).toEqual({ kind: "year", year: 1992 });
  });

  test.each([
    // The first part states no year: the event's days stay.
    "【保密宣传教育】全区各级保密组织采取多种形式加强保密宣传教育工作，共展出宣传版面98个。",
    // No entry's bracketed head: the first part is a plain sentence.
    "全区各级保密组织采取多种形式加强保密宣传教育工作，共展出宣传版面98个。",
  ])("parseBulletinText: `%s` keeps the event's days (counter-case)", (first) => {
    expect(periodOf(first)).toEqual({ kind: "range", start: "1992-05-05", end: "1992-05-12" });
  });
});
