import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's date field that closes with the column's name and the site's button for writers
 * (`时间:2021-06-11 17:48:05 总结 我要投稿`): the page's date line (dropped, its date the issue's),
 * never the title, even between a headline and the text that prints the headline again. Words after
 * the clock that are no such button keep the line the text's, and still no title. Every text here is
 * written for the test.
 */

const body = [
  "某镇上半年工作情况总结范文",
  "今年上半年，全镇上下坚持稳中求进，经济社会发展各项工作取得新成效。",
  "（一）坚持加快发展，三业经济总量稳步攀升。",
  "上半年完成农业总收入3420万元，占全年目标的43.9%。",
];

describe("a date field closing with the site's writers' button", () => {
  test.each([["时间：2021-06-11 17:48:05 总结 我要投稿"], ["时间:2021-06-11 17:48 我要投稿"]])(
    "`%s`: the page's date, and no title",
    (field) => {
      const { bulletin, warnings } = parseBulletinText(
        ["某镇上半年工作情况总结", field, ...body].join("\n"),
      );
      expect(bulletin.publication.title).toBe("某镇上半年工作情况总结");
      expect(bulletin.issue.publishedOn).toBe("2021-06-11");
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 2)).toBe(
        true,
      );
    },
  );

  test("a date field with other words after its clock: kept in the text, still no title", () => {
    // (A clock to the second, `17:48:05`, makes a `时间：` field the page's date line whatever
    // follows it: page-field-value-ends.test.ts. This near-miss prints minutes only.)
    const { bulletin, warnings } = parseBulletinText(
      ["某镇上半年工作情况总结", "时间：2021-06-11 17:48 总结 阅读全文", ...body].join("\n"),
    );
    expect(bulletin.publication.title).toBe("某镇上半年工作情况总结");
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 2)).toBe(
      false,
    );
  });
});
