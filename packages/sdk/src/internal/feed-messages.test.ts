import { describe, expect, test } from "vitest";
import { FEED_ERROR_CODES, FEED_ERROR_MESSAGES } from "./feed-messages";

const HAN = /\p{Script=Han}/u;
const PARAMS = [
  { source: 42 },
  { source: {} },
  { chunk: 7 },
  { option: "format", expected: "one of ndjson", expectedZh: "ndjson 之一", got: '"csv"' },
];

describe("the messages of validateFeed's errors", () => {
  test.each(FEED_ERROR_CODES)("feed error %s has a zh-CN and an en message", (code) => {
    const table = FEED_ERROR_MESSAGES[code];
    expect(Object.keys(table).sort()).toEqual(["en", "zh-CN"]);
    for (const params of PARAMS) {
      const zh = table["zh-CN"](params);
      const en = table.en(params);
      expect(zh).toMatch(HAN);
      expect(en.replace(/"[^"]*"/g, "")).not.toMatch(HAN);
      expect(en).not.toBe(zh);
    }
  });
});

describe("the sdk's errors pass their cause through BulletinError", () => {
  test("an error made without a cause has none; one made with a cause keeps it", async () => {
    const { BulletinJsonError, FeedSourceError, Utf8Error } = await import("../errors");
    const inner = new Error("inner");
    expect("cause" in new FeedSourceError("m")).toBe(false);
    expect(new FeedSourceError("m", { cause: inner }).cause).toBe(inner);
    expect("cause" in new BulletinJsonError("m", { line: 1, column: 2 })).toBe(false);
    expect(new Utf8Error("m", { byteOffset: 0, line: 1, column: 1 }, { cause: inner }).cause).toBe(
      inner,
    );
  });
});
