import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { headlineLabelEnd } from "../src/internal/headline-shapes";

/**
 * `Page 354 - 武义年鉴2022` / `P. 354` / …: a flipbook reader's label of the page shown over the page's
 * text; the book's name after its dash is the title, not the label. Lines from
 * `wuyi-water-yearbook-2021` and `national-groundwater-2019-02-mwr-big5-trad` (whose titles kept
 * the label), cut short; the near misses are invented.
 */

const title = (lines: readonly string[]): string | undefined =>
  parseBulletinText(lines.join("\n")).bulletin.publication.title;

describe("a flipbook reader's page label over the text", () => {
  test.each([
    [["Page 354 - 武义年鉴2022", "P. 354", "武义年鉴 2022", "300 WUYI YEARBOOK"], "武义年鉴2022"],
    [
      [
        "Page 3 - 《地下水動態月報》2019年2期",
        "P. 3",
        "",
        "地下水動態月報        一、綜述",
        "          站網:本月報根據分佈在全國主要平原區 2732 個地下水監測站獲取的 2019 年 2 月",
      ],
      "《地下水動態月報》2019年2期",
    ],
  ])("parseBulletinText: %j: the book's name is the title", (lines, name) => {
    expect(title(lines)).toBe(name);
  });
});

describe("lines that are no flipbook label (near misses)", () => {
  test.each([
    ["Page 354 - 武义年鉴2022", 11],
    ["Page 3 - 《地下水動態月報》2019年2期", 9],
    ["Page 3", undefined],
    ["Page 3 - ", undefined],
    ["第3页 - 武义年鉴2022", undefined],
    ["Homepage 3 - 武义年鉴2022", undefined],
  ])("headlineLabelEnd(%j) is %j", (text, at) => {
    expect(headlineLabelEnd(text)).toBe(at);
  });

  test("parseBulletinText: a headline without the label is read as before", () => {
    expect(title(["武义年鉴2022", "P. 354", "武义年鉴 2022", "300 WUYI YEARBOOK"])).toBe(
      title(["Page 354 - 武义年鉴2022", "P. 354", "武义年鉴 2022", "300 WUYI YEARBOOK"]),
    );
  });
});
