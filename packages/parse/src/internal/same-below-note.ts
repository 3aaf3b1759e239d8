import { closingWordAt } from "./approximate-figure";

/**
 * Whether the note `下同` ("the same below": the words of the figure's clause hold for the figures
 * after it) stands at `text[end]`, right after a figure with no mark before it, and closes its clause
 * (`同比增长-9.4%下同)`, `增长3.2%下同，`): the figure ends its clause as before a mark. Not 下同 opening
 * other words (`6.7%下同期水平`, `下同比回落`).
 */
export function sameBelowAt(text: string, end: number): boolean {
  return closingWordAt(text, end, 0x4e0b /* 下 */, 0x540c /* 同 */);
}
