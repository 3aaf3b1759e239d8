import { isHanCode } from "./chars";

/**
 * `…报告如下：一、压实防汛责任。会后，…。二、排查风险隐患。…`: a first section's marker `一、` at `at`
 * (after a sentence's end or a colon, `sm` its length) in a line a copy ran a report into, whose
 * sequence goes on in the same line: a `二、` after a later `。`. Then `一、` opens a section as the
 * markers after it do. Not a list inside a sentence (`一、二级河道`, `一、二、三产业`: a numeral after
 * the mark) nor a `一、` whose `二、` follows a comma (`要求：一、…，二、…`). One `indexOf`.
 */
export function firstSectionGoesOn(text: string, at: number, sm: number): boolean {
  return opensHeadingWord(text, at + sm) && text.indexOf("。二、", at + sm) > 0;
}

/**
 * Whether `text[k]`, right after a section's marker, opens a heading's words: a Han character and no
 * numeral (`一、二级河道`, `二、三产业`: a numeral after the mark makes a list of numbers, no heading).
 */
export function opensHeadingWord(text: string, k: number): boolean {
  return isHanCode(text.charCodeAt(k)) && !"一二三四五六七八九十".includes(text.charAt(k));
}
