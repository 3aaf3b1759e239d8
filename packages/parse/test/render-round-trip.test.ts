import { parseBulletinText } from "@bulletin/parse";
import { renderText } from "@bulletin/render";
import { readIssue9 } from "@bulletin/testkit";
import { describe, expect, test } from "vitest";

describe("renderText → parseBulletinText", () => {
  test("parseBulletinText: reads an editor's note back as an unnumbered section before the numbered ones", () => {
    const b = readIssue9();
    b.sections.unshift({
      title: "编者按",
      kind: "editor-note",
      items: [{ body: [["为推动工作，现将有关情况通报如下。"]] }],
    });
    const { bulletin } = parseBulletinText(renderText(b));
    expect(bulletin.sections[0]).toEqual(b.sections[0]);
    expect(bulletin.sections.map((s) => s.title)).toEqual(b.sections.map((s) => s.title));
  });

  test("parseBulletinText: keeps the reported decimals of a figure (5.80万件)", () => {
    const b = readIssue9();
    b.metrics[0]!.value = 58000;
    const { bulletin } = parseBulletinText(renderText(b));
    expect(bulletin.metrics[0]).toMatchObject({
      value: 58000,
      display: { scale: "万", fractionDigits: 2 },
    });
  });
});
