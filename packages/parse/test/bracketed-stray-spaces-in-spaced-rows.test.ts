import { parseBulletinText } from "@bulletin/parse";
import type { Block, Table } from "@bulletin/schema";
import { describe, expect, test } from "vitest";

/**
 * A table whose cells single spaces part (under a caption: `表2…` / `产品名称 产量 比上年增长%`) is
 * never parted inside brackets: `（总第38 期）` is one cell with a stray space, as a PDF's text
 * prints it. Found by the generated-bulletin property test under the `stray-spaces` perturbation:
 * a masthead whose name opens like a caption (`表一…简报`) over `2002年增刊第33期（总第38 期）` was
 * read as a captioned table (`2002年增刊第33期（总第38` | `期）`), and the name, number, issuer and
 * date were lost to it. Every text here is written for the test.
 */

const tables = (text: string): Table[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) => i.body.filter((b: Block): b is Table => !Array.isArray(b))),
  );

const body = "\n\n一、概况\n\n全市受理12件。\n";

describe("single-spaced rows are not parted inside brackets", () => {
  test.each([
    ["（总第38 期）", "2002年增刊第33期（总第38 期）"],
    ["(总第38 期)", "2002年增刊第33期(总第38 期)"],
  ])("a masthead named `表一…` over an issue line with a stray space in %s", (_, issueLine) => {
    const text = `表一某某简报\n\n${issueLine}\n\n某某局\n\n2002年10月5日${body}`;
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication.title).toBe("表一某某简报");
    expect(bulletin.publication.publisher?.name).toBe("某某局");
    expect(bulletin.issue).toMatchObject({
      number: 33,
      totalNumber: 38,
      publishedOn: "2002-10-05",
    });
    expect(tables(text)).toEqual([]);
  });

  test("near miss: a captioned head whose bracketed units hold no space is still parted after each bracket", () => {
    const text = `表1 主要产品产量\n产品名称 产量（万吨） 比上年增长（%）\n原煤 1200 5.1\n发电量 300 2.0\n水泥 450 -1.2${body}`;
    const [table] = tables(text);
    expect(table?.head).toEqual([[["产品名称"], ["产量（万吨）"], ["比上年增长（%）"]]]);
    expect(table?.rows).toHaveLength(3);
  });
});
