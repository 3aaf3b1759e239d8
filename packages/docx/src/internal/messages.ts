import { isLocale, type Locale, localeOf } from "@bulletin/format";
import { DocxError, type DocxErrorCode } from "../errors";

type Params = Record<string, string | number>;
const s = (v: string | number | undefined): string => String(v ?? "");

/** Every code of {@link DocxErrorCode}, for tests that each has its messages. */
export const DOCX_ERROR_CODES: readonly DocxErrorCode[] = [
  "invalid-input",
  "not-docx",
  "legacy-doc",
  "encrypted",
  "corrupt",
  "missing-part",
  "too-large",
  "invalid-xml",
  "too-deep",
  "doctype-not-allowed",
  "invalid-option",
];

/**
 * The message of each code in each locale. `invalid-option`: `fn`, `option` (`fonts.body`, or
 * empty for the options object), `expected` / `expectedZh`, `got`. `invalid-xml`: `part` and
 * either `encoding` (not text) or `reason` (not well-formed).
 */
export const DOCX_MESSAGES: Record<DocxErrorCode, Record<Locale, (p: Params) => string>> = {
  "invalid-input": {
    "zh-CN": (p) => `readDocx：应传入文档的字节（Uint8Array），实际为 ${s(p.got)}`,
    en: (p) => `readDocx: expected the document's bytes as a Uint8Array, got ${s(p.got)}`,
  },
  "not-docx": {
    "zh-CN": (p) =>
      `readDocx：这些字节不是 DOCX 文件：应为 zip 包（50 4b 03 04），实际开头为 ${s(p.head) || "空"}`,
    en: (p) =>
      `readDocx: the bytes are not a DOCX: expected a zip package (50 4b 03 04), got ${s(p.head) || "no bytes"}`,
  },
  "legacy-doc": {
    "zh-CN": () =>
      "readDocx：这是 Word 97–2003 的 .doc 文件（OLE 复合文档），不是 DOCX；请先另存为 .docx",
    en: () =>
      "readDocx: the bytes are a Word 97–2003 .doc (an OLE compound file), not a DOCX; save it as .docx first",
  },
  encrypted: {
    "zh-CN": () =>
      "readDocx：文档设有密码（OLE 文件中含 EncryptedPackage）；请在 Word 中打开，取消密码后重新保存",
    en: () =>
      "readDocx: the document is password-protected (an OLE file holding an EncryptedPackage); open it in Word, remove the password and save it again",
  },
  corrupt: {
    "zh-CN": (p) => `readDocx：zip 包不完整或已损坏（${s(p.reason)}）`,
    en: (p) => `readDocx: the zip package is truncated or damaged (${s(p.reason)})`,
  },
  "missing-part": {
    "zh-CN": (p) => `readDocx：zip 包中没有 ${s(p.part)}，不是 Word 文档（DOCX 的正文存放在这里）`,
    en: (p) =>
      `readDocx: the zip has no ${s(p.part)}: it is not a Word document (a DOCX keeps its text there)`,
  },
  "too-large": {
    "zh-CN": (p) =>
      `readDocx：${s(p.part)} 解压后为 ${s(p.size)} 字节，超过允许的 ${s(p.max)} 字节（maxInflatedBytes）`,
    en: (p) =>
      `readDocx: ${s(p.part)} inflates to ${s(p.size)} bytes, more than the ${s(p.max)} bytes allowed (maxInflatedBytes)`,
  },
  "invalid-xml": {
    "zh-CN": (p) =>
      p.encoding !== undefined
        ? `readDocx：${s(p.part)} 不是有效的 ${s(p.encoding)} 文本`
        : `readDocx：${s(p.part)} 不是格式正确的 XML：${s(p.reason)}`,
    en: (p) =>
      p.encoding !== undefined
        ? `readDocx: ${s(p.part)} is not valid ${s(p.encoding)} text`
        : `readDocx: ${s(p.part)} is not well-formed XML: ${s(p.reason)}`,
  },
  "too-deep": {
    "zh-CN": (p) => `readDocx：${s(p.part)} 的元素嵌套超过 ${s(p.max)} 层（maxDepth）`,
    en: (p) => `readDocx: ${s(p.part)} nests elements more than ${s(p.max)} deep (maxDepth)`,
  },
  "doctype-not-allowed": {
    "zh-CN": (p) =>
      `readDocx：${s(p.part)} 声明了 DOCTYPE；OOXML 部件不应有 DOCTYPE，其中的实体不会被解析`,
    en: (p) =>
      `readDocx: ${s(p.part)} declares a DOCTYPE; OOXML parts have none, and its entities are never resolved`,
  },
  "invalid-option": {
    "zh-CN": (p) =>
      `${s(p.fn)}：options${p.option ? `.${s(p.option)}` : ""} 无效：应为${s(p.expectedZh)}，实际为 ${s(p.got)}`,
    en: (p) =>
      `${s(p.fn)}: options${p.option ? `.${s(p.option)}` : ""} must be ${s(p.expected)}, got ${s(p.got)}`,
  },
};

/** The message of `code` in `locale`. */
export function docxMessage(code: DocxErrorCode, locale: Locale, params: Params = {}): string {
  return DOCX_MESSAGES[code][locale](params);
}

/**
 * The locale of `fn`'s messages after its `locale` option: zh-CN when absent; a value that is not
 * one of the toolkit's locales is a DocxError `invalid-option` at `["locale"]`, in zh-CN.
 */
export function checkedLocale(fn: string, value: unknown): Locale {
  if (value !== undefined && !isLocale(value)) {
    throw new DocxError(
      "invalid-option",
      docxMessage("invalid-option", "zh-CN", {
        fn,
        option: "locale",
        expected: '"zh-CN" or "en"',
        expectedZh: ' "zh-CN" 或 "en"',
        got: String(JSON.stringify(value)).slice(0, 40),
      }),
      { path: ["locale"] },
    );
  }
  return localeOf(value);
}
