/**
 * `首页 行业动态 某市去年筹获福彩公益金2904万元`, `首页 出版 某某年鉴2020`, `网站首页 工作简报`: a page's
 * path from its home page printed with spaces for its marks (the page's `>` lost in the copy), one
 * step or more after 首页, each step up to 60 units without a space or a sentence's end (`。；！？`).
 * The last step may be the page's headline, printed again under it; a line of the text never opens
 * with the word 首页 and a space. Asked of a simplified line; the steps are parted by white space
 * and hold none, so the match is linear.
 */
const SPACED_HOME_PATH = /^(?:网站)?首页(?:\s+[^\s。；！？]{1,60})+$/;

/** Longest path read ({@link isSpacedHomePath}): a site's path and the headline it ends with. */
const MAX_PATH = 200;

/**
 * Whether `simple` (a simplified line of {@link MAX_PATH} units at most) is a home page's path parted by spaces
 * ({@link SPACED_HOME_PATH}).
 *
 * @example
 * isSpacedHomePath("首页 行业动态 某市去年筹获福彩公益金2904万元"); //=> true
 * isSpacedHomePath("首页改版情况"); //=> false
 */
export const isSpacedHomePath = (simple: string): boolean =>
  simple.length <= MAX_PATH &&
  (simple.charCodeAt(0) === 0x9996 /* 首 */ || simple.startsWith("网站首页")) &&
  SPACED_HOME_PATH.test(simple);
