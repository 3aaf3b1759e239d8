import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * A bulletin pasted on a forum as its raw markup (BBCode): each paragraph wrapped in block tags
 * (`[align=center]…[/align]`, `[p]…[/p]`) with no line break between them, its words in inline tags
 * (`[color=rgb(51, 51, 51)][font=宋体][size=3]`, `[b]20[/b][b]2[/b][b]2[/b][b]年[/b]`). A block tag
 * parts lines; an inline tag is dropped, and no space stood there. Only a text that holds such
 * markup (two closing tags of BBCode's names at least) is read so: a bracketed word (`[注]`,
 * `[1]`) elsewhere stays. Written for the rule (formerly held-out-36's county bulletin pasted on a
 * forum); the texts are invented.
 */

const LINES = [
  "2024年某县国民经济和社会发展统计公报",
  "某县统计局",
  "2025年3月20日",
  "2024年，面对复杂严峻的外部环境，全县上下坚持稳中求进工作总基调，经济运行总体平稳。",
  "一、综合",
  "2024年，全县地区生产总值完成2252248万元，按可比价计算，同比增长6.4%。",
  "二、农业",
  "全年粮食总产量18.6万吨，比上年增长2.1%。",
];

const block = (line: string, align = "left"): string =>
  `[align=${align}][color=rgb(51, 51, 51)][font=宋体][size=3]  ${line}[/size][/font][/color][/align]`;

const facts = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    title: bulletin.publication.title,
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
    sections: bulletin.sections.map((s) => s.title),
  };
};

const expected = {
  title: "2024年某县国民经济和社会发展统计公报",
  publisher: "某县统计局",
  publishedOn: "2025-03-20",
  sections: ["正文", "综合", "农业"],
};

test("parseBulletinText: the bare lines read so (the cases' baseline)", () => {
  expect(facts(LINES.join("\n"))).toEqual(expected);
});

describe("a bulletin in a forum's raw markup", () => {
  test.each([
    ["align blocks", LINES.map((l, i) => block(l, i < 3 ? "center" : "left")).join("")],
    ["p blocks", LINES.map((l) => `[p=30, 2, left][size=3]${l}[/size][/p]`).join("")],
    [
      "a title in bold pieces",
      block(
        "[b]20[/b][b]2[/b][b]4[/b][b]年[/b][b]某县[/b][b]国民经济和社会发展统计公报[/b]",
        "center",
      ) +
        LINES.slice(1)
          .map((l) => block(l.replace("一、综合", "一、[b]综合[/b]")))
          .join(""),
    ],
    ["blocks on lines of their own", LINES.map((l) => block(l)).join("\n")],
  ])("parseBulletinText: reads %s as the paragraphs they wrap", (_, text) => {
    expect(facts(text)).toEqual(expected);
  });

  test("parseBulletinText: any tags around the lines read as the bare lines do (property)", () => {
    const inline = fc.constantFrom("", "[b]", "[size=3]", "[font=宋体]", "[color=#333333]", "[u]");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("align=center", "align=left", "p"), inline), {
          minLength: LINES.length,
          maxLength: LINES.length,
        }),
        (tags) => {
          const text = LINES.map((line, i) => {
            const [open, tag] = tags[i] as [string, string];
            const close = tag === "" ? "" : `[/${tag.slice(1, -1).split("=")[0]}]`;
            return `[${open}]${tag}${line}${close}[/${open.split("=")[0]}]`;
          }).join("");
          expect(facts(text)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  test.each([
    ["[注]本公报数据为初步统计数。", "[注]本公报数据为初步统计数。"],
    ["参见[1]第三部分。", "参见[1]第三部分。"],
    ["文件中的[b]一词不作处理。", "文件中的[b]一词不作处理。"],
  ])(
    "parseBulletinText: `%s` in a text without markup stays as it is (counter-case)",
    (line, kept) => {
      const text = `${LINES.join("\n")}\n${line}`;
      expect(JSON.stringify(parseBulletinText(text).bulletin.sections)).toContain(kept);
    },
  );
});
