import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A 统计公报 marks a figure with the number of its note at the end of the clause
 * (`增长4.6%[3]。`, `12.5万吨［4］，`): the note's mark closes the figure's clause as the mark after
 * it does, and the figure is reported. A bracketed number that does not close the clause (`等4家[1]
 * 企业`) keeps the count in its text. Every text here is written for the test.
 */

const metrics = (sentence: string) =>
  parseBulletinText(
    `某县2024年国民经济和社会发展统计公报\n一、综合\n${sentence}`,
  ).bulletin.metrics.map((m) => [m.value, m.unit]);

describe("a note's mark after a figure", () => {
  test.each([
    ["第三产业增加值365.2亿元，增长4.6%[3]。", [4.6, "%"]],
    ["第三产业增加值365.2亿元，增长4.6%［3］。", [4.6, "%"]],
    ["全年粮食产量12.5万吨[4]，比上年增长3.1%。", [125000, "吨"]],
    ["年末常住人口88.4万人[12]；城镇化率60.72%。", [884000, "人"]],
    ["全年居民人均可支配收入36520元[5]", [36520, "元"]],
  ])("`%s` reports %j", (sentence, figure) => {
    expect(metrics(sentence)).toContainEqual(figure);
  });

  test("the same figure without the mark reads the same", () => {
    expect(metrics("第三产业增加值365.2亿元，增长4.6%。")).toContainEqual([4.6, "%"]);
  });

  // Near-misses: a bracketed number that goes on into words (`5%[1]左右`, `5%[2]以上`) does not close
  // the rate's clause, as those words alone do not.
  test.each([
    ["全年生产总值预计增长5%[1]左右。"],
    ["全年生产总值增长5%[2]以上。"],
    ["全年生产总值增长5%左右。"],
  ])("`%s` reports no rate", (sentence) => {
    expect(metrics(sentence)).toEqual([]);
  });
});
