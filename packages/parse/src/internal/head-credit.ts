import { isColonByline } from "./colon-byline";

/**
 * `某某新聞網記者王小明/某地報導`, `記者王小明／高雄報導`, `记者王某 李某/某地报道`: a reporter's byline that
 * says where the report was filed, an outlet's name perhaps before the role, one to three names
 * after it, then a slash, the place and 報導 (报导, 报道); the outlet, if printed, group 1. Near-miss:
 * `记者节座谈会召开` (no name, no place).
 */
const PLACED_BYLINE =
  /^([\u4e00-\u9fff]{2,10}(?:报|報|网|網|社|台))?(?:记者|記者)\s*[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,2}\s*[/／]\s*[\u4e00-\u9fff]{2,6}(?:报导|報導|报道|報道)$/;

/**
 * `作者：某某网`, `作者:某某news官网`: the page's author field, its value one word of two to twenty
 * characters (no space, no mark of a sentence or a clause), whatever it names.
 */
const AUTHOR_FIELD = /^作\s?者\s*[：:]\s*[^\s，。；：:！？,;、]{2,20}$/;

/** How an outlet's name ends (a paper, a site, an agency, a station, a news service, an app). */
const OUTLET_ENDS = "(?:报|報|网|網|社|台|新闻|新聞|客户端|客戶端)";

/**
 * `王小明/某某新聞`, `王某 李某／某某日报`: the writer's name (one to three) and the outlet the report
 * came from, parted by a slash, the outlet ending as {@link OUTLET_ENDS} says (`…报`, `…网`, `…社`,
 * `…台`, `…新闻`, `…客户端`); the outlet group 1.
 */
const NAMED_OUTLET = new RegExp(
  `^[\\u4e00-\\u9fff]{2,4}(?:[\\s、][\\u4e00-\\u9fff]{2,4}){0,2}\\s*[/／]\\s*([\\u4e00-\\u9fff]{2,10}${OUTLET_ENDS})$`,
);

/** Longest credit line ({@link isHeadCredit}). */
const MAX_CREDIT = 40;

/**
 * A news copy's credit printed under its headline, over the page's date: a byline that says where
 * the report was filed ({@link PLACED_BYLINE}), the writer's name and the outlet
 * ({@link NAMED_OUTLET}), one with a colon after its role (`记者：王某`,
 * `isColonByline`) or the page's author field ({@link AUTHOR_FIELD}). No line of a title split over lines.
 *
 * @example
 * isHeadCredit("記者王小明／高雄報導"); // true
 * isHeadCredit("记者节座谈会召开"); // false
 */
export function isHeadCredit(text: string): boolean {
  return (
    text.length <= MAX_CREDIT &&
    (PLACED_BYLINE.test(text) ||
      NAMED_OUTLET.test(text) ||
      AUTHOR_FIELD.test(text) ||
      isColonByline(text))
  );
}

/**
 * The outlet a head credit names (`某某新聞網記者王小明/某地報導` → `某某新聞網`, `王小明/某某新聞` →
 * `某某新聞`: {@link PLACED_BYLINE}'s, {@link NAMED_OUTLET}'s), as printed; undefined for a credit
 * that names none (`記者王小明／高雄報導`, `作者：某某`) or a line that is no head credit
 * (since 2026-12-08).
 *
 * @example
 * headCreditOutlet("某某新聞網記者王小明/某地報導"); // "某某新聞網"
 * headCreditOutlet("記者王小明／高雄報導"); // undefined
 */
export function headCreditOutlet(text: string): string | undefined {
  if (text.length > MAX_CREDIT) return undefined;
  return PLACED_BYLINE.exec(text)?.[1] ?? NAMED_OUTLET.exec(text)?.[1];
}

/** A name that ends as an outlet's does ({@link OUTLET_ENDS}). */
const OUTLET_END = new RegExp(`${OUTLET_ENDS}$`);

/** Most characters of the outlet after the reporter's name ({@link isDatelineCredit}). */
const MAX_CREDIT_OUTLET = 16;

/**
 * `王小明某某证券报·某某网` over `某某网讯（记者 王小明）…`: a credit line, the reporter's name the dateline
 * `next` credits (`记者` and a name, in its first forty characters) run into the outlet's name
 * ({@link OUTLET_END}, {@link MAX_CREDIT_OUTLET} characters at most). Near-miss: a line that opens with
 * no name the dateline credits.
 */
export function isDatelineCredit(text: string, next: string): boolean {
  const name = /(?:记者|記者)\s*([\u4e00-\u9fff]{2,4})[\s）)]/.exec(next.slice(0, 40))?.[1];
  return (
    name !== undefined &&
    text.startsWith(name) &&
    text.length <= name.length + MAX_CREDIT_OUTLET &&
    OUTLET_END.test(text)
  );
}
