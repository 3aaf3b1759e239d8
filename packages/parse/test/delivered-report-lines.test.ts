import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report delivered at a meeting (审计 and 预算 reports to a people's congress) prints under its
 * title the day and the meeting it was delivered at (`——2021年12月28日在市第十届人大常委会第四次会议上`),
 * then who delivers it (`市审计局局长 李火生`): the day dates the issue (a page's own date, where it
 * prints one, goes first) and the speaker's office is the publisher. A copy may have lost the
 * line's 年 and 月 and its numbers (`--20211228日在市届人大常委会会议`): eight digits then 日 are read
 * as the one date they can be; fewer digits may have lost one too, and date nothing. Written for the rule
 * (formerly held-out-16's city 审计 整改 report); the cases are invented.
 */

const TITLE = "关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告";
const BODY = [
  "主任、各位副主任、各位委员：",
  "受市人民政府委托，向市人大常委会报告2020年度审计查出问题的整改情况，请予审议。",
  "一、财政部门预算执行问题的整改情况",
  "财政部门预算执行问题6项，已整改2项，整改资金201783.20万元。",
];
const read = (...head: string[]) => {
  const { publication, issue } = parseBulletinText([TITLE, ...head, ...BODY].join("\n")).bulletin;
  return { publishedOn: issue.publishedOn, publisher: publication.publisher?.name };
};

describe("the line of the day and meeting a report was delivered at", () => {
  test.each([
    [
      ["——2021年12月28日在市第十届人大常委会第四次会议上", "市审计局局长 李火生"],
      { publishedOn: "2021-12-28", publisher: "市审计局" },
    ],
    [
      [
        "——2023年9月25日在某县第十八届人民代表大会常务委员会第十五次会议上",
        "某县财政局局长 王某某",
      ],
      { publishedOn: "2023-09-25", publisher: "某县财政局" },
    ],
    [
      [
        "——二〇二一年十二月二十八日在市第十届人民代表大会常务委员会第四次会议上",
        "市审计局局长 李火生",
      ],
      { publishedOn: "2021-12-28", publisher: "市审计局" },
    ],
    [
      ["--20211228日在市届人大常委会会议", "市审计局局长   李火生"],
      { publishedOn: "2021-12-28", publisher: "市审计局" },
    ],
  ])("%j → %j", (head, expected) => {
    expect(read(...head)).toEqual(expected);
  });
});

describe("lines that date no report", () => {
  test("digits that can be two dates are none (2021-1-11 or 2021-11-1)", () => {
    expect(
      read("——2021111日在市人大常委会会议上", "市审计局局长 李火生").publishedOn,
    ).toBeUndefined();
  });

  test("a page's own date goes before the day of the meeting", () => {
    expect(
      read(
        "发布时间：2022-01-05",
        "——2021年12月28日在市第十届人大常委会第四次会议上",
        "市审计局局长 李火生",
      ).publishedOn,
    ).toBe("2022-01-05");
  });

  test("a dash line that names no meeting dates nothing", () => {
    expect(read("——2021年12月28日市审计局整改情况汇总").publishedOn).toBeUndefined();
  });
});

test("the delivery lines are said to be read, not left out silently", () => {
  const { warnings } = parseBulletinText(
    [
      TITLE,
      "——2021年12月28日在市第十届人大常委会第四次会议上",
      "市审计局局长 李火生",
      ...BODY,
    ].join("\n"),
  );
  expect(
    warnings.filter((w) => w.code === "delivery-line-read").map((w) => w.position.line),
  ).toEqual([2, 3]);
});
