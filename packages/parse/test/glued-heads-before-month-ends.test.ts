import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `二、工业和服务业中长期贷款增速放缓12月末，主要金融机构…`: a run-in section heading glued to the clause
 * its paragraph opens with when that clause is the end of a month or a year a balance is read at
 * (`12月末`, `6月底`, `年末`; a 人民银行 or 财政 report's figures), as it is to `1-5月，`: the heading
 * ends where the clause begins; a word asking for the time (`截至`) before the clause opens the paragraph,
 * and alone it is no heading (`一、截至6月底，…`). Written for
 * the rule (held-out-113's national loans report); every text here is invented.
 */

const read = (text: string) =>
  parseBulletinText(text).bulletin.sections.map((s) => ({
    title: s.title,
    body: JSON.stringify(s.items[0]?.body ?? []),
  }));

describe("a run-in heading glued to a month's or year's end", () => {
  test.each([
    [
      "a month's end",
      "一、工业中长期贷款增速放缓12月末，金融机构本外币工业中长期贷款余额6.09万亿元，同比增长5.2%。",
      "工业中长期贷款增速放缓",
    ],
    [
      "a month's end written 底",
      "二、住户存款平稳增长6月底，全省住户存款余额3.2万亿元，比年初增加2100亿元。",
      "住户存款平稳增长",
    ],
    [
      "a year's end",
      "三、社会保障年末，全县参加城乡居民基本养老保险人数25.6万人，增长1.2%。",
      "社会保障",
    ],
    [
      "a word asking for the time, between heading and clause",
      "一、参保人员情况截至2020年上半年，全市基本医疗保险参保人数125.3万人，增长1.1%。",
      "参保人员情况",
    ],
  ])("%s: the heading ends where the clause begins", (_, text, title) => {
    const section = read(text).find((s) => s.title === title);
    expect(section).toBeDefined();
    expect(section?.body).not.toContain(title);
  });

  test.each([
    ["a word asking for the time", "一、截至6月底，全县贷款余额125亿元，同比增长5%。", "截至"],
    [
      "a place as the clause's subject",
      "一、全县年末，常住人口52.3万人，比上年增加0.2万人。",
      "全县",
    ],
  ])("near-miss: %s heads nothing", (_, text, wrong) => {
    expect(read(text).map((s) => s.title)).not.toContain(wrong);
  });
});
