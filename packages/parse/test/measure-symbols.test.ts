import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Measures a weather, health or engineering page prints (issue 14, formerly held-out-9: a county's
 * year of weather in one paragraph, a daily 疫情防控 report): measures printed as Latin symbols
 * (`降水量542.0mm`, `日照时数2375.3h`, kept as printed), a temperature below zero printed with its
 * minus (`最低气温-13.0℃`), and doses (`167472剂次`). Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}`,
  );

describe("measures printed as Latin symbols", () => {
  test.each([
    ["全年降水量612.5mm，日照时数1980.2h。", ["全年降水量=612.5mm", "日照时数=1980.2h"]],
    ["新建管网12.5km，清运垃圾3.6kg。", ["新建管网=12.5km", "清运垃圾=3.6kg"]],
    ["最大积雪深度15cm。", ["最大积雪深度=15cm"]],
    ["新增装机800kW，发电量1.2kWh。", ["新增装机=800kW", "发电量=1.2kWh"]],
    // The repair keeps a space before a symbol in letters: it is read past.
    ["日照时数2017.6 h。", ["日照时数=2017.6h"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A symbol that runs on into a longer one is no unit of these (hPa, mmHg, km/h, km²).
    ["平均气压1013hPa。"],
    ["收缩压120mmHg。"],
    ["限速60km/h。"],
    ["面积5km²。"],
    // After a letter the number is part of a name (`PM2.5`, `G20`).
    ["途经G20h段。"],
  ])("%s holds no figure in a Latin symbol", (body) => {
    expect(figures(body).filter((f) => /[a-z]$/i.test(f))).toEqual([]);
  });
});

describe("temperatures below zero", () => {
  test.each([
    ["年极端最低气温-21.4℃，出现在1月8日。", ["年极端最低气温=-21.4℃"]],
    ["最低气温为－5°C。", ["最低气温=-5℃"]],
    ["夜间最低-3摄氏度。", ["夜间最低=-3摄氏度"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("a minus between two numbers is a range, not a sign (`3-5℃`)", () => {
    expect(figures("昼夜温差3-5℃。").some((f) => f.includes("-"))).toBe(false);
  });

  test("a minus before a count is no sign (`城区-12件`)", () => {
    expect(figures("城区-12件，郊区8件。").some((f) => f.includes("-"))).toBe(false);
  });
});

describe("doses", () => {
  test.each([
    ["累计接种疫苗167472剂次。", ["接种疫苗=167472剂次"]],
    ["全国接种新冠疫苗3.2亿剂。", ["全国接种新冠疫苗=320000000剂"]],
    ["累計接種疫苗2.5萬劑次。", ["接種疫苗=25000剂次"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("剂 before 量 or 型 is a word, not doses (`3剂量`)", () => {
    expect(figures("按2剂型分装，每人0.5毫克。")).toEqual([]);
  });
});
