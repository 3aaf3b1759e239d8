import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A 落款 dated by its month only (`某市医疗保障管理服务中心` / `2023年7月`, `二〇二三年七月`): the issuer is
 * the publisher; no day is made of the month. A month over no issuer, or under a line that is no
 * body's name, gives neither. Every text here is written for the test.
 */

const BODY =
  "全市2023年上半年医疗保障基金收支情况\n2023年上半年全市职工基本医疗保险基金收入65.07亿元，基金支出59.82亿元，累计结存216.37亿元。";

const read = (sign: string) => parsedView(`${BODY}\n${sign}`, ["publisher", "publishedOn", "text"]);

describe("a 落款 dated by its month", () => {
  test.each([
    ["digits", "某市医疗保障管理服务中心\n2023年7月"],
    ["Chinese numerals", "某市医疗保障管理服务中心\n二〇二三年七月"],
  ])("%s: the issuer is the publisher, no date", (_, sign) => {
    const r = read(sign);
    expect(r.publisher).toBe("某市医疗保障管理服务中心");
    expect(r.publishedOn).toBeUndefined();
    expect(r.text).not.toContain("服务中心");
  });

  test.each([
    ["a month alone", "2023年7月"],
    ["under a phrase that names no body", "基金运行总体平稳\n2023年7月"],
  ])("%s: no publisher", (_, sign) => {
    expect(read(sign).publisher).toBeUndefined();
  });
});
