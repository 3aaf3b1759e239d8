import { isBareHeading, isTailLine } from "./line-kinds";
import { isOrg } from "./read-masthead";
import type { TextLine } from "./repair-lines";

/**
 * What a news page prints at its foot (issue 14): the issuer's name alone under the last
 * paragraph (a 落款 without its date), and a list of links to other pages under a label.
 */

/** A label over a list of links to other pages (`相关稿件`, `相关阅读`, `延伸阅读`). */
const RELATED = /^(?:相关(?:新闻|阅读|链接|稿件|文章|报道)|延伸阅读|新闻推荐|编辑推荐)$/;
/** Longest headline of such a list. */
const MAX_HEADLINE = 80;

/**
 * `filter` (a web page's line filter), also dropping a related-links label (`相关稿件`) and the
 * lines under it that are other pages' headlines: short, without a sentence. The first line
 * that holds a sentence (or is longer) ends the list.
 */
export function withoutRelatedLinks(filter: (text: string) => boolean): (text: string) => boolean {
  let related = false;
  return (text) => {
    const label = RELATED.test(text.trim());
    if (label || (related && text.length <= MAX_HEADLINE && !/[。！？]/.test(text))) {
      related = true;
      return true;
    }
    related = false;
    return filter(text);
  };
}

/** `（某某日报）`, `(某某新闻网)`: a news outlet's name alone in brackets. */
const OUTLET =
  /^[（(]([\u4e00-\u9fff]{2,16}(?:日报|晚报|早报|时报|商报|新闻网|电视台|广播电视台|报|网))[）)]$/;

/** `（某市统计局供稿）`, `(某局提供)`: an office's credit in brackets under the text. */
const CREDIT = /^[（(]([\u4e00-\u9fff（）]{2,30}?)(?:供稿|提供|撰稿|报送)[）)]$/;

/** Longest issuer's name on a line of its own. */
const MAX_ISSUER = 40;

/**
 * `某省交通运输厅` on the last line, right under a paragraph (`…同比增长8.2%。`): the issuer a news
 * page signs with, without a date; or the newspaper it came from in brackets (`（某某日报）`), or the
 * office credited in brackets (`（某市统计局供稿）`). Not a table, a caption (`表1 各市协会`), a 版记 line or a name
 * inside a sentence.
 */
export function footIssuer(lines: readonly TextLine[]): string | undefined {
  const last = lines[lines.length - 1];
  const before = lines[lines.length - 2];
  if (last === undefined || before === undefined || last.table || before.table) return undefined;
  const name = last.text;
  // `（某某日报）` under the last paragraph: the newspaper a copied report came from.
  const outlet = OUTLET.exec(name);
  if (outlet && /[。！？]$/.test(before.text)) return outlet[1];
  // `（某市统计局供稿）`: the office that supplied the report.
  const credit = CREDIT.exec(name);
  if (credit && isOrg(credit[1] as string) && /[。！？]$/.test(before.text)) return credit[1];
  return name.length <= MAX_ISSUER &&
    !/[。；，：！？]/.test(name) &&
    isBareHeading(name) &&
    !isTailLine(name) &&
    isOrg(name) &&
    /[。！？]$/.test(before.text)
    ? name
    : undefined;
}
