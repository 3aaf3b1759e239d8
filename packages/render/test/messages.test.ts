import { layoutBulletin, RenderError, renderHtml, renderText } from "@bulletin/render";
import { readIssue9 } from "@bulletin/testkit";
import { describe, expect, test } from "vitest";
import { RENDER_ERROR_CODES, RENDER_MESSAGES } from "../src/internal/messages";

const HAN = /\p{Script=Han}/u;
/** Latin parameters, so that a Han character in a message comes from the message itself. */
const CASES = [
  { at: "sections[0].date", ref: "nope", reason: "bad date", code: "invalid-date" },
  { at: "sections[0].body[0][1]", kind: "video" },
  { kind: "item", got: "string" },
  { option: "dateStyle", got: '"roman"', expected: '"arabic" | "chinese"' },
  { option: "dateStyle", note: "layout-given" },
  { option: "components", note: "unknown-component", got: "footer", expected: "masthead" },
];

describe("RenderError messages", () => {
  test.each(RENDER_ERROR_CODES)("RenderError code %s has a zh-CN and an en message", (code) => {
    const table = RENDER_MESSAGES[code];
    expect(Object.keys(table).sort()).toEqual(["en", "zh-CN"]);
    for (const params of CASES) {
      expect(table["zh-CN"](params)).toMatch(HAN);
      expect(table.en(params)).not.toMatch(HAN);
    }
  });

  test("renderText: a dangling metric is refused in zh-CN by default and in en when asked", () => {
    const b = readIssue9();
    b.metrics = [];
    let zh: unknown;
    try {
      renderText(b);
    } catch (error) {
      zh = error;
    }
    expect(zh).toBeInstanceOf(RenderError);
    expect((zh as RenderError).message).toMatch(
      /^`sections\[\d+\]\.items\[\d+\]\.body\[\d+\]\[\d+\]` 引用的指标 "[^"]+" 在 `metrics` 中不存在$/,
    );
    expect(() => renderText(b, { locale: "en" })).toThrow(
      /names metric "[^"]+", which `metrics` does not have$/,
    );
  });

  test("renderHtml and layoutBulletin: a bad option is refused in the caller's locale", () => {
    const b = readIssue9();
    expect(() => renderHtml(b, { theme: "gold" as never })).toThrow(
      '选项 `theme` 的值 "gold" 无效：应为 "official" | "plain" | "none"',
    );
    expect(() => layoutBulletin(b, { dateStyle: "roman" as never, locale: "en" })).toThrow(
      'option `dateStyle` is "roman": expected "arabic" | "chinese"',
    );
    expect(() => renderText(layoutBulletin(b), { dateStyle: "chinese" })).toThrow(
      "选项 `dateStyle` 决定版面，而输入已是版面：请改为传给 layoutBulletin",
    );
  });
});
