/**
 * `第1篇 某镇2023年下半年工作总结及年末工作计划`, `第一篇：某县…调查报告`: a document site's count of the
 * articles on its page (`第N篇`, perhaps a colon or a space after it) opening a title: the title is the
 * name after it, of eight characters or more. Near-misses kept whole: `第一篇章…` (a chapter's word), a
 * name of fewer than eight characters after the count (`第三篇 城市建设`, a book's part), a count of
 * another kind (`第1期`, `第三节`).
 */
export function withoutArticleOrdinal(title: string): string {
  const m = ARTICLE_ORDINAL.exec(title);
  if (m === null) return title;
  const rest = title.slice(m[0].length);
  return rest.length >= MIN_NAMED && !rest.startsWith("章") ? rest : title;
}
const ARTICLE_ORDINAL = /^第(?:\d{1,3}|[一二三四五六七八九十]{1,3})篇[：:\s]*/;
/** Fewest characters of the name after the count. */
const MIN_NAMED = 8;
