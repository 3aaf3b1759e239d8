import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An amount of 万 alone with its thousands after it, before a currency (`預算編列7,645萬6千元`,
 * `決算數6,985萬7千元`), as Taiwan's budget reports print amounts smaller than 亿 to the thousand: one
 * figure, `7,645萬6千元` is 7645.6 万元. Counts so printed (`1万8千人次`,
 * `2萬3千人`) stay text as before. Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、预算执行\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("thousands after an amount of 万 before a currency", () => {
  test.each([
    ["工作計畫預算編列7,645萬6千元，決算數6,985萬7千元。", ["76456000元", "69857000元"]],
    ["本年度法定預算數3,210萬4千元。", ["32104000元"]],
    ["该项目决算数812万3千元，执行率96.5%。", ["8123000元", "96.5%"]],
    ["補助經費45萬2千元。", ["452000元"]],
    ["年度預算數86億2,315萬4千元。", ["8623154000元"]],
    // Near-misses: counts so printed, 千 before no unit.
    ["全年接待游客1万8千人次，", []],
    ["全年服務民眾2萬3千人。", []],
    // The 万 of an amount of 亿 is no amount of its own: read whole after a space, not at all after a
    // line that broke it (`154\n億 4,966萬7千元`, as a PDF's copy prints it).
    ["預算數154億 4,966萬7千元。", ["15449667000元"]],
    ["預算數154\n億 4,966萬7千元，執行率97.03%。", ["97.03%"]],
    ["本年度預算3,210萬4千餘項。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
