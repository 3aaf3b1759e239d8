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
