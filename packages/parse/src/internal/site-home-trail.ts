/**
 * `新浪首页 > 新闻中心 > 国内新闻 > 某某日报 > 新闻报道 |`, `本页位置：首页 → 新闻中心 → 财经中心`,
 * `某某网首页 » 要闻 » 本地`: a page's trail from its home page, the site's name (or a label of a few
 * Han characters and its colon) before 首页, steps parted by path marks (`>`, `》`, `»`, `›`, `→`), two
 * steps or more, each short and without a sentence's mark (a bar closing the line is the page's
 * layout). Asked of a simplified line.
 */
const SITE_HOME_TRAIL =
  /^(?:[\u4e00-\u9fff]{1,8}[：:]\s*)?[\u4e00-\u9fffA-Za-z]{0,8}首页(?:\s*[>》»›→]{1,2}\s*[\u4e00-\u9fff][^。；，！？>》»›→]{0,20}){2,}$/;

/**
 * Whether `simple` (a simplified line) is a trail from a site's home page that {@link SITE_HOME_TRAIL}
 * describes: the site's name before 首页 or arrows between the steps. A heading that names a home
 * page in words (`首页改版情况`) has no path mark.
 *
 * @example
 * isSiteHomeTrail("新浪首页 > 新闻中心 > 国内新闻 > 新闻报道 |"); //=> true
 */
export const isSiteHomeTrail = (simple: string): boolean =>
  simple.length <= 100 && simple.includes("首页") && SITE_HOME_TRAIL.test(simple);

/**
 * `赞助商链接 |`, `贊助商鏈接`, `推广链接`: an advertisement block's label alone on its line (either script),
 * a bar perhaps after it.
 */
const SPONSOR_LINK = /^(?:赞助商|贊助商|赞助|贊助|推广|推廣)(?:链接|鏈接)\s*[|｜]?$/;

/** Whether a line is an advertisement block's label alone ({@link SPONSOR_LINK}). */
export const isSponsorLink = (text: string): boolean => text.length <= 8 && SPONSOR_LINK.test(text);
