/**
 * `您当前的位置 :某某网 >> 要闻中心     来源:新华网 2020-01-21 08:20:51`: a page's path that carries the
 * article's fields after it (its source or its date, labelled): the article's metadata line, printed
 * under its headline, which therefore opens no site header (the headline over it is the page's
 * title). A path alone (`当前位置：首页 > 新闻频道 >`) does.
 */
export const carriesArticleFields = (crumb: string): boolean => ARTICLE_FIELD.test(crumb);
const ARTICLE_FIELD = /(?:来源|來源|发布时间|發布時間)\s*[:：]/;
