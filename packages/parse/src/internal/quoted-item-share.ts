/**
 * A quotation's words closed by a share in brackets: an item named, then the share of those asked
 * who were satisfied with it (`申办护照（96.2%）`, `缴纳水电费(83.9%)`), as survey reports list them in
 * quotes (`“申办护照(96.2%)”、“乘坐公交(91.4%)”`). Not a share quoted alone (`60%`), nor a bracket
 * with words in it.
 */
const BRACKETED_SHARE_END = /[^\s（(][（(]\d{1,3}(?:\.\d{1,2})?[%％][）)]$/;

/**
 * Whether the words `inner` of a quotation end with an item's share in brackets: such a quotation
 * is read as running text (its figure read, its marks kept), as speech is, not kept as a quote.
 *
 * @example
 * quotesItemShare("乘坐公交（91.4%）"); // true
 * quotesItemShare("60%"); // false
 */
export function quotesItemShare(inner: string): boolean {
  const last = inner.charCodeAt(inner.length - 1);
  return (last === 0x29 || last === 0xff09) && BRACKETED_SHARE_END.test(inner);
}

/** How far back {@link quotedItemName} looks for the quotation's opening mark. */
const NAME_REACH = 60;

/**
 * The item a quoted share at `text[i, end)` is the share of, when the share closes a quotation in
 * brackets (`“搭乘捷運（94.2%）”`: `搭乘捷運`), else undefined: the figure's label, without the
 * quotation marks and the words between quotations a clause label would hold (`”與“使用公立藝文機構`).
 *
 * @example
 * quotedItemName("分別為“搭乘捷運（94.2%）”、", 10, 15); // "搭乘捷運"
 */
export function quotedItemName(text: string, i: number, end: number): string | undefined {
  const open = text.charCodeAt(i - 1);
  const close = text.charCodeAt(end);
  if (
    (open !== 0x28 && open !== 0xff08) ||
    (close !== 0x29 && close !== 0xff09) ||
    text.charCodeAt(end + 1) !== 0x201d /* ” */
  )
    return undefined;
  const quote = text.lastIndexOf("“", i - 2);
  if (quote < 0 || i - quote > NAME_REACH) return undefined;
  const name = text.slice(quote + 1, i - 1);
  return name.trim() === "" || name.includes("”") ? undefined : name;
}
