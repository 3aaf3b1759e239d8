/**
 * A report page's contents list copied over its text: one part's name a line (`工作情况公开`,
 * `2021年工作计划`), Han characters and digits only, three lines or more, right over the first
 * paragraph (a line holding `。` or `；`).
 */
const ENTRY = /^[\u4e00-\u9fff\d]{2,16}$/;
const PARAGRAPH = /[。；]/;
/** The fewest lines a contents list has (a headline over a subtitle is two). */
const MIN_ENTRIES = 3;
/** `一、工作情况公开`: a numbered heading, and the words after its marker. */
const NUMBERED_HEADING = /^\s*[一二三四五六七八九十]{1,3}[、．.]\s*(\S.{0,15})$/;

/**
 * How many of `lines`' first lines are a contents list ({@link ENTRY} lines right over the first
 * paragraph) whose parts a numbered heading below prints again (`一、工作情况公开`): 0 when the
 * lines open with no such list. The lines under the paragraph are read only when the list's shape
 * holds.
 */
export function contentsListLength(lines: readonly { text: string }[]): number {
  let k = 0;
  while (k < lines.length && ENTRY.test((lines[k] as { text: string }).text.trim())) k++;
  if (k < MIN_ENTRIES || !PARAGRAPH.test(lines[k]?.text ?? "")) return 0;
  const entries = new Set(lines.slice(0, k).map((l) => l.text.trim()));
  for (const l of lines.slice(k + 1)) {
    const words = NUMBERED_HEADING.exec(l.text)?.[1]?.trim();
    if (words !== undefined && entries.has(words)) return k;
  }
  return 0;
}
