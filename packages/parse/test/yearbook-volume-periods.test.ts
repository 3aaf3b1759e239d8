import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook's entry copied with the volume it came from on a line of its own (`2022卷`, `2021年卷`,
 * `《某市年鉴》2020卷`) records the year before its volume, as yearbooks do (the 2022 volume records
 * 2021): when the entry states that year (`2021年，某局推动…`), it is the period, before a founding
 * month or another date the entry's first lines give (`某局于2018年11月成立`). Written for the rule
 * (formerly held-out-29's 2021卷 entry and the tuning 2022卷 entry of an autonomous region's 政务服务局,
 * read as November 2018); the entries are invented.
 */

const ENTRY =
  "【概况】 某局于2018年11月成立，核定行政编制20名，事业编制30名。2021年，某局推动政务服务改革，以重点领域改革为突破。\n【“一网办”】 全区59万项事项实现网上通办，平台有注册用户2446万。";
const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a yearbook entry under its volume's line", () => {
  test.each([
    { volume: "2022卷", entry: ENTRY, year: 2021 },
    { volume: "2022年卷", entry: ENTRY, year: 2021 },
    { volume: "《某自治区年鉴》2022卷", entry: ENTRY, year: 2021 },
    {
      volume: "2021卷",
      entry:
        "【概況】 某局2018年11月成立，是自治區政府辦公廳管理的行政機構，核定行政編制20名。\n2020年，堅持把深化“放管服”改革作為重要抓手，全力推進政府職能轉變。\n【“放管服”改革】 組織召開2次全體會議，對9個方面50項任務進行臺賬式管理。",
      year: 2020,
    },
  ])("parseBulletinText: an entry under `$volume` records $year", ({ volume, entry, year }) => {
    expect(periodOf(`${volume}\n${entry}`)).toEqual({ kind: "year", year });
  });

  test("parseBulletinText: an entry that never states the year before its volume is not dated by it (counter-case)", () => {
    expect(
      periodOf("2022卷\n【概况】 某局于2018年11月成立，核定行政编制20名，事业编制30名。"),
    ).not.toEqual({ kind: "year", year: 2021 });
  });

  test("parseBulletinText: a journal's numbered volume (`第12卷`) is no yearbook's (counter-case)", () => {
    expect(periodOf(`第12卷\n${ENTRY}`)).not.toEqual({ kind: "year", year: 11 });
    expect(periodOf(`2022年第12卷\n${ENTRY}`)).not.toEqual({ kind: "year", year: 2021 });
  });

  test("parseBulletinText: a span the entry's heading states goes first", () => {
    expect(
      periodOf(
        "2022卷\n2021年1-6月某局工作情况\n2021年，某局推动政务服务改革，全区59万项事项实现网上通办。",
      ),
    ).toEqual({ kind: "range", start: "2021-01-01", end: "2021-06-30" });
  });
});
