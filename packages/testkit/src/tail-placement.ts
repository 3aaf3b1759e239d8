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
