import {
  isChineseDigit,
  isChineseDigitCode,
  isDigit,
  isHan,
  oneOfCode,
  ZERO_LOOKALIKES,
} from "./chars";
import { headBeforeYearEnd } from "./head-before-year";
import { statsHeadEnd } from "./stats-heading";
import type { TextLine } from "./text-line";

/**
 * Whether the last unit of `text` is one of `marks` (what `/[marks]$/` tests, without a regex
 * that is tried at every position of the line), by code: no string is built for the unit.
 */
function endsWithOneOf(text: string, marks: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  for (let k = 0; k < marks.length; k++) if (marks.charCodeAt(k) === last) return true;
  return false;
}

/**
 * How an organisation's name ends (`…中心`, `…局`, `…办公室`; in traditional characters `…總隊`, `…廳`, `…委員會`).
 * A word ending with 局 that names a state of things is no office's end: `实现良好开局`, `丰收已成定局`,
 * `加快布局`, `新格局`, `大局`, `全局`, `结局`, `变局`, `破局`, `困局`, `僵局`, `残局`, `棋局`, `赌局`,
 * `骗局`, `饭局` (a headline, never a publisher). A people's organisation is named by its federation
 * (`某市妇联`, `某县残联`, `某省侨联`, `某市文联`, `某区工商联`, `某市社科联`; `婦聯`, `殘聯` in traditional
 * characters), not by other words ending in 联 (`关联`, `互联`, `失联`).
 */
export const ORG_END =
  /(?:中心|办公室|办公厅|厅|(?<![开開布格定大全结結变變破困僵残殘棋赌賭骗騙饭飯])局|委员会|委|办|政府|院|部|处|室|站|所|会|组|社|馆|队|廳|辦|處|會|組|館|隊|(?:妇|婦|残|殘|侨|僑|文|工商|社科)(?:联|聯))$/;

/**
 * A document's 发文字号 alone on its line (`某政办发〔2021〕38号`, `陜市監通告〔2024〕2號`, `某发[2023]7号`):
 * GB/T 9704 prints it over the title; it names no issuer and is no headline.
 */
export const isDocumentNumber = (text: string): boolean =>
  /^[\u4e00-\u9fff]{1,16}[〔［[（(【]\d{4}[〕］\]）)】]\s*第?\d{1,5}\s*[号號]$/.test(text);

/** Longest heading the parser accepts; longer lines are paragraphs. */
export const MAX_HEADING = 200;

/**
 * The length of a section marker `一、` (or `一 、`, already repaired) at the start of a line,
 * or 0. Up to three Chinese numerals then `、` (GB/T 9704 level 1), or a dot a web copy put for
 * the `、` (`一.基本情况`, `二．热点问题`; the repair writes the ASCII dot after a Han character as
 * `。`) before Han text.
 */
export function sectionMarkerLength(text: string): number {
  // `―、110警情分析`: a dash or a look-alike typed for the stroke of 一.
  if (text.charCodeAt(1) === 0x3001 /* 、 */ && ONE_LOOKALIKES.includes(text.charAt(0))) return 2;
  let i = 0;
  while (i < 4 && isChineseDigitCode(text.charCodeAt(i))) i++;
  if (i === 0 || i === 4) return 0;
  const mark = text.charAt(i);
  if (mark === "、") return i + 1;
  return "。．.".includes(mark) &&
    /^[一二三四五六七八九十]+$/.test(text.slice(0, i)) &&
    isHan(text.charAt(i + 1))
    ? i + 1
    : 0;
}

/**
 * Marks a copy prints for the one stroke of 一 (a horizontal bar, dashes, the katakana long
 * vowel ー, the Kangxi radical ⼀, bopomofo ㄧ, a box-drawing line).
 */
const ONE_LOOKALIKES = "―—–ー⼀ㄧ─";

/**
 * `一、`, and `一.` / `一。` / `一．` written as `一、`, `―、` as `一、`: a section marker as
 * `@bulletin/format` reads it.
 */
export const sectionMarkerText = (marker: string): string =>
  marker.length === 2 && ONE_LOOKALIKES.includes(marker.charAt(0))
    ? "一、"
    : marker.replace(/[。．.]$/, "、");

/** `㈠`–`㈩` (U+3220–U+3229): `（一）`–`（十）` as a word processor writes them, one character. */
const enclosedItem = (code: number): boolean => code >= 0x3220 && code <= 0x3229;

/**
 * The length of an item marker `（一）` at the start of a line, or 0. The repair writes
 * `(一)` and `- (一)` as `（一）`; `（一）、` (a common slip, GB/T 15834) includes the `、`; `（―）`,
 * a look-alike typed for 一 as in `―、`, is one too; so is `㈠` (one character).
 */
export function itemMarkerLength(text: string): number {
  if (enclosedItem(text.charCodeAt(0))) return 1;
  if (text.charCodeAt(0) !== 0xff08 /* （ */) return 0;
  let i = 1;
  if (text.charAt(2) === "）" && ONE_LOOKALIKES.includes(text.charAt(1))) i = 2;
  else while (i < 5 && isChineseDigitCode(text.charCodeAt(i))) i++;
  if (i === 1 || i === 5 || text.charAt(i) !== "）") return 0;
  return text.charAt(i + 1) === "、" ? i + 2 : i + 1;
}

/**
 * The item marker of `text` ({@link itemMarkerLength} `im`) without its `、`, `（―）` and `㈠` as
 * `（一）`.
 */
export function itemMarkerText(text: string, im: number): string {
  const code = text.charCodeAt(0);
  if (enclosedItem(code)) return `（${"一二三四五六七八九十".charAt(code - 0x3220)}）`;
  const marker = text.slice(0, text.charAt(im - 1) === "、" ? im - 1 : im);
  return marker.length === 3 && ONE_LOOKALIKES.includes(marker.charAt(1)) ? "（一）" : marker;
}

/** A bracketed section label `【工作动态】` filling the line. */
export function isBracketHeading(text: string): boolean {
  return (
    text.length > 2 &&
    text.length <= 40 &&
    text.charAt(0) === "【" &&
    text.charAt(text.length - 1) === "】" &&
    text.indexOf("】") === text.length - 1
  );
}

const TAIL_LABELS = [
  "抄送",
  "抄报",
  "主送",
  "报送",
  "分送",
  "印发",
  "分发",
  "下发",
  "报",
  "送",
  "发",
];
const TAIL_FIELDS = [
  "共印",
  "（共印",
  "签发人",
  "签发",
  "责任编辑",
  "编辑",
  "审核",
  "校对",
  "联系电话",
  "联系人",
  "电话",
];

/** The first units of the labels and fields: a line that opens with none is no 报尾 line. */
const TAIL_FIRSTS = new Set([...TAIL_LABELS, ...TAIL_FIELDS].map((w) => w.charCodeAt(0)));

/** The distribution label (`报`, `抄送`…) a line starts with, followed by `：`, or undefined. */
export function tailLabel(text: string): string | undefined {
  if (!TAIL_FIRSTS.has(text.charCodeAt(0))) return undefined;
  for (const label of TAIL_LABELS) {
    if (text.startsWith(label) && text.charAt(label.length) === "：") return label;
  }
  return undefined;
}

/** Whether a line is a 报尾 line: a distribution list, 共印N份, 签发人, 责任编辑… */
export function isTailLine(text: string): boolean {
  if (!TAIL_FIRSTS.has(text.charCodeAt(0))) return false;
  if (tailLabel(text) !== undefined) return true;
  for (const field of TAIL_FIELDS) {
    if (!text.startsWith(field)) continue;
    const next = text.charAt(field.length);
    if (field.endsWith("共印") ? isDigit(next) || isChineseDigit(next) : next === "：") return true;
  }
  return false;
}

/**
 * A 报尾 field on a line of its own (`责任编辑：王某`, `签发人：李某`, `共印50份`), no distribution list
 * (`抄送：…`, which a page's width may break) and no clause: it ends where its writer ended it.
 */
export function isTailFieldLine(text: string): boolean {
  return (
    text.length <= 40 &&
    isTailLine(text) &&
    tailLabel(text) === undefined &&
    !/[，。；,;]/.test(text)
  );
}

/** A line that stands alone: section heading, item heading without sentence, bracket label. */
export function isHeadingLine(text: string): boolean {
  if (text.length > MAX_HEADING) return false;
  if (sectionMarkerLength(text) > 0 || isBracketHeading(text)) return true;
  const m = itemMarkerLength(text);
  return m > 0 && !/[。，；！？,;!?]/.test(text);
}

/** A line that starts a new paragraph whatever the line before it ends with. */
export function startsBlock(text: string): boolean {
  return (
    sectionHeadingMarker(text) > 0 ||
    itemMarkerLength(text) > 0 ||
    isBracketHeading(text) ||
    isTailLine(text) ||
    text.startsWith("编者按")
  );
}

/** A line that is only a date, `2025年11月10日` or `二〇二五年十一月十日`. */
/**
 * `201624日`: a date line whose 年 and 月 a copy lost (five to eight digits and 日): a 落款's date,
 * no sentence to join, though its day cannot be told (2016-02-04 or 2016-02-4x).
 */
export const isGarbledDateLine = (text: string): boolean =>
  text.length <= 9 && text.endsWith("日") && /^\d{5,8}日$/.test(text);

export function isDateLine(text: string): boolean {
  if (text.length > 20 || !text.endsWith("日") || !text.includes("年") || !text.includes("月"))
    return false;
  // (`二OO九年三月三日`: a year's 〇 typed as a look-alike; the date's reader decides.)
  for (const c of text)
    if (!isDigit(c) && !isChineseDigit(c) && !`年月日${ZERO_LOOKALIKES}`.includes(c)) return false;
  return true;
}

/** A date and a time, nothing else. */
const DATE_TIME =
  /^(?:\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\s*\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?)$/;

/** A figure with its unit (`533.8万元`, `12个`): a line that holds one reports, it does not head. */
const FIGURE = /\d[\d.,]*(?:万亿|万|亿)?(?:元|件|个|项|宗|次|人|户|家|条|笔|吨|辆|%)/;
/** {@link FIGURE} closing a line. */
const FIGURE_AT_END = new RegExp(`${FIGURE.source}$`);

/** Whether a line closes on a figure with its unit (`…满意率95.01%`, `…惠及2.8万人`). */
export function endsWithFigure(text: string): boolean {
  return FIGURE_AT_END.test(text);
}

/**
 * `第一名：某某镇90.99分`, `第2名 某某乡 88.5分`, `第三位：…`, `第四名某某镇84.1分`: an entry of a
 * ranking printed one a line (a colon or a space after the rank, or the line a name and its score
 * alone), no heading (its score's unit is none {@link FIGURE} knows), and a line of its own (its
 * lines, of one width and ending in a word, read as a paragraph a page broke). A rank going on a
 * sentence broken before it (`…位列全市` / `第一名，受到表扬。`, `第4位、与去年持平`, `第三位和第一位。`,
 * `第1名到第20名）。`) is that sentence's part.
 */
export const RANKED_ENTRY =
  /^第(?:[一二三四五六七八九十]{1,3}|\d{1,3})[名位](?:[：:\s]|[^\d，。；、：:\s]{2,20}\d+(?:\.\d+)?[^\d，。；、（）()]{0,2}$)/;

/** Whether `text` holds a figure with its unit (`533.8万元`, `12个`, `8.5%`). */
export const holdsFigure = (text: string): boolean => FIGURE.test(text);

/** `9月8日`, `2025年4月`, `4月份`: text that opens with a date (an item's text, not a label). */
export const opensWithDate = (text: string): boolean => /^(?:\d{4}年)?\d{1,2}月/.test(text);

/**
 * A short line that reads as a heading without a marker: a page's title (`2024年7月群众诉求情况
 * 分析`), a report's headline, a section label (`固定资产投资增速趋缓`). No sentence mark, no
 * marker, no figure (unless `figure`: a page's title over its metadata line may hold one,
 * `热线一周受理园林绿化相关事项674件`), not a date, a 报尾 field or a label that introduces what
 * follows (`：`).
 */
export function isBareHeading(text: string, figure = false): boolean {
  if (text.length < 2 || text.length > 60) return false;
  if (SENTENCE_MARK.test(text) || endsWithOneOf(text, "：:，,、")) return false;
  // `…有力服务稳就业，…保障 [1]`: clauses closed by a reference's mark are a statement it cites.
  if (endsWithOneOf(text, "]") && CITED_CLAUSES.test(text)) return false;
  if (!HAN.test(text) || (!figure && FIGURE.test(text))) return false;
  if (RANKED_ENTRY.test(text)) return false;
  // A table's row flattened to text (`受理总量 |`, cells split by tabs or runs of spaces).
  if (CELL_GAP.test(text)) return false;
  if (sectionMarkerLength(text) > 0 || itemMarkerLength(text) > 0 || isBracketHeading(text))
    return false;
  if (isTailLine(text) || isDateLine(text) || text.startsWith("编者按")) return false;
  // `【同期】某部新闻发言人 王某`: a line under a page's bracketed label or a transcript's marker.
  if (text.charCodeAt(0) === 0x3010 /* 【 */ && opensWithBracketLabel(text)) return false;
  // A date and time (`2023年10月08日 09时12分`, `2021-09-06 16:17`) is a page's date line.
  if (DATE_TIME.test(text)) return false;
  // Captions and notes stay with what they describe: `图1 …`, `表2 …`, `注：…`, `单位：…`.
  // (Traditional forms too: `圖1 …`, `註：…`, `單位：…`.)
  return !CAPTION_START.test(text);
}
/**
 * The regexes of {@link isBareHeading}, built once (a regex literal in a function is a new
 * object at each call): a sentence's mark, a Han character, a table cell's gap (a pipe, a tab,
 * two spaces), a caption's or a note's opening.
 */
/** A sentence's or a clause's closing mark (full-width or ASCII): no heading's or cell's. */
export const SENTENCE_MARK = /[。；！？!?;]/;
/** Clauses (a comma between them) closed by a reference's mark (`…，…保障 [1]`). */
const CITED_CLAUSES = /[，,][^，,]*\s?\[\d{1,2}\]$/;
const HAN = /[\u4e00-\u9fff]/;
const CELL_GAP = /[|｜\t]| {2}/;
const CAPTION_START = /^(?:[图圖]|表|[注註]|[单單][位]|附[件表])\s*[\d一二三四五六七八九十：:]/;

/** Longest subhead that states a figure ({@link isFigureSubhead}). */
const MAX_FIGURE_SUBHEAD = 24;
/** Fewest Han characters of such a subhead: words besides its figure (`1.2万件` alone is none). */
const MIN_SUBHEAD_WORDS = 5;

/**
 * `群众总体满意率97.01%`, `5家单位存在逾期现象`: the shape of a news item's subhead (小标题) that states a
 * figure: a heading line ({@link isBareHeading} with a figure allowed) of
 * {@link MAX_FIGURE_SUBHEAD} characters at most, one phrase (no comma), {@link MIN_SUBHEAD_WORDS} Han
 * characters or more. Whether it is one depends on where it stands (between paragraphs: the line over
 * it closes a sentence, {@link closesSentence}); its callers ask that.
 */
export function isFigureSubhead(text: string): boolean {
  if (text.length > MAX_FIGURE_SUBHEAD || text.includes("，") || text.includes(",")) return false;
  let han = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charAt(i))) han++;
  return han >= MIN_SUBHEAD_WORDS && FIGURE.test(text) && isBareHeading(text, true);
}

/**
 * What opens a sentence, not a heading, as the first of its phrases: a clause of time
 * (`前三季度，`, `今年以来，`, `2023年，`) or a connective (`总体来看，`, `同时，`, `此外，`).
 */
export const OPENING_CLAUSE_END =
  /(?:季度|半年|以来|[年月日]份?|期间|看|而言|同时|此外|其中|目前|总之)$/;

/** Fewest characters of each clause of a {@link isPairedFigureSubhead}. */
const MIN_PAIRED_CLAUSE = 4;
/** Longest {@link isPairedFigureSubhead}. */
const MAX_PAIRED_SUBHEAD = 30;

/**
 * `本月收到应办结件61031件，按期办结率99.9%`, `看用户：年龄最小1个月，最大118岁`: a subhead of two clauses
 * (one comma, {@link MIN_PAIRED_CLAUSE} characters or more each, {@link MAX_PAIRED_SUBHEAD} in all) stating a
 * figure: a figure subhead ({@link isFigureSubhead}) but for its comma and length. Not a sentence's opening clause of
 * time or a connective before it ({@link OPENING_CLAUSE_END}: `前三季度，全省规模工业39个大类`, a line a page's
 * width broke; `年龄最小1个月，` counts months, no time).
 */
export function isPairedFigureSubhead(text: string): boolean {
  const comma = text.indexOf("，");
  const first = text.slice(0, comma);
  return (
    text.length <= MAX_PAIRED_SUBHEAD &&
    comma >= MIN_PAIRED_CLAUSE &&
    text.length - comma - 1 >= MIN_PAIRED_CLAUSE &&
    text.indexOf("，", comma + 1) < 0 &&
    !(OPENING_CLAUSE_END.test(first) && !first.endsWith("个月")) &&
    FIGURE.test(text) &&
    isBareHeading(text, true)
  );
}

/** A subhead that states a figure in either shape: one phrase ({@link isFigureSubhead}) or two ({@link isPairedFigureSubhead}). */
export function isAnyFigureSubhead(text: string): boolean {
  return isFigureSubhead(text) || isPairedFigureSubhead(text);
}

/** Whether a line closes a sentence (`。`, `！`, `？`, `；`, `…`, perhaps then a closing quote or bracket). */
export function closesSentence(text: string): boolean {
  let c = text.charAt(text.length - 1);
  if (c !== "" && "”’」）)".includes(c)) c = text.charAt(text.length - 2);
  return c !== "" && "。！？；…".includes(c);
}

/** The longest heading of parallel phrases {@link isPhraseHeading} takes. */
const MAX_PHRASE_HEADING = 40;

/**
 * What follows an item marker on a line that is only a heading, its phrases joined by commas
 * (`强化组织领导，压实工作责任`, `紧扣主题，突出重点，体现督查工作新成效`): two to
 * {@link MAX_PHRASE_HEADING} characters, Han text, no sentence mark or `：`, not ending in a clause
 * mark, no figure and no leading date (`9月8日，省中心召开会议` is an item's text) or clause of time
 * (`2025年，…`).
 */
export function isPhraseHeading(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= MAX_PHRASE_HEADING &&
    /[\u4e00-\u9fff]/.test(text) &&
    !/[。；！？!?;：:]/.test(text) &&
    !endsWithOneOf(text, "，,、") &&
    !FIGURE.test(text) &&
    !opensWithDate(text) &&
    !OPENS_WITH_TIME_CLAUSE.test(text)
  );
}

/**
 * `2025年，…`, `1-5月，…`, `今年以来，…`: a sentence's opening clause of time and its comma, how a
 * paragraph begins; a heading of phrases does not.
 */
const OPENS_WITH_TIME_CLAUSE =
  /^(?:\d{4}年(?:\d{1,2}(?:[-—～~至]\d{1,2})?月份?)?|\d{1,2}(?:[-—～~至]\d{1,2})?月份?|[今去]年以来|近年来|近日|日前)[，,]/;

/** `（一）强化组织领导，压实工作责任`: an item marker, then a heading of phrases. */
export function isMarkedPhraseHeading(text: string): boolean {
  if (text.length > MAX_PHRASE_HEADING + 8) return false;
  const im = itemMarkerLength(text);
  return im > 0 && isPhraseHeading(text.slice(im).trimStart());
}

/** The longest run-in section title (before its `。`) a long `一、` line may have. */
export const MAX_RUN_IN = 60;

/**
 * The length of a section marker that starts a heading: `一、` on a heading line, or on a long
 * line whose run-in title ends at its first `。` within {@link MAX_RUN_IN} characters.
 */
export function sectionHeadingMarker(
  text: string,
  offsetOf?: (k: number) => number | undefined,
  line?: Unspaced,
): number {
  const sm = sectionMarkerLength(text);
  if (sm === 0) return 0;
  if (text.length <= MAX_HEADING) return sm;
  const stop = text.indexOf("。", sm);
  if (stop > sm && stop - sm <= MAX_RUN_IN) return sm;
  if (spacedHeadingEnd(text, offsetOf, sm, line) > 0) return sm;
  return runInHeadEnd(text.slice(sm)) > 0 ? sm : 0;
}

/**
 * `一、基本情况乡镇总面积96.25平方公里，其中…`, `一、基本情况2020年，我县实施…`: on a long line (a copy
 * that lost its line breaks), a heading run into its part's first sentence, one a reader knows
 * without the `。` ending it: a report's generic heading or a communiqué's standard one
 * ({@link statsHeadEnd}), or a heading before the year its text opens with
 * ({@link headBeforeYearEnd}) (since 2026-12-08).
 */
function runInHeadEnd(title: string): number {
  return headBeforeYearEnd(title) || statsHeadEnd(title);
}

/**
 * The clause a report's paragraph opens with, before its first `，`: the time it reports on or
 * the source of what follows (`今年以来`, `近年来`, `据统计`, `1-5月`, `今年1至5月`, `2023年上半年`,
 * `前三季度`; the end of a month or year a balance is read at, `12月末`, `6月底`, `年末`), simplified and
 * traditional. No headline opens so.
 */
export const OPENING_CLAUSE =
  /^(?:(?:今年|去年|近年|近期|年初|入夏|入冬)?(?:以来|以來)|近年来|近年來|据(?:统计|悉|了解|初步统计)|據(?:統計|悉|了解|初步統計)|(?:\d{4}年|今年|去年)?(?:前?\d{1,2}(?:[-—～至]\d{1,2})?(?:个|個)?月[份末底]?|上半年|下半年|前三季度|第[一二三四]季度|一季度)(?:以来|以來)?|(?:\d{4}|今|去)?年[末底])$/;

/**
 * Words that ask for the time after them (`截至6月底，…`, `至年末，…`): the paragraph's, no heading's
 * end.
 */
const TIME_PREPOSITION = /(?:截至|截止|[自从從至于於在到])$/;

/** A heading's last character that makes it a subject instead (`全县`, `我市`): a place. */
const SUBJECT_END = /[县縣市省区區州镇鎮乡鄉村]$/;

/**
 * `一、规模以上工业1-5月，全县…`, `一、农业生产上半年，…`: where a run-in heading ends that a copy
 * glued to the clause of time its paragraph opens with ({@link OPENING_CLAUSE}, up to its `，`),
 * the space between them lost; or 0. The heading is two to {@link MAX_SPACED} Han characters after
 * the marker, a bare heading, not a place that is the clause's subject (`一、全县上半年，…`); a word
 * that asks for the time ({@link TIME_PREPOSITION}: `一、参保人员情况截至6月底，…`) opens the paragraph,
 * no heading's words (`一、截至6月底，…` heads nothing).
 */
export function gluedHeadingEnd(text: string, sm: number): number {
  const comma = text.indexOf("，", sm);
  if (comma < 0 || comma - sm > MAX_SPACED + 16) return 0;
  for (let k = sm + 2; k < comma && k - sm <= MAX_SPACED; k++) {
    if (!isHan(text.charAt(k - 1))) return 0;
    if (OPENING_CLAUSE.test(text.slice(k, comma))) {
      // `参保人员情况截至2020年上半年，…`: the word asking for the time opens the paragraph.
      const head = text.slice(sm, k);
      const bare = head.slice(0, head.length - (TIME_PREPOSITION.exec(head)?.[0].length ?? 0));
      return bare.length >= 2 && isBareHeading(bare) && !SUBJECT_END.test(bare)
        ? sm + bare.length
        : 0;
    }
  }
  return 0;
}

/** Where a line's repair dropped input that was no space: joined line breaks, readings, tags. */
type Unspaced = Pick<TextLine, "breaks" | "unspaced">;

/** A year a spaced heading opens with (`2023年工作回顾`, `2022年度主要工作`). */
const HEADING_YEAR = /^\d{4}年度?/;

/** The marks a space before which ends no heading (`平稳 ，制造业…`): a pause inside its clauses. */
const PAUSE_AFTER_SPACE = "，、；：";

/** The pauses that may part a spaced heading's phrases (`农业、农村经济`, `精心组织动员，统筹推进…`). */
const HEADING_PAUSE = "、，,";

/**
 * Whether `text[i]` is a pause ({@link HEADING_PAUSE}) between two Han characters of a heading that
 * begins at `start`, two Han characters or more before it.
 */
const headingPause = (text: string, i: number, start: number): boolean =>
  i - start >= 2 &&
  oneOfCode(HEADING_PAUSE, text.charCodeAt(i)) &&
  isHan(text.charAt(i - 1)) &&
  isHan(text.charAt(i + 1));

/** Fewest characters of a phrase of a spaced heading parted by commas ({@link isSpacedPhraseHeading}). */
const MIN_SPACED_PHRASE = 4;
/** Fewest characters of the clause the paragraph after such a heading opens with. */
const MIN_CLAUSE_AFTER_PHRASES = 6;

/**
 * `农业、农村经济` / `全年全区实现…，…`, `精心组织动员，统筹推进疫情防控` / `疫情发生以来，…`: a heading of
 * phrases parted by a pause before a space, and the text after the space: a heading of phrases
 * ({@link isPhraseHeading}: no figure, no date), no clause of time opening it nor place closing it
 * (`一、上半年，全县 …`), each phrase a comma parts {@link MIN_SPACED_PHRASE} characters or more and
 * the last word a `、` parts two or more, the paragraph's first clause {@link MIN_CLAUSE_AFTER_PHRASES}
 * characters or more. A space a copy strayed into a heading's words (`肉类、禽 蛋情况：…`, `聚焦中心
 * 大局，以依 法履职为路径，…`, `認真行使法定 職權，…`) leaves a short word on one side or the other.
 */
function isSpacedPhraseHeading(head: string, rest: string): boolean {
  const phrases = head.split(/[，,]/);
  const clause = rest.search(/[，,；;：:。]/);
  return (
    isPhraseHeading(head) &&
    !SUBJECT_END.test(head) &&
    !OPENING_CLAUSE.test(phrases[0] as string) &&
    phrases.every((p) => p.length >= MIN_SPACED_PHRASE) &&
    head.length - head.lastIndexOf("、") > 2 &&
    (clause < 0 ? rest.length : clause) >= MIN_CLAUSE_AFTER_PHRASES
  );
}

/** The longest heading {@link spacedHeadingEnd} sets off by a space. */
const MAX_SPACED = 20;

/**
 * `一、规模以上工业 1-5月，全县…`: where a run-in heading ends that its writer set off from the
 * text by a space rather than a `。` (the repair drops the space; `offsetOf(k)`, where `text[k]`
 * came from in the input, shows where it was; `line`'s `breaks` and `unspaced` where it dropped input that
 * was no space), or where it meets its paragraph's clause of time without one ({@link gluedHeadingEnd}), or 0. The heading is two to {@link MAX_SPACED} Han
 * characters after the marker, perhaps after its year (`一、2023年工作回顾 2023年是…`); the text after it
 * opens with a sentence of clauses (a `，` or `；` before its first `。`).
 */
export function spacedHeadingEnd(
  text: string,
  offsetOf: ((k: number) => number | undefined) | undefined,
  sm: number,
  line?: Unspaced,
): number {
  if (offsetOf === undefined) return gluedHeadingEnd(text, sm);
  // `一、2023年工作回顾 2023年是…`: a heading may open with its year, two Han characters at least after it.
  const year = HEADING_YEAR.exec(text.slice(sm, sm + 7))?.[0].length ?? 0;
  for (let k = sm + year + 1; k < text.length && k - sm <= MAX_SPACED; k++) {
    // `二、农业、农村经济 全年…`, `二、精心组织动员，统筹推进疫情防控 一是…`: a pause between the
    // heading's Han words ({@link HEADING_PAUSE}) goes on inside it.
    if (!isHan(text.charAt(k - 1)) && !headingPause(text, k - 1, sm + year))
      return gluedHeadingEnd(text, sm);
    // A line break the repair joined is no space (`一、规模以上` / `工业 1-5月，…`).
    if (
      (offsetOf(k) ?? 0) - (offsetOf(k - 1) ?? 0) > 1 &&
      !line?.breaks?.includes(k) &&
      !line?.unspaced?.includes(k)
    ) {
      const rest = text.slice(k);
      // A space before a pause (`二、重点群体就业平稳 ，制造业…`) is a copy's stray space inside the
      // heading's clauses: the heading goes on after it.
      if (oneOfCode(PAUSE_AFTER_SPACE, rest.charCodeAt(0))) return gluedHeadingEnd(text, sm);
      // The text after the space opens with a sentence of clauses: a space before a short phrase
      // and its `。` (`一、规上工业较 好增长。1-5月，…`) is an extraction's stray space in the title.
      const stop = rest.indexOf("。");
      const first = stop < 0 ? rest : rest.slice(0, stop);
      if (k - sm - year < 2 || rest.length < 8 || !/[，；]/.test(first)) return 0;
      const head = text.slice(sm, k);
      return !/[、，,]/.test(head) || isSpacedPhraseHeading(head, rest) ? k : 0;
    }
  }
  // No space: a heading glued to its paragraph's clause of time.
  return gluedHeadingEnd(text, sm);
}

/** `01`, `02` opening a line before a Han word or a quote. */
const NUMBERED_SECTION = /^0([1-9])(?=[\u4e00-\u9fff“])/;

/**
 * The number of a republishing site's section heading, `01 总体情况` (`01总体情况` once
 * repaired), or 0: two digits from 01, then a bare heading.
 */
export function numberedSectionIndex(text: string): number {
  const m = NUMBERED_SECTION.exec(text);
  return m && isBareHeading(text.slice(2)) ? Number(m[1]) : 0;
}

/**
 * A third- or fourth-level marker: `1.`, `1、`, `（1）`, `(1)`, `1）`, `①`, and the one-character
 * forms a word processor writes, `⑴` and `⒈`. A dot straight before a year (`1.2021年第4季度…`: four
 * digits and 年, no decimal) is a marker too; a `、` there is not (`1、2022年度…公报` is a document-sharing
 * site's page number run into the page's first line).
 */
export const NUMBERED_MARKER =
  /^(?:\d{1,2}[.、．](?!\d)|\d{1,2}[.．](?=(?:19|20)\d\d年)|[（(]\d{1,2}[）)]|\d{1,2}[）)]|[①-⑳⑴-⒇⒈-⒛])\s*/;

/**
 * `1、2023年1-12月份低保补助落实情况：`: a `、` before a year that opens a heading its writer closed with
 * a colon (a page's number run into a document's first line, `1、2022年度…公报`, closes with none).
 */
const YEAR_HEAD = /^\d{1,2}、(?=(?:19|20)\d\d年)/;

/**
 * `1、7月基本情况`, `1、1月份地表水水质状况`: a `、` before the month a monthly report's heading opens with.
 * Two months listed (`1、2月份…`, January and February: the second month the next) are no marker.
 */
const MONTH_HEAD = /^(\d{1,2})、(?=(\d{1,2})月)/;
const monthHeadMarker = (text: string): RegExpExecArray | null => {
  const m = MONTH_HEAD.exec(text);
  return m && Number(m[2]) !== Number(m[1]) + 1 ? m : null;
};

/**
 * The length of a third-level heading marker `1.` / `1、` / `（1）` / `①` on a line that is only a heading
 * (`1.总体情况`, `1.身份证信息被盗用，市场监管帮维权`), or 0.
 */
export function numberedItemMarkerLength(text: string): number {
  const m =
    NUMBERED_MARKER.exec(text) ??
    (endsWithOneOf(text, "：:") ? YEAR_HEAD.exec(text) : null) ??
    monthHeadMarker(text);
  if (!m) return 0;
  const rest = withoutClosingColon(text.slice(m[0].length));
  if (rest.length < 2 || rest.length > 40 || /[。；：！？:;!?]/.test(rest)) return 0;
  if (endsWithOneOf(rest, "，,、") || !/[\u4e00-\u9fff]/.test(rest) || FIGURE.test(rest)) return 0;
  return m[0].length;
}

/** Words that end a sentence introducing what follows (`现将…通报如下：`, `记者了解到：`), no label. */
const INTRODUCES =
  /(?:如下|以下|同志|领导|表示|介绍|了解到|指出|强调|认为|说|称|获悉|显示|发现|记者|女士|先生|问|答)$/;

/**
 * `10月和11月数据对比：` after a marker, alone on its line (`一、10月和11月数据对比：`,
 * `1.各县市区办理情况：` over a table): a heading whose writer closed it with a colon; the heading
 * without it. Text that is not so (no closing colon, a colon inside, a sentence mark, or words that
 * introduce what follows, `具体情况如下：`) is returned as it is.
 */
export function withoutClosingColon(text: string): string {
  const last = text.charAt(text.length - 1);
  if (last !== "：" && last !== ":") return text;
  const words = text.slice(0, -1);
  return words.length >= 2 && !/[：:。；！？;!?]/.test(words) && !INTRODUCES.test(words)
    ? words
    : text;
}

/**
 * `工业。1-12月，…`, `工程建设交易额大幅上升。全市…`: a run-in heading of two to twelve Han
 * characters without a marker, or "".
 */
export function bareRunInTitle(text: string): string {
  const m = /^([\u4e00-\u9fff]{2,12})。(?=\S)/.exec(text);
  // `一是工业运行平稳。…`: a point of an enumeration, kept as text (issue 14).
  return m && !isPointMarked(text) ? (m[1] as string) : "";
}

/**
 * `【概况】 …`, `【中期评估“十一五”妇儿规划实施情况】 2008年，…`: a head of two to twenty units in
 * lenticular brackets, text run on after it (a yearbook's part may name its topic in a long phrase).
 * Not a bracketed sentence (`，`, `。`, `；` or a colon inside) or a head with nothing after it.
 */
const BRACKET_RUN_IN = /^【([^【】，。；：:\s]{2,20})】\s*(?=\S)/;
/** Labels and captions a page prints in lenticular brackets, which head no part of a text. */
const BRACKET_LABEL =
  /^(?:编者按|編者按|按语|按語|来源|來源|信息来源|信息來源|发布时间|發布時間|作者|编辑|編輯|责任编辑|責任編輯|摘要|导读|導讀|提要|关键词|關鍵詞|声明|聲明|免责声明|免責聲明|解说|解說|同期|字体|字體|资料图|資料圖|图|圖|视频|視頻)$/;

/** `【同期】…`, `【来源】…`: a line opening with a label in lenticular brackets ({@link BRACKET_LABEL}). */
const opensWithBracketLabel = (text: string): boolean => {
  const m = /^【([^【】]{1,6})】/.exec(text);
  return m !== null && BRACKET_LABEL.test(m[1] as string);
};

/**
 * `【概况】 自治区政务服务局于2018年…`: the words of a head in lenticular brackets that a part of a
 * yearbook's entry opens with, its text run on after it; or "" (a page's bracketed label,
 * `【来源】…`, heads nothing). read-body.ts takes such heads as sections only where a text has two
 * or more, each a different one (a caption a news copy repeats, `【解说】`, is none).
 */
export function bracketRunInTitle(text: string): string {
  if (text.charCodeAt(0) !== 0x3010 /* 【 */) return "";
  const m = BRACKET_RUN_IN.exec(text);
  const words = m?.[1];
  return words === undefined || BRACKET_LABEL.test(words) ? "" : words;
}

/**
 * `【审计监管】 2020年，某县审计局完成…`, `【概況】2016年，…`: the year a yearbook entry's part records,
 * its text opening with the year and a comma after its bracketed head ({@link bracketRunInTitle}),
 * or undefined.
 */
export function bracketedEntryYear(text: string): number | undefined {
  const m = bracketRunInTitle(text) === "" ? null : /^【[^】]+】\s*(\d{4})年[，,]/.exec(text);
  return m === null ? undefined : Number(m[1]);
}

/** `一是…`, `二是…`: a line that opens with an enumeration's point marker. */
export const isPointMarked = (text: string): boolean => /^[一二三四五六七八九十]{1,3}是/.test(text);

/**
 * `下一步工作要求：`, `存在问题：`, `长三角区域25个城市：`: a label alone on its line that heads what
 * follows: two to sixteen Han characters (digits after the first) and a `：`. Not a sentence that introduces what follows (`现将…通报如下：`,
 * `记者了解到：`, `督查发现：`),
 * an addressee (`各乡镇人民政府：`, `某某局：`), a 报尾 label, `编者按：` or `附件：`. A topic announced with
 * `如下：` is read by {@link isTopicAnnounced}.
 */
export function isLabelHeading(text: string): boolean {
  if (text.charAt(text.length - 2) === "下") return isTopicAnnounced(text);
  const m = /^([\u4e00-\u9fff][\u4e00-\u9fff\d]{1,15})[：:]$/.exec(text);
  if (!m) return false;
  const label = m[1] as string;
  return (
    !INTRODUCES.test(label) &&
    !/^(?:各|附件|附表|编者按|按)/.test(label) &&
    !ORG_END.test(label) &&
    !/(?:街道|乡镇|单位)$/.test(label) &&
    !isTailLine(text)
  );
}

/**
 * `总体情况如下：`, `重点区域情况如下：`, `县（区）排名如下：`: a part's topic (`…情况`, `…排名`, a short note in
 * brackets among its words) announced alone on its line, as a label heads its part. Not `具体情况如下：`,
 * `有关情况如下：` (words pointing back at the sentence over them), a sentence (`现将…通报如下：`,
 * `2011年，某省工业经济运行情况如下：`, with a comma or a figure) nor a line of more than eighteen units.
 */
const TOPIC_ANNOUNCED =
  /^(?!具体|有关|相关|现将)[\u4e00-\u9fff]{1,12}(?:（[\u4e00-\u9fff]{1,4}）[\u4e00-\u9fff]{0,6})?(?:情况|排名)如下[：:]$/;
const isTopicAnnounced = (text: string): boolean => text.length <= 18 && TOPIC_ANNOUNCED.test(text);

/** The longest heading {@link headingAtLineEnd} finds at a line's end. */
const MAX_END_HEADING = 30;
/** A sentence's end and any spaces, then a `一、`-style marker, near a line's end. */
const MARKER_AFTER_SENTENCE = /[。！？；：:]\s*([一二三四五六七八九十]{1,3}、)[^、]/g;

/**
 * `…现将上半年工作开展情况汇报如下。 一、上半年工作开展情况及主要措施`: where a section heading stands at the
 * end of a line after a sentence's end (a copy ran it on after the report's lead-in), the index of its
 * marker; or -1. The words after the marker to the line's end are a bare heading of at most
 * {@link MAX_END_HEADING} characters (not `…分为一、二两类`, nor a heading's words running on into a
 * sentence).
 */
export function headingAtLineEnd(text: string): number {
  const from = Math.max(0, text.length - MAX_END_HEADING - 8);
  MARKER_AFTER_SENTENCE.lastIndex = from;
  for (let m = MARKER_AFTER_SENTENCE.exec(text); m !== null; m = MARKER_AFTER_SENTENCE.exec(text)) {
    const at = m.index + m[0].length - 1 - (m[1] as string).length;
    const heading = text.slice(at + (m[1] as string).length).trim();
    if (heading.length <= MAX_END_HEADING && isBareHeading(heading)) return at;
    MARKER_AFTER_SENTENCE.lastIndex = m.index + 1;
  }
  return -1;
}

/** Longest words of a heading led by a decorative mark ({@link decoratedHeadWords}). */
const MAX_DECORATED_HEAD = 30;

/**
 * `✦ 应急管理工作动态`, `❖ 下步重点工作安排：`, `★本周要闻`: a heading a page leads with a decorative mark
 * (a star, a dingbat: U+2600–27BF, which the repair keeps; the bullets it drops, `●`, `◆`, `■`, are
 * gone by then), a space perhaps after it, then words that are a heading (no sentence's mark, at most
 * {@link MAX_DECORATED_HEAD} characters, a closing colon dropped): those words, else "". Whether the
 * line heads a part depends on the text having two such lines led by the same mark
 * ({@link decoratedHeadLines}): one alone may be a page's ornament.
 */
export function decoratedHeadWords(text: string): string {
  const c = text.charCodeAt(0);
  if (c < 0x2600 || c > 0x27bf) return "";
  const words = withoutClosingColon(text.slice(1).trim());
  return words.length >= 2 && words.length <= MAX_DECORATED_HEAD && isBareHeading(words)
    ? words
    : "";
}

/**
 * The indexes of the lines that are headings led by a decorative mark ({@link decoratedHeadWords}),
 * when two or more such lines are led by the same mark; else none. One pass, a character test first.
 */
export function decoratedHeadLines(lines: readonly { text: string }[]): Set<number> {
  const byMark = new Map<number, number[]>();
  lines.forEach((l, k) => {
    const c = l.text.charCodeAt(0);
    if (c < 0x2600 || c > 0x27bf || decoratedHeadWords(l.text) === "") return;
    const at = byMark.get(c);
    if (at === undefined) byMark.set(c, [k]);
    else at.push(k);
  });
  const out = new Set<number>();
  for (const at of byMark.values()) if (at.length >= 2) for (const k of at) out.add(k);
  return out;
}

/**
 * `从行业看`, `從類別看`, `从投诉来源来看`, `分地区看`: a point of view alone on its line (从 or 分, its topic
 * without a digit or a mark, 看 or 来看), the sub-head a report prints over each breakdown. Two parts of a
 * report may print the same one (`从类别看` under two heads): no page's running header, and no line of
 * the heading over it. Not `从1-5月看` (a clause of time), not a sentence.
 */
const VIEW_HEAD = /^(?:[从從][^，。；：,;:\d\s]{1,14}|分[^，。；：,;:\d\s]{1,8})(?:来|來)?看$/;
export const isViewHead = (text: string): boolean =>
  text.length <= 18 &&
  (text.charCodeAt(0) === 0x4ece /* 从 */ ||
    text.charCodeAt(0) === 0x5f9e /* 從 */ ||
    text.charCodeAt(0) === 0x5206) /* 分 */ &&
  VIEW_HEAD.test(text) &&
  !text.startsWith("从而");

/**
 * `从三大门类看，全区无采矿业；…`, `分行业看，…`: a point of view ({@link isViewHead}) closed by a comma
 * that opens a numbered point's text, its run-in title: the title and where the text after the comma
 * starts; or undefined (`从1-5月看，…`, a clause of time; `从严从实抓好…，`, no view; `从投诉问题来看，投诉量
 * 较大的有…`, the `来看` of a sentence's opening clause, not the terse head of a breakdown).
 */
export function viewRunIn(text: string): { title: string; rest: number } | undefined {
  const c = text.charCodeAt(0);
  if (c !== 0x4ece /* 从 */ && c !== 0x5f9e /* 從 */ && c !== 0x5206 /* 分 */) return undefined;
  const stop = text.indexOf("，");
  if (stop < 3 || stop > 18 || stop + 1 >= text.length) return undefined;
  const title = text.slice(0, stop);
  const come = title.charCodeAt(stop - 2);
  if (come === 0x6765 /* 来 */ || come === 0x4f86 /* 來 */) return undefined;
  return isViewHead(title) ? { title, rest: stop + 1 } : undefined;
}
