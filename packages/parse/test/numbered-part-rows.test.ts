import { parseBulletinText } from "@bulletin/parse";
import type { Bulletin } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A statistics table whose group rows are numbered `一、` and name their unit in brackets
 * (`一、城市接待旅游人数(人次)`), with numbered rows under them (`1、国际游客`, `2.国内游客`): those rows are
 * parts of the group, and their bare figures take the group's unit, as `其中:` rows do. Numbered rows
 * under a group row without a `一、` mark, or before any unit, take none. Written for the rule.
 */

const table = (rows: readonly string[][]) =>
  parseBulletinText(
    [
      "某市旅游统计月报",
      "一、主要指标",
      ...[["指标", "本月", "1-本月累计"], ...rows].flat().map((c) => `${c} |`),
      "二、情况分析",
      "本月全市接待游客有所减少。",
    ].join("\n"),
  ).bulletin as Bulletin;

const units = (rows: readonly string[][]) =>
  Object.fromEntries(table(rows).metrics.map((m) => [String(m.value), m.unit]));

describe("numbered rows under a numbered group row naming its unit", () => {
  test.each([
    ["1、", "2、"],
    ["1.", "2."],
    ["1．", "2．"],
  ])("parseBulletinText: rows marked %s and %s take the group's unit", (one, two) => {
    expect(
      units([
        ["一、城市接待旅游人数(人次)", "7009753", "18938542"],
        [`${one}国际游客`, "1065617", "2826267"],
        [`${two}国内游客`, "5944136", "16112275"],
        ["二、旅行社组团人数(人)", "459022", "1010115"],
        [`${one}省内游`, "356061", "680369"],
      ]),
    ).toMatchObject({
      "1065617": "人次",
      "2826267": "人次",
      "5944136": "人次",
      "356061": "人",
      "459022": "人",
    });
  });

  test("parseBulletinText: `其中:` rows and numbered rows of one group take its unit alike", () => {
    expect(
      units([
        ["一、城市接待旅游人数(人次)", "7009753", "18938542"],
        ["1、国际游客", "1065617", "2826267"],
        ["其中:台湾同胞", "160789", "387052"],
        ["2、国内游客", "5944136", "16112275"],
      ]),
    ).toMatchObject({ "1065617": "人次", "160789": "人次", "5944136": "人次" });
  });

  test.each([
    [
      "under a group row without a numbered mark",
      [
        ["城市接待旅游人数(人次)", "7009753", "18938542"],
        ["1、国际游客", "1065617", "2826267"],
        ["2、国内游客", "5944136", "16112275"],
      ],
    ],
    [
      "before any row names a unit",
      [
        ["1、国际游客", "1065617", "2826267"],
        ["2、国内游客", "5944136", "16112275"],
        ["一、城市接待旅游人数(人次)", "7009753", "18938542"],
      ],
    ],
  ])("parseBulletinText: numbered rows %s take no unit", (_, rows) => {
    const found = units(rows);
    expect(found["1065617"]).not.toBe("人次");
    expect(found["5944136"]).not.toBe("人次");
  });
});
