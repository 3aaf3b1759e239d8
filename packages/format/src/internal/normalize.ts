/**
 * Prepares text of the wild for parsing: full-width ASCII (digits, `（）`, `．`, `％`, `～`, `－`)
 * becomes ASCII, `−` becomes `-`, and whitespace goes, except between two digits, where
 * joining would invent a number.
 */
export const normalize = (text: string): string =>
  String(text)
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/−/g, "-")
    .replace(/(?<!\d)\s+|\s+(?!\d)/g, "");
