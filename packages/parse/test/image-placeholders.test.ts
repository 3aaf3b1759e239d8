import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied social-media post leaves each of its pictures as a placeholder word on a line of its own
 * (`图片`, `[图片]`, `【图片】`): page furniture, dropped, so that the lines around it read as they
 * were printed (a graphic's caption `2023年1-11月` stays the line after the headline's lede). Written
 * for the rule (batch s10c's provincial 1-11月 graphic); the cases are invented.
 */

const read = (placeholder: string) => {
  const { bulletin, warnings } = parseBulletinText(
    [
      "某省1-11月经济数据出炉",
      placeholder,
      "2023年1-11月，全省规模以上工业增加值同比增长5.5%。",
      placeholder,
      "全省工业投资增长9.3%。",
    ].join("\n"),
  );
  return {
    period: bulletin.issue.period,
    text: JSON.stringify(bulletin.sections),
    dropped: warnings.filter((w) => w.code === "web-line-dropped").map((w) => w.position.line),
  };
};

describe("a picture's placeholder on a line of its own", () => {
  test.each(["图片", "[图片]", "【图片】", "圖片"])("`%s` is dropped as page furniture", (p) => {
    const r = read(p);
    expect(r.dropped).toEqual([2, 4]);
    expect(r.text).not.toContain(p);
    expect(r.period).toEqual({ kind: "range", start: "2023-01-01", end: "2023-11-30" });
  });
});

describe("lines that are no placeholder", () => {
  test.each(["图片新闻", "图片来源于网络，版权归原作者所有。", "图1 各市工业增加值"])(
    "`%s` stays in the text",
    (line) => {
      expect(read(line).text).toContain(line.replace(/\s/g, "").slice(0, 4));
    },
  );
});
