import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A document site's line under its title stamping when the text went up, to the second: the poster's
 * or the site's short name, the stamp and the column it is filed in, or the stamp alone and its bare
 * reading count. The page's date line, and no text's. Lines from tuning texts (a 公文搜 district
 * river-chief half-year summary, its county agriculture review, a county flood-control report).
 */

const TITLE = "区2023年上半年河长制工作总结";
const BODY = "一、工作开展情况\n召开2次区级总河长会议，区级河长先后10次开展巡河。";
const read = (line: string) =>
  parsedView(`${TITLE}\n${line}\n${BODY}`, ["title", "publishedOn", "text"]);

describe("a site's stamp to the second with a name and a column, or a count", () => {
  test.each([
    ["红杨树 2023-07-24 00:11:36 工作计划", "2023-07-24"],
    ["公文搜 2021-07-12 11:07:54 农业", "2021-07-12"],
    ["2024-05-28 11:16:13 18", "2024-05-28"],
  ])("`%s` dates the page %s and is dropped", (line, date) => {
    const got = read(line);
    expect(got.publishedOn).toBe(date);
    expect(got.title).toBe(TITLE);
    expect(got.text).not.toContain(line.slice(-2));
  });
});

describe("lines that are no such stamp (near-misses)", () => {
  test.each([
    // A reading of a report's table: the time to the minute, an amount.
    ["2024-05-28 08:00 1520"],
    // A sentence after the stamp.
    ["红杨树 2023-07-24 00:11:36 工作计划已经区政府同意印发"],
  ])("`%s` does not date the page", (line) => {
    expect(read(line).publishedOn).toBeUndefined();
  });

  test("a name before the stamp and a count is an outlet's credit, read as it was", () => {
    const got = parsedView(`${TITLE}\n央视新闻 2024-03-04 16:04:48 0\n${BODY}`, ["publisher"]);
    expect(got.publisher).toBe("央视新闻");
  });
});
