import { DocxError, readDocx, renderDocx } from "@bulletin/docx";
import { readIssue9 } from "@bulletin/testkit";
import { describe, expect, test } from "vitest";
import { DOCX_ERROR_CODES, DOCX_MESSAGES } from "../src/internal/messages";

const HAN = /\p{Script=Han}/u;
/** Parameters every message may use, with Latin values so that a Han character comes from the message. */
const PARAMS = {
  fn: "readDocx",
  option: "maxDepth",
  expected: "a positive integer",
  expectedZh: "正整数",
  got: "0",
  head: "25 50 44 46",
  reason: "invalid zip data",
  part: "word/document.xml",
  size: 2000000,
  max: 1000,
};

describe("DocxError messages", () => {
  test.each(DOCX_ERROR_CODES)("DocxError code %s has a zh-CN and an en message", (code) => {
    const table = DOCX_MESSAGES[code];
    expect(Object.keys(table).sort()).toEqual(["en", "zh-CN"]);
    for (const params of [PARAMS, { ...PARAMS, encoding: "utf-8" }]) {
      expect(table["zh-CN"](params)).toMatch(HAN);
      expect(table.en(params)).not.toMatch(HAN);
    }
  });

  test("readDocx: refuses bytes that are not a DOCX in zh-CN by default, in en when asked", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n");
    await expect(readDocx(pdf)).rejects.toThrow(
      "readDocx：这些字节不是 DOCX 文件：应为 zip 包（50 4b 03 04），实际开头为 25 50 44 46",
    );
    await expect(readDocx(pdf, { locale: "en" })).rejects.toThrow(
      "readDocx: the bytes are not a DOCX: expected a zip package (50 4b 03 04), got 25 50 44 46",
    );
  });

  test("readDocx and renderDocx: a bad option is refused in the caller's locale, with its path", async () => {
    const error = await readDocx(new Uint8Array(4), { maxDepth: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).message).toBe(
      "readDocx：options.maxDepth 无效：应为正整数，实际为 0",
    );
    await expect(
      renderDocx(readIssue9(), { pageNumbers: "yes" as never, locale: "en" }),
    ).rejects.toThrow('renderDocx: options.pageNumbers must be true or false, got "yes"');
    await expect(renderDocx(readIssue9(), { fonts: { body: "" } })).rejects.toThrow(
      'renderDocx：options.fonts.body 无效：应为 1–31 个字符的字体名称（Word 的上限），实际为 ""',
    );
  });
});
