import { isLocale, type Locale, localeOf } from "@bulletin/format";
import { PdfError, type PdfErrorCode } from "../errors";

// The toolkit's one Locale type (format's), re-exported by the package.
export type { Locale };

type Params = Record<string, string | number>;
type Text = (p: Params) => string;

/** Page lists as `1, 2, 5–7`. */
export function pageList(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    const start = pages[i] as number;
    let end = start;
    while (pages[i + 1] === end + 1) end = pages[++i] as number;
    out.push(
      end === start ? String(start) : end === start + 1 ? `${start}, ${end}` : `${start}–${end}`,
    );
  }
  return out.join(", ");
}

const INSTALL_EN =
  "install Chromium (Debian/Ubuntu: `apt-get install chromium`; macOS: `brew install --cask chromium`; Windows: install Chrome or Edge), or pass options.executablePath or set BULLETIN_CHROMIUM to the browser's executable";
const INSTALL_ZH =
  "请安装 Chromium（Debian/Ubuntu：`apt-get install chromium`；macOS：`brew install --cask chromium`；Windows：安装 Chrome 或 Edge），或通过 options.executablePath、环境变量 BULLETIN_CHROMIUM 指定浏览器可执行文件";

const ERRORS: Record<PdfErrorCode | "no-driver", Record<Locale, Text>> = {
  "not-a-pdf": {
    "zh-CN": (p) => `不是 PDF 文件：前 1024 字节中没有 "%PDF-"（开头为 ${p.start}）`,
    en: (p) => `not a PDF: no "%PDF-" in the first 1024 bytes (it starts with ${p.start})`,
  },
  truncated: {
    "zh-CN": (p) => `PDF 文件不完整：末尾没有 "%%EOF"（共 ${p.bytes} 字节），请重新下载`,
    en: (p) => `the PDF is truncated: no "%%EOF" at its end (${p.bytes} bytes); download it again`,
  },
  damaged: {
    "zh-CN": (p) => `PDF 文件已损坏，无法读取：${p.reason}`,
    en: (p) => `the PDF is damaged and cannot be read: ${p.reason}`,
  },
  encrypted: {
    "zh-CN": () => "PDF 文件已加密，需要密码才能打开；请使用未加密的版本",
    en: () => "the PDF is encrypted and needs a password to open; use an unencrypted copy",
  },
  "no-text-layer": {
    "zh-CN": (p) =>
      `PDF 的 ${p.pages} 页都没有文字层（可能是扫描件），需要先进行 OCR 文字识别（如 ocrmypdf -l chi_sim）`,
    en: (p) =>
      `none of the PDF's ${p.pages} pages has a text layer (a scan?): it needs OCR first (for example ocrmypdf -l chi_sim)`,
  },
  "too-large": {
    "zh-CN": (p) => `PDF 文件过大：${p.bytes} 字节，超过 maxBytes（${p.max}）`,
    en: (p) => `the PDF is too large: ${p.bytes} bytes, over maxBytes (${p.max})`,
  },
  "too-many-pages": {
    "zh-CN": (p) => `PDF 页数过多：${p.pages} 页，超过 maxPages（${p.max}）`,
    en: (p) => `the PDF has too many pages: ${p.pages}, over maxPages (${p.max})`,
  },
  timeout: {
    "zh-CN": (p) => `${p.what}超时：超过 ${p.ms} 毫秒（options.timeout）`,
    en: (p) => `${p.what} timed out after ${p.ms} ms (options.timeout)`,
  },
  "no-browser": {
    "zh-CN": (p) => `找不到用于打印 PDF 的 Chromium（${p.tried}）；${INSTALL_ZH}`,
    en: (p) => `no Chromium found to print the PDF with (${p.tried}); ${INSTALL_EN}`,
  },
  "no-driver": {
    "zh-CN": () =>
      "打印 PDF 需要 playwright-core（对等依赖）：npm install playwright-core；它使用系统的 Chromium，不会下载浏览器",
    en: () =>
      "printing a PDF needs playwright-core (a peer dependency): npm install playwright-core; it uses the system's Chromium and downloads no browser",
  },
  "browser-failed": {
    "zh-CN": (p) => `Chromium（${p.path}）打印失败：${p.reason}`,
    en: (p) => `Chromium (${p.path}) failed to print: ${p.reason}`,
  },
  "invalid-option": {
    "zh-CN": (p) => `options.${p.option} 无效：应为${p.expected_zh}，实际为 ${p.got}`,
    en: (p) => `options.${p.option} is invalid: expected ${p.expected}, got ${p.got}`,
  },
};

/** The message of an error code in a locale. */
export function errorMessage(
  code: PdfErrorCode | "no-driver",
  locale: Locale,
  params: Params = {},
): string {
  return ERRORS[code][locale](params);
}

/** A value quoted and cut for a message. */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === "string")
    text = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  else if (typeof value === "number" || typeof value === "boolean" || value == null)
    text = String(value);
  else text = Array.isArray(value) ? "an array" : `a ${typeof value}`;
  return text;
}

/**
 * The locale of a function's messages after its `locale` option: zh-CN when absent; a value that
 * is not one of the toolkit's locales is a PdfError `invalid-option` at `["locale"]`, in zh-CN.
 */
export function checkedLocale(value: unknown): Locale {
  if (value !== undefined && !isLocale(value)) {
    throw new PdfError(
      "invalid-option",
      errorMessage("invalid-option", "zh-CN", {
        option: "locale",
        expected: '"zh-CN" or "en"',
        expected_zh: '"zh-CN" 或 "en"',
        got: quote(value),
      }),
      { path: ["locale"] },
    );
  }
  return localeOf(value);
}
