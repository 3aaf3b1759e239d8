import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy that broke its sentences at every run of the document (a word processor's export, each
 * number and each word on a line of its own), whose unit opens the line under its number with any
 * unit a figure is read with (`…各类牛皮癣10614` / `处。`, `1833.76` / `平方米违建。`), issue 14, formerly
 * held-out-58 (a county 城管 summary): one sentence again, as `件` / `个` after a number always were.
 * Every text here is written for the test.
 */

const figures = (text: string): string[] =>
  parseBulletinText(text).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("a unit opening the line under its number", () => {
  test.each([
    {
      what: "a unit alone closing its clause",
      text: "某局工作总结\n一、工作开展情况\n今年以来，共清理各类小广告\n2308\n处。\n二、下一步打算\n持续整治。",
      metrics: ["2308处"],
    },
    {
      what: "a unit alone with no mark, then a number and a unit of two or more characters",
      text: "某局工作总结\n一、工作开展情况\n组织拆违行动6次，共拆除\n15\n处\n960.5\n平方米违建。其中住宅类8处。",
      metrics: ["6次", "15处", "960.5平方米", "8处"],
    },
    {
      what: "an area in hectares",
      text: "某局工作总结\n一、工作开展情况\n全年新增绿化面积\n12.6\n公顷，完成率100%。",
      metrics: ["12.6公顷", "100%"],
    },
  ])("parseBulletinText: $what are one sentence", ({ text, metrics }) => {
    expect(figures(text)).toEqual(metrics);
  });

  test.each([
    // A word that only opens with a unit's character (`处理`, `天气`) is no unit.
    "某局工作总结\n一、工作开展情况\n市民可拨打热线12345\n处理结果将在3个工作日内反馈。",
    "某局工作总结\n一、工作开展情况\n本期统计截至2024年5月6\n天气晴好，群众出行平稳。",
  ])("parseBulletinText: %s keeps its lines apart", (text) => {
    const body = JSON.stringify(parseBulletinText(text).bulletin.sections);
    expect(body).not.toMatch(/12345处理|6天气/);
  });
});
