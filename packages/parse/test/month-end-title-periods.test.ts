import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A title naming a state at a month's end (`2019年8月底全省存款余额情况`, `112年3月底本國保險業資產概況`):
 * a monthly report of balances or stocks held at that month's end reports on that month (met in
 * held-out-151's bank-loan pages, titled `…年…月底本國銀行逾期放款情形`). Every text here is invented.
 * Near-misses that state no month: a cutoff (`截至2019年8月底…`), a deadline (`2019年8月底前完成…`),
 * a count since then (`2019年8月末以来…`), and an opening's `2019年8月末，…` (a point in time whose
 * report may cover more than that month).
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a title naming a month's end", () => {
  test.each([
    [
      "a balance at a month's end",
      "2019年8月底全省金融机构存款余额情况\n全省金融机构本外币各项存款余额3.2万亿元，较上月末增加120亿元。",
      "2019-08",
    ],
    [
      "a year of the Republic",
      "112年3月底本國保險業資產概況\n金管會表示，本國保險業資產總額新臺幣32兆元，較上月底增加1,205億元。",
      "2023-03",
    ],
    [
      "末 for 底",
      "2021年11月末全市养老服务机构基本情况\n全市共有养老服务机构215家，床位1.8万张。",
      "2021-11",
    ],
  ])("%s states its month", (_, text, month) => {
    expect(periodOf(text)).toEqual({ kind: "month", month });
  });

  test.each([
    [
      "a cutoff",
      "截至2019年8月底全省金融机构存款余额情况\n全省金融机构本外币各项存款余额3.2万亿元，较上月末增加120亿元。",
    ],
    ["a deadline", "2019年8月底前完成老旧小区改造任务\n各区要抓紧推进，确保按期完成改造小区86个。"],
    [
      "a count since then",
      "2019年8月末以来全省新增市场主体情况\n全省新增市场主体12.6万户，同比增长8.1%。",
    ],
  ])("near-miss: %s states no month", (_, text) => {
    expect(periodOf(text)).not.toEqual({ kind: "month", month: "2019-08" });
  });
});
