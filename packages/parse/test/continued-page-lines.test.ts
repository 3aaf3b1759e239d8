import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's note that a report goes on from or to another page (`（上接第一版）`, `(下转第3版)`,
 * `（上接A2版）`), alone on its line in brackets: the paper's, no headline and no text. A copy that opens
 * with one has no title; one in the text's middle is dropped. A bracketed line naming a part that is
 * no page (`（上接第一部分）`) or saying more is the text's. Every text here is written for the test.
 */

const PARAGRAPHS =
  "同时推进“精准赋权”。我省组织省直相关部门开展向自贸试验区赋权工作,赋予省级行政职权事项454项。\n“只提交一次材料”改革不断深入。确定某市为改革试点,推进房产证等28类数据共享获取。";

describe("a note that a report goes on from or to another page", () => {
  test.each(["（上接第一版）", "(上接第1版)", "（上接A2版）", "（接上第二版）"])(
    "`%s` opening a copy: no title",
    (note) => {
      const { bulletin, warnings } = parseBulletinText(`${note}\n${PARAGRAPHS}`);
      expect(bulletin.publication.title).toBeUndefined();
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 1)).toBe(
        true,
      );
    },
  );

  test.each(["（下转第二版）", "(下转第3版)", "（转下B4版）"])(
    "`%s` in the text's middle is dropped",
    (note) => {
      const { warnings } = parseBulletinText(
        `某省政务服务改革综述\n${PARAGRAPHS}\n${note}\n${PARAGRAPHS}`,
      );
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 4)).toBe(
        true,
      );
    },
  );
});

describe("bracketed lines that are the text's (counter-cases)", () => {
  test.each(["（上接第一部分）", "（下转第二版的图表说明见附件）", "（第一版）"])(
    "`%s` is kept",
    (line) => {
      const { warnings } = parseBulletinText(
        `某省政务服务改革综述\n${PARAGRAPHS}\n${line}\n${PARAGRAPHS}`,
      );
      expect(warnings.some((w) => w.code === "web-line-dropped" && w.position.line === 4)).toBe(
        false,
      );
    },
  );
});
