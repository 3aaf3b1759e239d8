/**
 * `您当前的位置 :某某网 >> 要闻中心     来源:新华网 2020-01-21 08:20:51`: a page's path that carries the
 * article's fields after it (its source or its date, labelled): the article's metadata line, printed
 * under its headline, which therefore opens no site header (the headline over it is the page's
 * title). A path alone (`当前位置：首页 > 新闻频道 >`) does.
 */
export const carriesArticleFields = (crumb: string): boolean => ARTICLE_FIELD.test(crumb);
const ARTICLE_FIELD = /(?:来源|來源|发布时间|發布時間)\s*[:：]/;

/**
 * The steps of such a path, spaces left out (`当前位置：某某网_某某门户 让财经更近>资讯 > 财经 > 正文
 * 2023-05-25 来源：…` → `某某网_某某门户让财经更近`, `资讯`, `财经`, `正文`): a line over the headline that
 * is one of them (the site's name, the column's) is the site's, no title.
 */
export function crumbSteps(crumb: string): Set<string> {
  const field = ARTICLE_FIELD.exec(crumb);
  const path = crumb.slice(0, field === null ? crumb.length : field.index);
  const label = path.search(/[:：]/);
  const steps = new Set<string>();
  for (const step of path.slice(label + 1).split(/[>»›]+/)) {
    const name = step.replace(/\s+/g, "").replace(/(?:19|20)\d\d-\d{1,2}-\d{1,2}[\d:]*$/, "");
    if (name !== "") steps.add(name);
  }
  return steps;
}
