import { parseBulletinText } from "@bulletin/parse";
import { validateBulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Figures printed in Han numerals, as older and formal texts print them (a 2006 国资委 quarter's
 * `完成增加值五千一百一十九点九亿元`, `增长百分之十四点二`; a 2007 政府采购 news copy's `一千零九點六億元`):
 * read like figures in Arabic digits, each kept in the model as printed (the metric inline's
 * `text`). Written for the rule (the misses of the formerly held-out-160 and -180 texts); the
 * cases are invented.
 */

/** The metric inlines of a paragraph, each as `text=valueunit`. */
function printed(body: string): string[] {
  const { bulletin } = parseBulletinText(`一、工作动态\n${body}`);
  const value = new Map(bulletin.metrics.map((m) => [m.id, `${m.value}${m.unit}`]));
  const out: string[] = [];
  for (const s of bulletin.sections)
    for (const item of s.items)
      for (const block of item.body)
        if (Array.isArray(block))
          for (const x of block)
            if (typeof x === "object" && x.type === "metric")
              out.push(`${x.text ?? "(digits)"}=${value.get(x.ref)}`);
  return out;
}

describe("a figure in Han numerals is read and kept as printed", () => {
  test.each([
    ["全年完成增加值五千一百一十九点九亿元。", ["五千一百一十九点九亿元=511990000000元"]],
    [
      "原油产量七百六十八万吨，增长百分之六点一。",
      ["七百六十八万吨=7680000吨", "百分之六点一=6.1%"],
    ],
    ["采购规模增长到三千六百八十一億元。", ["三千六百八十一億元=368100000000元"]],
    ["销售收入一万六千九百九十八亿元。", ["一万六千九百九十八亿元=1699800000000元"]],
    ["全市共接待游客两万三千人次。", ["两万三千人次=23000人次"]],
    ["完成投资一千八百多亿元。", ["一千八百多亿元=180000000000元"]],
    ["满意率达到百分之九十八点五。", ["百分之九十八点五=98.5%"]],
    // At the paragraph's start and at its end.
    ["两千三百万元用于改造，满意率百分之九十五", ["两千三百万元=23000000元", "百分之九十五=95%"]],
    // Figures in Arabic digits beside them are read as before, with no printed form.
    ["受理12345件，办结率百分之九十九。", ["(digits)=12345件", "百分之九十九=99%"]],
  ])("%s → %j", (body, expected) => {
    expect(printed(body)).toEqual(expected);
  });
});

describe("Han numerals that are no figure are left as text", () => {
  test.each([
    // Counts of one character (a text's facts leave them out), ordinals, sessions, weekdays.
    ["召开一次会议，形成两项制度。", []],
    ["第三十次会议审议了报告。", []],
    ["贯彻党的十九大和十九届二中全会精神。", []],
    ["周一至周五开放，初十恢复。", []],
    // A year's digits, a plan's name, an hour, a numeral with no unit after it.
    ["二〇〇七年，推进十三五规划，三点钟开会，十一月召开。", []],
    ["百姓满意，千家万户受益。", []],
    // A guess, a rate's base, a lunar date, a class, a span of time, a round.
    ["涉案金额几十万元，每十万人发案数下降。", []],
    ["正月十五元宵节，七万吨级货轮进港，十一人制比赛，再战一百天，先后十二轮。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

test("the model with printed figures validates, and no Han run of the text is lost", () => {
  const body = "全年完成增加值五千一百一十九点九亿元，同比增长百分之十八点九。";
  const { bulletin } = parseBulletinText(
    `工作简报\n2006年第1期\n某某办公室 2006年4月20日\n一、工作动态\n${body}`,
  );
  const result = validateBulletin(bulletin);
  expect(result.ok).toBe(true);
  expect(result.issues.filter((i) => i.code === "metric-text-mismatch")).toEqual([]);
  const para = bulletin.sections.flatMap((s) => s.items).flatMap((i) => i.body)[0] as unknown[];
  const text = para.map((x) => (typeof x === "string" ? x : (x as { text: string }).text)).join("");
  expect(text).toBe(body);
});
