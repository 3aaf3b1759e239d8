import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two measures of one thing printed with a slash between them (`成交1260套/98765.43㎡`,
 * `发送旅客152.6万人次/8.3万班次`): the figure after the slash is a figure too, as the one before
 * it is, when its unit is another. A part over its whole in one unit (`办结23件/25件`), a unit counted per another (`2次/月`, `8650元/平方米`), a price per a quantity of goods
 * (`11.95元/500克`) and a number over a number (`9.80/10万`, `2023/05/06`) stay as they were.
 * Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("figures paired with a slash", () => {
  test.each([
    [
      "本周全市新建商品住宅共成交1260套/98765.43㎡，成交均价41230元/㎡。",
      ["1260套", "98765.43平方米", "41230元/平方米"],
    ],
    ["春运期间全市道路客运共发送旅客152.6万人次/8.3万班次。", ["1526000人次", "83000班次"]],
    ["本月办结投诉举报326件/412人次。", ["326件", "412人次"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  // Near-misses: per units, a price per a quantity, numbers over numbers.
  test.each([
    ["全年开展巡查2次/月，检查商户320家。", ["2次/月", "320家"]],
    ["本周猪肉均价11.95元/500克。", ["11.95元/500克"]],
    ["本月按期办结46件/52件，群众满意。", ["46件"]],
    ["全年共受理1.2万件/1.5万件。", ["12000件"]],
    ["全区出生率为9.80/10万。", ["9.8/10万"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
