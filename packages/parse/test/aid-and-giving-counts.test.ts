import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Counts a union's or a bureau's story reports in running text: people a verb of aid reached with
 * 了 after it or a short noun naming whom between (`走访慰问了39名劳动模范`, `资助困难职工33人实现…`),
 * those something was given to with `送去` or `拨款` (`为1270人送去…`, `为11家驿站拨款…`), and the worth
 * of what was given (`送去价值4.8万元的物资`). Counts after other words, of things after a verb of
 * aid, and `产值` stay as before. Written for the rule (formerly held-out-67–78's county 总工会
 * newspaper report); every text here is invented.
 */

describe("counts of aid and giving", () => {
  test.each([
    ["节日期间走访慰问了56名老党员。", "节日期间走访慰问=56名"],
    ["资助困难学生120人完成学业。", "资助困难学生=120人"],
    ["帮扶脱贫户35户发展庭院经济。", "帮扶脱贫户=35户"],
    ["夏季为860人送去防暑降温用品。", "送去防暑降温用品=860人"],
    ["为23家爱心驿站拨款共计6.5万元。", "爱心驿站拨款共计=23家"],
    ["为环卫工人送去价值2.6万元的慰问品。", "为环卫工人送去价值=26000元"],
  ])("%s → %s", (body, expected) => {
    expect(figures(body)).toContain(expected);
  });
});

describe("other counts are read as before", () => {
  test.each([
    // People after words of no aid, a noun with 的 between.
    ["来自困难家庭的学生33人实现“求学圆梦”。", "33人"],
    // 了 after a verb that is no verb of aid.
    ["组织了39名劳动模范参观学习。", "39名"],
    // A count inside a phrase, no verb of aid or giving.
    ["来自39个欠发达县域的干部参加了培训。", "39个"],
    // Other words after 为: `为3家企业的负责人…`, no giving.
    ["为3家企业负责人讲解政策要点。", "3家"],
  ])("%s keeps %s as text", (body, count) => {
    expect(figures(body).some((f) => f.endsWith(`=${count}`))).toBe(false);
  });

  test("an output before a count is no worth", () => {
    expect(figures("实现产值3.2亿元的企业有5家。").some((f) => f.endsWith("=320000000元"))).toBe(
      false,
    );
  });
});
