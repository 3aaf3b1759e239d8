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
