/**
 * `⑴日常稽核“查”。…。⑵病历随机“查”。…`: whether the enclosed numeral at `at` (`②`–`⑳`, `⑵`–`⒇`,
 * `⒉`–`⒛`, after a `。`) goes on a list the same line has begun: its predecessor (`⑴` for `⑵`)
 * opens the line or follows a `。` before it. A lone `②` (the list's start not in the line) is none.
 */
export function enclosedNumeralGoesOn(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const first = c >= 0x2488 ? 0x2488 : c >= 0x2474 ? 0x2474 : 0x2460;
  if (c <= first || c > first + 19) return false;
  const before = text.lastIndexOf(String.fromCharCode(c - 1), at);
  return before === 0 || (before > 0 && text.charCodeAt(before - 1) === 0x3002); /* 。 */
}
