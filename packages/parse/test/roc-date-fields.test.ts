import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A Taiwan office's page prints its date fields in years of the Republic (民國, year 1 = 1912):
 * `建檔日期:105-11-22`, `發布日期：108/3/15`, `發布日期：112.07.04`. Such a field (a year from 100 to
 * 139, 2011 to 2050) dates the page as a Gregorian one does. A number that is no date field's
 * value, or a year of two digits, is not read so. Every text here is written for the test.
 */

const page = (fields: string[]): string =>
  `某縣推動長照服務成果\n\n${fields.join("\n")}\n\n本縣今年共服務長照個案1,250人，較去年增加12%。\n`;

describe("a date field in years of the Republic", () => {
  test.each([
    [["  • 資料來源:某縣衛生局", "  • 建檔日期:105-11-22", "  • 更新時間:106-05-12"], "2016-11-22"],
    [["發布日期：108/3/15"], "2019-03-15"],
    [["發布日期：112.07.04"], "2023-07-04"],
  ])("`%s` dates the page %s", (fields, date) => {
    expect(mastheadFacts(page(fields)).publishedOn).toBe(date);
  });

  test.each([
    ["a number under another label", ["案件編號：108-03-15"]],
    ["a year of two digits", ["發布日期：99-03-15"]],
  ])("%s dates nothing", (_, fields) => {
    expect(mastheadFacts(page(fields)).publishedOn).toBeUndefined();
  });
});
