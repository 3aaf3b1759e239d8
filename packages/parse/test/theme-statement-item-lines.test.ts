import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `1、平均气温：大部偏高` alone on its line over the item's text: a numbered item's heading that names
 * its theme, a colon, then a short statement of what the text reports. The whole line titles the
 * item. Every text here is written for the test.
 */

const head =
  "某市农业气象旬报\n一、本旬天气概况\n本旬我市：平均气温大部偏高；降雨量中部偏多，其余地区偏少。旬内大部地区从12日前后开始，出现了一段连晴适播天气。\n1、平均气温：大部偏高\n旬平均气温：酉阳、秀山9.1~10.3℃，其余地区12.0~15.7℃。与常年同期相比，武隆等地正常，其余地区偏高0.7~2.1℃。\n";
const under =
  "\n旬日照时数：15~40小时。与常年同期相比，西部大部偏少1~4成，其余地区正常至偏多8成。\n二、本旬天气对农业的影响\n截至本旬末，小麦处于孕穗期。";

const itemTitles = (line: string): (string | undefined)[] =>
  parseBulletinText(`${head}${line}${under}`).bulletin.sections.flatMap((s) =>
    s.items.map((i) => i.title),
  );

describe("a numbered theme and its statement alone on a line", () => {
  test.each([
    ["2、平均气温：大部偏高", "平均气温：大部偏高"],
    ["2、日照：西部偏少，中东部正常偏多", "日照：西部偏少，中东部正常偏多"],
    [
      "2、降水：中部与东南部大部地区正常偏多，其余地区偏少",
      "降水：中部与东南部大部地区正常偏多，其余地区偏少",
    ],
  ])("`%s` titles its item %j", (line, title) => {
    expect(itemTitles(line)).toContain(title);
  });

  // Near misses: a label over a sentence of figures, a topic's label (`…方面：`), a sentence closed
  // by its `。`, or one cut short by a pause keep no title of the whole line.
  test.each([
    ["2、定点屠宰：全县生猪定点屠宰完成0.9万头", "定点屠宰：全县生猪定点屠宰完成0.9万头"],
    ["3、文明素质方面：有不牵绳遛狗或地上有", "文明素质方面：有不牵绳遛狗或地上有"],
    ["2、平均气温：大部偏高，其余地区偏低。", "平均气温：大部偏高，其余地区偏低。"],
    ["2、平均气温：大部偏高，", "平均气温：大部偏高，"],
  ])("`%s` does not title an item %j", (line, title) => {
    expect(itemTitles(line)).not.toContain(title);
  });
});
