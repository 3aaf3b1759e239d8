import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook's or gazetteer's entry copied with its one bracketed part, the head run into its
 * text: the head is the part's section where its text opens as such a part's does — with its year
 * and a comma, also under the entry's title lines (`党校工作` / `【概况】 1986年，…`), or with the first
 * point of an enumeration (`【理论武装工作扎实深入】 一是…`). A head may be a long phrase, up to
 * twenty units (`【中期评估“十一五”妇儿规划实施情况】`). A column's label over a news item
 * (`【部门动态】春节…`), a year's month (`【概况】2020年5月，…`), a page's label (`【编者按】`) and a
 * bracketed sentence head nothing alone. Written for the rule (the corpus's shapes, a county
 * gazetteer's and a county yearbook's entries, are the first).
 */

const sectionsOf = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("one bracketed head opening an entry's part", () => {
  test.each([
    [
      "under the entry's title, its text opening with the year",
      "档案工作\n\n【概况】 1990年，某县档案馆有工作人员12人，馆藏档案3.5万卷。\n1995年，档案馆迁入新址。",
      "概况",
    ],
    [
      "its text opening with the first point",
      "统战部\n2021年，县委统战部认真履行职责，各项工作取得新成效。\n【统一战线工作扎实推进】 一是加强理论学习。全年组织专题学习8次。二是深化调查研究。",
      "统一战线工作扎实推进",
    ],
  ])("%s", (_, text, head) => {
    expect(sectionsOf(text)).toContain(head);
  });

  test("a long head among others", () => {
    const text =
      "【概况】 2008年，市妇联共组织培训班12期。\n【开展“巾帼建功”岗位竞赛活动情况】 2008年，全市共有300个集体参与竞赛。";
    expect(sectionsOf(text)).toEqual(["概况", "开展“巾帼建功”岗位竞赛活动情况"]);
  });
});

describe("bracketed words that head nothing alone (counter-cases)", () => {
  test.each([
    [
      "a column's label",
      "交通新闻\n【部门动态】春节黄金周期间我市共发送旅客93.51万人次，同比增长5.2%。",
      "部门动态",
    ],
    ["a year's month", "审计工作\n【概况】2020年5月，某县审计局完成审计项目15个。", "概况"],
    ["a page's label", "政务动态\n【编者按】 一是今年以来某市持续深化改革。", "编者按"],
    [
      "a label over a point that is not the enumeration's",
      "新闻\n【热点关注】 一位市民反映，小区路灯损坏已有一周。",
      "热点关注",
    ],
  ])("%s", (_, text, head) => {
    expect(sectionsOf(text)).not.toContain(head);
  });
});
