import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A statistics bulletin's head: the issuer's name alone on its line right over the month of
 * release in brackets (`某市统计局` / `（2023年4月）`), under the title or first where the copy lost
 * the title: the issuer is the publisher. Near-misses: a line that names no body over the month, a
 * bracketed line that is no month of release. Every text here is written for the test.
 */

const BODY =
  "\n    2022年,全市上下坚持稳中求进工作总基调,经济运行总体平稳。\n    一、综合\n    根据统一核算结果,2022年实现地区生产总值893.22亿元,比上年增长0.3%。";

describe("the issuer over the month of release", () => {
  test.each([
    {
      what: "under the title",
      head: "2022年某市国民经济和社会发展统计公报\n某市统计局\n(2023年4月)",
    },
    { what: "the title lost", head: "某市统计局\n（2023年4月）" },
    { what: "a day of release", head: "某县统计局\n(2023年4月28日)" },
    { what: "traditional", head: "某市統計局\n(2023年4月)" },
  ])("mastheadFacts: $what", ({ head }) => {
    const name = head.includes("县")
      ? "某县统计局"
      : head.includes("統")
        ? "某市統計局"
        : "某市统计局";
    expect(mastheadFacts(`${head}${BODY}`).publisher).toBe(name);
  });

  test.each([
    { what: "no body's name", head: "全年经济运行情况\n(2023年4月)" },
    { what: "no month of release", head: "某市统计局\n(2022年全年)" },
  ])("mastheadFacts: no issuer: $what", ({ head }) => {
    expect(mastheadFacts(`${head}${BODY}`).publisher).toBeUndefined();
  });
});
