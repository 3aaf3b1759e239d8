import { dateSpanBounds } from "@bulletin/format";
import type { DateSpan } from "@bulletin/schema";
import { oneOf } from "./chars";
import { bracketedEntryYear, bracketRunInTitle } from "./line-kinds";
import { newsDateline } from "./page-foot";
import { placeBeforeYear } from "./place-before-year";
import { inYearRange, readFullDate } from "./read-date";

/**
 * Periods a report states without a span right after its year (issue 14): what `statedPeriod`
 * (a year and its span together, `2025年1-8月`) does not read.
 */

/**
 * `2023年全省…`, `2024年349个城市…`: a title that opens with a bare year (not `2023年度`, `2023年第…`,
 * `2023年上半年`, `2023年1-6月`); a count may follow it (not a month: `2023年12月`).
 */
const BARE_YEAR_TITLE = /^(\d{4})年(?![度第]|\d{1,2}\s*(?:月|[-—–~～至到]\s*\d{1,2}\s*月))/;
/**
 * `西藏2019年安全生产形势持续稳定好转`, `全省2022年…`, `某市2021年…`: a title that opens with its place,
 * then a bare year (as {@link BARE_YEAR_TITLE}): a province's short name, `全省`/`我市`…, or a name
 * ending in 省, 市, 县, 区, 州, 盟 or 旗, six characters at most. Near-misses: a verb or a preposition
 * before the year (`关于2019年…`, `召开2019年…会议`: no place), a year after a longer phrase.
 */
const PLACE_YEAR_TITLE = new RegExp(
  `^(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|[全我本][省市县区州]|[\u4e00-\u9fff]{1,5}[省市县区州盟旗])${BARE_YEAR_TITLE.source.slice(1)}`,
);
/**
 * After a place's year, words that make it no year's report: a count since (`以来`, `至今`), a
 * season (`秋冬季`), a holiday ({@link HOLIDAY_YEAR} reads its days).
 */
const NOT_YEAR_AFTER_PLACE = /^(?:以[来來后後]|至今|[春夏秋冬])/;

/**
 * {@link PLACE_YEAR_TITLE}'s match, unless a count since, a season, a holiday or a number follows
 * the year.
 */
function placeYear(title: string): RegExpExecArray | null {
  const m = PLACE_YEAR_TITLE.exec(title);
  if (m === null) return null;
  // (A headline stating a count after the year, `某市2017年共查处…96万余起`: the story's span decides.)
  const rest = title.slice(m[0].length);
  if (NOT_YEAR_AFTER_PLACE.test(rest) || /\d/.test(rest)) return null;
  return HOLIDAY_YEAR.test(title) ? null : m;
}

/** A title that names a span within its year is not about the whole year. */
const SPAN_WORDS = /\d{1,2}月|[一二三四十]{1,2}月|季度|半年|周|旬|\d{1,2}日/;

/**
 * `2023年全国环境空气质量状况公布`: the year a title opens with (after its place perhaps, {@link
 * PLACE_YEAR_TITLE}), when it names no month, quarter, half, week or day.
 */
export function bareYearOfTitles(titles: readonly (string | undefined)[]): DateSpan | undefined {
  for (const title of titles) {
    if (title === undefined) continue;
    // (A digit in the first ten characters: only then may a place come before the year.)
    const m =
      BARE_YEAR_TITLE.exec(title) ?? (/\d/.test(title.slice(0, 10)) ? placeYear(title) : null);
    if (m && !SPAN_WORDS.test(title) && inYearRange(`${m[1]}-01-01`))
      return { kind: "year", year: Number(m[1]) };
  }
  return undefined;
}

/**
 * `某局2021年工作总结和2022年工作计划`, `某县2020年度工作总结`, `某局2019年工作總結`: a title that names a
 * year's work summary (the year right before `工作总结` or `总结`, 年度 perhaps; not a quarter's or
 * `2016年上半年工作总结` or the mid-year `2016年半年工作总结`, read as stated by the dates of titles).
 */
const SUMMARY_YEAR_TITLE = /(?<!\d)(\d{4})年度?(?:工作)?(?:总结|總結)/;

/**
 * The year a work summary's title names ({@link SUMMARY_YEAR_TITLE}): the summary covers it, though
 * its first figures count the months so far (`预计2021年前三季度，…`).
 */
export function summaryYearOfTitles(titles: readonly (string | undefined)[]): DateSpan | undefined {
  for (const title of titles) {
    const m = title === undefined ? null : SUMMARY_YEAR_TITLE.exec(title);
    if (m === null || !inYearRange(`${m[1]}-01-01`)) continue;
    return { kind: "year", year: Number(m[1]) };
  }
  return undefined;
}

/** A sentence's opening year (`2020年计划…`, `2021年，全市…`): a bare year, not `2020年度`/`第`. */
const OPENING_YEAR = /^(\d{4})年(?![度第\d])/;
/** A year and a comma opening a line: the lead of the year's paragraph (`2018年，…`). */
const YEAR_LEAD = /^\d{4}年[，,]/;
/** A year and a span of its months opening a line: `2009年1至2月`, `2016年1-5月份`. */
const YEAR_AND_MONTHS = /^\d{4}年\d{1,2}\s*[-—–~～至到]\s*\d{1,2}月/;
/** A span of months without its year: `1-6月份`, `1至9月`, `3—5月` (not `2019年1-6月`). */
const YEARLESS_MONTHS = /(?<![\d年.])(\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})月/;

/**
 * The period the first sentences of a report state from their opening year: a sentence that
 * opens with its year dates the span of months it names later (`2020年计划实施…，1-6月份累计完成
 * 投资35.9亿元`: January to June 2020); a sentence that opens with a year and a comma and
 * gives a number (`2021年，全市城镇新增就业50801人`) reports on that year, or on the months from
 * January its paragraph states later ({@link cumulativeLater}); so does one without the comma
 * (`2021年安排重点项目710个。…1-3月累计完成投资…`), which states no year alone. A year that opens a narrative
 * sentence without a number (`2020年，某市坚持以人民为中心…`, or one quoting only a slogan's formula:
 * `2022年，某区将围绕“1+3”重点工作…`) states none, unless a comma follows its year and the paragraph's
 * next sentence opens with the months from January (`2018年，…“开门红”。1-3月，全市…`). A line opening with its year's months (`2009年1至2月，…`)
 * before any such year states the span itself: none here. A lead announcing what follows
 * (`2011年，…情况如下：`), or one of the year so far (`2022年以来，…。`), dates the months from January the
 * lines after it open with ({@link announcedSpan}). A line opening with a span of whole years and
 * giving a number (`2004年~2010年，…提出提案1386件`, {@link WHOLE_YEARS}) before any such year states
 * those years.
 */
export function openingYearPeriod(texts: readonly string[]): DateSpan | undefined {
  let yearly: DateSpan | undefined;
  for (const [k, text] of texts.entries()) {
    // `2004年~2010年，…提出提案1386件`: a span of whole years and its counts.
    const years = yearly === undefined ? WHOLE_YEARS.exec(text) : null;
    if (years !== null && givesNumber(text.slice(years[0].length)))
      return wholeYears(Number(years[1]), Number(years[2]));
    const m = OPENING_YEAR.exec(text);
    // `2009年1至2月，…` over `2008年，受…影响，…`: a line opening with its year's months states the
    // span itself (statedPeriod), the later year is background.
    if (!m && yearly === undefined && YEAR_AND_MONTHS.test(text)) return undefined;
    if (!m) continue;
    const year = Number(m[1]);
    if (!inYearRange(`${year}-01-01`)) continue;
    const announced =
      ANNOUNCED_YEAR.test(text) || YEAR_SO_FAR.test(text)
        ? announcedSpan(texts.slice(k + 1), year)
        : undefined;
    if (announced !== undefined) return announced;
    const stop = text.indexOf("。");
    const sentence = stop < 0 ? text : text.slice(0, stop);
    const span = YEARLESS_MONTHS.exec(sentence);
    if (span) {
      const months = monthsOfYear(year, Number(span[1]), Number(span[2]));
      if (months !== undefined) return months;
    }
    const numbered = givesNumber(sentence.slice(5));
    // `2018年，在市委…领导下，…“开门红”。1-3月，全市…`: a narrative year's lead (its comma after the
    // year), then the months from January opening the paragraph's next sentence.
    const next =
      numbered || stop < 0 || !YEAR_LEAD.test(text)
        ? undefined
        : announcedSpan([text.slice(stop + 1)], year);
    if (next !== undefined) return next;
    // `2023年，市卫生健康委以…为指导，…取得新进展新成效。46项市级绩效任务全部完成，…`: a narrative
    // year's lead (its comma after the year) whose paragraph's next sentence gives the counts.
    if (
      yearly === undefined &&
      !numbered &&
      stop >= 0 &&
      YEAR_LEAD.test(text) &&
      countsNext(text.slice(stop + 1))
    ) {
      yearly = { kind: "year", year };
      continue;
    }
    if (yearly === undefined && numbered) {
      // `2021年安排重点项目710个。1-3月累计完成投资…`: without a comma after its year, a sentence
      // that gives a number dates the months from January its paragraph states later, not the year.
      const later = cumulativeLater(text, year);
      if (later !== undefined) yearly = later;
      // `…获悉，2018年全省国有企业资产总额达9.4万亿元…` / … / `2019年，我省将力争…增长10%`: a later
      // paragraph's year whose sentence plans its counts is the coming year's aim, not the span.
      else if (YEAR_LEAD.test(text) && !(k > 0 && plansCounts(sentence.slice(m[0].length))))
        yearly = { kind: "year", year };
    }
  }
  return yearly;
}

/**
 * Whether the sentence `rest` opens with gives a count with its unit (`46项市级绩效任务全部完成`,
 * `以奖代补200万元资金扶持20家…`), no span of months or days of its own before it.
 */
function countsNext(rest: string): boolean {
  const stop = rest.indexOf("。");
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  return COUNT.test(sentence) && !/\d{1,2}月|\d{4}年/.test(sentence);
}
/** A count and its unit: `46项`, `200万元`, `120个`, `3.5万人次`, `98%`. */
const COUNT = /\d(?:\.\d+)?\s*(?:万|亿)?(?:[项个件人名家户元次所条座宗起台辆吨亩]|%)/;

/**
 * `2004年~2010年，`, `2016—2020年，`, `2016年至2024年，`: a span of whole years closed by a comma; the
 * last year's end may be named (`2003年至2008年年底，`, `2011—2015年末，`). Near-miss: a month of the last
 * year (`2003年至2008年6月，`).
 */
const YEARS_SPAN = "(\\d{4})年?\\s*[至到—–~～-]{1,2}\\s*(\\d{4})年(?:年?[底末])?[，,]";
/** A line opening with a span of whole years ({@link YEARS_SPAN}), `从` perhaps before it. */
const WHOLE_YEARS = new RegExp(`^[从從自]?${YEARS_SPAN}`);

/**
 * The years from `from` to `to` (the one year when they are the same), when both are in range and
 * in order; else undefined.
 */
function wholeYears(from: number, to: number): DateSpan | undefined {
  if (!inYearRange(`${from}-01-01`) || !inYearRange(`${to}-01-01`) || to < from) return undefined;
  return from === to
    ? { kind: "year", year: from }
    : { kind: "range", start: `${from}-01-01`, end: `${to}-12-31` };
}

/** `1+1+4+3+N`, `1+3`, `3+X`: a slogan's digits (and letters) joined by `+`, naming a scheme. */
const SLOGAN_FORMULA = /[\dA-Za-z]+(?:\s*\+\s*[\dA-Za-z]+)+/g;

/** Whether `text` gives a number: a digit outside a slogan's formula ({@link SLOGAN_FORMULA}). */
function givesNumber(text: string): boolean {
  return /\d/.test(text.includes("+") ? text.replace(SLOGAN_FORMULA, "") : text);
}

/**
 * A span of months from January (`1-8月`, `1~10月`, `前8个月`; January's `月` written too, `1月至8月`,
 * `1月份-8月`), with no year or the same year before it (`2021年1~10月`): the span a report counts up
 * to, as figures are reported.
 */
const FROM_JANUARY =
  /(?<![\d.])(?:(\d{4})年)?(?:1\s*(?:月份?\s*)?[-—–~～至到]\s*(\d{1,2})月|前(\d{1,2})个?月)/;
/**
 * `。截止9月底，`, `；截至2019年10月末，`: a sentence (or clause after `；`) opening with where the counts
 * stop, a month's end (not December's: the year's own end).
 */
const TO_MONTH_END = /[。；;]截[至止]到?(?:(\d{4})年)?(\d|1[01])月[底末]/;

/**
 * `2021年，全市…承担了14项任务。…现将2021年1~10月…情况通报如下`, `2018年，全市安排重点项目458个。
 * 1-8月共完成投资…`, `2017年，某旗计划完成投资85.9亿元。截止9月底，…`: the paragraph a year opens states
 * the months from January it reports on later (the first such span, else a sentence opening with a
 * month's end, {@link TO_MONTH_END}; one of another year states none).
 */
function cumulativeLater(text: string, year: number): DateSpan | undefined {
  const m = FROM_JANUARY.exec(text.slice(5)) ?? TO_MONTH_END.exec(text);
  if (m === null || (m[1] !== undefined && Number(m[1]) !== year)) return undefined;
  return januaryTo(year, Number(m[2] ?? m[3]));
}

/**
 * Months `a` to `b` of `year`, from the first day of `a` to the last of `b` (`undefined` unless
 * 1 ≤ a ≤ b ≤ 12).
 */
export function monthsOfYear(year: number | string, a: number, b: number): DateSpan | undefined {
  if (!(a >= 1 && b >= a && b <= 12)) return undefined;
  const pad = (n: number): string => String(n).padStart(2, "0");
  return {
    kind: "range",
    start: `${year}-${pad(a)}-01`,
    end: dateSpanBounds({ kind: "month", month: `${year}-${pad(b)}` })[1],
  };
}

/** January to the end of month `b` of `year` (`undefined` for no month of the year). */
const januaryTo = (year: number, b: number): DateSpan | undefined => monthsOfYear(year, 1, b);

/** `2011年，某省工业经济运行情况如下：`: a year's lead announcing what follows, no figure in it. */
const ANNOUNCED_YEAR = /^\d{4}年[，,][^。；！？\d]*如下[：:]$/;

/**
 * `2022年以来，某省经济运行稳中向好。`: a lead of the year so far (either script), no figure in it;
 * the months from January its report gives later are that span of the year.
 */
const YEAR_SO_FAR = /^\d{4}年以[来來][，,][^\d]*$/;

/**
 * `2011年，某省工业经济运行情况如下：` / … / `1-4月，规模以上工业…`: the months from January that the
 * first of the lines after an announcing lead ({@link ANNOUNCED_YEAR}) or a lead of the year so far
 * ({@link YEAR_SO_FAR}) to open with such a span without its year states, in the lead's year.
 */
function announcedSpan(later: readonly string[], year: number): DateSpan | undefined {
  for (const text of later) {
    const m = FROM_JANUARY.exec(text.trimStart());
    if (m === null || m.index !== 0 || m[1] !== undefined) continue;
    return januaryTo(year, Number(m[2] ?? m[3]));
  }
  return undefined;
}

/** `据悉`, `據了解`: a lead-in of hearsay. */
const ACCORDING = "[据據](?:悉|了解|介绍|介紹|统计|統計)";
/**
 * The word a lead-in naming where the words came from ends with (`…获悉`, `…了解到`, `…显示`), or
 * what a release, a report or a meeting says (`某局3月5日发布通报称，`, `公报称`, `声明称`, `市检察院工作报告
 * 指出，`, `《报告》指出，`, `会议指出，`; not a body's own, `某局称，`, whose words may look back at another year).
 */
const SOURCE_WORD =
  "(?:[获獲]悉|了解到|得知|[显顯]示|表明|[传傳]来消息|消息称|透露|介绍|介紹|统计|統計|監測|监测|报道|報道|公布|发布|(?:公[报報]|[报報]告》?|通[报報]|[声聲]明|会议|會議)(?:[称稱]|指出))";
/**
 * A news report's lead-in before what it reports: a clause naming where the words came from
 * (`记者1月24日从…会议上获悉，`, `国家统计局14日公布的数据显示，`, `从…传来消息，`, `据了解，`, `据市统计局
 * 统计，`, `据某某网报道，`), or
 * saying when they were heard (`近日，`, `日前，`, a day alone: `3月12日，`, `12日，`, `1月5日上午，`) or on what occasion (`在“3·15”国际消费者权益日到来之际，`,
 * `值此新春佳节之际，`). No year in it (`2021年数据显示，` states one).
 */
const LEAD_IN = new RegExp(
  `^(?:${ACCORDING}|近日|日前|近期|昨天|昨日|今天|今日|(?:\\d{1,2}月)?\\d{1,2}日(?:上午|下午|晚上|晚间|晚)?|(?:在|值此)[^，。；！？,;]{1,30}?之[际際]|[^，。；！？,;]{0,40}?${SOURCE_WORD})[，,]`,
);
/**
 * A lead-in naming where the words came from closed by a colon or a semicolon instead of a comma
 * (`记者从市统计局获悉：`, `從有關方面獲悉；`); a lead-in of time alone (`3月12日：`) is never so closed.
 */
const SOURCE_LEAD_IN = new RegExp(
  `^(?:${ACCORDING}|[^，。；！？,;：:]{0,40}?${SOURCE_WORD})[：:；;]`,
);
/**
 * The characters a lead-in's last word may end with: most lines hold none before their first `，`.
 * (`前` for `日前，`, which {@link LEAD_IN} names.)
 */
const LEAD_IN_END = /[悉到知示明息称稱出露绍紹解计計測测道布日期天际際午上间前]/;
/**
 * `健全机制守底线。2021年，…`, `一是稳增长。2023年，…`: a run-in title (a short phrase, no clause or
 * number in it, closed by `。`) right before a year: the title, not the report's first clause.
 */
const RUN_IN_BEFORE_YEAR = /^[^，。；！？,;：:\d]{2,16}[。.](?=\d{4}年)/;

/**
 * `通讯员 某某 2018年，…`, `记者 某某 通讯员 某某某 2020年，…`: a reporter's or correspondent's byline (a
 * name of two to four Han characters; the repair has squeezed the spaces out) run on into a lede that
 * opens with a year and a comma. Not a byline alone on its line, nor a word starting so before a year
 * without a comma (`通讯员队伍建设2019年取得新进展`).
 */
const RUN_ON_BYLINE =
  /^(?:(?:见习|見習)?(?:记者|通讯员|記者|通訊員)\s*[\u4e00-\u9fff]{2,4}?\s*)+(?=\d{4}年[，,])/;

/** A comma left opening a line once its dateline is cut (`据财政部消息，…`). */
const COMMA_AFTER_DATELINE = /^[，,]\s*/;

/**
 * `text` without the lead-ins it opens with (at most three, `近日，从…传来消息，2025年端午节期间…`; a
 * source's closed by `：` or `；` too, {@link SOURCE_LEAD_IN}):
 * the report's first clause, where a report states the span it covers (`…获悉，2015年，全国信访…`);
 * a run-in title before the year too ({@link RUN_IN_BEFORE_YEAR}).
 */
export function withoutLeadIn(text: string): string {
  // A dateline first (`本报讯（记者 …）`, `新华社北京7月27日电`): page-foot's reader; the comma after a
  // body's 消息 it reads (`据财政部消息，2023年…`) goes with it.
  let rest = text.slice(newsDateline(text)?.length ?? 0);
  if (rest.length < text.length) rest = rest.replace(COMMA_AFTER_DATELINE, "");
  rest = rest.slice(RUN_ON_BYLINE.exec(rest)?.[0].length ?? 0);
  // `有机衔接促振兴。2021年，…`: a paragraph's run-in title before the year its report opens with.
  const title = RUN_IN_BEFORE_YEAR.exec(rest);
  if (title !== null) rest = rest.slice(title[0].length);
  for (let k = 0; k < 3; k++) {
    const comma = rest.search(/[，,：:；;]/);
    if (comma < 2 || comma > 41 || !LEAD_IN_END.test(rest.charAt(comma - 1))) break;
    const m = (oneOf("，,", rest.charAt(comma)) ? LEAD_IN : SOURCE_LEAD_IN).exec(rest);
    if (m === null || /\d{4}年/.test(m[0])) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/**
 * A year stated with a holiday (`2021年国庆节假期`, `2021年“五一”小长假`, `2020年春节`, `2024年暑假`,
 * `2023年黄金周`; simplified or traditional): the year of the holiday's days that the report gives without one.
 * So is an occasion's quoted name followed by `期间` (`2016年“3·15”期间`, `2021年“双十一”期间`); near-misses:
 * a quoted name not followed by `期间` (`2016年“3·15”晚会`), a quote holding a pause (`2016年“…，…”期间`).
 */
const HOLIDAY_YEAR =
  /(?<!\d)(\d{4})年(?:[“"「][^“”"「」，。,]{1,8}[”"」](?=期[间間])|[“"「]?(?:国庆|國慶|五一|劳动节|勞動節|春节|春節|元旦|清明|端午|中秋|十一|暑假|寒假|暑期|黄金周|黃金周|双节|雙節|小长假|小長假))/;
/**
 * A span of days without its year: `10月1日至7日`, `5月1日-5日`, `4月29日—5月3日` (not after a year,
 * `2021年10月1日…`, which says its own).
 */
const YEARLESS_DAY_SPAN =
  /(?<![\d年])(\d{1,2})月(\d{1,2})日?\s*[-—–~～至到]\s*(?:(\d{1,2})月)?(\d{1,2})日/;

/**
 * `旺苍县2021年“五一”小长假旅游情况综述` / `5月1日-5日，全县累计接待游客…`, `…发布了2021年国庆节
 * 假期…情况。…测算，10月1日至7日，…`: a holiday report whose title or opening names the holiday
 * with its year, and whose opening gives the holiday's days without one (the first span of days
 * after that): those days, in that year. A day alone (`10月7日，文旅部发布了…`) is no span; a span
 * of days with no holiday's year before it (`4月3日-5日清明节假日期间` under a page's date) states none.
 */
export function holidayDaysOfStatedYear(
  titles: readonly (string | undefined)[],
  opening: readonly string[],
): DateSpan | undefined {
  let year: number | undefined;
  for (const title of titles) {
    const m = title === undefined ? null : HOLIDAY_YEAR.exec(title);
    if (m) {
      year = Number(m[1]);
      break;
    }
  }
  for (const text of opening) {
    let from = 0;
    if (year === undefined) {
      const m = HOLIDAY_YEAR.exec(text);
      if (m === null) continue;
      year = Number(m[1]);
      from = m.index + m[0].length;
    }
    const span = YEARLESS_DAY_SPAN.exec(text.slice(from));
    if (span === null) continue;
    return daySpan(
      year,
      Number(span[1]),
      Number(span[2]),
      Number(span[3] ?? span[1]),
      Number(span[4]),
    );
  }
  return undefined;
}

/** The days from `m1`/`d1` to `m2`/`d2` of `year`, when they are real days in order. */
function daySpan(
  year: number,
  m1: number,
  d1: number,
  m2: number,
  d2: number,
): DateSpan | undefined {
  const start = readFullDate(`${year}年${m1}月${d1}日`);
  const end = readFullDate(`${year}年${m2}月${d2}日`);
  return start === undefined || end === undefined || end < start
    ? undefined
    : { kind: "range", start, end };
}

/**
 * What opens a line before its words: bullets (`◆`, `●`, `■`, a dash `——`), a heading's marker (`一、`, `（一）`,
 * `1.`, `1﹒`) and the run-in label after a marker (`（一）总体情况：`, `二、分收入结构看：`).
 */
const OPENING_MARKS =
  /^(?:(?:[◆◇●○■□▲△▶►★☆※•▪]+|——)\s*|(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．﹒](?!\d))(?:[^，。；：,;:\d]{1,16}[：:])?)/;

/**
 * `text` without the bullet, heading marker and run-in label it opens with (see
 * {@link OPENING_MARKS}): the clause a report's opening states its span in
 * (`一、截至2015年8月底，累计…`, `◆1-12月，…`).
 */
export function withoutOpeningMarks(text: string): string {
  const m = OPENING_MARKS.exec(text);
  return m === null ? text : text.slice(m[0].length);
}

/**
 * `截至2015年8月底，累计…`, `截止2024年6月30日，累计…`: where a report's counts stop, with its year,
 * then the counts summed since (`累计`, `累計`).
 */
const UP_TO =
  /^(?:截至|截止|截止到|截至到)(\d{4})年(\d{1,2})月(?:份|底|末|(\d{1,2})日)?[，,]?(?:[^，。；,;\d]{0,12}?)(?:累计|累計)/u;

/**
 * `截至2015年8月底，累计完成公共财政预算总收入…`: a report whose first sentence opens with where its
 * counts stop (a month's end or its last day) and sums them (`累计`, as year-to-date statistics
 * do) reports on the months from January up to then. The first line that holds a sentence is
 * looked at (headings above it aside). A stock at a month's end (`截至2020年12月底，全市共进驻事项
 * 8554项`), a count since an unstated start (`截至2021年6月，热线共受理…`) and a day within a month
 * (`截至2024年6月15日`) state none.
 */
export function cumulativeToMonthEnd(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    if (!/[，。,]/.test(text)) continue;
    const m = UP_TO.exec(text.trimStart());
    if (m === null) return undefined;
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (!inYearRange(`${year}-01-01`) || !(month >= 1 && month <= 12)) return undefined;
    const end = dateSpanBounds({
      kind: "month",
      month: `${year}-${String(month).padStart(2, "0")}`,
    })[1];
    if (m[3] !== undefined && Number(m[3]) !== Number(end.slice(8))) return undefined;
    return { kind: "range", start: `${year}-01-01`, end };
  }
  return undefined;
}

/**
 * The words a funds notice puts between `现将` (or `现下达`) and the funds' year, naming who gave or
 * allotted them (`江苏省追加的`, `省财政厅、省扶贫开发局下达我市`, `我局调整`): up to {@link
 * FUNDS_GIVER_MAX} characters without a digit, a pause, a quote or a document's bracket, not
 * ending in a list's word (`及`, `和`, `与`, `、`: `“十二五”及2015年`, two spans listed).
 */
const FUNDS_GIVER_MAX = 20;
const FUNDS_GIVER = `[^，。；,;：:\\d《》“”"「」]{1,${FUNDS_GIVER_MAX}}?(?<![及和与與、])`;

/**
 * `…向区人大常委会报告2022年度区本级预算执行…情况`, `现将2023年全县…工作情况报告如下`, `现将2023年工作
 * 总结如下`, `现将2021年度工作情况发布如下`, `现将2023年度某中心案件办理…等相关情况进行公示`: the year a
 * report's opening says it reports on (the year right after `报告`/`汇报`, or between `现将` and
 * `…报告如下`/`通报如下`/`汇报如下`/`总结如下`/`发布如下`/`公布如下`/`公示如下`/`公告如下` or a notice's
 * `…进行公示`/`予以公示`/`予以公告`, either script, perhaps after a comma: `…万元，予以公告`), a bare year
 * or a 年度 (not `2022年底`, `2022年以来`). A funds notice names who gave the funds before their year
 * ({@link FUNDS_GIVER}): `现将江苏省追加的2018年东西部扶贫协作资金分配情况公告如下`,
 * `现将省财政厅、省扶贫开发局下达我市2019年…扶贫资金26428万元，予以公告`; or allots them now
 * (`现下达我局调整2022年产业帮扶资金1265万元`: `现下达`, the year, a few words, then `资金` and its sum).
 * Near-misses: a year after a list's word (`现将…“十二五”及2015年工作总结如下`), a
 * document's name (`现将《某区2016年度…方案》印发`), a round or part of the year (`现下达2023年第二批…资金`,
 * `现将我镇2015年上半年…报告如下`, read as that span).
 */
const REPORTED_YEAR = new RegExp(
  `(?:报告|汇报)(\\d{4})年度?(?=\\p{Script=Han})(?![第前底末初起来]|以[来后]|至今)|[现現][将將](?:${FUNDS_GIVER})?(\\d{4})年度?(?=\\p{Script=Han})(?![第前底末初起来上下半]|以[来后]|至今)[^，。；]{0,40}?(?:(?:报告|通报|汇报|总结|[发發]布|公[布佈示告])如下|[，,]?(?:[进進]行|予以)公[示告布佈])|[现現]下[达達](?:${FUNDS_GIVER})?(\\d{4})年度?(?![第前底末初起来上下半]|以[来后]|至今|\\d)[\\u4e00-\\u9fff]{0,20}?[资資]金\\d`,
  "u",
);

/**
 * `下面，我简要介绍一下2022年上半年知识产权相关工作情况。`, `现在我通报2023年前三季度全省…运行情况`: a
 * speaker's announcement (a press conference's transcript) of the span whose work or figures they
 * introduce (`介绍`, `通报`, either script, perhaps `一下`): a year, perhaps its half, its first three
 * quarters, a quarter or its months from January, then up to twenty characters without a pause
 * or a digit, then `情况` (or the span's results, `成效`, `成果`, `成绩`: `介绍了2024年消费者权益保护工作成效`).
 * Group 1 is the span's text. Not `介绍了2022年以来…情况` (a start, no span),
 * `通报2020年“五一”假期总体情况` (a holiday, a quote, a week, a month or a quarter in the words: a part of
 * the year the words name),
 * `介绍2022年6月…情况` (a month: left to other readers), `介绍了有关情况，2022年…` (no span before `情况`).
 */
const INTRODUCED_SPAN =
  /(?:介[绍紹]|通[报報])(?:一下|了)?(\d{4}年(?:度|[上下]半年|前三季度|第?[一二三四1-4]季度|1\s*[-—–~～至到]\s*\d{1,2}月份?)?)(?![以至到\d月])[^，。；！？,;!?\d“”"「」假节節周週旬季月]{0,20}?(?:情况|情況|成效|成果|成[绩績])/;

/** The text of the span a speaker says they introduce ({@link INTRODUCED_SPAN}), or undefined. */
export function introducedSpanText(opening: readonly string[]): string | undefined {
  for (const text of opening) {
    if (!text.includes("介") && !text.includes("通")) continue;
    const m = INTRODUCED_SPAN.exec(text);
    if (m !== null) return m[1];
  }
  return undefined;
}

/**
 * `…在省人大常委会会议上作了《关于2021年度省级预算执行…整改情况的报告》`, `…所作的《关于某市2020年度…
 * 审计工作报告》`: a report delivered to a people's congress (`作`, `审议`), named in `《》` by `关于`,
 * a place's name perhaps (`某市`, `某县`), then a bare year or a 年度 (no span after it) and words
 * without a digit (no second year, no month) to `报告》`, either script.
 */
const DELIVERED_REPORT =
  /(?:作|审议|審議)[了的]?《(?:关于|關於)(?:[\u4e00-\u9fff]{1,7}?[省市区县州盟旗區縣])?(\d{4})年度?(?=\p{Script=Han})(?![第前底末初起来上下]|以[来后]|至今)[^《》\d]{2,60}?[报報]告》/u;

/**
 * The year a report's opening lines say it reports on ({@link REPORTED_YEAR}) or name the report
 * delivered with ({@link DELIVERED_REPORT}).
 */
export function reportedYear(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    if (!/[报報汇布佈示告达達]|总结/.test(text)) continue;
    const m =
      REPORTED_YEAR.exec(text) ?? (text.includes("《") ? DELIVERED_REPORT.exec(text) : null);
    const year = m?.slice(1).find((y) => y !== undefined);
    if (year !== undefined && inYearRange(`${year}-01-01`))
      return { kind: "year", year: Number(year) };
  }
  return undefined;
}

/**
 * `2020年2月2日宜登记结婚？民政部：应理性对待…`: a headline asking a question about a day (either
 * width of the mark, before a colon's answer or not). A daily report's title states its day and asks
 * nothing (`2021年10月8日，某县…进程报告`), so the day such a headline names is not the span reported on.
 */
const ASKED_DAY = /^\d{4}年\d{1,2}月\d{1,2}日[^？?，。；,;]{1,20}[？?]/;

/** Whether a title is a headline asking about the day it opens with ({@link ASKED_DAY}). */
export function isAskedDayHeadline(title: string | undefined): boolean {
  return title !== undefined && ASKED_DAY.test(title);
}

/**
 * `2021年10月8日，…` opening a title (before a comma or its words, not `至`/`到`/`起`/`以来`), or
 * `…（2021年10月8日）`, `…（2021.10.8）`, `…（二〇二一年十月八日）` closing it: one day, printed whole.
 */
const TITLE_DAY =
  /^(\d{4}年\d{1,2}月\d{1,2}日)(?=[，,\s\u4e00-\u9fff])(?![至到起以前后])|[（(]([\d.\-/年月日〇○零一二三四五六七八九十]{8,12})[）)]$/;

/**
 * `2023年7月20日在省七届人大常委会第五次会议上`, `2021年1月19日在市十五届人大常委会第三十次會議上`: a
 * report's dateline naming the day it was delivered at a meeting (the day, then `在`, the meeting's
 * name without a mark, `会议上`/`大会上`/`会上`, either script). Near-misses: a day opening a daily
 * report's title (`2021年10月8日，某县…进程报告`, `2021年10月8日某县防汛工作日报`), a day at which an
 * event was held without `在…上` (`2023年7月20日某县召开…会议`).
 */
const DELIVERED_AT =
  /^\d{4}年\d{1,2}月\d{1,2}日在[^，。；,;！？]{2,60}?(?:[会會]议|[会會]議|大[会會]|[会會])上/;

/**
 * Whether a title is a report's dateline naming the day it was delivered at a meeting
 * ({@link DELIVERED_AT}): that day is the report's date, not the span it reports on.
 */
export function isDeliveredDateline(title: string | undefined): boolean {
  return title?.includes("上") === true && DELIVERED_AT.test(title.trimStart());
}

/**
 * `2021年10月8日，某县疫情防控工作进程报告`, `某县防汛工作日报（2023年7月3日）`: a daily report's title
 * that states its day, opening it before a comma or closing it in brackets: that day (its date of
 * publication and the span it reports on, when nothing else gives them). A title naming a span of
 * days (`（2016年3月4日—3月10日）`) or a day inside its words states no such day.
 */
export function dayOfTitles(titles: readonly (string | undefined)[]): string | undefined {
  for (const title of titles) {
    if (title === undefined || !title.includes("日")) continue;
    const m = TITLE_DAY.exec(title);
    const day = m === null ? undefined : readFullDate((m[1] ?? m[2]) as string);
    if (day !== undefined) return day;
  }
  return undefined;
}

/**
 * `某局22日发布的《2018年中国气候公报》显示`, `國家統計局發布《2023年國民經濟和社會發展統計公報》`: a
 * news report's opening naming the yearly report it covers, released (`发布`, `公布`, `印发`) under a title in
 * `《》` that opens with a bare year (perhaps after `关于`; no month, quarter, half, week or day in it) and
 * ends as a report or a notice of a year's state does (`公报`, `报告`, `年报`, `年鉴`, `通告`, either script:
 * `发布了《2021年全国特种设备安全状况的通告》`). Not a `通报` (`发布《2020年政府网站检查情况通报》，通报称，
 * 2020年7月—10月，…`: a notice names its year, its text the span it covers).
 * A few words between the verb and the title (`发布了最新的《2023年民政事业发展统计公报》`,
 * `发布我国《…》`), and a year's digest or summary (`發布的《2020年醫療保障事業發展統計快報》`,
 * `印發《2022年上海民政工作總結》`) too (since 2026-12-08).
 */
const RELEASED_REPORT =
  /(?:[发發]布|公布|印[发發])(?:了|的)?(?:[^，。；,;：:《》\d“”"]{1,4}?)?《(?:[关關][于於])?(\d{4})年?(?![度第]|\d)([^《》]{2,40}?)(?:公[报報]|[报報]告|年[报報]|年[鉴鑒]|通告|快[报報]|工作[总總][结結])》/;
/**
 * `發布《福建省商標與地理標志發展報告(2023年度)》`, `发布《某市营商环境白皮书（2022年）》`: a released report
 * whose title gives its year in brackets at its end (a bare year or a 年度, no span), words without a
 * digit before it. Not `《…报告（2023年第一季度）》` (a span), `《…报告（试行）》` (no year).
 */
const RELEASED_REPORT_YEAR_NOTE =
  /(?:[发發]布|公布|印[发發])(?:了|的)?《[^《》\d]{2,40}?(?:公[报報]|[报報]告|白皮[书書])[（(](\d{4})年度?[）)]》/;
/**
 * `《2020年某市“接诉即办”改革工作年度报告》对外发布`, `《…公报》今天正式公布`: such a title before the
 * verb that released it, a few words of when or how (six characters at most, no pause) between.
 */
const REPORT_RELEASED =
  /《(\d{4})年?(?![度第]|\d)([^《》]{2,40}?)(?:公[报報]|[报報]告|年[报報]|年[鉴鑒])》[^，。；,;《》]{0,6}?(?:[发發]布|公布|印[发發])/;
/**
 * `某局发布的关于2020年全市食品安全抽检情况的通告显示，…`: such a report named without `《》`, after
 * `关于`, its ending then `显示`/`指出`/`称` (what the news copy quotes it for). The name holds no
 * clause's or sentence's mark. Near-misses: `发布关于2020年…的通知` (a notice of work, not a year's
 * state), `发布关于2020年1-6月…的通告显示` (a span: {@link SPAN_WORDS}), the name run past a comma.
 */
const RELEASED_REPORT_UNQUOTED =
  /(?:[发發]布|公布|印[发發])(?:了|的)?[关關][于於](\d{4})年(?![度第]|\d)([^，。；,;《》]{2,40}?)的?(?:公[报報]|[报報]告|通告)(?:[显顯]示|指出|[称稱])/;

/**
 * The year of the yearly report a news report's opening says was released ({@link RELEASED_REPORT},
 * {@link REPORT_RELEASED}, {@link RELEASED_REPORT_YEAR_NOTE}, {@link RELEASED_REPORT_UNQUOTED}).
 */
export function releasedReportYear(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    if (!text.includes("《")) {
      const m = /[关關][于於]\d{4}年/.test(text) ? RELEASED_REPORT_UNQUOTED.exec(text) : null;
      if (m === null) continue;
      if (SPAN_WORDS.test(m[2] as string) || !inYearRange(`${m[1]}-01-01`)) return undefined;
      return { kind: "year", year: Number(m[1]) };
    }
    const m = RELEASED_REPORT.exec(text) ?? REPORT_RELEASED.exec(text);
    if (m === null) {
      const noted = RELEASED_REPORT_YEAR_NOTE.exec(text)?.[1];
      if (noted !== undefined && inYearRange(`${noted}-01-01`))
        return { kind: "year", year: Number(noted) };
      continue;
    }
    if (SPAN_WORDS.test(m[2] as string) || !inYearRange(`${m[1]}-01-01`)) return undefined;
    return { kind: "year", year: Number(m[1]) };
  }
  return undefined;
}

/**
 * `2022年4月10日0—24时，…新增…`, `2021年8月3日0时至24时，…`, `2022年4月10日00:00-24:00，…`: a day's
 * hours, from 0 to 24, opening the first sentence of a daily report (an epidemic's 通报, a 通告):
 * the span reported is that day. With a last day before the 24 (`2020年10月1日00:00--31日24:00，`,
 * `…1日0时至11月30日24时，`), the days from the first to that one.
 */
const WHOLE_DAYS_HOURS =
  /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:0{1,2}:00|0\s*(?:时|時)?)\s*(?:[—–~～-]{1,2}|至|到)\s*(?:(?:(\d{1,2})月)?(\d{1,2})日\s*)?24\s*(?:时|時|:00)\s*[，,]/;
/**
 * `由2022年06月27日08H00至16H00，…共接获363宗查询`, `2023年5月2日8时至17时，…`, `从2021年3月1日
 * 09:00到18:00，`: some hours of one day (the later hour after the earlier, up to 24) opening a daily
 * report's first sentence (`由`, `从`, `自` perhaps before it): the span reported is that day.
 * Near-misses: hours over two days (`…1日20时至2日8时`: a day after the dash), a day and a time alone
 * (`2022年6月27日16时，`), the later hour not after the earlier (`16时至8时`).
 */
const DAY_HOURS =
  /^(?:[由从從自]\s*)?(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\d{1,2})(?:[:：Hh]\d{2}|[时時](?:\d{1,2}分)?)\s*(?:[—–~～-]{1,2}|至|到)\s*(\d{1,2})(?:[:：Hh]\d{2}|[时時](?:\d{1,2}分)?)\s*止?\s*[，,]/;

/** A sentence's mark: a line of the opening without one is no sentence. */
const CLAUSE_MARK = /[，。,]/;

/**
 * The day, or days, whose whole hours the first of `opening`'s sentences opens with
 * ({@link WHOLE_DAYS_HOURS}), or some hours of one day ({@link DAY_HOURS}).
 */
export function daysOfWholeHours(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening.slice(0, 3)) {
    if (!CLAUSE_MARK.test(text)) continue;
    const m = WHOLE_DAYS_HOURS.exec(text.trimStart());
    if (m === null) return dayOfHours(text.trimStart());
    const [, year, month, day, lastMonth = month, lastDay] = m;
    const start = readFullDate(`${year}年${month}月${day}日`);
    const end = lastDay === undefined ? start : readFullDate(`${year}年${lastMonth}月${lastDay}日`);
    if (start === undefined || end === undefined || !inYearRange(start) || end < start)
      return undefined;
    return start === end ? { kind: "day", date: start } : { kind: "range", start, end };
  }
  return undefined;
}

/** The day whose hours `text` opens with ({@link DAY_HOURS}), or undefined. */
function dayOfHours(text: string): DateSpan | undefined {
  const m = DAY_HOURS.exec(text);
  if (m === null) return undefined;
  const [, year, month, day, from, to] = m;
  if (Number(to) <= Number(from) || Number(to) > 24) return undefined;
  const date = readFullDate(`${year}年${month}月${day}日`);
  return date === undefined || !inYearRange(date) ? undefined : { kind: "day", date };
}

/**
 * `从2019年1月1日至2021年11月30日`, `2018年10月8日至12月31日`: a span of two whole dates (the second's
 * year may be left out, then it is the first's).
 */
const DAY_SPAN =
  /(\d{4})年(\d{1,2})月(\d{1,2})日(?:起)?\s*[至到—–~～-]{1,2}\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;

/**
 * The period of a report's opening lines ({@link openingYearPeriod}), unless its first sentence
 * states a span of two whole dates that period overlaps (`本市推行接诉即办改革近3年，
 * 从2019年1月1日至2021年11月30日，共受理…` / … / `2019年，本市…`): the report counts over that span,
 * and the later paragraph's year is a part of its story. A span the year falls outside of (an
 * audit's fieldwork, `自2023年5月8日至8月30日，对…2022年度…进行了审计`) leaves the year.
 */
export function openingYearOrDaySpan(opening: readonly string[]): DateSpan | undefined {
  const year = openingYearPeriod(opening);
  if (year === undefined) return undefined;
  const days = openingDaySpan(opening[0]);
  if (days === undefined) return year;
  const [from, to] = dateSpanBounds(year);
  return from <= days.end && to >= days.start ? days : year;
}

/** The span of two whole dates ({@link DAY_SPAN}) the first sentence of `first` states, if any. */
function openingDaySpan(first: string | undefined): (DateSpan & { kind: "range" }) | undefined {
  if (first === undefined || !first.includes("日")) return undefined;
  const stop = first.indexOf("。");
  const m = DAY_SPAN.exec(stop < 0 ? first.slice(0, 200) : first.slice(0, stop));
  if (m === null) return undefined;
  const pad = (n: string): string => n.padStart(2, "0");
  const start = readFullDate(`${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}`);
  const end = readFullDate(`${m[4] ?? m[1]}-${pad(m[5] as string)}-${pad(m[6] as string)}`);
  return start !== undefined && end !== undefined && start < end
    ? { kind: "range", start, end }
    : undefined;
}

/**
 * `2018年11月15日当天，…`, `2024年10月1日全天，…`, `…當日，`: a whole date and the word that makes it
 * one day's count, opening a paragraph (its lead-in gone).
 */
const ONE_DAY_OPENING = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日(?:当天|當天|当日|當日|全天)[，,]/;

/**
 * The day the first of `opening`'s paragraphs to open so ({@link ONE_DAY_OPENING}) counts:
 * `2018年11月15日当天，受理中心共接听市民来电5588个` covers that day; else undefined.
 */
export function openingOneDay(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    const m = ONE_DAY_OPENING.exec(text);
    if (m === null) continue;
    const date = readFullDate(`${m[1]}年${m[2]}月${m[3]}日`);
    if (date !== undefined) return { kind: "day", date };
  }
  return undefined;
}

/**
 * `2025年，…`, `2021年某市12345热线…`: a sentence's head that is a year alone (not `2020年度`,
 * `2020年以来`, `2020年底`, `2020年上半年`, `2020年1月`, `2020年是…`), or a span of whole years from `从`
 * to `至` closed by a comma (`從2016年至2024年，`).
 */
const SENTENCE_YEAR = new RegExp(
  `^(?:[从從自]${YEARS_SPAN}|(\\d{4})年(?=[，,]|\\p{Script=Han})(?![度第底末初起来來前后後上下是]|以[来來后後]|至今))`,
  "u",
);
/**
 * `截至2019年底，`, `截止2015年末，`, `截至2018年12月31日，`: a sentence's head naming the year's end its
 * counts stand at (a yearly statistics report's stock): that year.
 */
const YEAR_END_HEAD = /^截[至止]到?(\d{4})年(?:[末底]|12月31日)[，,]/;
/**
 * A span of whole years heading a sentence without `从` (`2014年到2018年，`): the years a report sums
 * up when a lead-in naming its source comes before it (`据统计，2014年到2018年，…`).
 */
const LED_YEARS = new RegExp(`^${YEARS_SPAN}`);

/**
 * The years `sentence` (its lead-in gone; `led`: it had one) opens with, as {@link
 * laterSentenceYear} reads them: a year alone or a span from `从` ({@link SENTENCE_YEAR}), a span
 * without `从` after a lead-in ({@link LED_YEARS}), a year's end ({@link YEAR_END_HEAD}); with the
 * length of the head. `placed`: a place may come before the year (`该县2013年…`, {@link
 * placeBeforeYear}).
 */
function sentenceHeadYears(
  sentence: string,
  led: boolean,
  placed: boolean,
): { from: number; to: number; length: number } | undefined {
  // `据悉，该县2013年…新增3300套`: the place the sentence names before its year.
  const place = placed ? placeBeforeYear(sentence) : 0;
  const head = sentence.slice(place);
  const span = led ? LED_YEARS.exec(head) : null;
  if (span !== null)
    return { from: Number(span[1]), to: Number(span[2]), length: place + span[0].length };
  const m = SENTENCE_YEAR.exec(head);
  if (m !== null) {
    const from = Number(m[3] ?? m[1]);
    return { from, to: Number(m[3] ?? m[2]), length: place + m[0].length };
  }
  const end = YEAR_END_HEAD.exec(head);
  return end === null
    ? undefined
    : { from: Number(end[1]), to: Number(end[1]), length: place + end[0].length };
}

/**
 * `胡道才說，`, `王雁林在报告中称，`, `某部有关方面负责人指出，`, `主任白立忱20日表示，` before a year: a
 * person's words (`说`, `称`, `表示`, `指出`, either script; the day they spoke perhaps before the
 * verb) that open a sentence of the lede, up to {@link SPEAKER_MAX} characters without a digit or
 * a pause; what they say follows. Not a body's own words (`某市金融局称，`, the word before the verb
 * ending in an office's character, {@link BODY_END}), which may look back at another year.
 */
const SPEAKER_MAX = 30;
/** The last character of a body's name (`局`, `部`, `委`, `院`, `中心`, `公司`…). */
const BODY_END = "局部委厅廳院办辦署会會处處府司所站队隊心社行";
const SPEAKER_LEAD_IN = new RegExp(
  `^[^，。；！？,;：:\\d“”"「」]{2,${SPEAKER_MAX}}?(?<![${BODY_END}])(?:\\d{1,2}日)?(?:[说說称稱]|表示|指出)[，,](?=\\d{4}年)`,
);
/** A plan's words before its numbers (`计划`, `安排`, `目标`, `预计`, `力争`, `拟`): no report of counts. */
const PLAN_WORDS = /[计計]划|[计計]劃|安排|目[标標]|[预預][计計]|力[争爭]|[拟擬]/;
/**
 * Whether `sentence` plans the counts it gives rather than reporting them: a plan's words ({@link
 * PLAN_WORDS}) or `将` before its first count ({@link COUNT_EITHER_SCRIPT}) — `我省将力争…增长10%`,
 * `力争建成…`. A sentence without a count plans none.
 */
function plansCounts(sentence: string): boolean {
  const count = COUNT_EITHER_SCRIPT.exec(sentence);
  if (count === null) return false;
  const before = sentence.slice(0, count.index);
  return /[将將]/.test(before) || PLAN_WORDS.test(before);
}
/**
 * `2018年机构改革以来，…`: an event of the year (a few words, no pause or digit) since which a count
 * runs, not the year reported on.
 */
const SINCE_EVENT = /^[^，。；,;\d]{1,12}以[来來]/;
/** `今年`, `本年`: this year, which a sentence that names another year sets against it. */
const THIS_YEAR = /今年|本年/;
/** A year inside a sentence (`较2016年增长`), which is no count the sentence gives. */
const YEAR_IN_TEXT = /\d{4}年/g;
/** A line of the lede that is no paragraph: a sub-head (no clause's mark in it). */
export const CLAUSE_MARKS = /[，。；！？,;!?]/;

/**
 * `…用高效服务架起政民“连心桥”。2025年，某旗12345热线全年共受理诉求11877件…`, `…介绍，2021年某市
 * 12345热线平台受理办件402万余件…`, `據統計，從2016年至2024年，某熱線共受理訴求5159.14萬件…`: a news
 * report whose lede opens on a scene, a quote or narrative states the year it reports on at the head
 * of a later sentence that gives the year's counts (after the sentence's lead-in, {@link
 * withoutLeadIn}; after a lead-in or at a paragraph's start the sentence's place may come before
 * its year, `据悉，该县2013年…`, {@link placeBeforeYear}): that year, or that span of whole years. Only the lede is read: the paragraphs
 * before the report's first sub-head (headline lines above them aside), an editor's note (`编者按`)
 * aside. A plan's year ({@link PLAN_WORDS}), a past year set against this year's figures (`今年`), a year a count starts at (`2020年以来`), a holiday's
 * year (`2013年清明小长假期间`) and a year's sentence without a number state none; the first
 * sentence that states one wins.
 */
export function laterSentenceYear(opening: readonly string[]): DateSpan | undefined {
  let paragraphs = 0;
  for (const line of opening) {
    if (!CLAUSE_MARKS.test(line)) {
      // A headline's line over the lede, or the report's first sub-head under it.
      if (paragraphs > 0) return undefined;
      continue;
    }
    paragraphs++;
    if (/^(?:编者按|編者按|按语|按語)/.test(line)) continue;
    for (const [k, printed] of line.split(/(?<=[。！？!?])/).entries()) {
      const whole = printed.trim();
      const unled = withoutLeadIn(whole);
      // `胡道才說，2021年，全省法院受理案件2139772件`: a speaker's words after the lead-ins.
      const sentence = unled.slice(SPEAKER_LEAD_IN.exec(unled)?.[0].length ?? 0);
      const led = sentence.length < whole.length;
      // (A place before the year only where a lead-in or the paragraph's start leads to it.)
      const m = sentenceHeadYears(sentence, led, led || k === 0);
      if (m === undefined || HOLIDAY_YEAR.exec(sentence)?.index === 0) continue;
      const rest = sentence.slice(m.length).replace(YEAR_IN_TEXT, "");
      const digit = rest.search(/\d/);
      if (digit < 0 || !givesNumber(rest) || PLAN_WORDS.test(rest.slice(0, digit))) continue;
      // `…表示，2023年将进一步…`, `2018年机构改革以来，…`: a plan, or a count since an event.
      if (plansCounts(rest) || SINCE_EVENT.test(rest)) continue;
      // `2018年我市共查处…1553起，今年1、2月份…`: a past year set against this year's figures.
      if (THIS_YEAR.test(rest)) continue;
      const years = wholeYears(m.from, m.to);
      if (years !== undefined) return years;
    }
  }
  return undefined;
}

/**
 * `【概况】2016年，某市财政运行总体平稳…`: the year the first of `opening`'s lines that opens a yearbook
 * entry's part records ({@link bracketedEntryYear}), if any.
 */
export function entryYear(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    const year = bracketedEntryYear(text);
    if (year !== undefined && inYearRange(`${year}-01-01`)) return { kind: "year", year };
  }
  return undefined;
}

/**
 * `总结回顾2023年的工作和成果`, `全面總結2021年街道工作成績`, `回顧總結2020年政務服務工作`, `总结回顾了2015年全县
 * 妇女工作` (a `了` after the verbs; not `总结了2016年以来代表建议办理工作`, the years since): a meeting's review
 * of a year's work (the words between the year and `工作` Han only: not a list, `总结2017年建议、提案办理工作`);
 * a report's or a meeting's review of a year (`报告用八个部分全面回顾了2018年某县法院…`; not `回顾了2018年以来`);
 * a speaker's review of a year's work (`对2020年执行工作进行回顾总结`, `對2021年度工作進行了總結`; not a
 * plan, `对2021年工作进行部署`, nor a list, `对2020年建议、提案工作进行总结`); a year's review meeting called
 * (`召开2018年度工作总结大会`, `召開2020年工作總結表彰會`; not a part of the year, `召开2019年上半年工作总结会`,
 * nor a work meeting, `召开2020年工作会议`).
 */
const REVIEWS_YEAR =
  /(?:回[顾顧])?[总總][结結](?:回[顾顧])?了?(?:[\u4e00-\u9fff]{0,8}?[会會局委办辦院部厅廳])?(\d{4})年度?(?!以[来來后後]|至)的?[\u4e00-\u9fff]{0,8}?工作|(?:[报報]告|会议|會議)[^，。；]{0,12}?回[顾顧]了(\d{4})年(?![以至到\d—–~-])|[对對](\d{4})年度?的?[\u4e00-\u9fff]{0,8}?工作[进進]行了?(?:回[顾顧][总總][结結]|[总總][结結]回[顾顧]|回[顾顧]|[总總][结結])|召[开開]了?(\d{4})年度?(?![上下前第半全一二三四\d])[\u4e00-\u9fff]{0,8}?[总總][结結](?:表彰)?大?[会會]/;

/**
 * The year a news report's opening says a meeting reviewed the work of ({@link REVIEWS_YEAR}): a
 * review meeting's news reports on that year.
 */
export function reviewedYearOfMeeting(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    const m = REVIEWS_YEAR.exec(text);
    const year = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
    if (year !== undefined && inYearRange(`${year}-01-01`))
      return { kind: "year", year: Number(year) };
  }
  return undefined;
}

/** `。据了解，2017年，…`: a sentence inside a line that a hearsay lead-in and a year and a comma open. */
const HEARSAY_YEAR = /[。！？][据據](?:了解|悉|统计|統計|介绍|介紹)[，,](\d{4})年[，,]([^。！？]*)/;
/**
 * `据了解2018年全县采购预算金额为…万元`: a sentence a hearsay lead-in opens with its year right after it,
 * no comma either side. Near-misses: a year's months or a span (`据统计2018年1-6月`, `2018年度`,
 * `2018年第`, a digit after `年`), the year so far or to now (`据悉2018年以来`, `…至今`).
 */
const HEARSAY_YEAR_RUN_ON =
  /(?:^|[。！？])[据據](?:了解|悉|统计|統計|介绍|介紹)(\d{4})年(?![度第\d]|以[来來]|至今)([^。！？]*)/;
/**
 * `…副司长在新闻发布会上介绍说，2020年，全国共完成抽检638万批次`: a speaker's account opening with a
 * year and a comma, as a hearsay lead-in's does (`介绍说`, a colon or comma after it); not
 * `表示，2023年，…要…`, a speaker's plans, nor `介绍，2010年，某市启动了…`, a speaker's story.
 */
const SPEECH_YEAR = /介[绍紹][说說][，,：:](\d{4})年[，,]([^。！？]*)/;

/**
 * `督查组先后实地察看了…。据了解，2017年，某县列入…的项目共27个，…`: the year a sentence of the opening
 * that a hearsay lead-in opens ({@link HEARSAY_YEAR}, {@link HEARSAY_YEAR_RUN_ON}) or a speaker's words
 * open ({@link SPEECH_YEAR}) state, as a paragraph opening `2017年，` with
 * a number does ({@link openingYearPeriod}); one that gives no number (a narrative) states none.
 */
export function hearsayYear(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    const m = HEARSAY_YEAR.exec(text) ?? HEARSAY_YEAR_RUN_ON.exec(text) ?? SPEECH_YEAR.exec(text);
    if (m !== null && givesNumber(m[2] as string) && inYearRange(`${m[1]}-01-01`))
      return { kind: "year", year: Number(m[1]) };
  }
  return undefined;
}

/**
 * `2022卷` / `【概况】 某局于2018年11月成立，…。2021年，某局推动…`: a yearbook's entry records the year
 * before its volume (the 2022 volume records 2021), when its opening lines state that year (a bare
 * year, `2021年，…`, not `2021年3月`); else undefined.
 */
export function yearbookRecordedYear(
  volume: number | undefined,
  opening: readonly string[],
): DateSpan | undefined {
  if (volume === undefined || !inYearRange(`${volume - 1}-01-01`)) return undefined;
  const stated = new RegExp(`(?<!\\d)${volume - 1}年(?![\\d月])`);
  return opening.some((t) => stated.test(t)) ? { kind: "year", year: volume - 1 } : undefined;
}

/**
 * `四川省“十三五”地方志工作综述`, `某县“十四五”时期工作总结`: a title naming a five-year plan's span
 * (`十一五` … `十五五`, quotes or none) before words ending as a review does (`综述`, `总结`, `回顾`),
 * no year of its own (a year printed is the period: `2025年和“十四五”工作回顾`).
 */
const PLAN_REVIEW_TITLE =
  /[“"「]?十([一二三四五])五[”"」]?(?:期间|期間|时期|時期)?[^，。；,;！？\d]{0,24}?(?:综述|綜述|总结|總結|回[顾顧])/;
/**
 * `四川省“十三五”地方志工作综述` as a line of its own under a page's furniture: the whole line a
 * title of that shape (a place's name before, no list marker: `一、“十三五”时期工作回顾` is a part of a
 * longer report, no mark, nothing after the review word).
 */
const PLAN_REVIEW_LINE =
  /^[\u4e00-\u9fff]{0,12}[“"「]?十([一二三四五])五[”"」]?(?:期间|期間|时期|時期)?[^，。；,;！？\d、]{0,24}?(?:综述|綜述|总结|總結|回[顾顧])$/;

/** The years of the `十N五` plan (from the third, 1966–1970, every plan five years). */
function planYears(n: string): DateSpan {
  const start = 1966 + 5 * ("一二三四五".indexOf(n) + 11 - 3);
  return { kind: "range", start: `${start}-01-01`, end: `${start + 4}-12-31` };
}

/**
 * The five years of a plan a review's title states as its span ({@link PLAN_REVIEW_TITLE}), or
 * one of the first lines under the masthead, whole ({@link PLAN_REVIEW_LINE}). An
 * opening `“十三五”期间，…` alone states none: a news report's look back over the plan's years
 * (`“十一五”期間，某省…`) is not a report on them.
 */
export function fiveYearPlanSpan(
  titles: readonly (string | undefined)[],
  lines: readonly string[],
): DateSpan | undefined {
  for (const title of titles) {
    if (title === undefined || !title.includes("五") || /\d{4}/.test(title)) continue;
    const m = PLAN_REVIEW_TITLE.exec(title);
    if (m !== null) return planYears(m[1] as string);
  }
  for (const line of lines) {
    const m = line.includes("五") ? PLAN_REVIEW_LINE.exec(line.trim()) : null;
    if (m !== null) return planYears(m[1] as string);
  }
  return undefined;
}

/**
 * `现将2022年1-2月份审判质效相关指标完成情况通报如下`, `现将 2019 年 1-5 月招商引资工作情况汇报如下`: the
 * span of months a report's opening says it reports (`现将`, a year and its months, words without a
 * mark, `报告如下`/`通报如下`/`汇报如下`/`总结如下`/`发布如下`/`公布如下`; spaces of a PDF's copy
 * between). Near-misses: one month (`现将2022年2月份…通报如下`), a year alone (`现将2023年工作总结如下`).
 */
const ANNOUNCED_MONTHS =
  /[现現][将將]\s*(\d{4})\s*年度?\s*(\d{1,2})\s*(?:月份?)?\s*[-—–~～至到]\s*(\d{1,2})\s*月份?[^，。；,;！？]{0,40}?(?:[报報]告|[通汇匯][报報]|[总總][结結]|[发發]布|公[布佈])如下/;

/**
 * A lede opening with the months from January without their year: `今年1月，`, `1-2月，`, `1月至8月，`,
 * `前10个月，`, or where its counts stop, `截至2月底止，` (either script). Groups: 1 to 4, the last month.
 */
const LEDE_MONTHS =
  /^(?:今年|本年)?(?:1\s*(?:月份?\s*)?[-—–~～至到]\s*(\d{1,2})\s*月份?|(1)\s*月份?|前(\d{1,2})[个個]?月|截[至止]到?(?:今年|本年)?(\d{1,2})\s*月[底末]止?)[，,]/;

/**
 * `2015年江西安全生产形势开局良好` over `…获悉，今年1月，全省安全生产形势开局良好…`, `2009年1-2我省交通统计情况`
 * over `截至2月底止，全省交通基础设施建设共完成投资58.8亿元`: a year's report whose first paragraph (the
 * first of `opening`'s lines with a clause's mark, its lead-in gone) opens with the months from January
 * without their year ({@link LEDE_MONTHS}) reports those months of `period`'s year. Up to December, or
 * any period but a whole year, `period` stays; so it does when the first paragraph opens otherwise
 * (`2015年，…`, `9月，…`).
 */
export function ledeMonthsOfYear(period: DateSpan, opening: readonly string[]): DateSpan {
  if (period.kind !== "year") return period;
  const first = opening.find((t) => CLAUSE_MARKS.test(t));
  const m = first === undefined ? null : LEDE_MONTHS.exec(first.trimStart());
  if (m === null) return period;
  const to = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return to < 12 ? (januaryTo(period.year, to) ?? period) : period;
}

/**
 * `今年1-9月`, `本年1至5月份`, `2021年1-12月` (either script): the months from January of this year or of
 * a year printed, inside a sentence. Group 1 the year printed, group 2 the last month.
 */
const MONTHS_FROM_JANUARY =
  /(?:今年|本年|(?<![\d.])(\d{4})\s*年)\s*1\s*(?:月份?\s*)?[-—–~～至到]\s*(\d{1,2})\s*月/;

/** `累计`, `份累計` right after months from January: the sum so far a month's report adds. */
const CUMULATIVE_AFTER = /^份?\s*累[计計]/;

/**
 * `工信部10月21日公布了今年1-9月通信业运行状况,…` over `2010年9月,全国电话用户净增917.3万户…`, and
 * `2021年12月,生产生活秩序基本恢复。…2021年1-12月主要指标增速呈现小幅上升`: a report whose titles name
 * no month (`9月份…情况`: that month is its own) and whose first paragraph (the first of `opening`'s
 * lines with a clause's mark) names the months from January of this year or of the month's year
 * ({@link MONTHS_FROM_JANUARY}) up to the month found as its period: the months so far of that
 * month's year, what the report covers. Another month (`今年1-8月` over September), another year's
 * months, another period, a first paragraph without the year or `今年`/`本年` (a month's count,
 * `1-9月累计…` after `9月`), months counted up to (`2023年1月至12月份累计上涨`, {@link
 * CUMULATIVE_AFTER}: a monthly price report's sum so far) keep `period`.
 */
export function monthsFromJanuaryToMonth(
  period: DateSpan,
  titles: readonly (string | undefined)[],
  opening: readonly string[],
): DateSpan {
  if (period.kind !== "month" || titles.some((t) => t !== undefined && /\d\s*月/.test(t)))
    return period;
  const first = opening.find((t) => CLAUSE_MARKS.test(t));
  const m = first === undefined ? null : MONTHS_FROM_JANUARY.exec(first);
  const year = Number(period.month.slice(0, 4));
  const month = Number(period.month.slice(5));
  if (m === null || Number(m[2]) !== month || month < 2) return period;
  // `2023年12月…环比上涨0.4%，2023年1月至12月份累计上涨…`: the year's sum so far in a month's report.
  if (CUMULATIVE_AFTER.test(m.input.slice(m.index + m[0].length))) return period;
  return m[1] === undefined || Number(m[1]) === year ? (januaryTo(year, month) ?? period) : period;
}

/**
 * The months a report's opening announces it reports ({@link ANNOUNCED_MONTHS}), where they lie
 * inside the period found elsewhere (a title's year `2019`, or the month the span ends at:
 * `2022年2月份…通报` over `现将2022年1-2月份…通报如下`, a monthly report of the year's months so far):
 * the narrower span the report says it covers. Otherwise the period found.
 */
export function announcedMonths(period: DateSpan, opening: readonly string[]): DateSpan {
  if (period.kind !== "year" && period.kind !== "month") return period;
  for (const text of opening) {
    if (!text.includes("如下")) continue;
    const m = ANNOUNCED_MONTHS.exec(text);
    if (m === null) continue;
    const year = Number(m[1]);
    const a = Number(m[2]);
    const b = Number(m[3]);
    const span = b > a ? monthsOfYear(year, a, b) : undefined;
    if (span === undefined) return period;
    if (period.kind === "year") return period.year === year ? span : period;
    return a === 1 && period.month === `${year}-${String(b).padStart(2, "0")}` ? span : period;
  }
  return period;
}

/**
 * `本年前三季度`, `今年前两季度`, `2024年前三季度` (either script): the quarters from January an opening
 * counts; group 1 the year (when printed), group 2 how many quarters.
 */
const QUARTERS_SO_FAR = /(?:本年|今年|(\d{4})年)前([二两兩三])季度/;

/**
 * `《2024年3季度民政统计数据》` over `本年前三季度，全国结婚登记474.7万对`: a quarter's period (found
 * elsewhere: a release's name) whose opening counts the quarters from January up to that quarter
 * in its year (`本年`, `今年` or the year printed; {@link QUARTERS_SO_FAR}): cumulative statistics,
 * the months from January to the quarter's end. Otherwise the period found. Near-misses: another
 * year's quarters (`2023年前三季度`, compared), another number of quarters (`前两季度` under a third
 * quarter), a period that is no quarter.
 */
export function quartersSoFar(period: DateSpan, opening: readonly string[]): DateSpan {
  if (period.kind !== "range") return period;
  const year = Number(period.start.slice(0, 4));
  const from = Number(period.start.slice(5, 7));
  const to = Number(period.end.slice(5, 7));
  if (period.start.slice(8) !== "01" || to - from !== 2 || from % 3 !== 1 || from === 1)
    return period;
  if (period.end.slice(0, 4) !== String(year)) return period;
  const quarter = (from + 2) / 3;
  for (const text of opening) {
    if (!text.includes("前")) continue;
    const m = QUARTERS_SO_FAR.exec(text);
    if (m === null) continue;
    const n = m[2] === "三" ? 3 : 2;
    if (n !== quarter || (m[1] !== undefined && Number(m[1]) !== year)) return period;
    return { kind: "range", start: `${year}-01-01`, end: period.end };
  }
  return period;
}

/**
 * `某局1-9月投诉举报情况分析`, `某县1至6月份项目建设情况`: a title naming a span of months without its
 * year (no year printed in the title). Near-misses: `2018年1-9月…` (its year stated, read elsewhere),
 * `某局9月…` (one month).
 */
const YEARLESS_TITLE_MONTHS = /(?<![\d年.])(\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})\s*月份?/;
/**
 * `截止2018年9月底，…`, `截至2018年9月末，…`: an opening sentence naming where its counts stop, a
 * month's end in its year. Near-misses: a day (`截至2018年9月15日`), a count since (`2018年9月以来`).
 */
const CUTOFF_MONTH_END =
  /^(?:截至|截止)(?:到)?\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:底|末|份)?(?![\d日号])/;

/**
 * A title's span of months without its year ({@link YEARLESS_TITLE_MONTHS}) that a line of the
 * opening dates by where its counts stop, the last month's end ({@link CUTOFF_MONTH_END}): those
 * months of that year (`某局1-9月投诉举报情况分析` over `截止2018年9月底，共受理…`). A cutoff at
 * another month leaves the title's span without a year.
 */
export function titleMonthsToCutoff(
  titles: readonly (string | undefined)[],
  opening: readonly string[],
): DateSpan | undefined {
  for (const title of titles) {
    if (title === undefined || !title.includes("月") || /\d{4}/.test(title)) continue;
    const t = YEARLESS_TITLE_MONTHS.exec(title);
    if (t === null) continue;
    const a = Number(t[1]);
    const b = Number(t[2]);
    if (!(b > a)) continue;
    for (const text of opening) {
      const m = text.includes("截") ? CUTOFF_MONTH_END.exec(text.trimStart()) : null;
      if (m === null || Number(m[2]) !== b || !inYearRange(`${m[1]}-01-01`)) continue;
      const months = monthsOfYear(m[1] as string, a, b);
      if (months !== undefined) return months;
    }
  }
  return undefined;
}

/**
 * `2014年末，全市有医疗卫生机构10265家`, `截至2012年底，某地存款余额达2054.25亿元`, `截止2020年末，…`,
 * `2021年底，全村建档立卡户207户`, `截至2022年12月31日，…`: a line opening with a year's end (末, 底;
 * `截至`/`截止` perhaps before it; the year's last day after `截至`) and a comma. Near-misses: a deadline (`2020年底前，`), a count since (`2014年末以来`), a
 * month's end (`截至2020年12月底，`: {@link cumulativeToMonthEnd} reads it), a target (`到2025年底，`).
 */
const YEAR_END_LEAD = /^(?:截[至止]到?(\d{4})年12月31日|(?:截[至止]到?)?(\d{4})年[末底])[，,]/;
/** {@link COUNT}'s counts and units in either script (`3個`, `1.2萬張`, `562.3億元`). */
const COUNT_EITHER_SCRIPT =
  /\d(?:\.\d+)?\s*(?:[万萬亿億])?(?:[项項个個件人名家户戶元次所条條座宗起台辆輛吨噸亩畝张張]|%)/;

/**
 * The year whose end the first paragraph of `opening`, when it opens with a year's end ({@link
 * YEAR_END_LEAD}; after a yearbook entry's bracketed head, `【某县残疾人基本情况】截至2020年底，…`), counts its
 * stock at (`2014年末，全市有医疗卫生机构10265家`): a yearly report's figures. Its first
 * sentence must give a count with its unit ({@link COUNT_EITHER_SCRIPT}), no plan's words before it (`2025年底，
 * 力争建成…`, {@link PLAN_WORDS}, `将`).
 */
/**
 * `…在例行新闻发布会上表示，截至2020年底，…`, `某部发布最新党内统计数据：截至2023年底，…`, `某部召开新闻发布会。
 * 会上宣布：截至2020年底，…`: a news lede's clause saying who told it (one clause at most after a first
 * sentence that gives no figure), closed by `表示`, `宣布`, `显示`, `指出` or `数据` and a comma or a colon,
 * right before a cutoff at a year's end (since 2026-12-08).
 */
const SAYING_LEAD =
  /^(?:[^。！？\d]{0,40}[。！？])?[^。！？，,：:；;]{0,60}?(?:表示|宣布|[显顯]示|指出|[数數]据)[：:，,](?=截[至止])/;

/** `body` after a news lede's clause saying who told it ({@link SAYING_LEAD}), or `body`. */
function withoutSayingLead(body: string): string {
  const m = SAYING_LEAD.exec(body);
  return m === null ? body : body.slice(m[0].length);
}

export function yearEndStockYear(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    // Headline lines over the first paragraph aside (no clause's mark), the first paragraph
    // only: a year's end later (`2021年以来，…。` / `2021年底，累计受理8万件。`) is a point the report
    // passes, not its span.
    if (!CLAUSE_MARKS.test(text)) continue;
    // `【琼中县残疾人基本情况】截至2020年底，…`: a yearbook entry's part opens after its bracketed head.
    const body =
      bracketRunInTitle(text) === "" ? text : text.slice(text.indexOf("】") + 1).trimStart();
    const said = body.length - withoutSayingLead(body).length;
    const m = YEAR_END_LEAD.exec(body.slice(said));
    if (m === null) return undefined;
    const rest = body.slice(said + m[0].length);
    const stop = rest.indexOf("。");
    const sentence = stop < 0 ? rest : rest.slice(0, stop);
    if (!COUNT_EITHER_SCRIPT.test(sentence) || plansCounts(sentence)) return undefined;
    const year = m[1] ?? m[2];
    return inYearRange(`${year}-01-01`) ? { kind: "year", year: Number(year) } : undefined;
  }
  return undefined;
}
