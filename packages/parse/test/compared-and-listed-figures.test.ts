import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Figures in running text that a reader counts (issue 14, tuning batch 10): the level a
 * comparison measures from (`比上半年日均量2135.36个增长了55.17%`), counts of what an action was done
 * to (`对26个省的267件事项进行督察`), shares listed together (`分别占30%、25%和20%`) and a figure a
 * graphic closes with an arrow (`同比增长45.8%⬆`). Examples written for the rules.
 */

const metricsOf = (text: string) => parseBulletinText(text).bulletin.metrics;
const has = (text: string, value: number, unit: string): boolean =>
  metricsOf(text).some((m) => m.value === value && m.unit === unit);
const changeOf = (text: string) => metricsOf(text)[0]?.comparison?.change;

describe("the level a comparison measures from", () => {
  test.each([
    {
      text: "日均通话量3313.4个，比上半年日均量2135.36个增长了55.17%。",
      value: 2135.36,
      unit: "个",
    },
    {
      text: "平均接通率98.78%，比上半年平均接通率98.12%高出0.66个百分点。",
      value: 98.12,
      unit: "%",
    },
    { text: "办件量较上年同期的1200件增加300件。", value: 1200, unit: "件" },
    { text: "满意率比上月的95.1%提高1.2个百分点。", value: 95.1, unit: "%" },
    { text: "全年办件1500件，比上年同期（1200件）增长25%。", value: 1200, unit: "件" },
    { text: "全年办件1500件，与上年同期的1200件相比，增长25%。", value: 1200, unit: "件" },
  ])("parseBulletinText: `$text` reports $value $unit", ({ text, value, unit }) => {
    expect(has(`一、工作动态\n${text}`, value, unit)).toBe(true);
  });

  test.each([
    // No 比/较 before it: a count in a phrase that goes on stays text.
    { text: "全市销售量1200件增长了5%。", value: 1200, unit: "件" },
    // A figure after the change words is the change, not a level compared with.
    { text: "来自39个县域增长了5个。", value: 39, unit: "个" },
    // Set against nothing: `和` joins, `相比` does not follow.
    { text: "全市和120家企业的代表签订了合作协议。", value: 120, unit: "家" },
  ])("parseBulletinText: `$text` does not report $value $unit", ({ text, value, unit }) => {
    expect(has(`一、工作动态\n${text}`, value, unit)).toBe(false);
  });
});

describe("counts of what an action was done to", () => {
  test.each([
    {
      text: "国家信访局会同有关部委对26个省、区、市的267件信访事项进行实地督察。",
      values: [26, 267],
    },
    { text: "市督查室对35家企业开展安全生产检查。", values: [35] },
    { text: "对12个乡镇的48个项目实施现场督导。", values: [12, 48] },
  ])("parseBulletinText: `$text` reports $values", ({ text, values }) => {
    const found = metricsOf(`一、工作动态\n${text}`).map((m) => m.value);
    for (const v of values) expect(found).toContain(v);
  });

  test.each([
    { text: "对3个工作日内未办结的事项进行督办。", value: 3 },
    { text: "对接26个省的企业，共同推进合作。", value: 26 },
    { text: "针对26个省反映的问题，逐一答复。", value: 26 },
    { text: "对本月新增的12家企业开展走访服务。", value: 12 },
  ])("parseBulletinText: `$text` does not report $value", ({ text, value }) => {
    expect(metricsOf(`一、工作动态\n${text}`).map((m) => m.value)).not.toContain(value);
  });
});

describe("shares listed together and a graphic's arrows", () => {
  test("parseBulletinText: the change after a bracketed level is labelled by the comparison", () => {
    const m = metricsOf("一、工作动态\n全年办件1500件，比上年同期（1200件）增长25%。").find(
      (x) => x.unit === "%",
    );
    expect(m?.label.startsWith("）")).toBe(false);
  });

  test("parseBulletinText: shares listed together with 、 and 和 are each reported", () => {
    const text =
      "一、工作动态\n热点问题集中在食品、售后服务和虚假宣传三个方面，分别占总量的30%、25%和20%。";
    for (const v of [30, 25, 20]) expect(has(text, v, "%")).toBe(true);
  });

  test("parseBulletinText: an estimated share (`约30%`) is listed with the shares after it", () => {
    expect(has("一、工作动态\n诉求量分别占总量的约30%、25%和20%。", 30, "%")).toBe(true);
  });

  test.each(["⬆", "↑", "▲"])(
    "parseBulletinText: an arrow (%s) after `同比增长45.8%` closes the change of the figure before it",
    (arrow) => {
      expect(
        changeOf(`财政收入\n一般公共预算收入\n479.89亿元 同比增长45.8%${arrow}\n税收收入增长6.4%`),
      ).toBe(45.8);
    },
  );

  test("parseBulletinText: any share listed before another is reported", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom("、", "和"),
        (a, b, join) => {
          const text = `某市投诉分析\n两类投诉分别占总量的${a}.5%${join}${b}.5%。`;
          expect(has(text, a + 0.5, "%")).toBe(true);
          expect(has(text, b + 0.5, "%")).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});
