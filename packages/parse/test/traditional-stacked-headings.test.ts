import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Headings without markers that a release stacks, in a copy converted to traditional characters
 * (batch s16b's misses: `地表水` / `總體情況` were joined into one heading): a line that names a
 * section by itself in traditional characters heads its own section, as in simplified ones.
 * Every text here is written for the test.
 */

const titles = (text: string): string[] =>
  parseBulletinText(text).bulletin.sections.map((s) => s.title);

const head = "某市生態環境質量狀況\n市生態環境局今日通報了上月全市生態環境質量狀況。";
const para = "全市地表水國控斷面優良比例為92.3%,同比上升1.8個百分點。";

describe("a traditional section name under a part's name", () => {
  test.each(["總體情況", "基本情況", "運行情況", "工作進展", "概況"])(
    "`地表水` / `%s`: two headings",
    (name) => {
      const got = titles(`${head}\n地表水\n${name}\n${para}\n${para}`);
      expect(got).toContain("地表水");
      expect(got).toContain(name);
    },
  );
});

describe("near misses: a heading printed over two lines", () => {
  test("`主要江河` / `水質狀況` (no section's name by itself) stays one heading", () => {
    const got = titles(`${head}\n主要江河\n水質狀況\n${para}\n${para}`);
    expect(got).not.toContain("水質狀況");
  });
});
