import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * `資料來源：某某署`, `资料来源：某某局`: the label some government sites (Taiwan's among them) print for
 * the page's source, in its metadata lines (bulleted perhaps) or under the last paragraph, as other
 * sites print `来源：`: the body named is the publisher. Near-misses: a table's `数据来源：` note, a
 * 资料来源 that is a sentence (`…提供。`). Written for the label (formerly held-out-175's and -168's
 * pages); the texts are invented.
 */

const BODY =
  "今年1至10月，全署共查核特约医事服务机构312家，追扣医疗费用1.2亿元，同比增长8.5%。\n其中，违规情节重大者22家，予以停约处分。";

describe("a page's 资料来源 field", () => {
  test.each([
    [
      `防杜詐領健保 查核違規不手軟\n  • 資料來源:某某健康保險署\n  • 建檔日期:105-11-22\n  • 更新時間:106-05-12\n${BODY}`,
      "某某健康保險署",
    ],
    [
      `某市今年查核医疗机构312家\n资料来源：某市医疗保障局\n发布日期：2023-05-06\n${BODY}`,
      "某市医疗保障局",
    ],
    [`焦點新聞\n某某局公布10月份查核結果\n${BODY}\n- 資料來源:某某福利部`, "某某福利部"],
  ])("mastheadFacts: `%s`", (text, name) => {
    expect(mastheadFacts(text).publisher).toBe(name);
  });

  test.each([
    `某市今年查核医疗机构312家\n${BODY}\n数据来源：某市统计局`,
    `某市今年查核医疗机构312家\n${BODY}\n資料來源：本表由某某處提供。`,
  ])("mastheadFacts: `%s` names no publisher (counter-case)", (text) => {
    expect(mastheadFacts(text).publisher).toBeUndefined();
  });
});
