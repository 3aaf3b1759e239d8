import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A numbered point of a statistics report opening with its point of view run into its text before a
 * comma (`（一）从行业看，制造业增加值…`, `2.分地区看，…`, `（二）從投資領域看，…`): the point of view is
 * the item's title, its text the rest. Near-misses keep their words as text: a clause of time
 * (`（一）从1-5月看，…`), words that are no point of view (`（一）从严从实抓好整改，…`, `（二）从而带动…`), a
 * point of view in running text without a marker, and one with nothing after its comma.
 */

const PREFIX = "某区统计局\n2023年12月5日\n一、工业生产平稳增长\n";

const itemTitles = (text: string): string[] => {
  const { text: json } = parsedView(PREFIX + text, ["text"]);
  const sections = JSON.parse(json) as { items: { title?: string }[] }[];
  return sections.flatMap((s) => s.items.map((i) => i.title ?? ""));
};

describe("a point of view run into its numbered point", () => {
  test.each([
    [
      "bracketed numerals, simplified",
      "（一）从行业看，制造业增加值同比增长5.2%，电力行业增长3.1%。\n（二）从产品产量看，水泥产量下降4.3%，钢材增长2.0%。",
      ["从行业看", "从产品产量看"],
    ],
    [
      "dotted numerals, 分…看 and 从…来看",
      "1.分地区看，东部园区增长8.1%，西部园区增长6.4%。\n2.从企业规模来看，大型企业增长4.6%，小微企业增长7.9%。",
      ["分地区看", "从企业规模来看"],
    ],
    [
      "traditional characters",
      "（一）從投資領域看，工業投資同比增長12.3%，基礎設施投資增長6.8%。\n（二）從各鎮看，東城鎮增長9.1%，西城鎮增長5.5%。",
      ["從投資領域看", "從各鎮看"],
    ],
  ])("%s", (_, text, titles) => {
    expect(itemTitles(text)).toEqual(expect.arrayContaining(titles));
  });
});

describe("commas that end no point of view (near-misses)", () => {
  test.each([
    ["a clause of time", "（一）从1-5月看，全区工业增加值同比增长5.2%。", "从1-5月看"],
    [
      "words that are no point of view",
      "（一）从严从实抓好整改，共整改问题36个。",
      "从严从实抓好整改",
    ],
    ["从而", "（二）从而带动全区消费增长，社零总额增长6.1%。", "从而带动全区消费增长"],
    ["no marker", "从行业看，制造业增加值同比增长5.2%，电力行业增长3.1%。", "从行业看"],
  ])("%s", (_, text, title) => {
    expect(itemTitles(text)).not.toContain(title);
  });
});
