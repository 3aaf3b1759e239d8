import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A statistics bulletin's head that prints its month of release without brackets (`某市统计局` /
 * `2023年4月`), under the title: the issuer (or the first of two issuers on the line) is the
 * publisher, as it is over a bracketed month. Near-misses: a line that names no body over the month, a
 * month that is a period's heading (`2023年4月` / `一、综合`: no name over it), a month with more after
 * it. Written for the rule (formerly held-out-177's two bulletins); the texts are invented.
 */

const BODY =
  "\n    2022年,全市上下坚持稳中求进工作总基调,经济运行总体平稳。\n    一、综合\n    根据统一核算结果,2022年实现地区生产总值893.22亿元,比上年增长0.3%。";

describe("the issuer over a month of release printed bare", () => {
  test.each([
    ["2022年某市国民经济和社会发展统计公报\n某市统计局\n2023年4月", "某市统计局"],
    ["2022年某县国民经济和社会发展统计公报\n某县统计局\n2023年3月", "某县统计局"],
    ["2018年某區國民經濟和社會發展統計公報\n某區統計局\n2019年4月", "某區統計局"],
    [
      "2022年某市国民经济和社会发展统计公报\n某市统计局 国家统计局某市调查队\n2023年4月",
      "某市统计局",
    ],
  ])("mastheadFacts: `%s`", (head, name) => {
    expect(mastheadFacts(`${head}${BODY}`).publisher).toBe(name);
  });

  test.each([
    "2022年某市国民经济和社会发展统计公报\n全年经济运行情况\n2023年4月",
    "2022年某市国民经济和社会发展统计公报\n某市统计局\n2023年4月发布的数据显示",
  ])("mastheadFacts: `%s` names no issuer (counter-case)", (head) => {
    expect(mastheadFacts(`${head}${BODY}`).publisher).toBeUndefined();
  });
});
