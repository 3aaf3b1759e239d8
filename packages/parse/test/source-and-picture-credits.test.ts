import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's credit line that names the text's source and the picture's together
 * (`来源：某某新闻网/图：某某图库`, `源某某新闻网/图某某图库`, `來源：某某新聞網 圖：某某圖庫`): the source
 * is the publisher, the picture's credit no part of its name. A source whose own name holds `图`
 * (`某市图书馆`) keeps it, and a sentence about pictures names no publisher. Written for the rule
 * (the corpus's shape, a county's 国庆 tourism item copied in traditional characters, is the
 * second).
 */

const body =
  "某县双节旅游经济指标创历史新高\n今年国庆、重阳双节重逢，全县各旅游景区游客络绎不绝。10月1日—10月8日全县共接待游客5.6万人次，与去年同期比较增长16.85%；实现旅游总收入2648.1万元，增长11.17%。\n在游客人次中，过夜旅游者2.59万人次，一日游游客3.01万人次，无一例旅游投诉。";

const publisher = (foot: string) =>
  parseBulletinText(`${body}\n${foot}`).bulletin.publication.publisher?.name;

describe("a source credited beside a picture", () => {
  test.each([
    ["来源：某州新闻网/图：某某图库", "某州新闻网"],
    ["源某州新闻网/图某某图库", "某州新闻网"],
    ["源某州新聞網/圖某某圖庫", "某州新聞網"],
    ["來源：某州新聞網 圖：某某圖庫", "某州新聞網"],
    ["来源:某州日报/图片:某某摄影网", "某州日报"],
  ])("`%s` names the publisher `%s`", (foot, name) => {
    expect(publisher(foot)).toBe(name);
  });
});

describe("credits without a picture's (counter-cases)", () => {
  test("a source whose name holds 图 keeps it", () => {
    expect(publisher("来源：某市图书馆")).toBe("某市图书馆");
  });

  test("a sentence about pictures names no publisher", () => {
    expect(publisher("源头治理成效明显/图片展示了景区新貌。")).toBeUndefined();
  });
});
