import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A document site's line under the text saying when it was posted in which column
 * (`本文2020-10-31 17:49:37发表“工作总结”栏目。`, `本文2021-3-5发表在“调研报告”栏目`): the page's date, and
 * the line no text's. Written for the rule (formerly held-out-40's 冬春救助 report copied onto a
 * document site); the cases are invented.
 */

const TITLE = "市应急管理局关于我市2020-2021年冬春需救助评估报告";
const BODY = [
  "一、自然灾害损失评估情况",
  "据统计，截止目前，我市共遭受了13次自然灾害，总受灾人口12.3万人。",
];
const read = (line: string) =>
  parsedView([TITLE, ...BODY, line].join("\n"), ["publishedOn", "text"]);

describe("a posting line naming its column", () => {
  test.each([
    ["本文2020-10-31 17:49:37发表“工作总结”栏目。", "2020-10-31"],
    ["本文2021-3-5发表在“调研报告”栏目", "2021-03-05"],
    ["本文2019/12/01 08:00发表于「工作汇报」栏目。", "2019-12-01"],
    ["本文2020-10-31 17:49:37發表“工作總結”欄目。", "2020-10-31"],
  ])("`%s` dates the page %s", (line, date) => {
    const got = read(line);
    expect(got.publishedOn).toBe(date);
    expect(got.text).not.toContain("栏目");
  });
});

describe("lines that are no such posting line (near-misses)", () => {
  test.each([
    // A sentence of the text on what was published.
    ["本文2020-10-31发表后，各县区据此开展了冬春救助工作。"],
    // No column named.
    ["本文2020-10-31 17:49:37发表"],
  ])("`%s` does not date the page", (line) => {
    expect(read(line).publishedOn).toBeUndefined();
  });
});
