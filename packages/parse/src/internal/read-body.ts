import { safeParseSectionMarker } from "@bulletin/format";
import type { Block, DateSpan, Inline } from "@bulletin/schema";
import { SECTION_KINDS } from "@bulletin/schema/constants";
import type { ParseWarningCode } from "../parse-warning";
import { closesWithBrackets } from "./bracketed-line";
import { endsFullSentence, isDigitCode, isHanCode } from "./chars";
import { isFigureChangeHeading } from "./figure-change-heading";
import { guessSectionKind, isFigureSection } from "./guess";
import { headBeforeYearEnd, withoutLostSpaceMarks } from "./head-before-year";
import {
  bareRunInTitle,
  bracketedEntryYear,
  bracketRunInTitle,
  closesSentence,
  decoratedHeadLines,
  decoratedHeadWords,
  endsWithFigure,
  holdsFigure,
  isAnyFigureSubhead,
  isBareHeading,
  isBracketHeading,
  isFigureSubhead,
  isHeadingLine,
  isLabelHeading,
  isPhraseHeading,
  isPointMarked,
  isTailLine,
  isViewHead,
  itemMarkerLength,
  itemMarkerText,
  MAX_RUN_IN,
  NUMBERED_MARKER,
  numberedItemMarkerLength,
  numberedSectionIndex,
  OPENING_CLAUSE_END,
  opensWithDate,
  sectionHeadingMarker,
  sectionMarkerLength,
  sectionMarkerText,
  spacedHeadingEnd,
  startsBlock,
  viewRunIn,
  withoutClosingColon,
} from "./line-kinds";
import { loneMarkerHeads } from "./lone-marker-heads";
import { opensParagraph, splitsFigure } from "./page-foot";
import { opensWithPartOrdinal } from "./part-ordinal";
import { readLeadingDate } from "./read-date";
import { type InlineContext, readInlines } from "./read-inlines";
import { unitLengthAt } from "./read-metric";
import { readTable } from "./read-table";
import { readTailLine, type TailData } from "./read-tail";
import { headsItemsBySpacedLabels, spacedLabelEnd } from "./spaced-label-items";
import { stackedDecks } from "./stacked-heads";
import { statsHeadEnd } from "./stats-heading";
import { offsetAt, type TextLine } from "./text-line";
import { themeStatementTitle } from "./theme-statement-item";
import { topicClauseLength } from "./topic-clause";
import { simplified } from "./web-page";

/** A section as read, before it becomes model data. */
export interface SectionDraft {
  title: string;
  kind: string | undefined;
  items: ItemDraft[];
  figures: boolean;
  at: number;
  nextItem: number;
}

/** An item as read. */
export interface ItemDraft {
  title?: string;
  date?: DateSpan;
  refs: string[];
  body: Block[];
  marked: boolean;
}

/** What the body reader needs besides the lines. */
export interface BodyContext extends InlineContext {
  referenceYear: number | undefined;
  /** Whether the masthead was found (a headline may then be a section title). */
  masthead: boolean;
  /** The page's headline or the masthead's title, where one was read (spaces dropped). */
  headline?: string;
  /**
   * Whether a text with neither opens on the head of its first part (`利用外资取得新进展` over a
   * paragraph, another such head further on: opening-section-head.ts): that part's figures are
   * the report's data, as the text's before any heading are.
   */
  opensOnPartHead?: boolean;
}

const MAX_TAIL = 2_000;
const MAX_ITEM_TITLE = 30;
/** Longest label that heads an item before its `：` (`办件量位于前三的市直部门：住建局99件`). */
const MAX_ITEM_LABEL = 16;

/** A figure with its unit (`652项`, `89550万元`, `13.44%`): words that report. */
const REPORTED_FIGURE = /\d(?:万亿|万|亿)?(?:元|件|个|项|宗|次|人|户|家|条|笔|吨|辆|%)/;

/**
 * `已经完成或基本完成的指标任务，共计19项`, `完成有一定困难，但通过努力年底前能够完成的有2项`: a run-in section
 * heading that names a class of tasks and then counts it, two or three clauses, the count (a whole
 * number of 项, 个, 件, 条, 家 or 类) closing the last and no digit before it; a count that is a clause of
 * its own ({@link TOTAL_CLAUSE}) stays in the part's text, a figure of it. Not a numbered paragraph that
 * reports figures (`目前全镇共有脱贫户771户，三类监测对象112户`: a figure in the first clause;
 * `全市经济运行平稳，地区生产总值增长5.2%`: no count closes it).
 */
const COUNTED_HEADING =
  /^[^，；\d]{4,}(?:[，；][^，；\d]{2,})?[，；][^，；\d]*\d+(?:项|個|个|件|条|條|家|类|類|項)$/;
const isCountedHeading = (title: string): boolean => COUNTED_HEADING.test(title);

/** `，共计19项`, `，共98个`: the last clause of a {@link COUNTED_HEADING} when it is the count alone. */
const TOTAL_CLAUSE = /[，；](?:共计|共有|合计|总计|共|计)\d+(?:项|個|个|件|条|條|家|类|類|項)$/;

/**
 * A number and the measure word of a count (`76种`, `4大类`, `3609批次`, `315家`, `12個`, `98%`), no
 * digit before it: the counts of a sentence (not a date's `2018年`, a hotline's `12345热线`, a
 * document's `〔2018〕159号`).
 */
const TITLE_COUNT =
  /(?<![\d.])\d+(?:\.\d+)?(?:万|萬|亿|億)?(?:大?类|大?類|种|種|批次|家|个|個|项|項|件|人|户|戶|条|條|%)/g;
/** Whether a run-in title holds two counts or more ({@link TITLE_COUNT}). */
const countsTwice = (title: string): boolean => (title.match(TITLE_COUNT)?.length ?? 0) >= 2;

/**
 * `━ 企业开办时间压减至…`, `─ 全省…`: a line a page leads with a box-drawing rule and a space, a
 * point of a list of highlights: no headline (the first such line) and no heading (a later one).
 * Not a rule alone (`━━━━`) nor a rule run into words (`━━表1`), a page's ornament.
 */
const isRuledBullet = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c >= 0x2500 && c <= 0x257f && t.charCodeAt(1) === 0x20 && t.length > 3;
};

/** Longest phrase of a run-in title of parallel phrases (`强化组织领导，压实工作责任。`). */
const MAX_TITLE_PHRASE = 12;
/**
 * Longest phrase of a marked item's run-in title of two phrases (`（一）简政放权，推动行政审批制度改革取得新进展。…`,
 * `2.持续推进县域综合医改，基本医疗保障能力提升成效显著。…`: 政务服务, 卫健, 人社 and 村级 summaries print a
 * short aim and a longer deed so). A title of three phrases keeps each to {@link MAX_TITLE_PHRASE}: `市民反映，
 * 某隧道旁停车场的大车漏水漏泥沙，污染路面。` is a report's sentence; so does a line no marker leads.
 */
const MAX_PAIRED_PHRASE = 16;
/** A phrase of such a title: Han text (quotes and titles of works in it), no figure, no Latin. */
const TITLE_PHRASE = /^[\u4e00-\u9fff“”‘’《》]+$/;
/** A quoted slogan of Han words listed with `、` (`“谋发展、促增长”`). */
const QUOTED_LIST = /“[\u4e00-\u9fff、]{2,10}”/g;

/** A run-in title and where the item's text after it starts. */
interface RunIn {
  title: string;
  /** Index of the first character of the text after the title (and its `。` or `：`). */
  rest: number;
}

/**
 * The run-in title of an item's line: `数字政府项目建设。`, `诉求分类：`, `强化组织领导，压实工作责任。`,
 * `噪音扰民（1500件）：` (the count in brackets stays at the head of the text), or undefined.
 */
function runInTitle(text: string): RunIn | undefined {
  const label = labelTitle(text);
  if (label !== undefined) return label;
  const end = runInTitleEnd1(text);
  if (end >= 0) return { title: text.slice(0, end), rest: end + 1 };
  // Phrases joined by commas, up to the first `。`, with the item's text after it: two or three
  // phrases of Han text, none longer than MAX_TITLE_PHRASE (a clause with a figure, a date or a
  // Latin term is a sentence: `9月8日，省中心召开…`, `国内生产总值简称GDP，是…`).
  const stop = text.indexOf("。");
  if (stop < 4 || stop > MAX_ITEM_TITLE || stop + 1 >= text.length) return undefined;
  return isPhrasesTitle(text.slice(0, stop), MAX_PAIRED_PHRASE)
    ? { title: text.slice(0, stop), rest: stop + 1 }
    : undefined;
}

/**
 * Two or three phrases of Han text joined by commas, none longer than MAX_TITLE_PHRASE; of two, none
 * longer than `paired` (a marked item's title: {@link MAX_PAIRED_PHRASE}).
 */
function isPhrasesTitle(text: string, paired = MAX_TITLE_PHRASE): boolean {
  const phrases = text.split("，");
  const longest = phrases.length === 2 ? paired : MAX_TITLE_PHRASE;
  return (
    phrases.length >= 2 &&
    phrases.length <= 3 &&
    phrases.every(
      (p) =>
        p.length >= 2 &&
        p.length <= longest &&
        // `坚持“谋发展、促增长”`: a quoted slogan may list its words with `、`.
        TITLE_PHRASE.test(p.includes("、") ? p.replace(QUOTED_LIST, "“”") : p),
    )
  );
}

/**
 * `强化组织领导，压实工作责任。` as the whole of what follows an item's marker: a heading of parallel
 * phrases ({@link isPhrasesTitle}) that the copy closed with a `。`, its title without the mark; or
 * undefined.
 */
function closedPhrasesTitle(text: string, paired = MAX_TITLE_PHRASE): string | undefined {
  if (text.length < 6 || text.length > MAX_ITEM_TITLE + 1 || !text.endsWith("。")) return undefined;
  const title = text.slice(0, -1);
  return isPhrasesTitle(title, paired) ? title : undefined;
}

/**
 * A label: Han text, with digits, Latin letters and `、` among it (`12345热线受理量`,
 * `宣城、省长热线承办情况`), at least two Han characters, no figure with its unit and no date
 * at its head (`9月8日：` opens an item's text). A run of two asterisks or more after its first
 * character stands for words a mirror masked (`主动***息的数量`: 主动公开信息).
 */
const LABEL = /^[\u4e00-\u9fff\dA-Za-z、“”‘’《》](?:[\u4e00-\u9fff\dA-Za-z、“”‘’《》]|\*{2,})*$/;
const isLabel = (text: string): boolean =>
  LABEL.test(text) &&
  (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 2 &&
  !/、$/.test(text) &&
  !holdsFigure(text) &&
  !opensWithDate(text);

/** A colon, full-width or not. */
const COLON = /[：:]/;

/**
 * `顶层设计：三级清单夯实根基`, `改革动因：破壁垒、优服务、提效能` (after a section's `一、`): a heading's
 * theme (two to twelve characters), its colon, then a subtitle phrase of four to twenty characters
 * closing the line: no clause or sentence mark, no digit, no second colon. Near-misses that stay a
 * label and its text: a figure after the colon (`总体情况：本月受理12345件`), a clause or a sentence
 * (`总体情况：受理量平稳，办结率提高`, `…平稳。`), a short word (`来源：本局`), a label alone (`总体情况：`).
 */
const SUBTITLED_HEADING = /^[^：:，。；！？,;]{2,12}[：:][^：:，。；！？,;!?\d]{4,20}$/;
/** (Two to twelve, a colon, four to twenty: 7 to 33 units, told by the length before the regex.) */
const isSubtitledHeading = (title: string): boolean =>
  title.length >= 7 && title.length <= 33 && SUBTITLED_HEADING.test(title);

/**
 * `办件量位于前三的市直部门：住建局99件`: a label of two to {@link MAX_ITEM_LABEL} characters
 * before the line's first `：`, text after it. A count in brackets after the label
 * (`噪音扰民（1500件）：主要反映…`) is no part of the title: it opens the item's text.
 */
function labelTitle(text: string): RunIn | undefined {
  const colon = text.search(COLON);
  if (colon < 2) return undefined;
  const head = text.slice(0, colon);
  if (head.length <= MAX_ITEM_LABEL && isLabel(head))
    return colon + 1 < text.length ? { title: head, rest: colon + 1 } : undefined;
  // `交通管理（含停车）：` is a label with its note; `噪音扰民（1500件）：` a label and a count.
  const open = head.indexOf("（");
  if (
    open < 2 ||
    open > MAX_ITEM_LABEL ||
    !head.endsWith("）") ||
    head.indexOf("）") !== head.length - 1 ||
    !isLabel(head.slice(0, open))
  )
    return undefined;
  const note = head.slice(open);
  if (holdsFigure(note)) return { title: head.slice(0, open), rest: open };
  return note.length <= 12 && !/[，；。,;]/.test(note) && colon + 1 < text.length
    ? { title: head, rest: colon + 1 }
    : undefined;
}

function runInTitleEnd1(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length && i <= MAX_ITEM_TITLE; i++) {
    const c = text.charAt(i);
    if ("“‘《（".includes(c)) depth++;
    else if ("”’》）".includes(c)) depth--;
    else if (depth === 0) {
      // `停气、停电较多。` is a title (a label before `：` is read by labelTitle); a clause
      // (`，`) is not.
      if ("：:，；！？,;".includes(c)) return -1;
      if (c === "。") return i >= 2 ? i : -1;
    }
  }
  return -1;
}

/**
 * `1.首饰类投诉位居榜首。随着…`, `（1）工程建设项目。完成…`, `①工程建设项目。…`, `1、基本数据：4月份，…`: the run-in
 * title (before its `。`, or a label before its `：`) and the text after it, or undefined.
 */
function numberedRunIn(text: string): { title: string; rest: string } | undefined {
  const m = NUMBERED_MARKER.exec(text);
  return m ? runInAfterMarker(text.slice(m[0].length)) : undefined;
}

/** `1.`, `1、`, `1．`, `（1）`, `1）`, `①`: the first numeral of a list, opening a line. */
const FIRST_NUMERAL = /^(?:1[.、．](?!\d)|[（(]1[）)]|1[）)]|[①⑴⒈])/;

/** The run-in title and the text after it of what follows an item's marker, or undefined. */
function runInAfterMarker(lead: string): { title: string; rest: string } | undefined {
  const r = runInTitle(lead);
  // A figure stays in running text (`住房保障类（793件，占比17.36%）。` is no title), and so does a
  // date (`9月8日。`); a number that is neither may name the topic of the text after it
  // (`利用省外2000万以上项目资金方面。1-5月，…`), not a sentence alone on its line.
  if (
    r === undefined ||
    holdsFigure(lead.slice(0, r.rest)) ||
    opensWithDate(r.title) ||
    (/\d/.test(r.title) && lead.slice(r.rest).trim() === "")
  )
    return undefined;
  return { title: r.title, rest: lead.slice(r.rest) };
}

/** `1县政务服务大厅投票情况。…`: a numeral run into its item's title, the dot lost in the copy. */
const DOTLESS = /^(\d{1,2})(?=[\u4e00-\u9fff])(?![年月日号时分秒个件家项名人次元万亿千百岁天周])/;

/** `1.`, `1、`, `1．` at a line's start: a numbered item printed with its dot. */
const DOTTED = /^(\d{1,2})[.、．](?!\d)/;

/** The item's run-in title and text after a numeral whose dot a copy lost (see {@link dotlessNumbering}). */
function dotlessRunIn(text: string): { title: string; rest: string } | undefined {
  const n = DOTLESS.exec(text)?.[0];
  if (n !== undefined) return numberedRunIn(`${n}.${text.slice(n.length)}`);
  const stuck = STUCK_MARKER.exec(text)?.[0];
  return stuck === undefined ? undefined : runInAfterMarker(text.slice(stuck.length));
}

/**
 * `5.12345政务热线运行方面。…`: a dotted numeral whose title opens with digits, so that the two read
 * as a decimal; taken as a marker only where it goes on from a numbering printed with its dots
 * ({@link dotlessNumbering}).
 */
const STUCK_MARKER = /^(\d{1,2})[.．](?=\d)/;

/**
 * `亮点一：规模以上工业增加值突破1200亿元。1—7月份，…`, `看点二：消费市场回暖。…`: a run-in title led by
 * a label of two to four Han characters and a Chinese numeral, a colon after them, the title (up to
 * forty characters, no sentence's mark or colon) closed by `。`, and text after it. Near-misses: a
 * one-character label (`其一：`, `第一：`), a label and a numeral with no `。`-closed title
 * (`附件一：某某情况表`), a title with no text after it.
 */
const ORDINAL_LABEL_RUN_IN =
  /^([\u4e00-\u9fff]{2,4}?)([一二三四五六七八九十]{1,2})[：:]([^。；！？：:]{2,40})。(?=\S)/;

/**
 * The lines that open with an ordinal label's run-in title ({@link ORDINAL_LABEL_RUN_IN}) of a
 * label two or more lines share, `一` among their numerals (`亮点一：…` / `亮点二：…`): the items of
 * a list of such labels. One alone (`案例一：…`) may be a sentence's quote; it heads nothing. One pass.
 */
function ordinalLabelRunIns(lines: readonly TextLine[]): Set<number> {
  const byLabel = new Map<string, number[]>();
  const first = new Set<string>();
  for (const [k, l] of lines.entries()) {
    const t = l.text;
    // (Cheap tests first: a colon within the line's first eight characters.)
    const colon = t.search(/[：:]/);
    if (colon < 3 || colon > 7) continue;
    const m = ORDINAL_LABEL_RUN_IN.exec(t);
    if (m === null) continue;
    const label = m[1] as string;
    byLabel.set(label, [...(byLabel.get(label) ?? []), k]);
    if (m[2] === "一") first.add(label);
  }
  const out = new Set<number>();
  for (const [label, at] of byLabel)
    if (at.length >= 2 && first.has(label)) for (const k of at) out.add(k);
  return out;
}

/**
 * Whether the lines hold two or more heads in lenticular brackets run into their text
 * ({@link bracketRunInTitle}), no two the same: a yearbook entry's parts (`【概况】 …` /
 * `【“一网办”】 …`), not a news copy's captions (`【解说】` … `【解说】`); or one that opens the text
 * and its year (`【审计监管】 2020年，…`, {@link bracketedEntryYear}): an entry's part copied alone. One pass.
 */
function bracketRunInHeads(lines: readonly TextLine[]): boolean {
  const seen = new Set<string>();
  let first: string | undefined;
  let head: string | undefined;
  for (const l of lines) {
    if (l.table) continue;
    first ??= l.text;
    const words = bracketRunInTitle(l.text);
    if (words === "") continue;
    if (seen.has(words)) return false;
    seen.add(words);
    head = l.text;
  }
  return (
    seen.size >= 2 ||
    (seen.size === 1 &&
      (bracketedEntryYear(first as string) !== undefined || opensEntryPart(head as string)))
  );
}

/**
 * `【概况】 1986年，中共某县委党校设4个科室，…` under the entry's title lines, `【理论武装工作扎实深入】
 * 一是持续推进…`: the one bracketed head of a text whose words after it open as a yearbook part's do,
 * with the year and a comma ({@link bracketedEntryYear}) or with the first point of an enumeration
 * (`一是`). Not `【部门动态】春节黄金周期间…` (a column's label over a news item) nor `【概况】2020年5月，…`.
 */
function opensEntryPart(text: string): boolean {
  if (bracketedEntryYear(text) !== undefined) return true;
  return isPointMarked(text.slice(text.indexOf("】") + 1).trimStart());
}

/** Fewest lines of a numbering without dots taken as items. */
const MIN_DOTLESS = 3;

/**
 * `1县政务服务大厅投票情况。…` / `2税务分中心投票情况。…` / `3…`: lines numbered 1, 2, 3… in order,
 * each numeral run straight into a run-in title before its `。` with text after it, and no
 * section heading between them: a list whose dots a copy lost. Three at least; a numeral before a
 * unit or a date (`3家企业…`, `5月…`) is none. So is one line that goes on from a numbering printed
 * with its dots (`1.监外执行检察情况。…` then `2刑事执行活动违法。…`, with no `（一）` or section
 * heading between them): the next item, its dot lost; and so is one such next line whose title
 * opens with digits (`4.…` then `5.12345政务热线运行方面。…`). The indices of the lines, found in one
 * pass.
 */
function dotlessNumbering(lines: readonly TextLine[]): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= MIN_DOTLESS) for (const k of run) found.add(k);
    run = [];
  };
  // The number of the last item printed with its dot (`1.…。…`), 0 after a heading.
  let dotted = 0;
  for (let k = 0; k < lines.length; k++) {
    const text = (lines[k] as TextLine).text;
    if (sectionHeadingMarker(text) > 0) {
      close();
      dotted = 0;
      continue;
    }
    if (!isDigitCode(text.charCodeAt(0))) {
      if (dotted > 0 && itemMarkerLength(text) > 0) dotted = 0;
      continue;
    }
    const marked = DOTTED.exec(text)?.[1];
    if (marked !== undefined) {
      dotted = numberedRunIn(text) === undefined ? 0 : Number(marked);
      continue;
    }
    // `4.…。…` then `5.12345政务热线运行方面。…`: the next item, its title opening with digits.
    const stuck = STUCK_MARKER.exec(text)?.[1];
    if (stuck !== undefined) {
      if (dotted > 0 && Number(stuck) === dotted + 1 && dotlessRunIn(text)?.rest.trim()) {
        found.add(k);
        dotted++;
      } else dotted = 0;
      continue;
    }
    const n = DOTLESS.exec(text)?.[1];
    if (n === undefined) continue;
    const r = dotlessRunIn(text);
    if (r === undefined || r.rest.trim() === "") {
      close();
      continue;
    }
    if (dotted > 0 && Number(n) === dotted + 1) {
      found.add(k);
      dotted++;
      continue;
    }
    if (Number(n) !== run.length + 1) close();
    if (Number(n) === run.length + 1) run.push(k);
  }
  close();
  return found;
}

/** `一、…`: a section marker that starts a numbering. */
function startsNumbering(text: string): boolean {
  const parsed = safeParseSectionMarker(
    sectionMarkerText(text.slice(0, sectionMarkerLength(text))),
  );
  return parsed.success && parsed.data.index === 1;
}

/**
 * `上周（2.27—3.05）案件办理情况`, `总体情况`, `本月工作概况`: a heading of what a part tells, which
 * may open a text whose later parts are numbered (`一、`…) as its first, unnumbered part.
 */
const OPENING_PART = /(?:情况|概况|综述|概述)$/;

/** `前言`, `引言`, `序言`: a bulletin's preface, which heads its first part whatever follows. */
const PREFACE = /^(?:前言|引言|序言)$/;

/**
 * `要闻聚焦` / paragraphs / `地方动态` / …: a digest's column names, of the same length and at most
 * this long: the first heads its part beside one later heading between paragraphs.
 */
const MAX_COLUMN_NAME = 6;
const MIN_COLUMN_NAME = 4;

/** Longest line {@link headingsBetweenParagraphs} counts as a part's heading. */
const MAX_PART_HEADING = 20;

/**
 * How many lines after the first are a part's heading between paragraphs: a bare heading of
 * {@link MAX_PART_HEADING} characters at most under a line that closes a sentence (or holds no Han
 * character: a graphic's `0 1`) and over running text (a line with `，` or `。`).
 */
function headingsBetweenParagraphs(lines: readonly TextLine[], length = 0): number {
  let n = 0;
  for (let k = 1; k + 1 < lines.length; k++) {
    const text = (lines[k] as TextLine).text;
    if (text.length > MAX_PART_HEADING || (length > 0 && text.length !== length)) continue;
    if (!isBareHeading(text)) continue;
    const over = (lines[k - 1] as TextLine).text;
    const under = (lines[k + 1] as TextLine).text;
    if (
      (endsFullSentence(over) || CITED_END.test(over) || !HAN_CHAR.test(over)) &&
      (under.includes("，") || under.includes("。"))
    )
      n++;
  }
  return n;
}
const HAN_CHAR = /[\u4e00-\u9fff]/;
/** `…保障 [1]`: a statement closed by a reference's mark (a summary's bullet), as by `。`. */
const CITED_END = /\s?\[\d{1,2}\]$/;

/**
 * Reads the body: `一、` sections (and `【…】` labels), `（一）` items with their run-in title
 * and leading date, paragraphs of running text, and the 报尾 lines wherever they are.
 */
export function readBody(
  lines: readonly TextLine[],
  ctx: BodyContext,
  tail: TailData,
): SectionDraft[] {
  const sections: SectionDraft[] = [];
  let section: SectionDraft | undefined;
  let item: ItemDraft | undefined;
  let nextSection = 1;
  let noYearWarned = false;
  let headings = 0;
  let numberedHeadings = 0;

  const warn = (
    code: ParseWarningCode,
    at: number | undefined,
    params?: Record<string, string | number>,
  ): void => ctx.warn(code, at, params);

  /**
   * `heading`: the section has a heading of its own (the first such holds the figures); `numbered`:
   * a numbered one (`一、`), the first of which holds them too where nothing above it reported a
   * figure (the unnumbered lines above it are a page's or a speaker's, not a part of the report).
   */
  /** The titles of the sections with headings so far whose figures are their data. */
  const figureTitles = new Set<string>();
  const newSection = (
    title: string,
    at: number,
    heading: boolean,
    numbered = false,
  ): SectionDraft => {
    const kind = guessSectionKind(title);
    // `利用外资取得新进展` opening a text that has no title: its first part, whose figures are the
    // report's data (as the text before any heading is); the next head is still the first after it.
    const opening = heading && sections.length === 0 && ctx.opensOnPartHead === true;
    const firstHeading = heading && !opening && headings++ === 0;
    const firstNumbered = numbered && numberedHeadings++ === 0;
    const first = firstHeading || (firstNumbered && ctx.metrics.length === 0);
    // `各项政策措施落地显效` / `调查失业率回落，就业形势好转`: a head with nothing under it over its
    // sub-head passes on what its part's figures are.
    const over = sections[sections.length - 1];
    const stacked = heading && over !== undefined && over.items.length === 0 && over.figures;
    const s: SectionDraft = {
      title,
      kind,
      items: [],
      figures:
        opening ||
        isFigureSection(title, kind) ||
        // `全天候受理群众咨询投诉，群众满意率95.01%`: a subhead of two clauses closed by a figure
        // heads a part that reports figures.
        (heading && title.includes("，") && endsWithFigure(title)) ||
        stacked ||
        (first && (kind === undefined || kind === "overview")) ||
        // `一、20xx年各项工作目标任务完成情况` printed again (a document site's cut preview, then the
        // whole): the same part, whose figures are what they were the first time.
        (heading && figureTitles.has(title)),
      at,
      nextItem: 1,
    };
    if (heading && s.figures) figureTitles.add(title);
    sections.push(s);
    return s;
  };

  const leadingDate = (text: string, at: number | undefined): { date?: DateSpan; end: number } => {
    const d = readLeadingDate(text, ctx.referenceYear);
    if (d.kind === "date") return { date: d.value, end: d.end };
    if (d.kind === "invalid") warn("invalid-date", at, { text: d.text });
    if (d.kind === "no-year" && !noYearWarned) {
      noYearWarned = true;
      warn("missing-reference-year", at, { text: d.text });
    }
    return { end: -1 };
  };

  /** `text` is `line.text` from `base` on (its offsets are the line's, not copies). */
  const paragraph = (text: string, line: TextLine, base: number, target: ItemDraft): void => {
    const s = section as SectionDraft;
    let inlines: Inline[] = [];
    let from = 0;
    if (!target.marked && target.body.length === 0) {
      const d = leadingDate(text, offsetAt(line, base));
      if (d.date) {
        inlines.push({ type: "date", value: d.date });
        from = d.end;
      }
    }
    const read = readInlines(text.slice(from), line, base + from, ctx, s, target.refs);
    inlines = inlines.length === 0 ? read : inlines.concat(read);
    if (inlines.length > 0) target.body.push(inlines);
  };

  const ensureSection = (line: TextLine, headline: boolean, next = ""): boolean => {
    if (section) return false;
    const t = line.text;
    if (t.startsWith("编者按")) {
      section = newSection("编者按", offsetAt(line, 0) ?? 0, false);
      section.kind = SECTION_KINDS.editorNote;
      return false;
    }
    if (
      headline &&
      !ctx.masthead &&
      t.length <= 40 &&
      !/[。，；！？]/.test(t) &&
      // `各乡镇人民政府：`: an addressee, not a headline.
      !/[：:]$/.test(t) &&
      itemMarkerLength(t) === 0 &&
      !isRuledBullet(t) &&
      // A paragraph's first line that a page's width broke (`今年以来，…`, `…完成99552万` / `元，…`).
      !opensParagraph(t) &&
      !splitsFigure(t, next)
    ) {
      section = newSection(t, offsetAt(line, 0) ?? 0, false);
      // The head of a copy's first part (opening-section-head.ts): its figures are the report's data.
      if (ctx.opensOnPartHead === true) section.figures = true;
      return true;
    }
    section = newSection("正文", offsetAt(line, 0) ?? 0, false);
    // The text before any heading (a news page's whole report, a release's lede) is its first
    // part: its figures are the report's data, like the first section's.
    section.figures = true;
    warn("missing-section", offsetAt(line, 0), { title: "正文" });
    return false;
  };

  // `工业。…` / `投资。…`: run-in headings without a marker, taken as such only in a text that
  // numbers no section and has two or more of them (one alone may be a short sentence).
  let bareRunIns = 0;
  let numbersSections = false;
  for (const l of lines) {
    if (sectionHeadingMarker(l.text) > 0) {
      bareRunIns = 0;
      numbersSections = true;
      break;
    }
    if (bareRunInTitle(l.text) !== "") bareRunIns++;
  }

  // `【概况】 …` / `【“一网办”】 …`: bracketed heads run into their text, two or more and each a
  // different one (a news copy repeats its `【解说】` captions).
  const bracketHeads = bracketRunInHeads(lines);
  // `降水量 2019年全省…` / `供水量 2019年全省…`: parts' labels set off by a space before a year's paragraph.
  const spacedLabels = headsItemsBySpacedLabels(lines);
  // `工业生产保持较快增长` / `高技术制造业增势强劲` / …: the decks under heads, in a text heading parts so.
  const decks = stackedDecks(lines);

  // `亮点一：…。…` / `亮点二：…。…`: run-in titles of an ordinal label two or more lines share.
  const ordinalLabels = ordinalLabelRunIns(lines);
  const dotless = dotlessNumbering(lines);
  // `1、` / `自2012年以来持续增长，…。` / …: points' numbers alone over their headings.
  const loneHeads = loneMarkerHeads(lines);
  const figureHeads = figureSubheads(lines, ctx.headline);
  // `✦ 工作动态` … `✦ 下步重点工作安排：`: headings a page leads with the same decorative mark.
  const decorated = decoratedHeadLines(lines);
  // `警情动态分析` / `11月份，…` at the top of a text whose parts are headed by such lines between
  // paragraphs, two or more and no section numbered: the first line heads a part too. (Asked only
  // of a short first line: the count walks the text.)
  // (`要闻聚焦` / … / `地方动态` / …: one later heading of its length, Han words only, a digest's column
  // names, not a widget's `阅读（）`; the first column holds its figures as the untitled part it was
  // read as did, `columnFirst`.)
  let columnFirst = false;
  const headsFirstPart = (t: string): boolean => {
    if (numbersSections || t.length > MAX_PART_HEADING) return false;
    if (headingsBetweenParagraphs(lines) >= 2) return true;
    columnFirst =
      t.length >= MIN_COLUMN_NAME &&
      t.length <= MAX_COLUMN_NAME &&
      /^[\u4e00-\u9fff]+$/.test(t) &&
      headingsBetweenParagraphs(lines, t.length) >= 1;
    return columnFirst;
  };
  // `北京市：` / `长三角区域25个城市：`: two or more labels alone on their lines head the parts of a text
  // that numbers no section, the first line's too (one label alone at the top may be an addressee).
  let labelHeadings = 0;
  // Lines before this index are a graphic's data a heading was refused over (a paragraph each).
  let dataEnd = -1;
  // A graphic: the whole text (isGraphic), or the lines of one inside a web copy's text.
  const wholeGraphic = isGraphic(lines);
  const graphicAt = (k: number): boolean => wholeGraphic || lines[k]?.graphic === true;
  // A line stating a figure in a graphic: with any unit in one inside a web copy's text.
  const captionAt = (k: number): boolean => {
    const l = lines[k];
    return captionOf(l) || (l?.graphic === true && l.text.length <= 40 && statesCount(l.text));
  };
  if (!numbersSections)
    for (const l of lines)
      if ((l.text.endsWith("：") || l.text.endsWith(":")) && isLabelHeading(l.text))
        labelHeadings++;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as TextLine;
    if (line.table) {
      ensureSection(line, false);
      if (!item) {
        item = { refs: [], body: [], marked: false };
        (section as SectionDraft).items.push(item);
      }
      // A department named in a cell is not one the item is about: `departmentRefs` (which
      // makes the writers number a lone item) follow its paragraphs only, so a table's
      // departments do not change how the item prints.
      item.body.push(readTable(line.table, ctx, []));
      continue;
    }
    const t = line.text;
    if (t.length <= MAX_TAIL && isTailLine(t)) {
      readTailLine(t, tail, offsetAt(line, 0));
      continue;
    }
    const lone = loneHeads.get(index);
    if (lone !== undefined) {
      // `1、` / `总量持续增长。`: an item, its title the line under the number.
      ensureSection(line, false);
      item = { refs: [], body: [], marked: true, title: lone };
      section?.items.push(item);
      index++;
      continue;
    }
    const offsetOf = (k: number): number | undefined => offsetAt(line, k);
    const sm = sectionHeadingMarker(t, offsetOf, line);
    const numbered = sm === 0 ? numberedSectionIndex(t) : 0;
    const runIn = sm === 0 && numbered === 0 && bareRunIns >= 2 ? bareRunInTitle(t) : "";
    if (sm > 0 || numbered > 0 || runIn !== "" || isBracketHeading(t)) {
      const markerText = sm > 0 ? t.slice(0, sm) : t.slice(0, 2);
      const parsed = sm > 0 ? safeParseSectionMarker(sectionMarkerText(markerText)) : undefined;
      const n = parsed?.success ? parsed.data.index : numbered;
      if (n > 0) {
        if (n !== nextSection) {
          warn("marker-out-of-order", offsetAt(line, 0), {
            marker: markerText,
            expected: nextSection,
          });
        }
        nextSection = n + 1;
      }
      let title =
        sm > 0
          ? t.slice(sm).trim()
          : numbered > 0
            ? t.slice(2).trim()
            : runIn !== ""
              ? `${runIn}。${t.slice(runIn.length + 1)}`
              : t.slice(1, -1).trim();
      let rest = "";
      const stop = title.indexOf("。");
      // `一、规模以上工业 1-5月，…`: the space ends the heading (before any `。`).
      const spaced =
        sm > 0 && !isStraySpacedHeading(t, sm) ? spacedHeadingEnd(t, offsetOf, sm, line) : 0;
      // `一、总体情况：本月受理…。`: a label before its `：` ends the heading (before any `。`).
      // (`一、顶层设计：三级清单夯实根基`: a heading and its subtitle, no label and its text.)
      const label =
        sm > 0 && spaced === 0 && !isSubtitledHeading(title) ? labelTitle(title) : undefined;
      // `一、门诊人次2019年第2季度全市…`: a year opening the text ends the heading run into it.
      // (`一、综合全年实现…`: a communiqué's standard heading run into its text.)
      const yearAt =
        sm > 0 && spaced === 0 && label === undefined
          ? headBeforeYearEnd(title) || statsHeadEnd(title)
          : 0;
      if (spaced > 0 && (stop < 0 || spaced - sm <= stop)) {
        rest = t.slice(spaced);
        title = t.slice(sm, spaced);
      } else if (yearAt > 0 && (stop < 0 || yearAt < stop)) {
        rest = title.slice(yearAt);
        title = withoutLostSpaceMarks(title.slice(0, yearAt));
      } else if (label !== undefined && (stop < 0 || label.title.length < stop)) {
        rest = title.slice(label.rest);
        title = label.title;
      } else if (stop >= 0) {
        rest = title.slice(stop + 1);
        title = title.slice(0, stop);
      }
      // `一、在所有投诉中，商品类投诉为284428件，…。`: a numbered paragraph, not a heading (its
      // first sentence is long and has clauses; or it is a sentence closed by `。` that reports
      // figures: `一、完成政府采购652项，预算金额89550万元，…。`, also with sentences after it:
      // `二、目前全镇共有脱贫户771户2750人，三类监测对象112户331人。通过帮扶，…`); the section is
      // named by its marker.
      // `一、人口方面，本市年末总人口…。`: a topic clause opening the part's text heads it.
      const topic =
        sm > 0 && spaced === 0 && label === undefined ? topicClauseLength(t.slice(sm)) : 0;
      if (topic >= 2) {
        rest = t.slice(sm + topic + 1);
        title = t.slice(sm, sm + topic);
      } else if (
        sm > 0 &&
        spaced === 0 &&
        /[，；]/.test(title) &&
        (title.length > MAX_RUN_IN ||
          ((rest === "" ? t.endsWith("。") : stop >= 0) &&
            REPORTED_FIGURE.test(title) &&
            !(rest.trim() !== "" && isCountedHeading(title))))
      ) {
        rest = t.slice(sm);
        title = t.slice(0, sm);
      }
      // `一、已经完成的指标任务，共计19项。主要是…`: a counted class of tasks whose count is a clause of
      // its own (`共计19项`): the class heads the part, the count opens its text.
      const total =
        sm > 0 && spaced === 0 && stop >= 0 && rest.trim() !== "" && isCountedHeading(title)
          ? TOTAL_CLAUSE.exec(title)
          : null;
      if (total !== null) {
        rest = `${title.slice(total.index + 1)}。${rest}`;
        title = title.slice(0, total.index);
      }
      // `一、10月和11月数据对比：` alone on its line: the heading without its colon.
      if (rest === "" && sm > 0) title = withoutClosingColon(title);
      if (title === "") title = t.slice(0, sm || t.length);
      section = newSection(title, offsetAt(line, 0) ?? 0, true, n > 0);
      item = undefined;
      if (rest.trim() !== "") {
        const offset = t.length - rest.length;
        item = { refs: [], body: [], marked: false };
        section.items.push(item);
        paragraph(rest, line, offset, item);
      }
      continue;
    }
    const bracketed = bracketHeads ? bracketRunInTitle(t) : "";
    if (bracketed !== "") {
      // `【概况】 自治区政务服务局于…`: the head's section, its text the first paragraph. Each
      // part of a yearbook's entry reports the year's data, as a report's first section does.
      section = newSection(bracketed, offsetAt(line, 0) ?? 0, true);
      section.figures = true;
      item = { refs: [], body: [], marked: false };
      section.items.push(item);
      const rest = t.slice(t.indexOf("】") + 1).trimStart();
      paragraph(rest, line, t.length - rest.length, item);
      continue;
    }
    if (ordinalLabels.has(index)) {
      // `亮点一：规模以上工业增加值突破1200亿元。1—7月份，…`: an item, its title the label's run-in title.
      const stop = t.indexOf("。");
      ensureSection(line, false);
      item = { refs: [], body: [], marked: true, title: t.slice(0, stop) };
      section?.items.push(item);
      paragraph(t.slice(stop + 1), line, stop + 1, item);
      continue;
    }
    const themed = themeStatementTitle(t);
    if (themed !== "") {
      // `1、平均气温：大部偏高` alone on its line: an item titled by the whole line.
      ensureSection(line, false);
      item = { refs: [], body: [], marked: true, title: themed };
      section?.items.push(item);
      continue;
    }
    const nm =
      numberedItemMarkerLength(t) || (figureHeads.has(index) ? numberedSubheadMarker(t) : 0);
    // (Before any heading, only a list's first numeral opens such an item: `1.蔬菜价格上涨。本周…`
    // as the body's first line; a `3.` there goes on a list the copy lost the start of.)
    const runInNumbered =
      (nm === 0 && (section || FIRST_NUMERAL.test(t)) ? numberedRunIn(t) : undefined) ??
      (dotless.has(index) ? dotlessRunIn(t) : undefined);
    if (runInNumbered) {
      ensureSection(line, false);
      // `1.首饰类投诉位居榜首。随着…`: an item with its run-in title.
      item = { refs: [], body: [], marked: true, title: runInNumbered.title };
      section?.items.push(item);
      const base = t.length - runInNumbered.rest.length;
      if (runInNumbered.rest !== "") paragraph(runInNumbered.rest, line, base, item);
      continue;
    }
    const dashed = dashRunIn(t);
    if (dashed) {
      ensureSection(line, false);
      // `——理论学习扎实深入。组织…`: an item with its run-in title, the dash dropped.
      item = { refs: [], body: [], marked: true, title: dashed.title };
      section?.items.push(item);
      paragraph(dashed.rest, line, t.length - dashed.rest.length, item);
      continue;
    }
    if (nm > 0) {
      // `1.总体情况`: a third-level heading, an item of the section it stands in.
      ensureSection(line, false);
      item = { refs: [], body: [], marked: true, title: withoutClosingColon(t.slice(nm).trim()) };
      (section as SectionDraft).items.push(item);
      continue;
    }
    if (decorated.has(index)) {
      section = newSection(decoratedHeadWords(t), offsetAt(line, 0) ?? 0, true);
      item = undefined;
      continue;
    }
    // `下一步工作要求：` over running text or `一是…` points, in a text that numbers no section: a
    // section of its own (its title without the `：`).
    if (
      !numbersSections &&
      (section !== undefined || labelHeadings >= 2) &&
      index + 1 < lines.length &&
      isLabelHeading(t) &&
      !startsBlock((lines[index + 1] as TextLine).text)
    ) {
      section = newSection(t.slice(0, -1), offsetAt(line, 0) ?? 0, true);
      item = undefined;
      continue;
    }
    // `就业形势怎么样？` over `——总体平稳 1-6月城镇新增就业717万`: a question heading its part, the deck
    // under it the part's first paragraph.
    const deck = lines[index + 1];
    if (index > 0 && isQuestionHead(t) && deck !== undefined && DECK_LINE.test(deck.text)) {
      section = newSection(t, offsetAt(line, 0) ?? 0, true);
      item = { refs: [], body: [], marked: false };
      section.items.push(item);
      paragraph(deck.text, deck, 0, item);
      index++;
      continue;
    }
    // `“12345”…运行概况` / `9月份问题分类统计` / … / `疑难工单` / `“12345”…运行概况` / `9月份，…`: the
    // issue's contents list, its first entry printed again as the first part's heading: dropped.
    const listed = contentsRunEnd(lines, index);
    if (listed > index) {
      for (const l of lines.slice(index, listed))
        warn("web-line-dropped", offsetAt(l, 0), { text: l.text });
      index = listed - 1;
      continue;
    }
    // Photo captions left over a heading: dropped, the line right over the text heads it.
    const heading = captionRunEnd(lines, index);
    if (heading > index) {
      for (const l of lines.slice(index, heading))
        warn("web-line-dropped", offsetAt(l, 0), { text: l.text });
      index = heading - 1;
      continue;
    }
    if (
      index >= dataEnd &&
      (index > 0 ||
        section ||
        // `第一章年度工作全景回顾` over `1.1信访总量与结构变化`: a part's ordinal heads the first part too.
        (index === 0 && (headsFirstPart(t) || PREFACE.test(t) || opensWithPartOrdinal(t))) ||
        (numbersSections && OPENING_PART.test(t))) &&
      (isBareHeading(t) || figureHeads.has(index) || isNotesLabelLine(t)) &&
      !isRuledBullet(t) &&
      index + 1 < lines.length &&
      // In a graphic, a line stating a figure (`棉被428床`) and the caption over one head nothing.
      !(graphicAt(index) && (captionAt(index) || captionAt(index + 1)))
    ) {
      // A heading without a marker, over one or more lines, a `——` subtitle included.
      let title = isNotesLabelLine(t)
        ? withoutClosingColon(t)
        : (closedPhraseSubhead(t) ?? withoutLevelNumber(t));
      let j = index + 1;
      while (
        j < lines.length &&
        j - index < MAX_HEADING_LINES &&
        // `民政统计季报表` over a form's header fields: a table (its caption its line's text) heads nothing.
        (lines[j] as TextLine).table === undefined &&
        !(graphicAt(j) && (captionAt(j) || captionAt(j + 1))) &&
        // `…周报` / `（2022年6月25日—7月1日）`: a line closed by brackets closes the heading.
        !closesWithBrackets((lines[j - 1] as TextLine).text) &&
        // `按投诉问题性质分类情况表` / `商品和服务类别分析`: a chart's caption (its picture dropped) too.
        !CHART_CAPTION_END.test((lines[j - 1] as TextLine).text) &&
        // `各街道情况` / `居住区`: a head closed by `情况` heads on its own, a line under it its part's head.
        !closedByState((lines[j - 1] as TextLine).text, (lines[j] as TextLine).text) &&
        !isCutLastClause(lines, j) &&
        !headsOnItsOwn((lines[j - 1] as TextLine).text, (lines[j] as TextLine).text) &&
        // `工业生产保持较快增长` / `高技术制造业增势强劲`: a deck under a head heads on its own.
        !decks.has(j) &&
        // `第二十三篇 地方人民政府` / `第二章 政务活动` / `第一节 行政审批` / `机构`: a part's ordinal opens a
        // head of its own, and such a head takes no line under it.
        !opensWithPartOrdinal((lines[j] as TextLine).text) &&
        !opensWithPartOrdinal((lines[j - 1] as TextLine).text) &&
        // `作者甲 作者乙[*]` / `引言`: a preface's heading heads its own part.
        !PREFACE.test((lines[j] as TextLine).text) &&
        ((isBareHeading((lines[j] as TextLine).text) &&
          numberedItemMarkerLength((lines[j] as TextLine).text) === 0 &&
          // `2.1全省整体情况` under `2第四季度功能区声环境质量`: a heading of its own level.
          withoutLevelNumber((lines[j] as TextLine).text) === (lines[j] as TextLine).text &&
          !namesSection((lines[j] as TextLine).text) &&
          // `…事故起数情况` (a chart's caption) / `从行业看`: a point of view heads its own part.
          !isViewHead((lines[j] as TextLine).text)) ||
          DECK_LINE.test((lines[j] as TextLine).text))
      ) {
        title += (lines[j] as TextLine).text;
        j++;
      }
      const next = (lines[j] as TextLine | undefined)?.text ?? "";
      // `人均面积2.2平方米` / `力争2020年达到人均2.6平方米` / `城区建成站点656个`: stacked lines, three or more
      // stating figures with their units are a graphic's data, a paragraph a line, no heading.
      // The lines down to the last stating a figure are paragraphs; a line under them may head.
      const data = j - index >= 2 && measuredLines(lines, index, j) >= MIN_GRAPHIC_FIGURES;
      if (data) dataEnd = lastMeasuredLine(lines, index, j) + 1;
      // `主要指标解释` / `一、统计范围`: under a sentence or a table, a heading over a numbering that starts
      // at `一、` heads a part of its own (an annex's), a section without items.
      if (
        !data &&
        j < lines.length &&
        index > 0 &&
        ((lines[index - 1] as TextLine).table !== undefined ||
          /[。！？；]$/.test((lines[index - 1] as TextLine).text) ||
          // `第一部分 12368平台诉讼服务基本情况` / `一、12368平台诉讼服务概况`: a part's ordinal heads it.
          opensWithPartOrdinal(title)) &&
        sectionHeadingMarker(next) > 0 &&
        startsNumbering(next)
      ) {
        index = j - 1;
        section = newSection(title, offsetAt(line, 0) ?? 0, true);
        item = undefined;
        nextSection = 1;
        continue;
      }
      // A heading heads running text or numbered item headings (`1、主要指标解释`): not the end
      // of the text, not another section heading or a list.
      // A heading over the first `（一）` item heads the section those items are in.
      const overItems = opensFirstItem(next);
      if (
        !data &&
        j < lines.length &&
        (!startsBlock(next) || overItems) &&
        numberedSectionIndex(next) === 0 &&
        (numberedItemMarkerLength(next) === 0 || !section?.items.some((i) => i.marked))
      ) {
        const top = index === 0 && columnFirst;
        index = j - 1;
        if (!overItems && section?.items.some((i) => i.marked)) {
          item = { refs: [], body: [], marked: true, title };
          section.items.push(item);
        } else {
          section = newSection(title, offsetAt(line, 0) ?? 0, true);
          if (top) section.figures = true;
          item = undefined;
        }
        continue;
      }
    }
    const im = itemMarkerLength(t);
    if (im > 0) {
      ensureSection(line, false);
      const s = section as SectionDraft;
      const marker = safeParseSectionMarker(itemMarkerText(t, im));
      if (marker.success) {
        if (marker.data.index !== s.nextItem) {
          warn("marker-out-of-order", offsetAt(line, 0), {
            marker: t.slice(0, im),
            expected: s.nextItem,
          });
        }
        s.nextItem = marker.data.index + 1;
      }
      item = { refs: [], body: [], marked: true };
      s.items.push(item);
      let lead = t.slice(im).trimStart();
      let base = t.length - lead.length;
      // `（一）核酸检测情况 2021年10月8日，…`: a space may end the item's run-in title, as it ends a
      // section's.
      const spaced = spacedHeadingEnd(t, offsetOf, base, line);
      // A heading line, its phrases joined by commas or not: `（一）强化组织领导，压实工作责任`; not
      // one whose space a date or figure follows (`（一）核酸检测情况 2021年10月8日，县人民医院`, a
      // paragraph's first line a page broke).
      if (
        (isHeadingLine(t) || isPhraseHeading(lead) || isFigureChangeHeading(lead)) &&
        !(spaced > 0 && isDigitCode(t.charCodeAt(spaced)))
      ) {
        // `（一）案件基本情况：` alone on its line (over a table or a list): the heading without its
        // colon, as a section's (`一、…：`) and a numbered item's (`1.…：`) are read.
        if (lead !== "") item.title = withoutClosingColon(lead);
        continue;
      }
      // `（一）夯实服务基础，持续优化政务服务环境。` alone on its line: the same heading, closed by `。`.
      const closed = closedPhrasesTitle(lead, MAX_PAIRED_PHRASE);
      if (closed !== undefined) {
        item.title = closed;
        continue;
      }
      // (`（一）从三大门类看，…`: a point of view closed by a comma runs in too.)
      let r = runInTitle(lead) ?? viewRunIn(lead);
      // Where no `。` or `：` ends a run-in title, the space does (a stray space inside `城市管理
      // 方面：` does not).
      if (r === undefined && spaced > 0) {
        r = { title: t.slice(base, spaced), rest: spaced - base };
      }
      // `（四）…共受理重复反映工单239件、满意率84%。`: a line that is one sentence reporting figures
      // is no run-in title (`（一）受理量突破1万件。本月…`, with text after it, still is).
      const reports =
        r !== undefined &&
        ((lead.charAt(r.rest - 1) === "。" &&
          lead.slice(r.rest).trim() === "" &&
          REPORTED_FIGURE.test(r.title)) ||
          // `（一）全年抽查4大类76种产品。…`, `（二）共涉及315家企业的402批次产品。…`: a first sentence
          // that counts twice is the part's first figures, not its title (`（一）受理量突破1万件。…`,
          // one count, still is).
          (lead.charAt(r.rest - 1) === "。" && countsTwice(r.title)));
      if (r !== undefined && !reports && readLeadingDate(lead, ctx.referenceYear).kind === "none") {
        item.title = r.title;
        lead = lead.slice(r.rest);
        base += r.rest;
      }
      const d = leadingDate(lead, offsetAt(line, base));
      if (d.date) {
        item.date = d.date;
        lead = lead.slice(d.end + 1);
        base += d.end + 1;
      }
      if (lead !== "") paragraph(lead, line, base, item);
      continue;
    }
    // A graphic's caption broken over its first lines (over a figure) heads nothing.
    const caption = graphicAt(index) && captionAt(index + 2);
    if (
      ensureSection(
        line,
        index === 0 && lines.length > 1 && !caption,
        (lines[index + 1] as TextLine | undefined)?.text,
      )
    )
      continue;
    const label = spacedLabels ? spacedLabelEnd(line) : 0;
    if (label > 0) {
      item = { refs: [], body: [], marked: false, title: t.slice(0, label) };
      (section as SectionDraft).items.push(item);
      paragraph(t.slice(label), line, label, item);
      continue;
    }
    if (!item) {
      item = { refs: [], body: [], marked: false };
      (section as SectionDraft).items.push(item);
    }
    let text = t;
    let base = 0;
    if (t.startsWith("编者按")) {
      const cut = /^编者按[：:]?/.exec(t)?.[0].length ?? 3;
      text = t.slice(cut);
      base = cut;
    }
    if (text !== "") paragraph(text, line, base, item);
  }
  return sections;
}

/**
 * `各街道情况` / `居住区`: a head closed by `情况` (`情況`), the state of what it names, is whole: the
 * line under it heads a part of its own. Not where the line under it goes on with a joining word or
 * a report's kind (`…工作情况` / `的报告`, `…情况` / `通报`: one title a page broke).
 */
function closedByState(over: string, text: string): boolean {
  return (
    /情[况況]$/.test(over) && !/^(?:[的之和及与與]|[通汇匯]?[报報告]|分析|说明|說明|表)/.test(text)
  );
}

/**
 * `各项政策措施落地显效` / `调查失业率回落，就业形势好转`: a sub-head stacked under a head, no line of it:
 * longer than the line over it (a heading broken by the page's width breaks its longer part
 * first) and a phrase of clauses parted by a comma.
 */
function headsOnItsOwn(over: string, text: string): boolean {
  return text.length > over.length && (text.includes("，") || text.includes(","));
}

/**
 * `…情况表`, `…变化表`, `…走势图`, `…分布圖`: how a chart's or a table's caption ends, a word of what it
 * shows (a state, a count, a change, a share, a spread, a trend, a list) then 表 or 图; not `代表`,
 * `蓝图`.
 */
const CHART_CAPTION_END = /[况況计計类類化布比较較成构構览覽细細总總势勢例据據标標量][表图圖]$/;

/**
 * `二、服务 业 持续恢复，现代服 务业增势 较好`: a section's heading alone on its line, spaces a PDF's
 * extraction strayed into its words, not a run-in heading a space sets off from its paragraph
 * (`二、存在问题 督查工作还存在…。`, `一、综合 全年全县地区生产总值125.6亿元…`): the text after the
 * marker is a heading of phrases ({@link isPhraseHeading}: as short as a heading, no sentence's or
 * label's mark, no figure, no opening date) and holds no digit (`五、货物进出口总额 1-5月，全县…`, a
 * paragraph's first line a page broke, opens its text with a period). `text` is the paragraph.
 */
const isStraySpacedHeading = (text: string, sm: number): boolean => {
  const title = text.slice(sm);
  return isPhraseHeading(title) && !DIGIT.test(title);
};
/** A digit. */
const DIGIT = /\d/;

/** Longest question taken as a part's heading ({@link isQuestionHead}). */
const MAX_QUESTION_HEAD = 20;
/**
 * `2.1气温`, `2.2 降水量`, `3.1.2日照时数`: the number of a heading numbered at two or three levels
 * (its part's number, a dot, its own), as a report prints the heads under `2.主要气候要素`; two Han
 * characters at least after it. Not a figure: a decimal before a unit (`2.1万件`, `1.5倍`, `3.2元`,
 * `0.8公里`, `1.5小时`, `7.4億元`, `2.6萬`: traditional forms too) is none.
 */
const LEVEL_NUMBER =
  /^\d{1,2}[.．]\d{1,2}(?:[.．]\d{1,2})?\s*(?![万亿千百十个件人元次户家项所名位台辆吨米亩倍条起宗年月日天度公平立小分秒克升毫厘萬億個項戶輛噸畝條張])(?=[\u4e00-\u9fff]{2})/;

/**
 * A bare heading's title without its {@link LEVEL_NUMBER} (`2.1气温`: `气温`), or without the `、` of a
 * marker whose numeral the copy lost (`三、诉求热点` copied as `、诉求热点`: `诉求热点`).
 */
function withoutLevelNumber(text: string): string {
  if (text.charCodeAt(0) === 0x3001 /* 、 */ && isHanCode(text.charCodeAt(1))) return text.slice(1);
  if (!isDigitCode(text.charCodeAt(0))) return text;
  const m = LEVEL_NUMBER.exec(text);
  return m === null ? text : text.slice(m[0].length);
}

/**
 * `——总体平稳 1-6月城镇新增就业717万`: a deck line, a dash then a phrase (no sentence). Not a rule of
 * dashes a page printed under a heading (`土地注册` / `————`): the dash opens words.
 */
const DECK_LINE = /^——(?!—)[^。；]{2,40}$/;

/**
 * `——理论学习扎实深入。组织县委理论学习中心组…`, `——坚持稳中求进，经济运行总体平稳。…`: a point of a
 * report's part led by a dash, its run-in title (Han words, or two or three parallel phrases, before
 * the first `。`) and the text after it; or undefined. A report copied in part may hold one alone. Not a deck line (`——总体平稳 1-6月城镇新增就业
 * 717万`, no `。`), an attribution (`——摘自《人民日报》`), a dash before a sentence with figures or a date
 * (`——全年完成投资12亿元。…`, `——3月5日，…`), nor a title with nothing after it.
 */
function dashRunIn(text: string): { title: string; rest: string } | undefined {
  if (text.charCodeAt(0) !== 0x2014 || text.charCodeAt(1) !== 0x2014) return undefined;
  const lead = text.slice(2).trimStart();
  const stop = lead.indexOf("。");
  // Four units at least: `——是的。…` is a reply in a dialogue.
  if (stop < 4 || stop > MAX_ITEM_TITLE || stop + 1 >= lead.length) return undefined;
  const title = lead.slice(0, stop);
  return TITLE_PHRASE.test(title) || isPhrasesTitle(title)
    ? { title, rest: lead.slice(stop + 1) }
    : undefined;
}

/**
 * `就业形势怎么样？`, `工资怎么调?`: a news feature's question sub-head, one phrase (no other mark) of
 * {@link MAX_QUESTION_HEAD} characters at most closed by a question mark. Whether it heads a part
 * depends on the deck line under it; its caller asks that.
 */
function isQuestionHead(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= MAX_QUESTION_HEAD &&
    /[？?]$/.test(text) &&
    QUESTION_HEAD.test(text)
  );
}
const QUESTION_HEAD = /^[\u4e00-\u9fff][^。，；：！？,;:!?“”"（）()]*[？?]$/;

/** Most lines of a heading without a marker (the heading loop's reach, its first line and three). */
const MAX_HEADING_LINES = 4;
/** Longest line taken as a photo's caption ({@link captionRunEnd}). */
const MAX_CAPTION = 20;

/**
 * `某区政务服务中心` / `文明创城标识` / … / `政务中心内标识` / `政务服务体系建设` / `加速推进…。`: a page's
 * photo captions left in its copy, a run of short bare lines (a figure allowed) longer than a
 * heading is stacked ({@link MAX_HEADING_LINES}), from under a line that closes its sentence to
 * over running text. The index of the run's last line (the heading of the text under it), the
 * lines before it being captions; else -1.
 */
function captionRunEnd(lines: readonly TextLine[], index: number): number {
  const prev = lines[index - 1];
  if (prev === undefined || prev.table || !closesSentence(prev.text)) return -1;
  let k = index;
  for (; k < lines.length; k++) {
    const line = lines[k] as TextLine;
    if (line.table || line.text.length > MAX_CAPTION || !isBareHeading(line.text, true)) break;
  }
  const next = lines[k];
  if (k - index <= MAX_HEADING_LINES || next === undefined || next.table) return -1;
  // `体育场地（截至目前）` / `人均面积2.2平方米` / `城区建成站点656个` / …: a graphic's data, no captions.
  if (measuredLines(lines, index, k) >= MIN_GRAPHIC_FIGURES) return -1;
  return isRunningText(next.text) ? k - 1 : -1;
}

/**
 * Fewest lines of a run holding a measured figure that make it a graphic's data, not photo captions
 * ({@link captionRunEnd}) nor a heading stacked over lines: three (a headline and its deck, printed
 * again over the text, may state a figure each: `…改造项目484个` / `完成棚户区改造1.1万户`).
 */
const MIN_GRAPHIC_FIGURES = 3;
/**
 * A number, perhaps with a decimal and a scale, and perhaps a space after it, before what may be its
 * unit (`人均面积2.2平方米`, `站点656个`, `1.6万名`, `15 座`).
 */
const MEASURED = /\d(?:\.\d+)?[万萬亿億]?\s?(?=[^\d\s.．])/g;
/**
 * The first characters of the units of a date or a span of time (`2020年`, `12月`, `24小时自助服务区`:
 * a caption may name a service's hours): no measured figure.
 */
const TIME_FIRSTS = "年月日号號时時小天周週分秒";
/**
 * How many of `lines[from, to)` hold a number with a unit ({@link unitLengthAt}) that is no date's or
 * span of time's ({@link TIME_FIRSTS}). Asked only of a run already taken as captions or a heading.
 */
function measuredLines(lines: readonly TextLine[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (statesMeasure((lines[k] as TextLine).text)) n++;
  return n;
}
/** The last of `lines[from, to)` holding a measured figure ({@link measuredLines}), else `from - 1`. */
function lastMeasuredLine(lines: readonly TextLine[], from: number, to: number): number {
  let k = to - 1;
  while (k >= from && !statesMeasure((lines[k] as TextLine).text)) k--;
  return k;
}
function statesMeasure(text: string): boolean {
  for (const m of text.matchAll(MEASURED)) {
    const j = (m.index ?? 0) + m[0].length;
    if (
      !TIME_FIRSTS.includes(text.charAt(j)) &&
      unitLengthAt(text, j) > 0 &&
      !COUNTED_SPAN.test(text.slice(j, j + 4)) &&
      !ordinalAt(text, m.index ?? 0) &&
      // `《优化营商环境工作情况调研报告3篇》`: a number inside a title's quotes measures nothing.
      text.lastIndexOf("《", j) <= text.lastIndexOf("》", j)
    )
      return true;
  }
  return false;
}
/**
 * Whether the number whose run of digits, letters, points and dashes holds `text[i]` follows 第
 * (`第2024-06-20期`, `第A06版`, `第1页`): an ordinal, no measured figure.
 */
function ordinalAt(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && ORDINAL_RUN.test(text.charAt(k - 1))) k--;
  return text.charCodeAt(k - 1) === 0x7b2c; /* 第 */
}
const ORDINAL_RUN = /[\dA-Za-z.-]/;
/** `12个月`, `3個工作日`, `2个季度`: a span of time counted with 个, no measured figure. */
const COUNTED_SPAN = /^[个個](?:月|工作日|自然日|小[时時]|季度|星期)/;

/** Fewest entries of a contents list ({@link contentsRunEnd}), its first heading's copy aside. */
const MIN_CONTENTS = 3;
/** Most entries of a contents list read ({@link contentsRunEnd}). */
const MAX_CONTENTS = 12;
/** Longest entry of a contents list ({@link contentsRunEnd}). */
const MAX_CONTENTS_ENTRY = 30;

/**
 * `“12345”政府服务热线9月份运行概况` / `9月份问题分类统计` / `工单办理较差成员单位情况` / `典型案例` /
 * `“12345”政府服务热线9月份运行概况` / `9月份，全县…`: an issue's contents list, one part's name a line
 * ({@link MIN_CONTENTS} to {@link MAX_CONTENTS} short bare lines, a figure allowed, no table's),
 * whose first entry is printed again right after it as the heading of the running text under it.
 * The index of that heading (the lines before it are the list), else -1. Near-misses: stacked
 * headings whose first line is not printed again (a heading over its sub-heads), a repeated line
 * with no running text under it, two entries alone before the copy.
 */
function contentsRunEnd(lines: readonly TextLine[], index: number): number {
  const first = lines[index] as TextLine;
  if (first.table || first.text.length > MAX_CONTENTS_ENTRY || !isBareHeading(first.text, true))
    return -1;
  const end = Math.min(lines.length - 1, index + MAX_CONTENTS + 1);
  for (let k = index + 1; k < end; k++) {
    const line = lines[k] as TextLine;
    if (line.table || line.text.length > MAX_CONTENTS_ENTRY || !isBareHeading(line.text, true))
      return -1;
    if (line.text !== first.text) continue;
    const next = lines[k + 1] as TextLine;
    return k - index >= MIN_CONTENTS && !next.table && isRunningText(next.text) ? k : -1;
  }
  return -1;
}

/** Running text: a sentence's mark in it, or a clause's in a line as long as a paragraph's. */
const isRunningText = (text: string): boolean =>
  /[。！？；]/.test(text) || (text.length >= 18 && /[，,]/.test(text));

/**
 * `1.基本养老保险参保人数同比增长4.9%`: the length of the number a figure subhead opens with
 * ({@link figureSubheads}), the marker of an item heading as the same line without its figure is;
 * 0 for a line without one.
 */
function numberedSubheadMarker(text: string): number {
  const m = NUMBERED_MARKER.exec(text);
  return m === null || !/[\u4e00-\u9fff]/.test(text.slice(m[0].length, m[0].length + 2))
    ? 0
    : m[0].length;
}

/** Longest line {@link figureSubheads} counts as a subhead (with a figure or without). */
const MAX_SUBHEAD = 30;

/**
 * `…了解到的情况。` / `群众总体满意率97.01%` / `7月份，市长热线…。`: a news item's subheads (小标题), short
 * heading lines that each stand between paragraphs (the line over it closes a sentence, the line
 * under it is running text). Where a text prints two such lines or more (with a figure or without),
 * the indices of those that state a figure ({@link isFigureSubhead}: `5家单位存在逾期现象`), which
 * head sections as the others do; else none (one short line with a figure between paragraphs may be
 * a highlighted figure). No table row, no paragraph's first line a page's width broke
 * ({@link opensParagraph}, {@link splitsFigure}). Subheads of parallel phrases closed by a `。`
 * ({@link closedPhraseSubhead}: `居民收入稳定增长，物价指数持续平稳。`) are among them where the text
 * prints two or more of those.
 */
function figureSubheads(lines: readonly TextLine[], headline?: string): Set<number> {
  const between: number[] = [];
  /** The subhead printing the headline's opening words again, where one does. */
  let echo = -1;
  const closed: number[] = [];
  // (The text's first line too when it opens a numbering, `1、…增长6.25%` under the headline.)
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k] as TextLine;
    const t = line.text;
    if (t.length > MAX_SUBHEAD || line.table) continue;
    const prev = lines[k - 1];
    const next = lines[k + 1] as TextLine;
    if (
      next.table ||
      (prev === undefined ? !FIRST_NUMERAL.test(t) : prev.table || !closesSentence(prev.text))
    )
      continue;
    if (!isRunningText(next.text)) continue;
    if (closedPhraseSubhead(t) !== undefined) closed.push(k);
    if (!isBareHeading(t, true)) continue;
    if (opensParagraph(t) || splitsFigure(t, next.text)) continue;
    between.push(k);
    if (echo < 0 && echoesHeadline(t, headline)) echo = k;
  }
  const found = new Set<number>(closed.length >= 2 ? closed : []);
  // `某省新增城镇就业43.33万人` under the headline `某省新增城镇就业43.33万人 提前完成年度目标`: one such line
  // alone is a subhead when it prints the headline's opening words again.
  if (echo >= 0 && isFigureSubhead((lines[echo] as TextLine).text)) found.add(echo);
  // `规上工业增加值同比增长8.4%` over `1—8月，全省规模以上工业增加值同比增长8.4%，…`: one such line alone
  // is a subhead when the paragraph under it states its figures again.
  if (between.length === 1) {
    const k = between[0] as number;
    const t = (lines[k] as TextLine).text;
    if (
      isFigureSubhead(t) &&
      !NUMBERED_PICTURE.test(t) &&
      restatesFigures(t, (lines[k + 1] as TextLine).text)
    )
      found.add(k);
  }
  if (between.length < 2) return found;
  for (const k of between) {
    const t = (lines[k] as TextLine).text.replace(ASIDE, "");
    if (isAnyFigureSubhead(t)) found.add(k);
  }
  return found;
}

/** A picture's number (`…增长24.8%_图1-1`): the line is its caption. */
const NUMBERED_PICTURE = /[图圖]\d/;

/** A number as a subhead prints it (`8.4`, `61031`). */
const NUMBER = /\d+(?:\.\d+)?/g;

/** Whether `paragraph` prints every number of `subhead` again (`8.4%` over `…同比增长8.4%，…`). */
function restatesFigures(subhead: string, paragraph: string): boolean {
  const numbers = subhead.match(NUMBER);
  return numbers?.every((n) => paragraph.includes(n)) === true;
}

/** `（含生育医疗）`: a bracketed aside in a subhead, no part of its length ({@link figureSubheads}). */
const ASIDE = /[（(][\u4e00-\u9fff]{1,10}[）)]/;

/** Fewest characters of a subhead {@link echoesHeadline} takes. */
const MIN_HEADLINE_ECHO = 8;

/**
 * `某省新增城镇就业43.33万人` under the headline `某省新增城镇就业43.33万人提前完成年度目标`: a line
 * printing the headline's opening words again ({@link MIN_HEADLINE_ECHO} characters or more), not the
 * whole of it (the headline printed again is a copy, not a subhead), nor words from its middle.
 */
function echoesHeadline(text: string, headline: string | undefined): boolean {
  return (
    headline !== undefined &&
    text.length >= MIN_HEADLINE_ECHO &&
    text.length < headline.length &&
    headline.startsWith(text)
  );
}

/**
 * `居民收入稳定增长，物价指数持续平稳。`: a subhead of parallel phrases closed by a `。`
 * ({@link closedPhrasesTitle}), each phrase four characters or more, the first no clause of time or
 * connective ({@link OPENING_CLAUSE_END}); its title without the mark, else undefined.
 */
function closedPhraseSubhead(text: string): string | undefined {
  if (!text.endsWith("。")) return undefined;
  const title = closedPhrasesTitle(text);
  if (title === undefined) return undefined;
  const phrases = title.split("，");
  return phrases.every((p) => p.length >= 4) && !OPENING_CLAUSE_END.test(phrases[0] as string)
    ? title
    : undefined;
}

/**
 * `进入冬季，居民取暖和烘烤腊肉不慎引发火灾` as the text's last line: a copy cut mid-sentence, a clause
 * (its comma) with no sentence's end after it, is running text, no line of a heading over it.
 */
function isCutLastClause(lines: readonly TextLine[], j: number): boolean {
  if (j !== lines.length - 1) return false;
  const text = (lines[j] as TextLine).text;
  return text.includes("，") && !closesSentence(text);
}

/**
 * A newspaper graphic copied as text: four or more lines, none holding a sentence's end (`。！？`),
 * its words captions broken over short lines around figures.
 */
export function isGraphic(lines: readonly { text: string }[]): boolean {
  if (lines.length < 4) return false;
  // (`…同比增长3.1% [2]`: a statement closed by a reference's mark is a summary's bullet, no caption.)
  for (const l of lines) if (/[。！？]/.test(l.text) || CITED_END.test(l.text)) return false;
  return true;
}

/**
 * `完成年初预算的57.1%`, `949.49亿元 同比增长12.9%`: a short line stating a figure, under the words
 * that say what it is (in a graphic, those words are its caption, not a heading).
 */
export function captionOf(line: { text: string } | undefined): boolean {
  return line !== undefined && line.text.length <= 40 && GRAPHIC_FIGURE.test(line.text);
}

/** A number, perhaps with a decimal and a scale, before what may be its unit. */
const NUMBER_BEFORE_UNIT = /\d(?:\.\d+)?[万亿萬億]?(?=\D)/g;
/**
 * `棉被428床`, `排查敬老院110所`, `组织3502名儿童主任`: a number and any unit a figure may carry
 * (unitLengthAt), where {@link GRAPHIC_FIGURE}'s common units are not; `2020年`, `12月份` are dates.
 * Asked of a graphic's line inside a web copy's text (`graphic` set by the repair) only.
 */
function statesCount(text: string): boolean {
  if (!/\d/.test(text)) return false;
  NUMBER_BEFORE_UNIT.lastIndex = 0;
  for (let m = NUMBER_BEFORE_UNIT.exec(text); m !== null; m = NUMBER_BEFORE_UNIT.exec(text))
    if (unitLengthAt(text, m.index + m[0].length) > 0) return true;
  return false;
}

/** A figure with its unit (`57.1%`, `479.89亿元`). */
const GRAPHIC_FIGURE = /\d(?:[万亿萬億])?(?:元|件|个|個|项|人|户|家|吨|辆|次|%)/;

/** Longest line taken as a section's name by itself ({@link namesSection}). */
const MAX_SECTION_NAME = 8;

/**
 * `总体情况`, `基本情况`, `工作进展`, `附注`: a line that names a section by itself (a kind
 * {@link guessSectionKind} knows, or a release's notes label), so it heads a section of its own and does not continue the
 * heading line above it (`水环境` / `总体情况` are two headings).
 */
function namesSection(text: string): boolean {
  return (
    text.length <= MAX_SECTION_NAME &&
    (guessSectionKind(simplified(text)) !== undefined || NOTES_LABEL.test(text))
  );
}

/** `附注`, `注释`, `指标解释`: the label a statistics release prints over its notes. */
const NOTES_LABEL = /^(?:附注|附註|注释|註釋|指标解释|指標解釋|名词解释|名詞解釋)$/;
/**
 * `附注：` alone on its line over the notes (`1.指标解释` / …): a release's notes label closed by its colon
 * heads the notes' section, as the label without it does. Near-misses: a note's text after the
 * colon (`附注：本表数据为快报数。`, a note, no heading), another word's label (`备注：`).
 */
const isNotesLabelLine = (text: string): boolean =>
  COLON.test(text.slice(-1)) && NOTES_LABEL.test(text.slice(0, -1));

/** `（一）…`: a line that opens a section's first item. */
export function opensFirstItem(text: string): boolean {
  const im = itemMarkerLength(text);
  if (im === 0) return false;
  const marker = safeParseSectionMarker(itemMarkerText(text, im));
  return marker.success && marker.data.index === 1;
}
