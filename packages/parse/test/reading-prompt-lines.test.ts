import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's label over the excerpt it shows, alone on its line: a prompt to read the content
 * (`论文部分内容阅读`, `部分内容阅读`, `内容阅读`, `全文阅读`, `阅读全文`), as paper and article sites print
 * over an abstract. It is the page's, no headline: the line is dropped, and a text with no other
 * headline has no title. A title that names reading (`关于开展全民阅读活动的通知`, `2023年全民阅读`) and
 * a sentence that asks for it keep their reading. Every text here is written for the test.
 */

const body =
  "2018年4月中旬，全省地表水水质总体为优。345个监测评价断面中，Ⅰ~Ⅲ类水质断面319个，占92.5%。";

const parse = (text: string) => parseBulletinText(text);

describe("a prompt to read a page's content", () => {
  test.each(["论文部分内容阅读", "部分内容阅读", "内容阅读", "全文阅读", "阅读全文"])(
    "`%s` over the text is dropped and gives no title",
    (label) => {
      const { bulletin, warnings } = parse(`${label}\n${body}`);
      expect(bulletin.publication.title).toBeUndefined();
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
        true,
      );
      expect(bulletin.metrics.map((m) => m.value)).toContain(92.5);
    },
  );

  test("over a headline, the headline is the title", () => {
    const { bulletin } = parse(`论文部分内容阅读\n某省4月中旬地表水水质状况\n${body}`);
    expect(bulletin.publication.title).toBe("某省4月中旬地表水水质状况");
  });
});

describe("lines that name reading and stay (near-misses)", () => {
  test.each(["关于开展全民阅读活动的通知", "2023年全民阅读"])(
    "the title `%s` stays the title",
    (title) => {
      expect(parse(`${title}\n${body}`).bulletin.publication.title).toBe(title);
    },
  );

  test("a sentence asking to read the content stays text", () => {
    const { bulletin } = parse(`某省地表水水质状况\n${body}\n请各地认真组织内容阅读。`);
    expect(JSON.stringify(bulletin.sections)).toContain("请各地认真组织内容阅读");
  });
});
