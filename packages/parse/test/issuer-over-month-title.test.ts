import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A statistics bulletin copied without its title, opening on its head: the issuer's name over the
 * month of release in brackets (`某市统计局` / `（2023年4月）`). The issuer is the publisher and no
 * title. Near-misses: the title over that head stays the title; a heading over a bracketed month
 * that names no body (`全年经济运行情况` / `（2023年4月）`) is read as before. Every text here is
 * written for the test.
 */

const BODY =
  "\n    2022年,全市上下坚持稳中求进工作总基调,经济运行总体平稳。\n    一、综合\n    根据统一核算结果,2022年实现地区生产总值893.22亿元,比上年增长0.3%。";

describe("the issuer over the month of release, the title lost", () => {
  test.each([
    { what: "a month", head: "某市统计局\n（2023年4月）", publisher: "某市统计局" },
    { what: "a day", head: "某县统计局\n(2023年4月28日)", publisher: "某县统计局" },
    { what: "traditional", head: "某市統計局\n(2023年4月)", publisher: "某市統計局" },
  ])("$what: no title, the issuer publishes", ({ head, publisher }) => {
    expect(mastheadFacts(`${head}${BODY}`)).toMatchObject({ title: undefined, publisher });
  });

  test("the title over the head stays", () => {
    expect(
      mastheadFacts(`2022年某市国民经济和社会发展统计公报\n某市统计局\n(2023年4月)${BODY}`).title,
    ).toBe("2022年某市国民经济和社会发展统计公报");
  });

  test("a heading that names no body over the month is read as before", () => {
    expect(mastheadFacts(`全年经济运行情况\n(2023年4月)${BODY}`).title).toBe("全年经济运行情况");
  });
});
