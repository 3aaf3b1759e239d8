/**
 * Prepares text of the wild for parsing: full-width ASCII (digits, `（）`, `．`, `％`, `～`, `－`)
 * becomes ASCII, `−` becomes `-`, and whitespace goes, except between two digits, where
 * joining would invent a number.
 */
export const normalize = (text: string): string =>
  // One pass: text without any of these (most numerals) is returned as it is.
  String(text).replace(/[\uff01-\uff5e−]|(?<![\d０-９])\s+|\s+(?![\d０-９])/g, (c) =>
    c === "−" ? "-" : c.trim() ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : "",
  );
