import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * The line under a report's name that gives its issuer and its date: the date printed with its
 * year's 〇 typed as a circle or a letter (`某县水文站 二○一九年三月五日`, `某区统计局 二OO八年…`). The
 * issuer is the publisher and the date the issue's. A circulation mark in brackets under the name
 * (`（内部参阅）`) is the masthead's, no part of the title (its line is warned of). A date in brackets after a title (`…日报（2023年7月3日）`) is left to
 * the title's reading. Every text here is written for the test.
 */

const BODY =
  "一、基本情况\n全县全年粮食总产量达到十二万吨，同比增长百分之三点五，其中稻谷产量稳中有升，油料产量略有下降。";

const report = (...head: string[]) => `${["某县农业生产情况通报", ...head].join("\n")}\n${BODY}`;

const view = (text: string) => parsedView(text, ["title", "publisher", "publishedOn"]);

describe("an issuer and a date on the line under the name", () => {
  test.each([
    [
      "a circle for 〇",
      ["2019年第3期", "某县水文站 二○一九年三月五日"],
      "某县水文站",
      "2019-03-05",
    ],
    ["letters O for 〇", ["某区统计局 二OO八年三月四日"], "某区统计局", "2008-03-04"],
    ["circles in a year and a day", ["某县农业局 二○○九年二月六日"], "某县农业局", "2009-02-06"],
  ])("%s", (_, head, publisher, publishedOn) => {
    expect(view(report(...head))).toEqual({
      title: "某县农业生产情况通报",
      publisher,
      publishedOn,
    });
  });

  test.each([
    ["a month, no day", ["某区统计局 二○○八年三月"]],
    ["a circle that is no date", ["某区统计局 二○一九年度"]],
  ])("%s: no date is read", (_, head) => {
    expect(view(report(...head)).publishedOn).toBeUndefined();
  });
});

describe("a circulation mark under the name", () => {
  test.each([
    ["（内部参阅）", "某县农业生产情况通报"],
    ["(内部参阅)", "某县农业生产情况通报"],
  ])("`%s` is no part of the title", (mark, title) => {
    const text = report(mark, "2019年第3期", "某县农业局 2019年3月5日");
    expect(view(text)).toEqual({ title, publisher: "某县农业局", publishedOn: "2019-03-05" });
  });

  test("the mark's line is warned of, not lost", () => {
    const { warnings } = parseBulletinText(report("（内部参阅）", "某县农业局 2019年3月5日"));
    expect(warnings.map((w) => [w.code, w.position.line])).toContainEqual([
      "unrecognised-masthead-line",
      2,
    ]);
  });

  test("a bracketed note that is no circulation mark stays in the title", () => {
    expect(view(report("（征求意见稿）", "某县农业局 2019年3月5日")).title).toBe(
      "某县农业生产情况通报（征求意见稿）",
    );
  });
});
