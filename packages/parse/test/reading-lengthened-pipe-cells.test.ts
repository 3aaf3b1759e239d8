import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { readingUnits } from "../src/internal/pinyin-readings";
import { tableCells } from "./table-cells";

/**
 * A ` |` cell line of a traditional copy is measured without a converter's readings (session 45,
 * `shaanxi-social-insurance-2014-table-sxsjbj-trad`: `城鎮(zhèn)職工基本養(yǎng)老保險參保人數(shù) |`, a
 * label of fourteen characters that its readings made 31 units long, and
 * `national-economy-2013-q3-notes-trad`: `固定資產(chǎn)投資 (不含農(nóng)戶(hù))環(huán)比增速 (%) |`, a head
 * cell). Excerpts of those texts; the near misses keep lines that are long without readings, and
 * brackets that are no readings, as they were.
 */

const cellsOf = (text: string) => tableCells(parseBulletinText(text).bulletin as Bulletin);
const LEDE = "某省社會保險情況\n今年以來，全省各項工作穩步推進。\n";

const SOCIAL_INSURANCE = [
  "表19 2014年社會保險情況",
  "指標名稱 |",
  "單位 |",
  "絕對數(shù) |",
  "比上年增長(%) |",
  "城鎮(zhèn)職工基本養(yǎng)老保險參保人數(shù) |",
  "萬人 |",
  "361.28 |",
  "7.1 |",
  "#企業(yè)職工 |",
  "萬人 |",
  "268.10 |",
  "7.7 |",
  "城鄉(xiāng)居民基本養(yǎng)老保險參保人數(shù) |",
  "萬人 |",
  "1586.64 |",
  "6.7 |",
];

describe("pipe cells lengthened by a converter's readings", () => {
  test.each([
    {
      name: "a captioned table whose labels are long only for their readings",
      lines: SOCIAL_INSURANCE,
      head: ["指標名稱", "單位", "絕對數", "比上年增長（%）"],
      rows: 3,
      label: "城鎮職工基本養老保險參保人數",
    },
    {
      name: "a head cell long only for its readings",
      lines: [
        "其他指標(biāo)環(huán)比數(shù)據(jù)表 |",
        "|||",
        "規(guī)模以上工業(yè) 增加值環(huán)比增速(%) |",
        "固定資產(chǎn)投資 (不含農(nóng)戶(hù))環(huán)比增速 (%) |",
        "社會(huì)消費(fèi)品零售 總額環(huán)比增速 (%) |",
        "|",
        "2012年9月份 |",
        "0.89 |",
        "1.99 |",
        "1.32 |",
        "10月份 |",
        "0.79 |",
        "1.56 |",
        "1.16 |",
        "11月份 |",
        "0.82 |",
        "1.52 |",
        "1.21 |",
      ],
      head: undefined,
      rows: 3,
      label: "2012年9月份",
    },
  ])("parseBulletinText: $name", ({ lines, head, rows, label }) => {
    const tables = cellsOf(`${LEDE}${lines.join("\n")}\n全年社會福利事業持續發展。`);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.head).toHaveLength(4);
    if (head !== undefined) expect(tables[0]?.head).toEqual(head);
    expect(tables[0]?.rows).toHaveLength(rows);
    expect(tables[0]?.rows[0]?.[0]).toBe(label);
  });

  test("parseBulletinText: a label long without its readings still ends the table", () => {
    const lines = [
      ...SOCIAL_INSURANCE,
      "城鎮(zhèn)職工基本醫(yī)療保險和城鄉(xiāng)居民基本醫(yī)療保險及長期護理保險參保人數(shù)合計 |",
      "萬人 |",
      "354.27 |",
      "2.8 |",
    ];
    const tables = cellsOf(`${LEDE}${lines.join("\n")}\n全年社會福利事業持續發展。`);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.rows).toHaveLength(3);
  });
});

describe("readingUnits", () => {
  test.each([
    { text: "絕對數(shù)", units: 5 },
    { text: "城鎮(zhèn)職工基本養(yǎng)老保險", units: 12 },
    { text: "1185萬(wàn)(wàn)人", units: 10 },
    { text: "細顆粒物(PM2.5)濃度", units: 0 },
    { text: "增速(%)", units: 0 },
    { text: "總量(shu)", units: 0 },
    { text: "Tab(shù)", units: 0 },
  ])("readingUnits: $text has $units units of readings", ({ text, units }) => {
    expect(readingUnits(text, 0, text.length)).toBe(units);
  });
});
