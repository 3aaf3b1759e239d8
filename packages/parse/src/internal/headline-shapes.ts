import { isDigitCode } from "./chars";
import { isBareHeading } from "./line-kinds";
import { droppedBefore, spacedTailAt, type TextLine } from "./text-line";

/** Most characters a headline's cried-out lead words take (`步伐加快！`). */
const MAX_CRIED = 8;

/** Most characters a cried-out lead that states a figure takes (`1—8月完成投资超147亿元！`). */
const MAX_CRIED_FIGURE = 20;

/**
 * Whether `lead`, the words before a headline's first exclamation mark, is a lead it may cry out:
 * a few words (`步伐加快`), or a clause stating a figure (`1—8月完成投资超147亿元`).
 */
const isCriedLead = (lead: string): boolean =>
  lead.length <= MAX_CRIED || (lead.length <= MAX_CRIED_FIGURE && /\d/.test(lead));

/**
 * `步伐加快！25个省份已外出贫困人口超2300万人`, `好消息！某市…`, `39.3万起!`: a news headline that
 * cries out its lead words ({@link isCriedLead}) or the whole of it, one or two
 * exclamation marks (`！`, `!`) and no other sentence mark; not a site's greeting (`欢迎…！`). What is left once they are read as breaks
 * is a heading (a figure allowed, {@link isBareHeading}).
 */
function isExclaimedHeadline(text: string): boolean {
  const first = text.search(/[！!]/);
  if (first < 2 || /[。；？?;]/.test(text) || text.startsWith("欢迎")) return false;
  // The words cried out are a few (`步伐加快！`), or the whole headline (`39.3万起！`); a
  // site's greeting (`欢迎访问某某网站！`) is longer than the one and no headline.
  if (!isCriedLead(text.slice(0, first)) && first < text.length - 1) return false;
  const rest = text.replace(/[！!]+/g, " ").trim();
  const marks = text.length - text.replace(/[！!]/g, "").length;
  return marks <= 2 && isBareHeading(rest.replace(/ /g, ""), true);
}

/** Most characters of a headline that asks ({@link isAskedHeadline}). */
const MAX_ASKED = 40;

/**
 * `全省第三,五一假期,你为本地消费出力了吗?`, `今年前三季度我市经济成绩单如何？`: a news headline that
 * asks its reader, closed by one question mark (`？`, `?`), its phrases perhaps parted by commas, no
 * other sentence mark, no label's colon, {@link MAX_ASKED} characters at most; what is left without the
 * mark and the commas is a heading (a figure allowed). A sentence that asks (`…，是否符合要求？请…。`),
 * a FAQ's `问：…？` or a longer paragraph's question is none.
 */
function isAskedHeadline(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if ((last !== 0x3f && last !== 0xff1f) /* ? ？ */ || text.length > MAX_ASKED) return false;
  const rest = text.slice(0, -1);
  if (/[。；！？!?;:：]/.test(rest)) return false;
  return isBareHeading(rest.replace(/[，,]/g, ""), true);
}

/**
 * `2022年某市气温偏高 降水偏多|每日速讯`: a headline (eight characters or more), a bar, then the name of
 * the site's column it ran in (two to six Han characters; not a byline's `记者某某` or a field's
 * `来源…`), as a news site's page prints its title.
 */
const COLUMNED_HEADLINE =
  /^(.{8,60}?)\s*[|｜]\s*(?![记記]者|作者|[编編][辑輯]|[来來]源)[\u4e00-\u9fff]{2,6}$/;

/**
 * A line a web page's head may hold over its metadata lines (`来源：… 时间：…`): a heading, a
 * figure allowed, a headline that cries out ({@link isExclaimedHeadline}) or one with its column's
 * name after a bar ({@link COLUMNED_HEADLINE}).
 */
export const isPageHeadline = (text: string): boolean =>
  isBareHeading(text, true) ||
  isExclaimedHeadline(text) ||
  isAskedHeadline(text) ||
  isBareHeading(COLUMNED_HEADLINE.exec(text)?.[1] ?? "", true);

/** A count with its scale and the first character of its unit: `120万人`, `5.15亿人` (not `8.2%`). */
const FIGURE_TOKEN = /\d+(?:\.\d+)?[万亿萬億]?[\u4e00-\u9fff]/g;

/**
 * `国庆假期全市接待游客120万人次` / `国庆假期，全市共接待游客120万人次，…。`: a headline that states a
 * count its first paragraph repeats, as a news report's headline restates its lede (so the line
 * over the paragraph is its title though it holds a figure). A paragraph of sentences only; a
 * growth rate (`增长5.1%`), which a release repeats from line to line, is no such sign.
 */
export function restatesFigure(headline: string, next: string): boolean {
  if (headline.length > 60 || !/[。]/.test(next)) return false;
  const figures = headline.match(FIGURE_TOKEN);
  return figures?.some((f) => next.includes(f) || roundedIn(f, next)) === true;
}

/**
 * `523万人` / `…共接待游客523.36万人次，…。`: a headline's whole count that the paragraph states with its
 * decimals (the headline rounds them off; the same digits before the point, the same scale and
 * unit after it). A count with decimals of its own, or other digits before the point
 * (`1523.36万人`, `23.36万人`), is no such figure.
 */
function roundedIn(figure: string, next: string): boolean {
  const m = WHOLE_FIGURE.exec(figure);
  if (m === null) return false;
  const whole = m[1] as string;
  const unit = m[2] as string;
  for (let at = next.indexOf(`${whole}.`); at >= 0; at = next.indexOf(`${whole}.`, at + 1)) {
    const before = at > 0 ? next.charCodeAt(at - 1) : 0;
    if (isDigitCode(before) || before === 0x2e /* . */) continue;
    let k = at + whole.length + 1;
    while (k < next.length && isDigitCode(next.charCodeAt(k))) k++;
    if (k > at + whole.length + 1 && next.startsWith(unit, k)) return true;
  }
  return false;
}
/** A whole count (group 1) and its scale and unit's first character (group 2): `523万人`. */
const WHOLE_FIGURE = /^(\d+)([万亿萬億]?[\u4e00-\u9fff])$/;

/**
 * `1-10月，我市完成外贸进出口总值创历史新高` / `今年1-10月，我市完成外贸进出口总值创历史新高，达到…。`: a
 * line that a later line of sentences says again word for word, as a lede says its headline
 * again (the first line of a paragraph a page's width broke is never said again).
 */
export function saidAgainIn(headline: string, later: string): boolean {
  return later.length > headline.length && /[。！？]/.test(later) && later.includes(headline);
}

/** The longest headline {@link restatedBelow} takes. */
const MAX_RESTATED = 40;

/**
 * `同比增长6.9%，增收10.9亿元` / `截至6月30日，…增收10.9亿元。…`: a news headline that states a
 * count (a figure sentence, no sentence mark of its own) which the paragraph under it restates
 * ({@link restatesFigure}) or says again word for word ({@link saidAgainIn}), as a lede restates its
 * headline: the line ends where its writer ended it, however it ends, and is no part of the
 * paragraph. A line the paragraph does not go on to
 * restate is no such sign.
 */
export function restatedBelow(headline: string, next: string): boolean {
  if (headline.length > MAX_RESTATED || next.length <= headline.length) return false;
  return (
    isBareHeading(headline, true) && (restatesFigure(headline, next) || saidAgainIn(headline, next))
  );
}

/** Longest main line after a dashed kicker ({@link dashedKicker}), as for a kicker over its line. */
const MAX_DASHED_MAIN = 30;

/**
 * A kicker of clauses parted by commas, no sentence's mark in it, then a dash and a main line of
 * one phrase (see {@link dashedKicker}).
 */
const DASHED_KICKER =
  /^([^。；！？!?;—]{6,}?[，,][^。；！？!?;—]*?)\s*——\s*([^，,。；！？!?;—]{4,})$/;

/**
 * `1至9月份，全市生产总值1068.1亿元，…——前三季度我市经济运行稳中提质`: a news headline's kicker (引题)
 * and its main line on one line, parted by a dash, the main line a bare heading of
 * {@link MAX_DASHED_MAIN} characters at most (`…稳中向好——访市统计局局长`, one phrase before the
 * dash, is a headline and its subtitle): where the dash starts and where the main line starts,
 * else undefined.
 */
export function dashedKicker(text: string): { dash: number; main: number } | undefined {
  if (!text.includes("——")) return undefined;
  const m = DASHED_KICKER.exec(text);
  const main = m?.[2];
  if (m === null || main === undefined) return undefined;
  if (main.length > MAX_DASHED_MAIN || !isBareHeading(main)) return undefined;
  return { dash: (m[1] as string).length, main: text.length - main.length };
}

/** The labels a page prints its report's summary under: `导语：`, `摘要：`, `核心提示：`. */
const LEAD_SUMMARY = /^(?:导语|導語|摘要|导读|導讀|内容提要|內容提要|核心提示)[：:]/;

/**
 * `导语：一季度我省…`, `核心提示：…`: a page's summary of its report on a line of its own, under the
 * headline: a line of the text (a year it states may date the report), never the headline.
 */
export const isLeadSummary = (text: string): boolean => LEAD_SUMMARY.test(text);

/** A year closing a title, right after a Han character (the repair took out the space between), not a `第`. */
const CLOSING_YEAR = /(?<=[\u4e00-\u9fff])(?<!第)(?:19|20)\d\d$/;

/**
 * `2024年某县国民经济和社会发展统计公报 2024`: where a title ends before the year a 公报 archive
 * files it under (printed after it, the repair joins the two), when the title states that year
 * itself (`2024年`); else undefined.
 */
export function archiveYearTagAt(title: string): number | undefined {
  const m = CLOSING_YEAR.exec(title);
  return m !== null && title.slice(0, m.index).includes(`${m[0]}年`) ? m.index : undefined;
}

/** Fewest characters of a headline {@link runOnPageDateAt} leaves. */
const MIN_DATED_HEADLINE = 8;

/**
 * `…挂牌出让 王某 2024-06-18 09:45`, `…挂牌出让 2024-06-18`: the page's date in numbers (its clock time
 * perhaps after it) closing a headline's line. Near-misses: a date in words (`2024年6月18日`, a
 * title's own words), a date run on with no space before it.
 */
const RUN_ON_PAGE_DATE = /(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** Most Han characters of an author's name before a run-on page date ({@link runOnPageDateAt}). */
const MAX_DATED_AUTHOR = 4;

/**
 * Where a headline ends before the page's author and date the copy ran on after it
 * ({@link RUN_ON_PAGE_DATE}), as printed: a space before the date, and before the author's name of
 * two to {@link MAX_DATED_AUTHOR} Han characters right before it (no space there: the Han characters
 * are the headline's last words), {@link MIN_DATED_HEADLINE} characters of headline left; else
 * undefined.
 */
export function runOnPageDateAt(line: TextLine): number | undefined {
  const text = line.text;
  if (text.length < MIN_DATED_HEADLINE + 8 || !isDigitCode(text.charCodeAt(text.length - 1)))
    return undefined;
  const date = spacedTailAt(line, RUN_ON_PAGE_DATE, MIN_DATED_HEADLINE);
  if (date === undefined) return undefined;
  let end = date;
  for (let n = 2; n <= MAX_DATED_AUTHOR && date - n >= MIN_DATED_HEADLINE; n++) {
    const code = text.charCodeAt(date - n);
    if (code < 0x4e00 || code > 0x9fff || !HAN_PAIR.test(text.slice(date - n, date))) break;
    if (droppedBefore(line, date - n)) {
      end = date - n;
      break;
    }
  }
  return end;
}

/** Han characters only (an author's name, {@link runOnPageDateAt}). */
const HAN_PAIR = /^[\u4e00-\u9fff]+$/;

/**
 * `Page 354 - 武义年鉴2022`, `Page 3 - 《地下水動態月報》2019年2期`: a flipbook reader's label of the page
 * shown (its number, a dash, the book's name) over the page's text: the book's name is the title.
 * Near-misses: `Page 3` alone, a label with nothing after its dash, a page number in Chinese (`第3页`).
 */
const FLIPBOOK_PAGE_LABEL = /^Page\s?\d{1,4}\s?[-–—]\s?(?=\S)/;

/**
 * `名  称: 关于…的审计工作报告` (a file-information grid's first field), `主题: 权威发布!…` (a forum
 * thread's subject), `文档介绍:2013年…统计报告` (a document site's description): the label of the field
 * a page prints its headline in, its colon, then the headline. Near-misses: a label without its
 * colon (`主题教育…`), a field of another kind (`主题分类:`, `名称变更…`).
 */
const TITLE_FIELD_LABEL = /^(?:名\s*称|标\s*题|主\s*题|文档介绍|文档名称)\s*[：:]\s*(?=\S)/;

/**
 * Where the headline starts after a label the page prints before it: a flipbook reader's page label
 * ({@link FLIPBOOK_PAGE_LABEL}, the book's name after it) or the label of the field the headline is
 * printed in ({@link TITLE_FIELD_LABEL}); else undefined.
 *
 * @example
 * headlineLabelEnd("Page 354 - 武义年鉴2022"); //=> 11
 * headlineLabelEnd("主题：权威发布！广西人均预期寿命公布"); //=> 3
 */
export function headlineLabelEnd(title: string): number | undefined {
  return (FLIPBOOK_PAGE_LABEL.exec(title) ?? TITLE_FIELD_LABEL.exec(title))?.[0].length;
}

/**
 * `…满意率达到97.07%(引题)`, `…投入防洪(主题)`, `…同比增长29.84%(副题)`: a paper's headline printed with
 * its line's role in brackets after it (a copy of its 引题, 主题 and 副题 lines, each labelled).
 */
const HEADLINE_ROLE = /\s?[（(](?:引题|主题|副题|肩题|眉题)[）)]$/;

/**
 * A headline without the bracketed role of its line after it ({@link HEADLINE_ROLE}); else the
 * headline as it is.
 *
 * @example
 * withoutHeadlineRole("全国共有1999座次大中型水库投入防洪（主题）"); //=> "全国共有1999座次大中型水库投入防洪"
 */
export function withoutHeadlineRole(title: string): string {
  const m = HEADLINE_ROLE.exec(title);
  return m === null || m.index === 0 ? title : title.slice(0, m.index);
}
