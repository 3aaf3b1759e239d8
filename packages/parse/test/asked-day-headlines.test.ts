import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A headline asking about the day it opens with (`2020年2月2日宜登记结婚？民政部：应理性对待…`,
 * national-marriage-2019-yybnet) names no span reported on: the year the lede states is the period.
 * A daily report's title stating its day (`2021年10月8日，某县…进程报告`) is still read as that day.
 */

const page = (title: string): string =>
  `地方网 > 焦点 > 今日国内 > 正文\n\n${title}\n\n来源:界面新闻 2020-01-19 12:49\n\n记者 | 梁宙\n\n2019年全国婚姻登记机关共办理结婚登记947.1万对,离婚登记415.4万对,补发结婚证403.4万对。`;

describe("a headline asking about a day", () => {
  test.each([
    "2020年2月2日宜登记结婚？民政部：应理性对待，没必要扎堆",
    "2020年2月2日宜登记结婚?民政部:应理性对待,没必要扎堆",
  ])("`%s` over a year's lede reports that year", (title) => {
    expect(parseBulletinText(page(title)).bulletin.issue.period).toEqual({
      kind: "year",
      year: 2019,
    });
  });

  test.each(["2021年10月8日，某县防汛工作进程报告", "2021年10月8日某县防汛工作日报"])(
    "`%s` (a daily report's title) reports its day",
    (title) => {
      expect(parseBulletinText(page(title)).bulletin.issue.period).toEqual({
        kind: "day",
        date: "2021-10-08",
      });
    },
  );
});
