import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Concentrations with their unit in words (`微克每立方米`, `毫克每立方米`), as air-quality pages
 * print them (held-out-230's `city-air-quality-2021-1-11-brucepepe-trad`; also `haikou-air-2015-08-trad`,
 * `hubei-env-2024-04-trad`, `wencheng-environment-2025-01`): the unit as printed, as `立方米每秒` is.
 * Lines are excerpts of those texts.
 */

const figures = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("concentrations in words", () => {
  test.each([
    [
      "一、空气质量\n分別是:PM2.5濃度43微克每立方米,下降18.9%,二氧化硫濃度13微克每立方米,下降18.8%。",
      ["43微克每立方米", "13微克每立方米"],
    ],
    ["一、空气质量\n一氧化碳濃度1.4毫克每立方米,下降17.6%。", ["1.4毫克每立方米"]],
    [
      "一、空气质量\n细颗粒物(PM2.5)平均浓度11微克每立方米,可吸入颗粒物(PM10)平均浓度21微克每立方米。",
      ["11微克每立方米", "21微克每立方米"],
    ],
  ])("%s → %j", (text, expected) => {
    expect(figures(text)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    // The same concentrations in the units already read stay as they were.
    ["一、空气质量\n全市PM2.5浓度为35微克/立方米。", "35微克/立方米"],
    ["一、空气质量\n一氧化碳浓度为1.1mg/m3。", "1.1mg/m3"],
    // A mass alone, and a flow in words, keep their units.
    ["一、情况\n发放食盐500克。", "500克"],
    ["一、水情\n泄流量18.1立方米每秒。", "18.1立方米每秒"],
  ])("%s keeps %s", (text, expected) => {
    expect(figures(text)).toContain(expected);
  });

  test("a number before `微克` with no `每立方米` is no concentration in words", () => {
    expect(figures("一、情况\n每人每日补充硒50微克。")).not.toContainEqual(
      expect.stringContaining("每立方米"),
    );
  });
});
