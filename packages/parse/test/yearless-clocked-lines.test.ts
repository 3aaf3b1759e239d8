import { describe, expect, test } from "vitest";
import { isYearlessClockedLine } from "../src/internal/clocked-date-line";
import { mastheadFacts } from "./masthead-facts";

/**
 * A news site's line under its headline giving the site's name, then the day without its year and
 * the clock time (`昆明信息港    01-10 08:07:34`, kunming-business-env-2020-redblack-2): the page's line,
 * not a second line of the headline; it gives no date. Near-misses: words after the clock, a
 * headline's second line.
 */
const BODY =
  "日前,昆明市发布营商环境第三方评价第二期“红黑榜”,获得电力、纳税、招标投标指标综合得分排名前三,进入“红榜”。";

describe("yearless clocked lines", () => {
  test.each([
    {
      name: "a site's name, the day without its year and the clock time",
      lines: [
        "首页 昆明 正文",
        "昆明市发布营商环境第三方评价第二期“红黑榜”",
        "昆明信息港    01-10 08:07:34",
        "",
        BODY,
      ],
      title: "昆明市发布营商环境第三方评价第二期“红黑榜”",
    },
    {
      name: "the same line with the clock's minutes only",
      lines: [
        "首页 昆明 正文",
        "昆明市发布营商环境第三方评价第二期“红黑榜”",
        "昆明信息港 01-10 08:07",
        "",
        BODY,
      ],
      title: "昆明市发布营商环境第三方评价第二期“红黑榜”",
    },
  ])("yearlessClockedLine: does not run $name into the headline", ({ lines, title }) => {
    const model = mastheadFacts(lines.join("\n"));
    expect(model.title).toBe(title);
    expect(model.publishedOn ?? null).toBeNull();
  });

  test.each([
    ["昆明信息港 01-10 08:07:34 进入红榜", false],
    ["第二期评价时间段为09-01 08:00", false],
    ["昆明信息港 2020-01-10 08:07:34", false],
    ["昆明信息港    01-10 08:07:34", true],
  ])("isYearlessClockedLine(%s) is %s", (line, expected) => {
    expect(isYearlessClockedLine(line)).toBe(expected);
  });
});
