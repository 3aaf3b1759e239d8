/**
 * `第1页共5页`, `第1页 共12页`, `第1页/共3页`: the counter of a document's first page that a
 * document-sharing site prints over its copy, run straight into the document's first words when the
 * site flattened it onto one line (`第1页共5页某县…工作总结报告一、…`).
 */
const FIRST_PAGE_COUNTER = /^第1页\s?[/／，,]?\s?共\d{1,3}页\s?/;

/**
 * How many units of `text` a first page's counter opening it takes before a Han character (the
 * document's title), or 0. Near-misses: a later page's counter (`第2页共5页…`), a page named
 * without the count (`第1页…`).
 *
 * @example
 * firstPageCounterLength("第1页共5页某县工作总结报告一、…"); //=> 6
 */
export function firstPageCounterLength(text: string): number {
  if (text.charCodeAt(0) !== 0x7b2c /* 第 */ || text.charCodeAt(1) !== 0x31 /* 1 */) return 0;
  const m = FIRST_PAGE_COUNTER.exec(text);
  if (m === null) return 0;
  const next = text.charCodeAt(m[0].length);
  return next >= 0x4e00 && next <= 0x9fff ? m[0].length : 0;
}
