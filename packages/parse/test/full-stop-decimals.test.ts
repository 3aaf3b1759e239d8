import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A decimal point printed as a full stop (`贷款余额208。28万亿元`, `合格率为95。78%`), as copies print
 * it whose converter or spinner turned every `.` into `。`: the number is read whole when one to
 * three decimals stand before a scale or a percent sign. A full stop that ends a sentence in digits
 * before one that opens with a figure or a date stays as printed. Every text here is written for the
 * test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("decimal points printed as full stops", () => {
  test.each([
    ["8月末，甲市人民币存款余额1208。28亿元。", ["120828000000元"]],
    ["乙县抽检合格率为95。78%，较上月提高。", ["95.78%"]],
    ["丙区养老保险参保率已达95。6％。", ["95.6%"]],
    ["丁市新增贷款21。1万亿元，戊县新增3。05亿元。", ["21100000000000元", "305000000元"]],
    // Near-misses: a sentence's end.
    ["PM2.5平均浓度同比下降8.9。1-3月综合指数为4.2。", []],
    ["全年共受理诉求1205。2023年以来办结率98.5%。", ["98.5%"]],
    ["该项排名第3。2个项目已落地。", ["2个"]],
    ["当日最高气温36。12时起发布预警。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
