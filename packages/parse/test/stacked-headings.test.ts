import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Headings without markers that a release stacks (issue 14, tuning batch 9): a part's name over
 * a section's name (`水环境` / `总体情况`), and a heading over its `（一）` items. Examples written
 * for the rules.
 */

const headings = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.flatMap((s) => [
    s.title,
    ...s.items.flatMap((i) => (i.title === undefined ? [] : [`  ${i.title}`])),
  ]);

const para = "全市地表水国控断面优良比例为92.3%，同比上升1.5个百分点。";
/** A release's headline and its opening sentence, before the headings. */
const head = "某市生态环境质量状况\n市生态环境局今日公布了上月全市生态环境质量状况。";

describe("stacked headings without markers", () => {
  test("parseBulletinText: a line that names a section by itself (总体情况) is a heading of its own, not the rest of the line above", () => {
    expect(headings(`${head}\n水环境\n总体情况\n${para}\n${para}`)).toEqual([
      "正文",
      "水环境",
      "总体情况",
    ]);
  });

  test.each(["总体情况", "基本情况", "运行情况", "概况", "工作进展"])(
    "parseBulletinText: `%s` under a part's name heads its own section",
    (name) => {
      const titles = headings(`${head}\n声环境\n${name}\n${para}`);
      expect(titles).toContain("声环境");
      expect(titles).toContain(name);
    },
  );

  test("parseBulletinText: a heading printed over two lines (parallel phrases) stays one heading", () => {
    expect(
      headings(`某市工作简报\n编者按：现将经验印发。\n推进数字政府建设\n持续优化营商环境\n${para}`),
    ).toContain("推进数字政府建设持续优化营商环境");
  });

  test("parseBulletinText: a heading over a `（一）` item heads the section the items are in", () => {
    expect(
      headings(
        `${head}\n总体情况\n${para}\n重点流域\n（一）甲河流域\n${para}\n（二）乙河流域\n${para}`,
      ),
    ).toEqual(["正文", "总体情况", "重点流域", "  甲河流域", "  乙河流域"]);
  });

  test("parseBulletinText: a short line over a `（二）` item (its first item lost) stays running text", () => {
    const titles = headings(`${head}\n总体情况\n${para}\n详见下文\n（二）乙河流域\n${para}`);
    expect(titles).not.toContain("详见下文");
  });

  test("parseBulletinText: any part's name over 总体情况 gives two headings (property)", () => {
    const han = fc
      .array(fc.constantFrom(..."水声土壤生态空气辐射环境质量农村"), { minLength: 2, maxLength: 6 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(han, (part) => {
        fc.pre(part !== "总体情况");
        expect(headings(`${head}\n${part}\n总体情况\n${para}`)).toEqual(["正文", part, "总体情况"]);
      }),
      { numRuns: 50 },
    );
  });
});
