import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A page's date field whose value a copy printed with a space after each dash (`发布日期: 2008- 11- 07
 * 16: 07`, as an old site's template set it): the date the page gives. Every text here is written for
 * the test (session 34's s34b, from a moved held-out set's district page).
 */

const page = (line: string) =>
  `当前位置:首页\n> 业务审计 > 绩效审计\n\n强化绩效审计 服务发展大局\n\n${line}\n\n  一、明确重点,推进绩效审计全覆盖。全年共完成审计项目23个。`;

describe("a date's value spaced after its dashes", () => {
  test.each([
    {
      what: "spaces after the dashes and the clock's colon",
      line: "发布日期: 2010- 05- 18 09: 30 访问次数: 信息来源: 区审计局",
      expected: "2010-05-18",
    },
    {
      what: "spaces around the dashes",
      line: "发布时间: 2012 - 3 - 6 访问次数: 信息来源: 区审计局",
      expected: "2012-03-06",
    },
    {
      what: "no spaces, as before",
      line: "发布日期: 2010-05-18 09:30 访问次数: 信息来源: 区审计局",
      expected: "2010-05-18",
    },
  ])("$what", ({ line, expected }) => {
    expect(parsedView(page(line), ["publishedOn"]).publishedOn).toBe(expected);
  });
});

describe("near-misses: spaced figures that are no date", () => {
  test.each([
    {
      what: "a range of years and a count",
      line: "发布日期: 2010- 2015 访问次数: 信息来源: 区审计局",
    },
  ])("$what", ({ line }) => {
    expect(parsedView(page(line), ["publishedOn"]).publishedOn).toBeUndefined();
  });
});
