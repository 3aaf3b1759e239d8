import type { Bulletin } from "@bulletin/schema";

/**
 * One body line of text: 25 characters after the two-character indent, so a paragraph of it
 * fills one line of the 28-character 版心 and no more.
 */
export const ONE_LINE_PARAGRAPH = "测试文字".repeat(6) + "。";

/** The bulletin with `lines` one-line paragraphs added to the end of its last item. */
export function withBodyLines(b: Bulletin, lines: number): Bulletin {
  const item = b.sections.at(-1)?.items.at(-1);
  if (item === undefined) throw new Error("withBodyLines: the bulletin has no item to extend");
  for (let i = 0; i < lines; i++) item.body.push([ONE_LINE_PARAGRAPH]);
  return b;
}

/** The bulletin without its 版记: no distribution and no `共印N份`. */
export function withoutTail(b: Bulletin): Bulletin {
  delete b.distribution;
  delete b.issue.copies;
  return b;
}

/**
 * How many one-line paragraphs to add to a document whose last page holds `lastPageLines`
 * lines of text so that its text ends on line `line` (1–22) of a page.
 */
export function linesToEndOn(lastPageLines: number, line: number): number {
  return (((line - lastPageLines) % 22) + 22) % 22;
}

/** The first line of a 版记 line: `报：`, `送：`, `发：` or `抄送：`. */
export const TAIL_LINE_START = /^(报|送|发|抄送)：/;

/** The lines of issue-9's 版记 with `copies: 120`, as a printed page of the 版心's width sets them. */
export const ISSUE9_TAIL_LINES: readonly string[] = [
  "报：省政务管理办公室、省级相关部门（单位）、省中心领导。",
  "发：省级相关部门（单位）窗口，省直部门办事大厅，省中心各处",
  "（室）、直属单位。",
  "共印120份",
];
