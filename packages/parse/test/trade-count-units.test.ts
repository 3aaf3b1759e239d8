import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Units some trades count in, printed right after a number: bodies cremated (`火化遗体3.6万具`,
 * 殡葬 reports), printed sheets (`总印张96.3亿印张`, `印張` in traditional copies; 出版 statistics),
 * livestock capacity in sheep units (`理论载畜量1.2亿羊单位`, 草原 monitoring) and energy in tons of
 * standard coal as energy-saving reports shorten it (`能源消费总量35.6万吨标煤`). `具` opening a word
 * (`3具有`, `具体`, `具备`) is no unit. Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}`,
  );

describe("units some trades count in", () => {
  test.each([
    ["全年火化遗体3.6万具，火化率为61.2%。", ["全年火化遗体=36000具", "火化率=61.2%"]],
    ["平均每馆年火化遗体1875具。", ["平均每馆年火化遗体=1875具"]],
    ["全市殡仪馆共火化2316具。", ["全市殡仪馆共火化=2316具"]],
    ["全年出版图书总印张96.3亿印张。", ["全年出版图书总印张=9630000000印张"]],
    ["報紙總印張為312.57億印張。", ["報紙總印張=31257000000印张"]],
    ["全区天然草原理论载畜量1.2亿羊单位。", ["全区天然草原理论载畜量=120000000羊单位"]],
    ["全市公共机构能源消费总量35.6万吨标煤。", ["全市公共机构能源消费总量=356000吨标煤"]],
    ["節約能源2.4萬噸標煤。", ["節約能源=24000吨标煤"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  // Near-misses: 具 opening a word after a number, and 单位 alone, stay as they were.
  test.each([
    ["全省共有12具有资质的机构。", []],
    ["其中3具体项目已开工。", []],
    ["全年采集血液总量12.6万单位。", ["全年采集血液总量=126000单位"]],
    ["年节约标准煤1.2万吨标准煤。", ["年节约标准煤=12000吨标准煤"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
