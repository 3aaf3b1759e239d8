import { CLOCK_SOURCE, fullDateSource } from "./read-date";
import { isOrg } from "./read-masthead";

/**
 * `Law-lib.com`, `example.com.cn`, `news.example.net`: a site's address without its scheme or
 * `www.`, its labels of Latin letters, digits and hyphens, closed by a common top-level domain
 * (a country's after it perhaps).
 */
const BARE_DOMAIN =
  "[A-Za-z\\d][A-Za-z\\d-]*(?:\\.[A-Za-z\\d-]+)*\\.(?:com|net|org|gov|edu|cn)(?:\\.[a-z]{2})?";

/**
 * `2019年10月21日 18:44 某某新闻网`, `2020-08-10 16:22 市住房城乡建设局 [字号: ] 打印`: a web page's line
 * under its headline printing the page's date and its clock time, then the name of whoever put the
 * page up, the reader's tools perhaps after it (a widget in brackets, `打印`, `关闭`, the font
 * sizes; its author's or editor's field: `2023-01-18 08:28:55 新华社 作者: 高敬`), no label; a paper's
 * name may stand in title marks (`2023-02-08 08:15:08 《 某某日报 》 作者: 王某`). Asked of a simplified line (the repair may have joined the name to the time).
 * A portal's line may open with its address and name a site and its paper joined by a dash
 * (`http://www.sina.com.cn 2004年02月02日08:06 千华网-鞍山日报`); a reprint site's, with its address
 * written as a bare domain ({@link BARE_DOMAIN}: `Law-lib.com 2021-4-21 14:23:00 新华社微博`).
 */
const CLOCKED_SOURCE = new RegExp(
  `^(?:(?:(?:https?://|www\\.)[\\x21-\\x7e]+|${BARE_DOMAIN})\\s+)?(${fullDateSource(2)})\\s*${CLOCK_SOURCE}\\s*(?:[-—－]\\s*)?(?:《\\s*(?=[^》]{2,24}》))?([\\u4e00-\\u9fff]{2,20}?(?:[-—－][\\u4e00-\\u9fff]{2,20}?)?)(?:\\s*》)?(?:\\s*(?:\\[[^\\]]{0,20}\\]|【[^】]{0,20}】|(?:作者|编辑|责任编辑|责编)[：:]\\s*[\\u4e00-\\u9fff·]{2,8}|打印|关闭|大字|小字|放大|缩小|默认|大|中|小))*\\s*$`,
);

/**
 * `2019-11-01 14:16 某某日报 王某`, `2021年08月30日 16:30 21世纪某某报道 某某APP 张某,李某某`: a news
 * page's line under its headline giving the date with its clock time, the outlet (its name ending
 * as a paper's, a site's, an agency's or a station's, digits perhaps leading it), perhaps the
 * outlet's app, then its reporters' names (two to four Han characters each, up to five, separated
 * by commas or spaces), nothing else. Asked of a simplified line: the repair has taken out the
 * spaces between the name and the reporters (`某某日报王某`), so the outlet's name ends at its first
 * outlet's ending not followed by another (`某某日报社` is read whole). Near-misses: a headline or a
 * sentence after the clock (a mark, more than four characters a name), a name that ends as no
 * outlet's (`2019-11-01 14:16 某某公司王某`), the outlet alone (read by {@link CLOCKED_SOURCE}).
 */
const CLOCKED_OUTLET_BYLINE = new RegExp(
  `^(${fullDateSource(2)})\\s*${CLOCK_SOURCE}\\s*((?:\\d{1,4})?[\\u4e00-\\u9fff]{2,16}?(?:报道|报|网|社|台|在线|融媒体中心))(?![报网社台道])\\s*(?:[\\dA-Za-z\\u4e00-\\u9fff]{2,10}(?:APP|App|app|客户端)\\s*)?[\\u4e00-\\u9fff·]{2,4}(?:[，,、\\s]\\s*[\\u4e00-\\u9fff·]{2,4}){0,4}$`,
);

/**
 * `2021-01-21 某某市市场监督管理局4550`, `2022-07-28 某某质量网 点击:次`, `2021-01-21 09:30 某某局
 * 浏览次数：12`: a web page's line under its headline printing the page's date (its clock perhaps),
 * the name of whoever put it up, then its reading count, nothing else: bare digits (glued to the
 * name or spaced; the name must then be an office's or an outlet's) or a counter's label with its
 * colon (`点击：`, `浏览次数:`, `阅读量：`; the count perhaps left out by the page's script, `点击:次`)
 * or the count in brackets after it (`阅读 (80761)`, `浏览（1203次）`), a phone tool perhaps closing the
 * line ({@link PHONE_TOOL}: `2020-01-06 18:44 某省某厅阅读 (80761) 扫描到手机`).
 * Group 1 the date, 3 the name, 4 the label when printed. Asked of a simplified line (the repair
 * takes out the spaces between digits and Han characters: `2021-01-21某某局4550`). Near-misses:
 * a sentence after the date (a mark, or more than twenty characters), a date then a count of things
 * (`2021-01-21 抽检样品4550批次`: a unit after the digits), a field's label in the name's place
 * (`2021-01-21 发布时间 点击:`).
 */
const COUNTED_SOURCE = new RegExp(
  `^(${fullDateSource(2)})(?:\\s*${CLOCK_SOURCE})?\\s*(?![^\\s\\d]*(?:来源|发布|时间|日期|作者|编辑))([\\u4e00-\\u9fff]{3,20}?)\\s*(?:\\d{1,9}|((?:点击|阅读|浏览|访问)(?:次数|人数|量|数)?)(?:[：:]\\s*\\d{0,9}\\s*次?|\\s*[（(]\\s*\\d{1,9}\\s*次?\\s*[）)]))$`,
);

/** `扫描到手机`, `手机看`: a page's tool for reading it on a phone, closing its dated line. */
const PHONE_TOOL = /\s*(?:扫描到手机|扫码到手机|手机看)$/;

/**
 * The reader's speech widget (`语音播报`, `语音朗读`, `朗读本文`, either script), printed after a
 * page's date: a tool of the page, no source (though `…播报` ends as a paper's name does).
 */
export const SPEECH_WIDGET_WORDS = "(?:[语語]音(?:播[报報]|朗[读讀])|朗[读讀]本文)";
const SPEECH_WIDGET_NAME = new RegExp(`^${SPEECH_WIDGET_WORDS}$`);
/** Whether `name` is the reader's speech widget ({@link SPEECH_WIDGET_WORDS}). */
export const isSpeechWidget = (name: string): boolean => SPEECH_WIDGET_NAME.test(name);

/**
 * How a news outlet's name ends (simplified): a paper, a site, an agency, a station, an app; or
 * the outlet's account on a network after it (`新华社微博`, `某某日报微信`).
 */
const OUTLET_END = /(?:报|网|社|台|在线|融媒体中心|客户端)(?:微博|微信|公众号)?$/;

/**
 * The date (as printed) and where the name starts and ends in a {@link CLOCKED_SOURCE} line whose
 * name is an office's or an outlet's (`张某某` is a person, no source), else undefined.
 */
export function clockedSource(
  simple: string,
): { date: string; from: number; to: number } | undefined {
  if (simple.length > 60) return undefined;
  if (!simple.includes(":")) return countedSource(simple);
  return (
    sourceOf(simple, CLOCKED_SOURCE.exec(simple), false) ??
    // (The byline's name ends as an outlet's by its pattern: `21世纪某某报道` too.)
    sourceOf(simple, CLOCKED_OUTLET_BYLINE.exec(simple), true) ??
    countedSource(simple)
  );
}

/**
 * A {@link COUNTED_SOURCE} line's date and name: any name before a counter's label and colon (the
 * label makes the line the page's), an office's or an outlet's before bare digits or a count in
 * brackets; a phone tool closing the line ({@link PHONE_TOOL}) left out.
 */
function countedSource(simple: string): { date: string; from: number; to: number } | undefined {
  const tool =
    simple.endsWith("手机") || simple.endsWith("手机看") ? PHONE_TOOL.exec(simple) : null;
  const line = tool === null ? simple : simple.slice(0, tool.index);
  // (The line ends in a digit, 次, a colon or a count's bracket; most lines end otherwise and are not tried.)
  const last = line.charCodeAt(line.length - 1);
  if (
    !(
      (last >= 0x30 && last <= 0x39) ||
      last === 0x6b21 /* 次 */ ||
      last === 0x3a ||
      last === 0xff1a ||
      last === 0x29 ||
      last === 0xff09
    )
  )
    return undefined;
  const m = COUNTED_SOURCE.exec(line);
  // (A count in brackets, `阅读 (80761)`, is read after an office's or an outlet's name only.)
  return sourceOf(simple, m, m?.[4] !== undefined && last !== 0x29 && last !== 0xff09);
}

/**
 * The date and the name's span of a clocked line's match `m` (date 1, name 3) when the name is a
 * source's (`outlet`: the pattern has read it as an outlet's already).
 */
function sourceOf(
  simple: string,
  m: RegExpExecArray | null,
  outlet: boolean,
): { date: string; from: number; to: number } | undefined {
  const name = m?.[3];
  if (
    m === null ||
    name === undefined ||
    !(outlet || isOrg(name) || OUTLET_END.test(name)) ||
    isSpeechWidget(name)
  )
    return undefined;
  const from = simple.indexOf(name, simple.indexOf(m[1] as string) + (m[1] as string).length);
  return { date: m[1] as string, from, to: from + name.length };
}
