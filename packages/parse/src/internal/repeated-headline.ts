/** Fewest characters of a headline a longer line of the page's closes with ({@link repeatsHeadline}). */
const MIN_REPEATED_HEADLINE = 8;

/**
 * What a line of the page's prints before the headline it names: its path from the home page
 * (`首页 行业动态 `, `网站首页 新闻中心 `, the spaces perhaps taken out) or a label and its colon
 * (`当前阅读：`, `正在阅读：`), up to 20 units. A headline's own opening (`2024年度某中心推进…` over
 * `“好差评”落地见效`, its second line printed again) is neither.
 */
const PAGE_PREFIX = /^(?:网站)?首页|[：:]\s*$/;

/**
 * Whether `line` prints `headline` again with more words: after it (`某某青年报手机版二维码` over
 * `某某青年报手机版`), or before it, a headline of {@link MIN_REPEATED_HEADLINE} characters or more
 * closing a line of the page's that names it ({@link PAGE_PREFIX}: `首页 行业动态 某市去年筹获福彩公益金2904万元`,
 * `当前阅读：某县12345热线…`, the page's path or its label over the headline printed again on its own line).
 *
 * @example
 * repeatsHeadline("当前阅读：某县热线24小时反馈群众诉求", "某县热线24小时反馈群众诉求"); //=> true
 * repeatsHeadline("2024年度某中心推进大厅“好差评”落地见效", "“好差评”落地见效"); //=> false
 */
export const repeatsHeadline = (line: string, headline: string): boolean =>
  line.length > headline.length &&
  (line.startsWith(headline) ||
    (headline.length >= MIN_REPEATED_HEADLINE &&
      line.length - headline.length <= 20 &&
      line.endsWith(headline) &&
      PAGE_PREFIX.test(line.slice(0, line.length - headline.length))));
