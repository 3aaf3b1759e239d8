import { dateSpanBounds, parseChineseNumber } from "@bulletin/format";
import type {
  Bulletin,
  DateSpan,
  Department,
  Distribution,
  Issue,
  Item,
  Metric,
  Organization,
  Publication,
  Section,
} from "@bulletin/schema";
import { SCHEMA_VERSION, YEAR_RANGE } from "@bulletin/schema/constants";
import { withoutArticleOrdinal } from "./internal/article-ordinal";
import { barAsDash } from "./internal/bar-dash";
import { isEntryUnderBareLocation } from "./internal/bare-location-entry";
import { barredHeadline } from "./internal/barred-headline";
import { bodyAnnouncingLede } from "./internal/body-announcing-lede";
import { breadcrumbOutlet } from "./internal/breadcrumb-outlet";
import { isBracketedCaption } from "./internal/caption-line";
import { cataloguedEntry } from "./internal/catalogued-entry";
import { censusMomentYear } from "./internal/census-moment-year";
import { endsFullSentence, oneOf } from "./internal/chars";
import { closingBarAt } from "./internal/closing-bar";
import { colonBylineAuthorOutlet, isColonByline } from "./internal/colon-byline";
import { completedWorkYear } from "./internal/completed-work-year";
import { contentsListLength } from "./internal/contents-list";
import { readCoverNotice } from "./internal/cover-notice";
import { isCutoffClause } from "./internal/cutoff-clause";
import { dashedIssuerUnderTitle } from "./internal/dashed-issuer";
import { dashedSiteNameAt } from "./internal/dashed-site-name";
import { datedReportHeading } from "./internal/dated-report-heading";
import { datedTitleAgain } from "./internal/dated-title-again";
import { DepartmentMatcher } from "./internal/department-matcher";
import { countsOverCard } from "./internal/document-site-stats";
import { withoutRepeatedOpening } from "./internal/doubled-title";
import { isEditorNote } from "./internal/editor-note";
import { carriesArticleFields, crumbSteps } from "./internal/fielded-breadcrumb";
import { isFigureKicker } from "./internal/figure-kicker";
import { framedYear } from "./internal/framed-year";
import { framedYearMonths } from "./internal/framed-year-months";
import { isFrontNote } from "./internal/front-notes";
import { guessFrequency } from "./internal/guess";
import { isDatelineCredit } from "./internal/head-credit";
import { addHeadingFigures } from "./internal/heading-figures";
import {
  archiveYearTagAt,
  dashedKicker,
  headlineLabelEnd,
  isLeadSummary,
  isPageHeadline,
  restatesFigure,
  runOnPageDateAt,
  saidAgainIn,
  withoutHeadlineRole,
} from "./internal/headline-shapes";
import { issuerOverDay } from "./internal/issuer-over-day";
import {
  issuerOverMonth,
  issuerReleaseRunOn,
  opensOnIssuerOverMonth,
} from "./internal/issuer-over-month";
import { labelledLedeSource } from "./internal/labelled-lede-source";
import { leadingTableCaption } from "./internal/leading-table-caption";
import {
  closesSentence,
  decoratedHeadLines,
  isBareHeading,
  isDocumentNumber,
  isTailLine,
  OPENING_CLAUSE,
  sectionHeadingMarker,
  startsBlock,
} from "./internal/line-kinds";
import { isLoneHeadline } from "./internal/lone-headline";
import { meetingReviewedYear } from "./internal/meeting-reviewed-year";
import { describe, type Locale } from "./internal/messages";
import { monthEndOfTitles } from "./internal/month-end-title";
import { noticeNumber } from "./internal/notice-number";
import { officeSiteAtop } from "./internal/office-site-atop";
import {
  announcedMonths,
  bareYearOfTitles,
  CLAUSE_MARKS,
  cumulativeToMonthEnd,
  dayOfTitles,
  daysOfWholeHours,
  entryYear,
  fiveYearPlanSpan,
  hearsayYear,
  holidayDaysOfStatedYear,
  introducedSpanText,
  isAskedDayHeadline,
  isDeliveredDateline,
  laterSentenceYear,
  ledeMonthsOfYear,
  monthsFromJanuaryToMonth,
  monthsOfYear,
  openingOneDay,
  openingYearOrDaySpan,
  quartersSoFar,
  releasedReportYear,
  reportedYear,
  reviewedYearOfMeeting,
  summaryYearOfTitles,
  titleMonthsToCutoff,
  withoutLeadIn,
  withoutOpeningMarks,
  yearbookRecordedYear,
  yearEndStockYear,
} from "./internal/opening-period";
import { opensOnPartHead } from "./internal/opening-section-head";
import { repostedTitle } from "./internal/original-title-note";
import { outletOverOwnDateline } from "./internal/outlet-over-dateline";
import { outletReportersLede } from "./internal/outlet-reporters-lede";
import {
  ATTRIBUTION,
  bylineOutlet,
  footCredit,
  footerHost,
  footIssuer,
  isNamedOutlet,
  isOutletName,
  newsDateline,
  OUTLET_ENDINGS,
  openingCreditOutlet,
  opensParagraph,
  splitsFigure,
  withoutRelatedLinks,
} from "./internal/page-foot";
import { isPhraseMarkedHeadline, phrasesAsWords } from "./internal/phrase-marked-headline";
import { isPictureCredit } from "./internal/picture-credit";
import { placeBeforeYear } from "./internal/place-before-year";
import { placedIssuer } from "./internal/placed-issuer";
import { priceReportDay } from "./internal/price-day";
import { printLinkAt } from "./internal/print-link-tail";
import {
  type BodyContext,
  captionOf,
  type ItemDraft,
  isGraphic,
  opensFirstItem,
  readBody,
  type SectionDraft,
} from "./internal/read-body";
import {
  CLOCK_SOURCE,
  gregorianOfRoc,
  inYearRange,
  numericDateSource,
  readFullDate,
} from "./internal/read-date";
import {
  attachmentIssueNumber,
  fileKindAt,
  isOrg,
  readMasthead,
  readPeriodText,
  titleIssueNumbers,
} from "./internal/read-masthead";
import { readOptions } from "./internal/read-options";
import { readSignature } from "./internal/read-signature";
import type { TailData } from "./internal/read-tail";
import { yearBeforeReleaseMonth } from "./internal/release-month";
import { releasedYearData } from "./internal/released-year-data";
import { repairLines } from "./internal/repair-lines";
import { repeatsHeadline } from "./internal/repeated-headline";
import { runInMasthead } from "./internal/run-in-masthead";
import { sliceLine, splitRunTogether } from "./internal/run-together";
import { shareLinksAt } from "./internal/share-links-tail";
import { isSiteMenuLine } from "./internal/site-menu-line";
import { trailTitleAt } from "./internal/site-trail";
import { isSpacedHomePath } from "./internal/spaced-home-path";
import { statisticalReportYear, statisticalYearbookYear } from "./internal/statistical-report-year";
import { taiwanYearForms } from "./internal/taiwan-year-forms";
import {
  appendLine,
  inputLineStarts,
  offsetAt,
  printedSpacing,
  type TextLine,
} from "./internal/text-line";
import { titleMonthOfMonths } from "./internal/title-month-of-months";
import { titlePartOfYear } from "./internal/title-year-part";
import { yearSpanOfTitles } from "./internal/title-year-span";
import { travelRushSpan } from "./internal/travel-rush-span";
import {
  accountDate,
  cutOutletCredit,
  DOCUMENT_KIND,
  isBreadcrumb,
  isLabelAlone,
  isOutletDateLine,
  isSpacedByline,
  type LineKinds,
  opensPage,
  readPageFacts,
  simplified,
  skipLinkBefore,
  webLineFilter,
  webLineKind,
  yearbookVolume,
} from "./internal/web-page";
import { yearbookEntryNameLines } from "./internal/yearbook-entry-name";
import { knownDepartments, namesSichuan, SICHUAN_IDS } from "./known-departments";
import type { ParseWarning, ParseWarningCode, TextPosition } from "./parse-warning";

/**
 * Options of {@link parseBulletinText}.
 *
 * @example
 * ```ts
 * const options: ParseBulletinTextOptions = { referenceYear: 2025, locale: "en", metrics: "none" };
 * parseBulletinText("一、动态\n（一）9月8日，省中心召开会议。", options).bulletin.sections[0]?.items[0]?.date;
 * //=> { kind: "day", date: "2025-09-08" }
 * ```
 */
export interface ParseBulletinTextOptions {
  /** The year of dates written without one (`9月8日`); default: the issue's year from the masthead. */
  referenceYear?: number;
  /**
   * Your department dictionary (another province's, a city's): recognised before
   * {@link knownDepartments} (Sichuan's bodies and the national ministries), whose entries with
   * the same id it replaces; their ids are used as given.
   */
  departments?: readonly Department[];
  /**
   * `merge` (default): `departments` and {@link knownDepartments} together, its Sichuan bodies only
   * in a text that names Sichuan or one of its cities (or whose `publication` option does);
   * `replace`: only `departments` (a bulletin from elsewhere whose `省X局` are not Sichuan's). Names
   * shaped like departments (`省X局`, `辛集市市场监督管理局`) are recognised either way, with a warning.
   */
  departmentsMode?: "merge" | "replace";
  /** The language of warning messages; default `zh-CN`. */
  locale?: Locale;
  /** `all` (default): figures with units become metrics; `none`: they stay text. */
  metrics?: "all" | "none";
  /** Issue fields the text does not give (`number`, `publishedOn`, `period`…); the text wins. */
  issue?: Partial<Issue>;
  /** Publication fields the text does not give (`title`, `publisher`, `frequency`); the text wins. */
  publication?: { title?: string; publisher?: Organization; frequency?: Publication["frequency"] };
}

/**
 * A fact the model requires that the text does not give, named by its path in the bulletin:
 * supply it through `options.publication` / `options.issue` (or the CLI's `--title`,
 * `--publisher`, `--number`, `--published-on`).
 *
 * @example
 * ```ts
 * const fact: MissingFact = "issue.publishedOn";
 * ```
 */
export type MissingFact =
  | "publication.title"
  | "publication.publisher"
  | "issue.number"
  | "issue.publishedOn";

/**
 * What the parser read from a text that lacks some of the facts a {@link Bulletin} requires: a
 * bulletin whose `publication.title`, `publication.publisher`, `issue.number` and
 * `issue.publishedOn` may be absent. It is not assignable to `Bulletin`, so it cannot be stored
 * as a valid issue by mistake.
 *
 * @example
 * ```ts
 * const result = parseBulletinText("一、情况\n正文。");
 * if (!result.complete) {
 *   const draft: BulletinDraft = result.bulletin;
 *   draft.issue.publishedOn;
 * }
 * //=> undefined
 * ```
 */
export interface BulletinDraft extends Omit<Bulletin, "publication" | "issue"> {
  publication: Omit<Publication, "title" | "publisher"> & {
    title?: string;
    publisher?: Organization;
  };
  issue: Omit<Issue, "number" | "publishedOn"> & { number?: number; publishedOn?: string };
}

/**
 * What {@link parseBulletinText} returns: `complete: true` with a {@link Bulletin} that passes
 * `validateBulletin`, or `complete: false` with a {@link BulletinDraft} and the facts that are
 * `missing` (never invented: no placeholder title, number or date). Check `complete` before
 * storing `bulletin` as an issue.
 *
 * @example
 * ```ts
 * const result: ParseBulletinTextResult = parseBulletinText("一、情况\n正文。");
 * result.complete ? result.bulletin.issue.publishedOn : result.missing;
 * //=> ["publication.title", "publication.publisher", "issue.number", "issue.publishedOn"]
 * ```
 */
export type ParseBulletinTextResult =
  | {
      complete: true;
      /** A bulletin that passes `validateBulletin` from `@bulletin/schema`. */
      bulletin: Bulletin;
      missing: [];
      /** What was guessed or could not be placed, in text order of discovery. */
      warnings: ParseWarning[];
    }
  | {
      complete: false;
      /** What the text gives; the `missing` facts are absent. */
      bulletin: BulletinDraft;
      /** The required facts the text does not give, in this order: title, publisher, number, date. */
      missing: MissingFact[];
      /** What was missing, guessed or could not be placed, in text order of discovery. */
      warnings: ParseWarning[];
    };

/**
 * Reads text: turns the plain text of a bulletin — as PDF extraction, copy-paste or OCR gives
 * it — into a {@link Bulletin} that passes `validateBulletin`. (Its sibling `parseBulletin` in
 * `@bulletin/schema` reads no text: it validates a value that already is a bulletin, such as
 * parsed JSON.) It comes with a warning for everything it had to guess
 * or could not find. Reads the masthead (name, `第9期` / `总第N期` / `2025年第9期`, publisher, date
 * in Arabic or 〇 style), `一、` sections, `（一）` items with run-in titles and leading date spans,
 * department names (dictionary, then `省X局`-shaped names), figures with units as metrics with
 * their 同比/环比 change, `《》` titles, `“”` quotes and the 报尾 (报/送/发/抄送, 共印N份, 签发人,
 * 责任编辑). Repairs the text first with {@link repairExtractedText}. Linear in the text's length.
 *
 * @param text - the text; any string (no string makes it throw)
 * @param options - {@link ParseBulletinTextOptions}
 * @returns `{ bulletin, warnings }`
 * @throws {ParseOptionsError} `invalid-option` when an option (never the text) is invalid
 *
 * @example
 * ```ts
 * const { bulletin, warnings } = parseBulletinText(
 *   "政务窗口月报\n第9期\n四川省政府政务服务和公共资源交易服务中心\n2025年11月10日\n" +
 *     "一、窗口资讯\n(一)9月16日—18日,省林草局窗口派出工作组。",
 * );
 * bulletin.sections[0]?.items[0];
 * //=> { date: { kind: "range", start: "2025-09-16", end: "2025-09-18" },
 * //     departmentRefs: ["forestry-grassland"],
 * //     body: [[{ type: "department", ref: "forestry-grassland" }, "窗口派出工作组。"]] }
 * warnings.map((w) => w.code);
 * //=> ["period-guessed"]
 * ```
 */
export function parseBulletinText(
  text: string,
  options: ParseBulletinTextOptions = {},
): ParseBulletinTextResult {
  const opts = readOptions(options as Record<string, unknown>);
  const warnings: ParseWarning[] = [];
  let lineStarts: number[] = [0];
  const warn = (
    code: ParseWarningCode,
    offset: number | undefined,
    params: Record<string, string | number> = {},
  ): void => {
    const { severity, message } = describe(code, params, opts.locale);
    warnings.push({ code, severity, position: positionOf(lineStarts, offset ?? 0), message });
  };
  const source = typeof text === "string" ? text : "";
  try {
    // Lines of a related-links list: other pages' headlines, read for none of this page's fields.
    const listed = new Set<string>();
    // Each line's kind worked out once for all the filters below (the table finder makes many).
    const kinds: LineKinds = new Map();
    const repaired = repairLines(
      source,
      () => withoutRelatedLinks(webLineFilter(kinds), listed),
      opensPage,
    );
    lineStarts = repaired.lineStarts;
    for (const d of repaired.dropped) warn("web-line-dropped", offsetAt(d, 0), { text: d.text });
    for (const r of repaired.repeated) {
      warn("running-header-dropped", offsetAt(r, 0), { text: r.text });
    }
    // A line dropped whole: a warning on each input line it came from (the repair may have
    // joined several), each naming its part.
    const warnDropped: WarnDropped = (line, code = "web-line-dropped") => {
      const starts = inputLineStarts(line, (offset) => positionOf(lineStarts, offset).line);
      starts.forEach((from, k) => {
        const to = starts[k + 1] ?? line.text.length;
        warn(code, offsetAt(line, from), { text: line.text.slice(from, to).trim() });
      });
    };
    const fieldLines =
      listed.size === 0 ? repaired.dropped : repaired.dropped.filter((l) => !listed.has(l.text));
    return finish(
      build(repaired.lines, repaired.dropped, fieldLines, opts, warn, warnDropped),
      warnings,
    );
  } catch (error) {
    warnings.length = 0;
    warn("internal-error", 0, {
      error: error instanceof Error ? error.message.slice(0, 100) : "unknown",
    });
    return finish(fallback(opts), warnings);
  }
}

type Warn = (
  code: ParseWarningCode,
  offset: number | undefined,
  params?: Record<string, string | number>,
) => void;
/** Warns of a line dropped whole, once per input line it was joined from. */
type WarnDropped = (line: TextLine, code?: "web-line-dropped" | "duplicate-line-dropped") => void;
type Opts = ReturnType<typeof readOptions>;

function positionOf(lineStarts: number[], offset: number): TextPosition {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}

/**
 * The lines of a web page's head: the headings ({@link isPageHeadline}) the text opens with that come
 * before the last of the page's metadata lines among them (`来源：…`, a file-information grid).
 */
function pageHead(
  lines: readonly TextLine[],
  webLines: readonly TextLine[],
): { skipped: number; head: TextLine[]; byline?: TextLine } {
  let skipped = 0;
  while (
    skipped < MAX_HEAD_FURNITURE &&
    (isHeadFurniture(lines[skipped]?.text) ||
      isTitleBar(lines[skipped], lines[skipped + 1]) ||
      isSpacedCrumb(lines[skipped], lines[skipped + 1]))
  )
    skipped++;
  let n = skipped;
  // `央视记者 唐颖 李啸虎` under the headings: the page's byline, its metadata as `记者：…` is.
  let byline: TextLine | undefined;
  while (n < lines.length) {
    const line = lines[n] as TextLine;
    if (n > skipped && isSpacedByline(line)) {
      byline = line;
      break;
    }
    if (!isPageHeadline(line.text)) break;
    n++;
  }
  const start = (l: TextLine | undefined): number | undefined =>
    l === undefined ? undefined : offsetAt(l, 0);
  const limit = start(lines[n]) ?? Number.POSITIVE_INFINITY;
  let lastMeta = -1;
  for (const w of webLines) {
    const at = start(w) ?? -1;
    if (at < limit && webLineKind(w.text) !== "furniture") lastMeta = Math.max(lastMeta, at);
  }
  // (Only where the page prints no metadata line of its own: one that does bounds the head.)
  if (byline !== undefined && lastMeta < 0) lastMeta = limit;
  else byline = undefined;
  const head: TextLine[] = [];
  for (const l of lines.slice(skipped, n))
    if ((start(l) ?? 0) < lastMeta && !isLeadSummary(l.text)) head.push(l);
  return byline === undefined || head.length === 0
    ? { skipped: head.length > 0 ? skipped : 0, head }
    : { skipped, head, byline };
}

/** Fewest characters of a title a breadcrumb ends with (a column's name is shorter). */
const MIN_CRUMBED_TITLE = 8;

/**
 * `您的位置：首页 > 头条新闻 > 全省春节假日文旅市场强劲增长` over `全省春节假日文旅市场强劲增长` /
 * `接待游客、旅游收入同比增长均超五成`: the head's line a breadcrumb above it ends with (the page's own
 * title, perhaps cut short with `…`; a subtitle under it may be longer). Undefined when the head
 * holds one line, or no breadcrumb over it ends with one of its lines.
 */
function crumbedTitle(
  head: readonly TextLine[],
  webLines: readonly TextLine[],
): TextLine | undefined {
  if (head.length < 2) return undefined;
  const last = offsetAt(head[head.length - 1] as TextLine, 0) ?? 0;
  for (const w of webLines) {
    if ((offsetAt(w, 0) ?? 0) > last) break;
    const mark = Math.max(
      w.text.lastIndexOf(">"),
      w.text.lastIndexOf("»"),
      w.text.lastIndexOf("›"),
    );
    if (mark < 0 || !isBreadcrumb(w.text)) continue;
    let crumb = w.text.slice(mark + 1).replace(/\s+/g, "");
    // `…> 全省春节假日文旅市场强…`: a breadcrumb may cut a long title short.
    const cut = crumb.endsWith("…") || crumb.endsWith("...");
    if (cut) crumb = crumb.replace(/(?:…+|\.{3,})$/, "");
    // (`首页 > 政务动态` over `政务动态`: a breadcrumb ending with its column names no title.)
    if (crumb.length < MIN_CRUMBED_TITLE) continue;
    const line = head.find((l) => {
      const text = l.text.replace(/\s+/g, "");
      return text === crumb || (cut && text.startsWith(crumb));
    });
    if (line !== undefined) return line;
  }
  return undefined;
}

/**
 * `民政部：去年…下降10.6%` in a page's head, `原标题：民政部：去年…下降10.6%` (or `标题：…`) among its
 * fields: the head's line that prints the title the page's fields name (spaces aside), over any
 * other reading of the head (a menu's line over it is no kicker). Undefined when no line of the head
 * prints it.
 */
function restatedPageTitle(
  head: readonly TextLine[],
  title: string | undefined,
): TextLine | undefined {
  if (title === undefined || head.length < 2) return undefined;
  const wanted = title.replace(/\s+/g, "");
  return head.find((l) => l.text.length >= wanted.length && l.text.replace(/\s+/g, "") === wanted);
}

/**
 * The head's longest line, the page's title when nothing else marks one. A line of the page's path
 * (`某某网 > 新闻频道 > 政务频道 > 部门动态`, {@link isHeadFurniture}: three names or more parted by `>`)
 * is no title however long it is, and the lines over it (the site's menus, `设为首页 加入收藏 …`) are
 * the site's: the longest line under the last path line is taken, when one is left under it; or the
 * line of eight characters or more that longest line opens with (the headline, a caption under it
 * saying it again with more words). Undefined for an empty head.
 */
function longestHeadLine(head: readonly TextLine[]): TextLine | undefined {
  let from = 0;
  for (let k = 0; k < head.length; k++) {
    const text = (head[k] as TextLine).text;
    // (`首页 行业动态 headline` / `headline`: a path parted by spaces, longer than the headline.)
    if ((text.includes(">") && isHeadFurniture(text)) || isSpacedPathLine(head[k])) from = k + 1;
  }
  const rest = from < head.length ? head.slice(from) : head;
  if (rest.length === 0) return undefined;
  const longest = rest.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  // `2023年1月某市医疗服务信息` over `2023年1月某市医疗服务信息主要指标` (a table's caption the head
  // reached): the headline the longest line opens with, said again with more words, is the title;
  // so is one it closes with (`当前阅读：headline` over `headline`: the page's label before it).
  return (
    rest.find(
      (l) =>
        l !== longest &&
        l.text.length >= MIN_OPENING_HEADLINE &&
        repeatsHeadline(longest.text, l.text),
    ) ?? longest
  );
}
/** Fewest characters of a headline the head's longest line opens with ({@link longestHeadLine}). */
const MIN_OPENING_HEADLINE = 8;

/** Most lines down a headline a breadcrumb names is looked for ({@link crumbNamedHeadline}). */
const CRUMB_NAMED_REACH = 40;

/**
 * `您现在的位置：首页 > 头条 > 某市今年水资源储备“大丰收” 地下水增储16.3亿方` over the text, and the
 * same headline (spaces aside) as a line further down, under the site's other headlines and teasers:
 * the index of that line among `lines` (one or more lines under the first, within
 * {@link CRUMB_NAMED_REACH}), else 0. Near-misses: a breadcrumb that ends with a column's name
 * (shorter than {@link MIN_CRUMBED_TITLE}) or is cut short (`…`), one that comes after the text's
 * first line, a headline never printed again.
 */
function crumbNamedHeadline(lines: readonly TextLine[], webLines: readonly TextLine[]): number {
  const top = lines[0] === undefined ? undefined : offsetAt(lines[0], 0);
  if (top === undefined) return 0;
  for (const w of webLines) {
    if ((offsetAt(w, 0) ?? top) > top) break;
    const mark = Math.max(
      w.text.lastIndexOf(">"),
      w.text.lastIndexOf("»"),
      w.text.lastIndexOf("›"),
    );
    if (mark < 0 || !isBreadcrumb(w.text)) continue;
    const crumb = w.text.slice(mark + 1).replace(/\s+/g, "");
    if (crumb.length < MIN_CRUMBED_TITLE || crumb.endsWith("…") || crumb.endsWith("...")) continue;
    for (let k = 0; k < lines.length && k <= CRUMB_NAMED_REACH; k++) {
      const text = (lines[k] as TextLine).text;
      if (text.length >= crumb.length && text.replace(/\s+/g, "") === crumb) return k;
    }
  }
  return 0;
}

/** Fewest characters of a headline {@link subheadedTitle} takes over its sub-headline. */
const MIN_SUBHEADED_TITLE = 8;
/**
 * `今日某县>新闻>某省易地扶贫搬迁累计搬迁入住184余万人`, `同城头条 > 本地头条 > 某局荣获…称号!`: a
 * page's trail of links in its head, two to five steps parted by `>` (`＞`, `»`), its last step the
 * title. Near-misses: a headline with no such mark, a trail whose last step is no line of the head.
 */
const CRUMB_TRAIL = /^(?:[^>＞»]{1,12}[>＞»]){1,4}([^>＞»]{8,})$/;

/**
 * The head's line a trail of links ({@link CRUMB_TRAIL}) in the same head ends with: the page's
 * title said again under its trail. Undefined when the head holds one line or no such trail.
 */
function trailedTitle(head: readonly TextLine[]): TextLine | undefined {
  if (head.length < 2) return undefined;
  for (const crumb of head) {
    if (!/[>＞»]/.test(crumb.text)) continue;
    const last = CRUMB_TRAIL.exec(crumb.text.replace(/\s+/g, ""))?.[1];
    if (last === undefined) continue;
    const title = head.find((l) => l !== crumb && l.text.replace(/\s+/g, "") === last);
    if (title !== undefined) return title;
  }
  return undefined;
}

/** Longest sub-headline {@link subheadedTitle} takes (a longer line is a lede). */
const MAX_SUBHEADLINE = 60;

/**
 * `云南省固定资产投资增速稳中有升` over `前三季度同比增长8.0%，产业投资规模不断扩大`: a news page's headline
 * of one phrase (no comma, eight characters or more, no body's or site's name alone) right over
 * its sub-headline, the head's longest line, a phrase of clauses parted by a comma (no sentence's
 * mark, {@link MAX_SUBHEADLINE} characters at most) or a subtitle of one phrase after a dash (`——某省12345热线调研报告`; a
 * dashed phrase of clauses keeps its reading as the title):
 * the headline is the title (the longest line is the sub-headline), as a kicker's headline under it
 * is ({@link isKicker}). Undefined for any other head.
 */
function subheadedTitle(head: readonly TextLine[]): TextLine | undefined {
  let k = 0;
  for (let j = 1; j < head.length; j++)
    if ((head[j] as TextLine).text.length > (head[k] as TextLine).text.length) k = j;
  const sub = head[k];
  const headline = head[k - 1];
  if (sub === undefined || headline === undefined) return undefined;
  const a = headline.text;
  const b = sub.text;
  return b.length > a.length &&
    a.length >= MIN_SUBHEADED_TITLE &&
    (b.includes("，") || b.includes(",") ? !b.startsWith("—") : b.startsWith("——")) &&
    !a.includes("，") &&
    !a.includes(",") &&
    b.length <= MAX_SUBHEADLINE &&
    !HEADER_SENTENCE.test(b) &&
    // (Over a dashed subtitle the headline may state a figure: `某省森林覆盖率提高到45.2%`.)
    isBareHeading(a, b.startsWith("——")) &&
    !isOrg(a) &&
    // (`某某网 > 评论 > 来稿` over the headline: the page's path, no headline over a sub-headline.)
    !isHeadFurniture(a)
    ? headline
    : undefined;
}

/** Fewest characters of a headline under a page's year tag ({@link pageYearTag}). */
const MIN_TAGGED_HEADLINE = 8;

/**
 * `2021` / `全市十一月警情与火灾形势分析`: a year alone on the page's first line over a headline (a
 * bare heading of {@link MIN_TAGGED_HEADLINE} characters or more, words in it), the tag a site's
 * archive prints over its reports: the year, else undefined (a year over a column's name,
 * `工作动态`, or over a date tile's day is read elsewhere).
 */
function pageYearTag(lines: readonly TextLine[]): number | undefined {
  const tag = lines[0]?.text ?? "";
  if (tag.length !== 4 || !YEAR_TAG.test(tag) || lines.length < 3) return undefined;
  const headline = lines[1]?.text ?? "";
  return headline.length >= MIN_TAGGED_HEADLINE && HAN_RUN.test(headline) && isBareHeading(headline)
    ? Number(tag)
    : undefined;
}
const YEAR_TAG = /^(?:19|20)\d\d$/;

/** Most lines of a page's furniture {@link pageHead} passes over its headings. */
const MAX_HEAD_FURNITURE = 8;

/**
 * A line a page's head prints over its headline that is no heading: one without a Han character
 * that holds a Latin letter or a tag (`ad9_210*60`, `<s id="…"></s>`, `NEWS`; not a date: `2024-07-15`, `Jul 15, 2024`), a label left without its value (`关键词：`) or the
 * path to the page (`某某网 > 新闻中心 > 时政新闻`: three names or more parted by `>`, no sentence).
 */
function isHeadFurniture(text: string | undefined): boolean {
  if (text === undefined || text.length > 80) return false;
  // `2023年03月29日 星期三` over a page's headings: the site's clock (the page's own date is among
  // its metadata lines, which the head comes before).
  // `今天是` / `今天是：` alone: the label of the site's clock, its date lost in the copy.
  if (SITE_CLOCK.test(text) || CLOCK_LABEL_ALONE.test(text)) return true;
  // `归档时间：2024/2/27 12:33:21` over a page's headings: a field of the page's, a date its value.
  if (LABELLED_DATE_FIELD.test(text)) return true;
  // (Not a date or a number alone: `2024-07-15` over a headline is its date.)
  if (!HAN.test(text)) return LATIN_OR_TAG.test(text) && !/\d{4}/.test(text);
  if (isLabelAlone(text) || isSiteMenuLine(text)) return true;
  if (!text.includes(">") || /[。，；]/.test(text)) return false;
  const parts = text.split(PATH_MARK);
  return parts.length >= 3 && parts.every((p) => p.length >= 1 && p.length <= 16);
}
/** `今天是`, `今天是：`, `今天是:  `: a site's clock label left without its date. */
const CLOCK_LABEL_ALONE = /^今天是\s*[：:]?\s*$/;
const HAN = /[\u4e00-\u9fff]/;
const LATIN_OR_TAG = /[A-Za-z<]/;

/**
 * `2023年03月29日 星期三`, `2024年7月18日 星期一 19:43:55`, `2021-8-11 星期三 14:13:52`: a site's clock
 * (a full date, the day of the week, perhaps the time), alone on its line. Not a date without its
 * weekday (`2019-01-18 08:40:08`, a page's date line), nor one with words after it
 * (`2021年3月16日 星期二 某某日报`).
 */
const SITE_CLOCK =
  /^(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*(?:星期|周)[一二三四五六日天](?:\s*\d{1,2}:\d\d(?::\d\d)?)?$/;
/**
 * `归档时间：2024/2/27 12:33:21`, `更新日期：2023-05-06`: a page's field, a label of two to six Han
 * characters, a colon, then a full date (perhaps its time) and nothing else. Not a heading with a
 * date in it (`2023年5月6日全市…`, no label), nor a field with words after its date.
 */
const LABELLED_DATE_FIELD =
  /^[\u4e00-\u9fff]{2,6}\s*[：:]\s*(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d\d(?::\d\d)?)?$/;
/** A site's clock that ticks ({@link SITE_CLOCK} with its seconds): no issue's date. */
const TICKING_CLOCK = /\d:\d\d:\d\d$/;

/** Fewest characters of a headline {@link besideHeadline} finds printed again. */
const MIN_REPEATED_HEADLINE = 8;

/**
 * What `line` prints beside the headline the line after it prints again (eight characters or
 * more), at its start (`at` = "start": the rest after it) or at its end (the rest before it); else
 * undefined.
 */
function besideHeadline(
  line: TextLine | undefined,
  next: TextLine | undefined,
  at: "start" | "end",
): string | undefined {
  if (line === undefined || next === undefined) return undefined;
  const headline = next.text;
  const text = line.text;
  if (headline.length < MIN_REPEATED_HEADLINE || text.length <= headline.length) return undefined;
  if (at === "start") return text.startsWith(headline) ? text.slice(headline.length) : undefined;
  return text.endsWith(headline) ? text.slice(0, text.length - headline.length) : undefined;
}

/**
 * `标题 - 运输信息化 - 某某网 ITS.COM|领先的…门户网站` over `标题`: a page's title bar (its `<title>`: the
 * headline, then the column's and the site's names after ` - `, `_` or `|`) over the headline
 * printed again, however long or un-headline-like its names are.
 */
function isTitleBar(line: TextLine | undefined, next: TextLine | undefined): boolean {
  const rest = besideHeadline(line, next, "start");
  return rest !== undefined && TITLE_BAR_PART.test(rest);
}
const TITLE_BAR_PART = /^\s*[-_｜|]\s*\S/;

/**
 * `首页 时事聚焦 [省内] 标题` over `标题`: a breadcrumb printed without its path marks (the repair
 * has taken the spaces between its words), from the home link to the headline, over the headline
 * printed again.
 */
function isSpacedCrumb(line: TextLine | undefined, next: TextLine | undefined): boolean {
  const rest = besideHeadline(line, next, "end");
  return rest !== undefined && SPACED_HOME.test(rest);
}
const SPACED_HOME = /^(?:网站)?首[页頁]/;
const PATH_MARK = /\s*>{1,2}\s*/;

/** How a bulletin's own name ends (`工作简报`, `政务动态`): a short name that is a title. */
const BULLETIN_NAME_END =
  /(?:简报|簡報|快报|快報|专报|專報|月报|月報|周报|週報|年报|年報|动态|動態|通报|通報)$/;

/**
 * The news of a site's column (`新闻动态`, `部门动态`, `基层動態`): a column's name, though it ends as
 * a bulletin's does.
 */
const NEWS_COLUMN = /^(?:新闻|新聞|部门|部門|基层|基層|县区|縣區|区县|區縣)(?:动态|動態)$/;

/**
 * `政务`, `经济信息`, `统计数据`: a site's column name printed over a page's text, two to four Han
 * characters and nothing else; no report's title is so short unless it names a bulletin
 * (`工作简报`, `政务动态`; a column of news, `新闻动态`, names none).
 */
function isColumnName(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 4 &&
    /^[\u4e00-\u9fff]+$/.test(text) &&
    (!BULLETIN_NAME_END.test(text) || NEWS_COLUMN.test(text))
  );
}

/**
 * A column's name ({@link isColumnName}), perhaps after the bar of the page's tabs (`|要闻`), or the
 * page's path (`某某网 > 财经 > 要闻`, {@link isHeadFurniture}): a line of the page's over its headline.
 */
const isColumnOrPath = (text: string): boolean =>
  isColumnName(text.replace(/^[|｜]\s*/, "")) || (text.includes(">") && isHeadFurniture(text));

/**
 * `首页 行业动态 某市去年筹获福彩公益金2904万元` (its headline printed again under it), `首页 出版 某某年鉴2020`:
 * the page's path from its home page, its steps parted by the spaces the input printed (which the
 * repair took out between Han characters, {@link printedSpacing}; {@link isSpacedHomePath}).
 */
const isSpacedPathLine = (line: TextLine | undefined): boolean =>
  line !== undefined &&
  (line.text.startsWith("首页") || line.text.startsWith("网站首页")) &&
  isSpacedHomePath(printedSpacing(line));

/**
 * `2024年工作总结及2025年工作计划`, `…总结和…工作思路`, `…总结暨下一步工作打算`: a year's summary and
 * the plan after it under one title, which ends as the summary's name does (either script).
 */
const PLAN_AFTER_SUMMARY =
  "(?:总结|總結)[及和暨与與][^。；，,：:]{2,20}?(?:计划|計劃|打算|思路|安排|要点|要點)";

/** The word a report's title ends with: what kind of text it is ({@link PLAN_AFTER_SUMMARY} too). */
const GENRE_END = new RegExp(
  `(?:通报|报告|分析|简报|总结|情况|通知|公告|动态|快报|专报|汇报|综述|月报|周报|年报|${PLAN_AFTER_SUMMARY})$`,
);

/**
 * `关于2022年第八次县政府常务会议确定事项` / `落实情况的通报`: a title a copy broke over two
 * lines, the second ending with the kind of text it is and the first not, 60 characters at most
 * together (a `——` subtitle is not a continuation).
 */
function continuesTitle(first: string, next: string): boolean {
  return (
    GENRE_END.test(next) &&
    !GENRE_END.test(first) &&
    !next.startsWith("——") &&
    first.length + next.length <= 60
  );
}

/** Longest headline under a kicker ({@link isKicker}). */
const MAX_KICKED_HEADLINE = 30;

/**
 * `作为全省便民服务平台，它不仅是社情民意的晴雨表，…` over `12345：件件有落实 事事有回音`: a news
 * headline's kicker (引题), a phrase of clauses parted by commas and closed by no mark, over the
 * headline itself, shorter and of one phrase (no comma), no subtitle (`——…`).
 */
function isKicker(first: string, next: string): boolean {
  return (
    next.length <= MAX_KICKED_HEADLINE &&
    next.length < first.length &&
    (first.includes("，") || first.includes(",")) &&
    !next.includes("，") &&
    !next.includes(",") &&
    !next.startsWith("—") &&
    isBareHeading(first) &&
    isBareHeading(next) &&
    !opensParagraph(first)
  );
}

/** The kinds of notice a title may name alone, letter-spaced (`通 告`, `公  告`). */
const NOTICE_KIND = /^(?:通告|通知|通报|通報|公告|布告|决定|決定|公报|公報)$/;

/** `通 告` as printed: a notice's kind of two characters the page set apart with spaces. */
function isSpacedKind(line: TextLine | undefined): boolean {
  if (line === undefined || !NOTICE_KIND.test(line.text)) return false;
  const a = offsetAt(line, 0);
  const b = offsetAt(line, 1);
  return a !== undefined && b !== undefined && b - a > 1;
}

/**
 * `通 告` on the first line, or under an issuer's line (a body's name, perhaps cut: `領導小組辦公室`),
 * over the text: its index (0 or 1), else -1.
 */
function spacedKindAt(lines: readonly TextLine[]): number {
  if (lines.length < 3) return -1;
  if (isSpacedKind(lines[0])) return 0;
  const issuer = lines[0]?.text ?? "";
  return isSpacedKind(lines[1]) && issuer.length <= 40 && isOrg(issuer) ? 1 : -1;
}

/** A name that opens with its place (`某县…`, `某市…`), not cut short. */
const OPENS_WITH_PLACE = /^[\u4e00-\u9fff]{1,7}?[省市县区州盟旗镇乡縣區鎮鄉]/;

/**
 * `某市某区人民政府政务服务办公室`: an issuer's name alone on its line (40 characters at most), opening
 * with its place (`县政务服务办公室` names none).
 */
function isPlacedIssuer(text: string): boolean {
  return text.length <= 40 && isOrg(text) && OPENS_WITH_PLACE.test(text);
}

/**
 * `区政务服务办2020年度行政执法工作报告`, `县统计局2023年上半年工作总结`: a report's name that opens with
 * its issuer (a body's name ending as an office's, a bureau's, a committee's or a centre's) before
 * the year it reports on. A name opening with its year (`2024年工作总结及2025年工作计划`) or with a
 * topic (`关于…的通报`) names no issuer.
 */
const SELF_ISSUED_REPORT =
  /^[\u4e00-\u9fff]{1,20}?(?:办|辦|办公室|辦公室|局|委|委员会|委員會|厅|廳|中心|政府)\d{4}年/;

/** Four Han characters in a row: words, not a figure or a code alone. */
const HAN_RUN = /[\u4e00-\u9fff]{4}/;

/** A guessed body's name that opens with its level alone (`县安委`, `市统计局`), naming no place. */
const LEVEL_ONLY = /^[省市县区縣區]/;
/** `2024年`, `2023年度`: the year a report's name opens with, before its issuer. */
const YEAR_LEAD = /^\d{4}年度?/;

/**
 * A report's headline alone on its line: at least eight characters ending with the kind of text
 * it is (`…督查情况`, `…运行分析`), or a `关于…` title (a section label such as `总体情况` is shorter).
 */
function isReportHeadline(text: string): boolean {
  return text.length >= 8 && (GENRE_END.test(text) || text.startsWith("关于"));
}

/**
 * `【记者王某/某市报道】`, `（本报记者 王某 通讯员 李某）`, `[記者王某／某地報導]`: a news report's byline
 * alone on its line in brackets (a reporter's credit, the place it was sent from perhaps after a
 * slash), under its headline. Near-misses: a bracketed subtitle (`（2016年3月4日—3月10日）`,
 * `【热线综述】`), a byline run on into the lede (the line goes on after the bracket).
 */
const BRACKETED_BYLINE =
  /^[【[［（(]\s*(?:本[报報刊]|本台)?(?:记者|記者|通讯员|通訊員)[^【】[\]［］（）()]{1,30}[】\]］）)]$/;

/** Fewest characters of a headline {@link NEWS_DATELINE} finds over its lede. */
const MIN_DATELINED_HEADLINE = 8;

/**
 * `本报某市电（记者 王某）…`, `本报某市5月14日电 …`, `本报讯 …`, `新华社某市3月5日电 …`: a news report's
 * lede opening with its dateline (the paper's or the agency's, the place and perhaps the day, then
 * 电 or 讯), so the line over it is its headline. Near-misses: `本报记者近日从…获悉` (a sentence
 * crediting the reporter, no dateline), `本报告显示…` (a report's own words).
 */
const NEWS_DATELINE =
  /^(?:本报|本報|本刊|本网|本網|本台)(?:[讯訊]|(?!告|記者|记者)[\u4e00-\u9fff]{2,8}(?:\d{1,2}月\d{1,2}日)?[电電讯訊])|^(?:新华社|新華社|中新社|中新网|中新網)[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日[电電]/;

/**
 * A title at `first`, joined with `next` when a copy broke it over the two ({@link continuesTitle};
 * `nextMayJoin` is what the caller's place asks of `next` besides), each unit keeping where it came
 * from, and how many lines it takes.
 */
function brokenTitle(
  first: TextLine,
  next: TextLine | undefined,
  nextMayJoin: boolean,
): { title: TextLine; lines: 1 | 2 } {
  // A line holding a table is that table's caption, never a title's second line.
  return next !== undefined &&
    nextMayJoin &&
    next.table === undefined &&
    continuesTitle(first.text, next.text)
    ? { title: appendLine({ text: first.text, spans: [...first.spans] }, "", next), lines: 2 }
    : { title: first, lines: 1 };
}

/**
 * A sentence's mark, which no line of a site's header holds; a banner's `！` (`欢迎访问某某网站！`) is
 * no sentence of the text.
 */
const HEADER_SENTENCE = /[。；？]/;

/** Longest line of a site's header (its name, links, a list of keywords) before the breadcrumb. */
const MAX_SITE_HEADER_LINE = 200;

/**
 * The lines without the site's header: short lines, no sentence among them, before the page's
 * breadcrumb (`免费发布信息` / `当前位置：首页 > 新闻频道 >`), dropped: `dropped` warns on each input
 * line of each (`web-line-dropped`).
 */
function siteHeaderDropped(
  lines: TextLine[],
  webLines: readonly TextLine[],
  dropped: (line: TextLine) => void,
): TextLine[] {
  // The last breadcrumb over the site's header: a page under a site's frame may print two
  // (the frame's, `当前位置：首页 > 政务公开`, over the site's name and the page's own).
  const headerEnd = lines.findIndex(
    (l) => l.text.length > MAX_SITE_HEADER_LINE || HEADER_SENTENCE.test(l.text) || l.table,
  );
  const limit = headerEnd < 0 ? Number.POSITIVE_INFINITY : (at(lines[headerEnd]) ?? 0);
  let crumbAt: number | undefined;
  // (A path carrying the article's fields is its metadata line under the headline: only the lines
  // over the headline that are steps of that path, the site's name or the column's, are the site's.)
  let fielded: TextLine | undefined;
  for (const w of webLines) {
    const where = at(w);
    if (where === undefined || where >= limit || !opensPage(w.text)) continue;
    if (carriesArticleFields(w.text)) fielded = w;
    else crumbAt = where;
  }
  if (crumbAt === undefined) {
    const steps = fielded === undefined ? undefined : crumbSteps(fielded.text);
    let k = 0;
    while (steps?.has((lines[k]?.text ?? "").replace(/\s+/g, ""))) k++;
    for (const l of lines.slice(0, k)) dropped(l);
    return k === 0 ? lines : lines.slice(k);
  }
  let n = 0;
  while (n < lines.length && (at(lines[n]) ?? Number.POSITIVE_INFINITY) < crumbAt) {
    const text = (lines[n] as TextLine).text;
    if (
      text.length > MAX_SITE_HEADER_LINE ||
      HEADER_SENTENCE.test(text) ||
      (lines[n] as TextLine).table
    )
      return lines;
    n++;
  }
  for (const l of lines.slice(0, n)) dropped(l);
  return n === 0 ? lines : lines.slice(n);
}

/**
 * `5月热线县市区办理情况通报` / `5月热线市直部门办理情况通报`: two headlines that open and close
 * alike (the same first two characters, the same last four) and differ between: a list of links to
 * sibling reports over a copied page, neither of them this text's title.
 */
function siblingHeadlines(a: string, b: string): boolean {
  return (
    a !== b &&
    isBareHeading(b) &&
    a.length >= 8 &&
    b.length >= 8 &&
    a.slice(0, 2) === b.slice(0, 2) &&
    a.slice(-4) === b.slice(-4)
  );
}

/**
 * `某县…领导小组办公室关于2023年第二季度…运行情况的通报`: a document's title in the GB/T 9704 form
 * (issuer, 关于, matter, 的, kind of document), which may be longer than a headline.
 */
const DOCUMENT_TITLE =
  /^[^。；！？：:，,]{2,60}?关于[^。；！？：:]{2,100}的(?:通报|通知|报告|决定|意见|公告|通告|函)$/;

const isDocumentTitle = (text: string): boolean => text.length <= 140 && DOCUMENT_TITLE.test(text);

/**
 * The issuer a document's title opens with, before its 关于 (`某局关于…的通报` → `某局`), or a
 * headline's, before the 通报 it issues and six characters or more of its matter (`某市监委通报2020年
 * 第一季度…情况` → `某市监委`), or a news headline's before its colon (`某省邮政管理局：1—8月…`:
 * the body it quotes, when the text under it names that body again: {@link namedAgain}). A news
 * headline's `某部发布…` (or `某委通报了…`) reports on the body, not by it.
 */
function issuerOfTitle(
  title: string | undefined,
  paragraphs: readonly TextLine[],
): string | undefined {
  if (title === undefined) return undefined;
  let at = title.indexOf("关于");
  if (at < 0 && title.length >= 10) {
    const verb = Math.max(title.indexOf("通报"), title.indexOf("通報"));
    // (`某委通报了…`: a news headline telling of the body's 通报, as `某部发布…` does.)
    at = verb <= 30 && title.length - verb >= 8 && title.charAt(verb + 2) !== "了" ? verb : -1;
  }
  const issuer = at >= 2 ? title.slice(0, at) : undefined;
  if (issuer !== undefined) return issuer.length <= 60 && isOrg(issuer) ? issuer : undefined;
  // `某领导小组办公室简报（2024年第二期）`: a bulletin named after the body that issues it.
  const named = NAMED_BULLETIN.exec(title)?.[1];
  if (named !== undefined && isOrg(named)) return named;
  // `某中心2020年第三季度数据分析`: a report's name, its issuer before the year it reports on.
  const dated = DATED_REPORT.exec(title);
  const body = dated?.[1];
  if (body !== undefined && isOrg(body) && !/^(?:全|我|本|各)/.test(body)) return body;
  // `某省邮政管理局：1—8月…`: a news headline quoting the body before its colon.
  // A body named without its level or place (`统计局：…`, `文旅部：…`) is the headline's shorthand,
  // which every level's body shares: it names no one publisher.
  const quoted = QUOTED_ISSUER.exec(title);
  const name = quoted?.[1];
  return name !== undefined &&
    isOrg(name) &&
    QUALIFIED_BODY.test(name) &&
    namedAgain(name, paragraphs)
    ? name
    : undefined;
}

/** How many paragraphs under a headline {@link namedAgain} reads. */
const QUOTED_BODY_REACH = 6;

/**
 * Whether the first paragraphs under a news headline that quotes a body (`国家邮政局：1—8月…`) name
 * that body again as the headline prints it (`今天，国家邮政局发布前8个月…`, a report's own
 * `… 中国环境监测总站 2021 年 8 月 5 日`): the body then gives out the news the page copies. A
 * body the text never names so (its lede credits another source, `據介紹，…`, `據國家衛生健康委官網消息，…`,
 * or names the body by its level alone, `县行政服务中心`) is the headline's shorthand for the news'
 * source, no publisher: three tuning texts' facts read `null` so (one formerly of held-out-161),
 * and those that name the body again (`国家邮政局：…`, `中国环境监测总站：…`) read the body.
 */
function namedAgain(name: string, paragraphs: readonly TextLine[]): boolean {
  return paragraphs.slice(0, QUOTED_BODY_REACH).some((p) => p.text.includes(name));
}

/**
 * `某管理中心2022年2月系统运行情况统计`, `某局2023年度工作总结`: a report's name (no sentence mark)
 * that opens with a body's name (four to forty characters from a Han one, digits of a hotline
 * allowed) before its year and ends as a report's name ends; a headline that goes on as a sentence
 * (`某队伍2025年共接报…万起`) does not end so.
 */
const DATED_REPORT =
  /^([\u4e00-\u9fff][\u4e00-\u9fff\d]{3,39}?)\d{4}年(?![^。；，,！？]*[。；，,！？]).{2,40}?(?:情况|统计|分析|通报|报告|总结|综述|公报|数据|月报|周报|季报|年报|简报)$/;

/**
 * `某领导小组办公室简报（2024年第二期）`, `某某中心工作简报`: a bulletin's name that is its body's (four to
 * forty Han characters) and 简报, its issue perhaps in brackets after it.
 */
const NAMED_BULLETIN =
  /^([\u4e00-\u9fff]{4,40}?)(?:工作)?(?:简报|簡報)\s*(?:[（(][^（）()]{1,20}[）)])?$/;

/** A body's name (Han characters only, two to twenty) opening a headline before its colon. */
const QUOTED_ISSUER = /^([\u4e00-\u9fff]{2,20})[：:](?=\S{6})/;
/**
 * A body's name that states its level or place: `国家…`, `中国…`, `某省…`, `某市…`, `某县…` (not
 * the 市 of `城市管理局` or `超市`, the 区 of `社区`, `景区`, `园区`, `街区`).
 */
const QUALIFIED_BODY =
  /^(?:国家|國家|中国|中國|中华人民共和国|全国|全國)|^[\u4e00-\u9fff]{1,8}?(?:省|(?<![城超])市|县|縣|(?<![社景园園街])[区區]|州|盟|旗)(?=[\u4e00-\u9fff]{2})/;

/**
 * A report's opening paragraph under its headline: a long line of sentences that opens with the
 * time it reports on (`2019年前三季度，社会消费品零售总额…。`), so the line over it may state a
 * figure (`…零售总额增长8.2%`).
 */
function isLede(text: string): boolean {
  return (
    text.length >= 40 &&
    /[。]$/.test(text) &&
    (/^(?:\d{4}年|今年|上半年|前三季度|\d{1,2}(?:[-—～至]\d{1,2})?月)/.test(text) ||
      DATELINED_LEDE.test(text) ||
      ATTRIBUTION.test(simplified(text.slice(0, 30))))
  );
}
/**
 * `本报讯（记者 王某）…`, `本报讯(显根 风军)…`: a newspaper's own report opening with its dateline and
 * reporters' credit, the line over it its headline (which may state a figure, `某县10个月劳务创收6.88亿元`);
 * or a television copy's narration (`【解说】10月23日，…`, `【导语】…`) under its headline. A copy's
 * lede that credits its source ({@link ATTRIBUTION}: `据某县政府办消息 今年以来，…`) is a news
 * report's too (`某县农村危改开工率达102%` over it).
 */
const DATELINED_LEDE =
  /^(?:本报|本報|本刊)[讯訊]\s*[（(][^（）()]{1,30}[）)]|^【(?:解说|解說|导语|導語)】/;

/**
 * `全省地方` / `一般公共预算收入` / `479.89亿元 同比增长45.8%`: a newspaper graphic ({@link isGraphic})
 * opening with a figure's caption broken over two short lines (the first under eight characters)
 * over the figure, no headline.
 */
function opensCaption(lines: readonly TextLine[]): boolean {
  const [first, second] = lines;
  return (
    first !== undefined &&
    second !== undefined &&
    first.text.length < 8 &&
    isBareHeading(second.text) &&
    captionOf(lines[2]) &&
    isGraphic(lines)
  );
}

/**
 * The marks a page's `<title>` parts its headline from the column's and the site's names with:
 * `_`, `|`, and a hyphen not between digits (`1-10月` is a span).
 */
const TITLE_PARTS = /\s*(?:[_｜|]|(?<!\d)\s?-\s?(?!\d))\s*/;
/**
 * The end of a site's or an office's name: `…网`, `…门户网站`, `…人民政府`, `…频道`, `…局`; or of a
 * download or document-sharing site's a report was copied from (`…下载`, `…文库`, `…文档`).
 */
const SITE_END =
  /(?:网|網|网站|網站|门户|門戶|政府|频道|頻道|首页|首頁|局|委员会|委員會|厅|廳|办公室|辦公室|中心|下载|下載|文库|文庫|文档|文檔)$/;

/**
 * Where a page's title ends when the site's name follows it (`国庆假期…平稳有序_部门动态_某市人民政府`,
 * `…平稳有序 - 某某新闻网`): the length of the headline, the first part, when every later part is a
 * short name (at most 20 characters) and the last names a site or an office; else undefined.
 */
function siteNameAt(title: string): number | undefined {
  if (!/[_｜|-]/.test(title)) return undefined;
  const parts = title.split(TITLE_PARTS);
  const head = parts[0] ?? "";
  if (parts.length < 2 || head.length < 6) return undefined;
  const names = parts.slice(1);
  if (names.some((n) => n.length < 2 || n.length > 20 || /[，。；：]/.test(n))) return undefined;
  return SITE_END.test(names[names.length - 1] as string) ? head.length : undefined;
}

/** The first `length` units of a line, each keeping where it came from. */
function cutLine(line: TextLine, length: number): TextLine {
  const spans = [...line.spans];
  let n = spans.length;
  while (n > 0 && (spans[n - 2] as number) >= length) n -= 2;
  spans.length = n;
  return { ...line, text: line.text.slice(0, length), spans };
}

/** Most lines of a lede printed over its title again (see {@link titleInLede}). */
const MAX_LEDE_LINES = 6;

/**
 * `lede` / `title` / `lede`: a page that prints its lede, then its title, then the text from the
 * same lede on (one line of it or more, as a page's width broke it): the title's index, or 0. The
 * lede's lines joined are where the text after the title starts.
 */
/**
 * `时间：2021-06-11 17:48:05 总结 我要投稿`, `发布日期：2024年5月6日 …`: a line opening with a page's date
 * field (a label of time or date, a colon, a four-digit year), whatever follows it: no title. A
 * heading that names a date without a label (`2021年上半年工作总结`) is none of it.
 */
const DATED_FIELD_OPENING =
  /^(?:发布|發布|更新|发表|發表)?(?:时间|時間|日期)[：:]\s*(?:19|20)\d\d[-/.年]/;

function titleInLede(lines: readonly TextLine[]): number {
  let before = "";
  for (let k = 1; k <= MAX_LEDE_LINES && k + 1 < lines.length; k++) {
    before += (lines[k - 1] as TextLine).text;
    const title = (lines[k] as TextLine).text;
    if (!isBareHeading(title) || DATED_FIELD_OPENING.test(title)) continue;
    let after = "";
    for (let j = k + 1; j < lines.length && after.length < before.length; j++)
      after += (lines[j] as TextLine).text;
    if (after.startsWith(before)) return k;
  }
  return 0;
}

/**
 * A first line that is no headline: a document's 发文字号 (`某政办发〔2021〕38号`, GB/T 9704 prints
 * it over the addressee; the title is elsewhere or not copied), a clause of time alone over figures
 * (`截至2025年12月底`), a picture's bracketed caption (`（某某遗址）`), a note about the page (a
 * photo's caption, a note of adoption, an author's affiliation: {@link isFrontNote}) or a news report's dateline
 * (`本报讯（记者 某某）`, `本刊讯`, `新华社北京7月27日电`).
 */
function isNoHeadline(text: string): boolean {
  return (
    isDocumentNumber(text) ||
    isCutoffClause(text) ||
    isBracketedCaption(text) ||
    isFrontNote(text) ||
    opensUnclosedQuote(text) ||
    isDatelineAlone(text) ||
    /^(?:本报|本報|本刊|本网|本網|本台)[讯訊]/.test(text) ||
    /^[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日[电電]/.test(text) ||
    (text.length <= 24 && REPORTER_ALONE.test(text))
  );
}

/**
 * `某某导报记者 初磊`, `某某日報記者 王某 李某`, `记者 王某`, `某某晚报·某某壹点记者 陈某`,
 * `某某新闻传媒集团记者刘某某`: a report's byline alone on its first line, the outlet perhaps before the role (a paper, site,
 * agency, group, app or media centre: its name ends so; two joined by `·`) and one to three names
 * after it (the repair may have joined them), nothing else. A headline about reporters goes on after
 * the role with other words (`…记者节`, `…记者站揭牌`, `…记者团走进某县`, `…记者座谈会`, `…记者走访`, `…新闻记者培训班`:
 * {@link REPORTER_ALONE}'s first character of a name).
 */
const REPORTER_ALONE =
  /^(?:[\u4e00-\u9fff·]{1,12}?(?:报|報|网|網|社|台|团|團|点|點|闻|聞|体|體|端|心))?(?:记者|記者)\s*(?![节節站团團证證会會协協们們座见見招采採走调調手观觀探访訪问問培])[\u4e00-\u9fff]{2,3}(?:[\s、][\u4e00-\u9fff]{2,3}){0,2}$/;

/**
 * `通讯员 李某`, `通訊員 王某 魏某`: correspondents' byline alone on its line, read on its text where the
 * spaces read are not the printed ones ({@link REPORTER_ALONE}).
 */
const CORRESPONDENTS_ALONE =
  /^(?:通讯员|通訊員)\s*[\u4e00-\u9fff]{2,3}(?:[\s、][\u4e00-\u9fff]{2,3}){0,2}$/;

/**
 * `“民有所呼，我有所应` (over `——12345在您身边。”`): a line that opens a quotation and does not close
 * it, the first line of a quoted slogan or saying a page opens on, no headline.
 */
const opensUnclosedQuote = (text: string): boolean =>
  (text.startsWith("“") && !text.includes("”")) || (text.startsWith("「") && !text.includes("」"));

/**
 * `某州新闻网讯`, `某某日報訊（記者 王某）`: an outlet's dateline alone on its line, the report's first
 * sentence on the next (a headline naming a site, `某州新闻网改版上线`, goes on after the name).
 */
function isDatelineAlone(text: string): boolean {
  if (text.length > 40) return false;
  const dateline = newsDateline(simplified(text));
  return dateline?.outlet !== undefined && dateline.length >= text.trimEnd().length;
}

/**
 * `据淮北新闻网报道，日前…`: the news outlet a copied report opens by naming as its source (two
 * to twenty characters of a name between 据 and 报道 or 消息; `据报道`, `据统计` name none), also
 * after a dateline; else the outlet whose dateline opens it (`新华社北京7月27日电`, `某某日报讯`,
 * `滨州日报/滨州网滨州讯`: the first).
 */
function reportedBy(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // Found on the text with traditional characters simplified (`據…報道`), taken as printed.
  const head = simplified(text.slice(0, DATELINE_HEAD));
  // `据国家旅游局消息，…`: the body 据 credits opens the text; its `…消息` is no outlet's dateline.
  const credited = ATTRIBUTION.exec(head);
  if (credited) {
    // `据某局微信公众号6日消息`: a body's account on a network names no outlet of the copy.
    if (ACCOUNT_NAME.test(credited[1] as string)) return undefined;
    // `据某省政府网站消息，…`: a government site's news is a source the report names in its first
    // sentence, no publisher of the copy (the corpus README's reading of `据X消息`).
    if (creditsOfficialSource(text)) return undefined;
    return text.slice(1, 1 + (credited[1] as string).length);
  }
  // `北京6月17日电/据央视网报道，…`: after a dateline naming no outlet, the outlet it credits; after one
  // that names its outlet (`中新网2月15日电 据某某网报道，…`), that outlet, which sent the report out.
  // `滨州日报/滨州网滨州讯（…）`, `某某日报讯`, `央视网消息：` alike (one dateline reader, page-foot's).
  const dateline = newsDateline(head);
  const from = dateline?.length ?? 0;
  const m = ATTRIBUTION.exec(head.slice(from));
  // (After a dateline, only an outlet it credits: `…消息 据某省文旅厅消息` is the dateline's outlet's.)
  if (m && (from === 0 || (dateline?.outlet === undefined && isOutletName(m[1] as string))))
    return text.slice(from + 1, from + 1 + (m[1] as string).length);
  if (dateline?.outlet === undefined) return bodyMessage(text, head);
  const at = dateline.outletAt ?? 0;
  return text.slice(at, at + dateline.outlet.length);
}

/**
 * `某某天气网 12月以来，…`, `某某日报 今年以来，…`: an outlet's name ({@link isNamedOutlet}, three to twelve
 * characters) opening the lede, set off by a space the page printed (the repair dropped it: a run of
 * the line starts there, no joined line break), the report's opening clause right after it
 * ({@link OPENING_CLAUSE}: the time it reports on or its source, then a comma): the outlet, as printed;
 * else undefined. A name run on into the clause with no space (`全省电网12月以来，`) is a sentence's
 * subject, and a space before other words (`某某网 发布消息称，`) opens no lede.
 */
function outletSpacedBeforeLede(line: TextLine | undefined): string | undefined {
  if (line === undefined || line.spans.length < 4) return undefined;
  const k = line.spans[2] as number;
  if (k < 3 || k > 12 || line.breaks?.includes(k)) return undefined;
  // (One unit or more dropped between the runs: the space.)
  if ((line.spans[3] as number) - (line.spans[1] as number) <= k) return undefined;
  const name = line.text.slice(0, k);
  if (!isNamedOutlet(simplified(name))) return undefined;
  const rest = simplified(line.text.slice(k, k + 20));
  const comma = rest.search(/[，,]/);
  return comma >= 2 && OPENING_CLAUSE.test(rest.slice(0, comma)) ? name : undefined;
}

/** The colon after a body's name that opens a headline quoting it (`国家统计局：…`). */
const QUOTED_BODY_MARK = /^[：:]$/;

/**
 * `某某商报讯（记者 王某）12月16日，…`: the outlet of the dateline a lede opens with ({@link newsDateline}), as
 * printed; not a body a lede credits (`据某局消息，…`: no dateline), else undefined.
 */
function ledeDatelineOutlet(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const head = simplified(text.slice(0, DATELINE_HEAD));
  // (`据某局网站消息，…`: a source the lede credits, no outlet's dateline.)
  if (head.charCodeAt(0) === 0x636e /* 据 */) return undefined;
  const dateline = newsDateline(head);
  if (dateline?.outlet === undefined) return undefined;
  const at = dateline.outletAt ?? 0;
  return text.slice(at, at + dateline.outlet.length);
}

/**
 * `县统计局消息，…`, `省应急管理厅7月9日消息，…`: the body (its name, {@link isOrg}) a lede opens with as
 * the source of its news, its day perhaps between, as printed; else undefined.
 */
function bodyMessage(text: string, head: string): string | undefined {
  const name = BODY_MESSAGE.exec(head)?.[1];
  return name !== undefined && isOrg(name) ? text.slice(0, name.length) : undefined;
}
const BODY_MESSAGE = /^([\u4e00-\u9fff]{2,20}?)(?:\d{1,2}月)?(?:\d{1,2}日)?消息[，,：:]/;

/**
 * What follows a reporter's credit opening a lede (`…记者日前从某局了解到`): the reporter learning the
 * news from a body, within the first clause.
 */
const LEARNT_FROM = /^[^，,。；]{0,16}?[从從自][^，,。；]{2,30}?(?:[获獲][悉知]|了解到|得知)/;

/** `5日，`, `10月5日，`: the day of the news opening a lede's first clause. */
const DAY_LEAD = /^(?:\d{1,2}月)?\d{1,2}日[，,]\s*/;

/** `《经济参考报》记者`: an outlet's name in title marks right before its reporter's role. */
const MARKED_OUTLET = /^《([\u4e00-\u9fff]{2,12})》(?=[记記]者)/;

/**
 * `上游新闻`, `大象新聞`: a news brand (an app's or a site's, its name ending 新闻). Its reporter
 * learning the news in the first sentence (`10月21日，上游新闻记者从某海关了解到，…`) is running
 * text, no credit of the copy: the corpus README's reading of `X新闻记者从…获悉`, which two tuning
 * texts' facts read `null` (a standing byline, `上游新闻记者 王某`, still names it).
 */
const NEWS_BRAND_NAME = /新[闻聞]$/;

/**
 * `北京青年报记者日前从北京市政务服务管理局了解到，…`: the outlet ({@link bylineOutlet}) whose reporter
 * opens the text's first sentence (the day perhaps before it: `5日，`) learning the news from a body,
 * as printed (`《经济参考报》记者…`: the name inside the title marks, when it ends as an outlet's
 * does); not a news brand's ({@link NEWS_BRAND_NAME}); else undefined.
 */
function reporterLedOutlet(text: string | undefined): string | undefined {
  // `5日，某某日报记者从…获悉`: the day of the news may open the sentence.
  if (text !== undefined && DAY_LEAD.test(text))
    return reporterLedOutlet(text.replace(DAY_LEAD, ""));
  if (text === undefined || !/^.{2,14}?[记記]者/.test(text)) return undefined;
  // `《经济参考报》记者…`: a paper's name in title marks, the name inside them.
  const marked = MARKED_OUTLET.exec(text)?.[1];
  const outlet =
    marked === undefined
      ? bylineOutlet(text.slice(0, DATELINE_HEAD))
      : isOutletName(simplified(marked))
        ? marked
        : undefined;
  if (outlet === undefined || NEWS_BRAND_NAME.test(outlet)) return undefined;
  const rest = text.slice(outlet.length + (marked === undefined ? 0 : 2), 80);
  const credit = /[记記]者/.exec(rest);
  if (credit === null) return undefined;
  const after = rest.slice(credit.index + 2);
  return LEARNT_FROM.test(after) || SENT_FROM.test(after) || REPORTED_COLON.test(after)
    ? outlet
    : undefined;
}

/**
 * What follows a reporter's role in a lede's byline that closes with 报道 and a colon (`…记者王某报道：截至…`,
 * `…記者 王某 李某報道:`, the spaces perhaps dropped): names (eleven characters at most), then 报道 and the colon. A
 * role followed by other words (`…记者报道了…`, `…记者在某县采访时了解到的情况报道：`) is none.
 */
const REPORTED_COLON = /^\s*[\u4e00-\u9fff·][\u4e00-\u9fff·\s、]{1,10}?[报報]道[：:]/;

/**
 * What follows a reporter's role in a byline that opens a lede and says where the report was sent
 * from (`…记者王某 发自北京`, `…记者 王某 李某 发自某市`): one to three names, then 发自 and a place. A
 * role followed by other words (`…记者发自内心`, no name; `…记者节发自…`) is none.
 */
const SENT_FROM =
  /^\s*[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,2}\s*[发發]自[\u4e00-\u9fff]{2,8}(?:[\s，,]|\d)/;

/**
 * `某省政府网站`, `某州政府网`, `某发改委官网`: a government's own site or an office's official one (a
 * news site, `某某新闻网`, is none), as a `据…消息` lede names its source (simplified).
 */
const GOVERNMENT_SITE = /政府(?:门户)?(?:网站|网)$|官网$/;
/**
 * `某省政府网站`, `市水务局`, `某某部`: a government's site ({@link GOVERNMENT_SITE}) or an office
 * ({@link isOrg}; not a news outlet, `新华社`, {@link isOutletName}, nor a department's site, `某某局网站`,
 * which one tuning text's facts take for the publisher of a copy naming no other).
 */
const isOfficialSource = (name: string): boolean =>
  GOVERNMENT_SITE.test(name) || (isOrg(name) && !isOutletName(name) && !name.endsWith("网站"));

/** Whether a lede opens `据X消息` with X an office or a government's site ({@link isOfficialSource}). */
function creditsOfficialSource(text: string | undefined): boolean {
  if (text === undefined) return false;
  const credited = ATTRIBUTION.exec(simplified(text.slice(0, DATELINE_HEAD)));
  if (credited === null || !credited[0].endsWith("消息")) return false;
  return isOfficialSource(credited[1] as string);
}

/** `某局微信公众号`, `某局官方微博`, `某某抖音号`: a body's account on a network. */
const ACCOUNT_NAME = /公[众眾][号號]$|微信$|微博$|抖音[号號]?$|[视視][频頻][号號]$/;

/**
 * `某中心周报（2021第7期）2.27—3.05`: the days a title closes with, written with dots and no year
 * (a week of the issue), in the year the issue states; else undefined.
 */
function dottedDaysOfIssue(
  titles: readonly (string | undefined)[],
  year: number | undefined,
): DateSpan | undefined {
  if (year === undefined) return undefined;
  for (const title of titles) {
    const m = title === undefined ? null : DOTTED_DAYS_END.exec(title);
    if (m === null) continue;
    const [, m1, d1, m2, d2] = m.map(Number) as [number, number, number, number, number];
    const span = readPeriodText(`${year}年${m1}月${d1}日—${m2}月${d2}日`, year);
    if (span !== undefined) return span;
  }
  return undefined;
}
/** Days closing a title after its issue's bracket: `）2.27—3.05`, `】1.13～1.19`. */
const DOTTED_DAYS_END =
  /[）)】\]]\s*(\d{1,2})[.．](\d{1,2})\s*[—–~～至-]{1,2}\s*(\d{1,2})[.．](\d{1,2})\s*$/;

/** How many short lines a page may print between its headline and its report's first paragraph. */
const MAX_FURNITURE_LINES = 8;

/**
 * `2815856次浏览` / `某某网` / `游戏介绍` / `某某网3月17日电 …。`: the outlet of the dateline a news copy's
 * first paragraph opens with, under two lines or more that the page printed over it (a counter, a
 * mirror's name, a menu word), no sentence closed before it (a page's width may have broken the
 * paragraph, so its first line need not close one); else undefined. One line there is the
 * headline's second line (a reading the corpus leaves to the headline).
 */
function datelineUnderFurniture(body: readonly TextLine[]): string | undefined {
  for (let k = 0; k <= MAX_FURNITURE_LINES && k < body.length; k++) {
    const text = (body[k] as TextLine).text;
    // (The body's first line is read as the report's first paragraph already.) One line over it
    // may be a field the page printed empty (`时间：`) or a photo's caption (`…。 王某 摄`), no
    // headline's second line.
    const over = (body[0] as TextLine).text;
    if (
      k >= 2 ||
      (k === 1 && (EMPTY_FIELD.test(over) || PHOTO_CAPTION.test(over) || SUMMARY_FIELD.test(over)))
    ) {
      // (The repair may have joined the line over the paragraph to it: the dateline is then where
      // a run starts, as after a flattened page's teasers.)
      const outlet = reportedBy(text) ?? datelineAfterTeasers(body[k]);
      if (outlet !== undefined) return outlet;
    }
    // (`内容提要：…。`: the page's summary field over the report, {@link SUMMARY_FIELD}, its sentences the
    // report's own.)
    if (text.includes("。") && !PHOTO_CAPTION.test(text) && !SUMMARY_FIELD.test(text))
      return undefined;
  }
  return undefined;
}

/**
 * `会议现场。`, `活动现场。`: a photo's caption of a few words (nine Han characters at most) that lost
 * its credit, one sentence: no other report's end, so a dateline under it is read past.
 */
const SHORT_CAPTION = /^[\u4e00-\u9fff]{2,9}。$/;

/** Longest line over a report's dateline that {@link datelineUnderShortLine} reads past. */
const MAX_LINE_OVER_DATELINE = 60;

/**
 * `某某网-某某客户端12月24日16时45分讯（通讯员 王某）…` under one short line holding no sentence's end
 * (a headline the parser did not take as the title, `…有哪些?`; or a photo's short caption, {@link SHORT_CAPTION}): the outlet of the dateline the second line opens
 * with (an outlet's name, then the day, 讯 or 电: {@link newsDateline}); not a second paragraph that
 * credits a source in running text (`据某某网报道，…` opens no dateline), a dateline that credits
 * another outlet's report (`某某网8月1日讯据某某晚报报道`), nor a dateline under a sentence (a
 * caption that lost its credit, `…介绍有关情况。`) or under a
 * paragraph longer than {@link MAX_LINE_OVER_DATELINE} (a report's own words, its later datelines
 * another report's).
 */
function datelineUnderShortLine(body: readonly TextLine[]): string | undefined {
  const over = body[0];
  const line = body[1];
  // (A sentence over the dateline may be a photo's caption that lost its credit, or the end of
  // another report: only a headline's line, no 。, is read past.)
  if (
    over === undefined ||
    line === undefined ||
    over.text.length > MAX_LINE_OVER_DATELINE ||
    (over.text.includes("。") && !SHORT_CAPTION.test(over.text))
  )
    return undefined;
  const head = simplified(line.text.slice(0, DATELINE_HEAD));
  const dateline = newsDateline(head);
  // (`某某网8月1日讯据某某晚报报道 …`: a reprint crediting a second outlet names neither surely.)
  if (dateline?.outlet === undefined || ATTRIBUTION.test(head.slice(dateline.length)))
    return undefined;
  return reportedBy(line.text);
}

/**
 * `…新闻发布会。 王某 摄`, `…。（记者 王某 摄）`, `…受灾。 新华社记者 周科摄`: a photographer's credit
 * closing a caption's sentence (either script; an outlet perhaps before the role, a site and its app
 * joined by a middle dot too: `…。某某网·某某客户端记者 王某 摄`; or the outlet right before the name, no
 * role: `…现场。某某网 王某摄`), within a line.
 */
const CAPTION_CREDIT =
  /[。！？]\s*[（(]?(?:(?:[\u4e00-\u9fff][\u4e00-\u9fff·・]{0,13}?)?(?:记者|記者|通讯员|通訊員)\s*|[\u4e00-\u9fff]{1,10}?(?:网|網|社|日报|日報|晚报|晚報|台)\s*)?[\u4e00-\u9fff·]{2,4}\s*[摄攝][）)]?/;
/**
 * A photo's caption: a line its photographer's credit ({@link CAPTION_CREDIT}) closes, the bar of
 * the table cell that held the photo perhaps after it (`… 周科摄 |`).
 */
const PHOTO_CAPTION = new RegExp(`${CAPTION_CREDIT.source}\\s*[|｜]?$`);

/**
 * `9月9日晚间，…介绍有关情况。王某摄中新网某市9月10日电（王某）…`: a photo's caption joined to the paragraph
 * under it, whose dateline opens the line the repair joined on after the photographer's credit: the
 * outlet that dateline names ({@link TEASED_DATELINE}), as printed; else undefined.
 */
function datelineAfterCaption(line: TextLine | undefined): string | undefined {
  const text = line?.text.slice(0, TEASER_REACH) ?? "";
  const credit = CAPTION_CREDIT.exec(text);
  if (line === undefined || credit === null) return undefined;
  const k = credit.index + credit[0].length;
  // (Where the repair joined the next line on: a run of the line starts there.)
  if (!line.spans.some((start, r) => r >= 2 && r % 2 === 0 && start === k)) return undefined;
  const simple = simplified(text.slice(k, k + DATELINE_HEAD));
  const outlet = TEASED_DATELINE.test(simple) ? newsDateline(simple)?.outlet : undefined;
  return outlet === undefined ? undefined : text.slice(k, k + outlet.length);
}

/**
 * The opening of a line a news dateline is looked for in (`某某网10月20日讯(记者…)`, `新华社北京5月17日电`):
 * its outlet, place, day and credit fit in 60 characters, and the rest of a long paragraph is not read.
 */
const DATELINE_HEAD = 60;

/** Longest line over a report's dateline that {@link datelineUnderCaptions} reads past. */
const MAX_CAPTION_OVER_DATELINE = 60;

/**
 * `坚定信心冲刺四季度` / `某区委常委会召开会议。` / `王某发言。` / `某某报讯（记者 王某 李某）10月27日，…`: the
 * outlet whose dateline opens a news copy's report under the lines a page printed over it — at
 * least one sub-headline or page line that closes no sentence, and photos' captions that close one
 * in a single clause — each {@link MAX_CAPTION_OVER_DATELINE} characters at most, apart or joined by
 * the repair into one line; the dateline dated (`…10月20日讯`) or its reporter's credit in brackets
 * right after it (`（记者 …）`, `(通讯员 …)`), its outlet opening it, as printed; else undefined. A
 * line that closes a sentence of clauses (`9月9日，某区举行发布会，介绍有关情况。`: a report's own
 * paragraph, or a caption no surer than one) or a longer line ends the search: a dateline under it is
 * another report's; so does a dateline crediting another outlet's report
 * (`某某网8月1日讯据某某晚报报道`; `…讯：据台湾媒体报道` credits no outlet), and so does a line of
 * sentences run on into words that close none (`…受灾。请勿在灾区航拍摄`). Sentences alone over the
 * dateline (`他说他从来没有想过。`) are no page's captions: a sub-headline must be among them.
 */
function datelineUnderCaptions(body: readonly TextLine[]): string | undefined {
  // Whether a line over the dateline read so far closes no sentence (a sub-headline, a page line).
  let headed = false;
  for (let k = 0; k <= MAX_FURNITURE_LINES && k < body.length; k++) {
    const line = body[k] as TextLine;
    // Where the input's lines start in this one: its start and the line breaks the repair joined.
    const starts = [0, ...(line.breaks ?? [])];
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i] as number;
      // (The dateline opening the body's first line is the lede's, read by the rules before this.)
      if (k > 0 || i > 0) {
        const head = simplified(line.text.slice(at, at + DATELINE_HEAD));
        const dateline = newsDateline(head);
        if (
          dateline?.outlet !== undefined &&
          (dateline.outletAt ?? 0) <= 1 &&
          CREDITED_DATELINE.test(head.slice(0, dateline.length))
        ) {
          if (!headed) return undefined;
          // (`某某网8月1日讯据某某晚报报道 …`: a reprint crediting a second outlet names neither surely.)
          const cited = ATTRIBUTION.exec(head.slice(dateline.length))?.[1];
          if (cited !== undefined && isOutletName(cited)) return undefined;
          const start = at + (dateline.outletAt ?? 0);
          return line.text.slice(start, start + dateline.outlet.length);
        }
      }
      const over = line.text.slice(at, starts[i + 1] ?? line.text.length).trim();
      if (over.length > MAX_CAPTION_OVER_DATELINE) return undefined;
      if (!closesSentence(over)) {
        // (`…受灾。请勿在灾区航拍摄`: sentences run on into words that close none are no page's line.)
        if (INNER_SENTENCE_MARK.test(over)) return undefined;
        headed = true;
      } else if (CLAUSE_MARK.test(over)) return undefined;
    }
  }
  return undefined;
}
/** A mark parting a sentence's clauses. */
const CLAUSE_MARK = /[，,；;]/;
/** A mark closing a sentence, inside a line that does not close one. */
const INNER_SENTENCE_MARK = /[。！？；!?;]/;
/** A dateline's 讯 or 电 after its day, or before its reporter's credit in brackets. */
const CREDITED_DATELINE = /日[讯电]|[讯电][\s：:]*[（(]\s*(?:首席|见习|特约)?(?:记者|通讯员)/;

/** `时间：`, `来源:`: a page's field printed with no value. */
const EMPTY_FIELD = /^\s*[\u4e00-\u9fff]{2,4}\s*[：:]\s*$/;

/**
 * A dateline's outlet (a second after a dot or a slash perhaps: `某某晚报社·某某通客户端`), its place
 * (four characters at most) and 讯 (dated perhaps), 消息 or a dated 电 (`訊`, `電` as a copy in
 * traditional characters prints them).
 */
const TEASED_DATELINE = new RegExp(
  `^[\\u4e00-\\u9fff]{2,14}?(?:${OUTLET_ENDINGS.join("|")})(?:[·・/／][\\u4e00-\\u9fff]{2,14}?(?:${OUTLET_ENDINGS.join("|")}))?[\\u4e00-\\u9fff]{0,4}(?:(?:\\d{1,2}月\\d{1,2}日)?[讯訊](?![员員])|消息(?=[：:（(\\s])|\\d{1,2}月\\d{1,2}日[电電])`,
);

/** How far into a flattened page's first line its report's dateline is looked for. */
const TEASER_REACH = 300;

/**
 * `1 在…开展… 2 对…修订 …巡逻艇护航巨轮进出港 厦门日报讯(记者 徐景明)记者昨日从…获悉，…`: a news
 * page flattened onto one line, teasers and a photo's caption run on before its report: the outlet
 * the report's dateline names, where the dateline follows a space the page printed (a paragraph's
 * start in a flattened copy) before the line's first sentence ends. Only where a space was dropped.
 */
function datelineAfterTeasers(line: TextLine | undefined): string | undefined {
  if (line === undefined) return undefined;
  const text = line.text;
  const stop = text.indexOf("。");
  const limit = Math.min(stop < 0 ? text.length : stop, TEASER_REACH);
  // A run of the line starts where the repair dropped input (a space, or a line break it joined).
  const spans = line.spans;
  for (let r = 2; r < spans.length; r += 2) {
    const k = spans[r] as number;
    if (k >= limit) break;
    const head = text.slice(k, k + DATELINE_HEAD);
    const simple = simplified(head);
    // The outlet, a place perhaps (four characters at most), then 讯 or 消息 opening the report:
    // not a sentence that says where news came from (`从…投诉举报处置指挥中心传来消息，`).
    const outlet = TEASED_DATELINE.test(simple) ? newsDateline(simple)?.outlet : undefined;
    // (The name printed whole, within the run: `资料图 某某晚报讯` names 某某晚报.)
    const next = spans[r + 2] ?? text.length;
    if (outlet !== undefined && k + outlet.length <= next) return head.slice(0, outlet.length);
  }
  return undefined;
}

/**
 * A line that states only an issue (`2018年第5期（12月刊）`, `第12期`, `2024年第3期（总第45期）`: the
 * number, a year before it, a bracketed note after it naming the issue's month, half-month or total
 * number): the issue it states, or nothing.
 */
const ISSUE_LINE =
  /^((?:\d{4}年)?第[\d〇零一二三四五六七八九十百]{1,6}期)\s*(?:[（(](?:\d{1,2}月刊?|[上中下](?:半月|旬)刊?|总第\d{1,6}期)[）)])?$/;

function issueLine(text: string): ReturnType<typeof titleIssueNumbers> {
  if (!ISSUE_LINE.test(text)) return {};
  // The month's or half-month's note names no number; a total number is read with the number.
  return titleIssueNumbers(text.replace(/\s*[（(](?!总)[^）)]*[）)]$/, ""));
}

/** `o` without its undefined fields (so that a spread keeps what another object gave). */
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** How many lines after a headline are searched for the figure it restates. */
const RESTATED_REACH = 12;

/**
 * Whether the first of `lines` (a text without a masthead) is its headline: a heading (holding a
 * figure under a page's breadcrumb, over a lede, or when the text states the figure again within
 * {@link RESTATED_REACH} lines; an exclamation mark closing it, `39.3万起！`) or a document's title,
 * and not a column's name, a dateline, a paragraph's first line, half of a figure or a caption.
 */
function opensWithHeadline(lines: readonly TextLine[], crumbed: boolean): boolean {
  const first = lines[0]?.text ?? "";
  const next = lines[1]?.text ?? "";
  // `快来看!全国…分析报告`: a social-media copy's teaser before the headline is no part of its shape.
  // `某县这十年｜某乡篇` over its lede: the bar parts the kicker from the main phrase, no cells. (Under
  // a page's trail a bar parts a headline from its column's name: `…偏少|每日速讯`, read as before.)
  const unteased = withoutTeaser((crumbed ? undefined : barredHeadline(first, next)) ?? first);
  // `39.3万起！`: a headline may exclaim once at its end.
  const exclaimed = EXCLAIMED.test(unteased) ? unteased.replace(EXCLAIMED, "") : unteased;
  // `某市三孩生育率不到3%？` / `常住人口3465.99万人！2023年某省人口…数据公布` over `某某新闻网讯（记者…）…`:
  // over a news report's dateline a headline may ask, or exclaim between its two phrases, and
  // state a figure.
  // (`某某晚报` / `07-28 09:33` between them, the lede opening with that paper's dateline: the same.)
  const outletDated = outletOverOwnDateline(lines, opensWithNewsDateline) > 0;
  const datelined = opensWithNewsDateline(next) || outletDated;
  // `上半年企业发明专利申请同比增12%` / (a sub-headline) / `记者从某局获悉：…`: over a lede that says
  // where the reporter learnt it, or over a sub-headline over one, a headline may state a figure.
  const sourced =
    isSourcedLede(next) ||
    (next.length <= MAX_SUBHEADLINE &&
      isBareHeading(next, true) &&
      isSourcedLede(lines[2]?.text ?? ""));
  // Under a breadcrumb or over the page's outlet-and-date line (`crumbed`) it may too
  // (`大数据告诉你：2015年消费投诉热点都有啥？` under `首页>…>观察`).
  // `某县存款余额突破千亿大关！某镇新增超十亿元` over its lede (or a dateline, or under a breadcrumb): phrases
  // an exclamation mark parts, its marks read as spaces.
  const phrased =
    isPhraseMarkedHeadline(unteased) && (datelined || crumbed || isLedeUnder(lines[1]));
  const headline = phrased
    ? phrasesAsWords(unteased)
    : datelined || crumbed
      ? withoutHeadlineMark(exclaimed)
      : exclaimed;
  // (A headline that neither asks nor exclaims over a dateline keeps its reading: a figure in it
  // is read as before.)
  const marked = headline !== exclaimed;
  // The figure stated again in a line of sentences further down (`…共接报处置各类警情39.3万起，…。`).
  const figure = (): boolean => {
    for (let k = 2; k < lines.length && k < RESTATED_REACH; k++)
      if (restatesFigure(headline, (lines[k] as TextLine).text)) return true;
    return false;
  };
  return (
    // `指标:工业增加值_同比增长(%) | ||||||` over its `|` rows: a line holding a table is that
    // table's caption, no headline (taken as the title, the table went with it).
    lines[0]?.table === undefined &&
    // `財政預算執行情況` / `（一）收入方面`: a line straight over the first `（一）` item heads the
    // section those items are in (a title stands over a `一、` section or a paragraph), unless it
    // names a report of a period (`某局2020年第四季度工作总结` / `（一）…`).
    (!opensFirstItem(next) || isPeriodReportName(headline)) &&
    // Under a page's breadcrumb the headline may hold a figure (`前10月…交易57.79亿元`).
    (isBareHeading(
      headline,
      crumbed ||
        marked ||
        sourced ||
        outletDated ||
        isLede(next) ||
        restatesFigure(headline, next) ||
        figure() ||
        // (The one heading of a copied news item, over paragraphs only: `某市…完成投资37.3亿元`.)
        isLoneHeadline(lines),
    ) ||
      isDocumentTitle(first)) &&
    !siblingHeadlines(first, next) &&
    !isNoHeadline(first) &&
    // (`1-10月，我市…创历史新高`: a clause of time opens it, and the lede says it again. A teaser is
    // no part of it: `天天通讯！某局：…`'s `天天通讯` is no outlet's dateline.)
    (!opensParagraph(unteased) || saidAgainBelow(lines)) &&
    !splitsFigure(first, next) &&
    !opensCaption(lines) &&
    !headsParallelSections(lines) &&
    !headsNumberedFindings(lines) &&
    // `✦ 工作动态` … `✦ 下步重点工作安排：`: the first of the page's headings led by one mark.
    !decoratedHeadLines(lines.slice(0, DECORATED_REACH)).has(0)
  );
}

/**
 * `某局2020年第四季度工作总结`, `某镇上半年工作汇报`, `2022年度述职报告`: a report's name, eight to forty
 * characters without a mark, that names the period it reports on (a year, a quarter, a half) and
 * ends as a summary or a report does, or as a report on how something ran over it does
 * (`2024年第三季度某项基金运行情况`, `…预算执行情况`, `…完成情况`, `…运行分析`; either script): the title of
 * the text, even straight over its first `（一）` item. A section's label (`財政預算執行情況`, `工作开展情况`,
 * `存在问题`) names no period or ends otherwise; a sentence (`今年上半年工作总结如下：`) holds a mark.
 */
const PERIOD_REPORT_NAME =
  /^[^，,。；;：:、！？!?\s]{0,24}(?:\d{4}年度?|季度|[上下]半年)[^，,。；;：:、！？!?\s]{0,16}(?:工作总结|工作總結|工作汇报|工作匯報|工作报告|工作報告|情况报告|情況報告|述职报告|述職報告|运行情况|運行情況|执行情况|執行情況|完成情况|完成情況|运行分析|運行分析)$/;

/** {@link PERIOD_REPORT_NAME}, eight to forty characters. */
function isPeriodReportName(text: string): boolean {
  return text.length >= 8 && text.length <= 40 && PERIOD_REPORT_NAME.test(text);
}

/**
 * `内容摘要：…`, `摘要：…`, `内容提要：…` (either script): an article page's summary field, its text after
 * the label (group 1).
 */
const SUMMARY_FIELD = /^(?:内容摘要|內容摘要|内容提要|內容提要|摘要|提要)[：:]\s*(\S.*)$/;
/**
 * `关键词：广州；注册志愿者；团代会`: an article page's keywords, up to ten words of fifteen characters at
 * most parted by `；`, `，`, `、` or spaces (thirty for one word: the repair drops the spaces between Han
 * words, `关键词：妇代会 志愿者` → `关键词：妇代会志愿者`), no sentence's mark (an empty label a copy joined on may close
 * it, `…；参会代表作者简介：`). A sentence after the label (`关键词：今年以来，我市…。`) is none.
 */
const KEYWORDS_FIELD =
  /^(?:关键词|關鍵詞|关键字|關鍵字)[：:]\s*[^。！？；;，,、：:\s]{1,30}(?:\s*[；;，,、\s]\s*[^。！？；;，,、：:\s]{1,15}){0,9}[；;]?(?:[\u4e00-\u9fff]{2,6}[：:])?$/;
/** `…；参会代表作者简介：`: an empty label a copy joined onto the line before it. */
const JOINED_LABEL = /[\u4e00-\u9fff]{2,6}[：:]$/;
/** Most of an article page's field lines over its headline. */
const MAX_ARTICLE_FIELDS = 4;
/** Characters of a summary's opening that must be printed again below it. */
const SUMMARY_AGAIN = 16;
/** How many lines under the headline the summary's opening is looked for. */
const SUMMARY_REACH = 4;

/**
 * `内容摘要：某某晚报讯 记者…。` / `关键词：…；…` / `作者简介：` / headline / `某某晚报讯 记者…。`: an article
 * database's fields over a report's headline, as a page of a paper's archive prints them: a summary
 * whose opening ({@link SUMMARY_AGAIN} characters) the text under the headline prints again (its
 * lede), keywords ({@link KEYWORDS_FIELD}) and empty labels (`作者简介：`), one to
 * {@link MAX_ARTICLE_FIELDS} lines, then a bare heading. How many field lines, else 0. A summary that
 * no line below repeats is the text's own abstract and stays; fields under no headline stay.
 */
function articleFieldsOverHeadline(lines: readonly TextLine[]): number {
  let k = 0;
  let summary: string | undefined;
  for (; k < lines.length && k < MAX_ARTICLE_FIELDS; k++) {
    const text = (lines[k] as TextLine).text;
    const m = SUMMARY_FIELD.exec(text);
    if (m !== null && summary === undefined) summary = (m[1] as string).slice(0, SUMMARY_AGAIN);
    else if (!KEYWORDS_FIELD.test(text) && !isLabelAlone(text)) break;
  }
  if (k === 0 || summary === undefined || summary.length < SUMMARY_AGAIN) return 0;
  const headline = lines[k]?.text;
  if (headline === undefined || !isBareHeading(headline, true)) return 0;
  for (let j = k + 1; j < lines.length && j <= k + SUMMARY_REACH; j++)
    if ((lines[j] as TextLine).text.startsWith(summary)) return k;
  return 0;
}

/** Most lines of a page's furniture between its title and the headline again. */
const MAX_TITLE_FURNITURE = 2;
/** Longest line of such furniture (`选择区域:>>>`, `返回列表`). */
const MAX_FURNITURE_LINE = 12;
/** A digit or a clause's mark: a line holding one is text, no furniture. */
const NOT_FURNITURE = /[\d，。；！？,;!?]/;

/**
 * `2021年某市…统计公报 2021` / `选择区域:>>>` / `2021年某市…统计公报`: a page's title (an archive's
 * year tag perhaps after it, {@link archiveYearTagAt}), one or two short lines of the site's own
 * (no digit, no clause, no body's name), then the same headline: the index of the headline again,
 * else 0.
 */
function headlineAgainUnderFurniture(lines: readonly TextLine[]): number {
  const first = lines[0]?.text ?? "";
  const tag = archiveYearTagAt(first);
  const title = tag === undefined ? first : first.slice(0, tag).trimEnd();
  if (title.length < MIN_REPEATED_HEADLINE || !isBareHeading(title)) return 0;
  for (let k = 2; k <= MAX_TITLE_FURNITURE + 1 && k < lines.length; k++) {
    const between = (lines[k - 1] as TextLine).text;
    // (`标题` / `某市市场监督管理局` / `标题`: the issuer between two copies, read below.)
    if (between.length > MAX_FURNITURE_LINE || NOT_FURNITURE.test(between) || isOrg(between))
      return 0;
    const text = (lines[k] as TextLine).text;
    if (text === title || text === first) return k;
  }
  return 0;
}

/** Shortest first line {@link saidAgainBelow} looks for further down. */
const MIN_SAID_AGAIN = 10;

/**
 * `1-10月，我市完成外贸进出口总值创历史新高` / … / `今年1-10月，我市完成外贸进出口总值创历史新高，达到…。`:
 * a first line that ends no sentence and that a line of sentences within {@link RESTATED_REACH}
 * lines says again word for word ({@link saidAgainIn}): a headline.
 */
function saidAgainBelow(lines: readonly TextLine[]): boolean {
  const first = lines[0]?.text ?? "";
  if (first.length < MIN_SAID_AGAIN || /[。；！？]/.test(first)) return false;
  for (let k = 1; k < lines.length && k < RESTATED_REACH; k++)
    if (saidAgainIn(first, (lines[k] as TextLine).text)) return true;
  return false;
}

/**
 * `某组转交第二十三批举报件办理情况显示` / `已依法办结56件` / `某某日报某市12月23日讯（记者…）…`: a news
 * headline printed as a kicker over its main line, right over the report's dateline. Both lines
 * are bare headings (the main line may hold a figure), 60 characters at most together; a byline
 * (`记者王某`), a bracketed or dashed subtitle, a date or a column's name is no such line, and a
 * first line naming its report's kind (`…第二季度分析报告`) is a whole headline, not a kicker.
 */
function kickerOverDateline(lines: readonly TextLine[]): boolean {
  const kicker = lines[0]?.text;
  const main = lines[1]?.text;
  const next = lines[2]?.text;
  if (kicker === undefined || main === undefined || next === undefined) return false;
  return (
    kicker.length + main.length <= 60 &&
    newsDateline(simplified(next.slice(0, DATELINE_HEAD))) !== undefined &&
    isBareHeading(kicker, true) &&
    isBareHeading(main, true) &&
    // A line that names the kind of report it is (`…分析报告`, `…情况通报`) is a whole headline: a
    // line under it is its subtitle or a second headline.
    !GENRE_END.test(simplified(kicker)) &&
    !subtitleOfClauses(kicker, main) &&
    !siblingHeadlines(kicker, main) &&
    !NOT_HEADLINE_PART.test(kicker) &&
    !NOT_HEADLINE_PART.test(main) &&
    // (`王某某某证券报·某某网` over `某某网讯（记者 王某）…`: the credit, no main line.)
    !isDatelineCredit(main, next) &&
    !isColumnName(kicker) &&
    !isNoHeadline(kicker) &&
    !isNoHeadline(main) &&
    !opensParagraph(kicker) &&
    !opensParagraph(main)
  );
}

/**
 * `“十四五”开局某省“开门红”` / `一季度我省GDP同比增长18.4%，增速居全国第7位`: a news headline of one
 * phrase over a longer subtitle (副题) of clauses parted by a comma, which explains it: the headline
 * is the title alone, no kicker. Near-misses: a kicker of clauses over its main line (`今年前7个月，…` /
 * `某项基金收入约1.86万亿元`: the comma is the first line's), a second line without a comma, or no
 * longer than the first.
 */
function subtitleOfClauses(first: string, second: string): boolean {
  return (
    second.length > first.length &&
    (second.includes("，") || second.includes(",")) &&
    !first.includes("，") &&
    !first.includes(",")
  );
}

/** A kicker's phrase of a couplet ({@link coupletKicker}): two to eight Han characters. */
const COUPLET_PHRASE = /^[\u4e00-\u9fff]{2,8}$/;

/**
 * `百姓烦心事 一键解忧愁` / `某省12345热线九年受理诉求超五千万件` / `“您好，…”走进…。`: a news headline's kicker
 * set as a couplet (two phrases of two to eight Han characters, of one length or nearly, parted by a
 * space as printed) over the
 * main line (a bare heading, 40 characters at most, no comma), right over the first paragraph (a
 * sentence closed): kicker and main line are one headline.
 */
function coupletKicker(lines: readonly TextLine[]): boolean {
  const kicker = lines[0];
  const main = lines[1]?.text;
  const next = lines[2]?.text;
  if (kicker === undefined || main === undefined || next === undefined) return false;
  const text = kicker.text;
  if (text.length > 16 || main.length > 40 || !/[。！？]/.test(next)) return false;
  // Where the page printed a space: the one gap between the couplet's phrases.
  const gaps: number[] = [];
  for (let k = 1; k < text.length; k++) {
    const a = offsetAt(kicker, k - 1);
    const b = offsetAt(kicker, k);
    if (a !== undefined && b !== undefined && b - a > 1) gaps.push(k);
  }
  // (A converter's reading the repair dropped, `憂(yōu)愁`, leaves a gap too: the couplet's is the one
  // that parts two phrases of one length, or nearly.)
  const parted = gaps.some(
    (k) =>
      Math.abs(text.length - 2 * k) <= 1 &&
      COUPLET_PHRASE.test(text.slice(0, k)) &&
      COUPLET_PHRASE.test(text.slice(k)),
  );
  return (
    parted &&
    !/[，,。；]/.test(main) &&
    isBareHeading(main, true) &&
    !NOT_HEADLINE_PART.test(main) &&
    !isColumnName(text) &&
    !isNoHeadline(text) &&
    !isNoHeadline(main) &&
    !opensParagraph(main)
  );
}

/**
 * `date 2025-10-29 `, `Date: 2025/10/29 `: a page's date under an English label opening the text,
 * the lede perhaps run on after it (group 1 the date).
 */
const LABELLED_PAGE_DATE = new RegExp(
  `^(?:date|time|published)\\s*[:：]?\\s*(${numericDateSource(2)})(?:\\s+${CLOCK_SOURCE})?(?![\\d:])\\s*`,
  "i",
);

/**
 * How many lines after `lines[0]` (whose text is `title`) print the title again broken over two or
 * three lines: the first a start of the title, the last an end of it, any between them a part of
 * it, each shorter than the title and two characters at least, together at most the title's length
 * and at least half of it (a piece may be lost between them); or print it again on one line with
 * one or two characters lost in one place (`关于202310月份…`, its 年 lost): 1; else 0.
 */
function brokenCopyAfter(title: string, lines: readonly TextLine[]): number {
  if (title.length < MIN_BROKEN_TITLE || !isBareHeading(title)) return 0;
  const one = lines[1]?.text ?? "";
  let ends = 0;
  while (ends < one.length && title[ends] === one[ends]) ends++;
  for (let j = 1; ends < one.length && title.at(-j) === one.at(-j); j++) ends++;
  if (one.length < title.length && one.length + 2 >= title.length && ends === one.length) return 1;
  for (let k = 2; k <= 3 && k < lines.length; k++) {
    const parts = lines.slice(1, 1 + k).map((l) => l.text);
    const total = parts.reduce((n, p) => n + p.length, 0);
    if (
      parts.every((p) => p.length >= 2 && p.length < title.length && title.includes(p)) &&
      title.startsWith(parts[0] as string) &&
      title.endsWith(parts[k - 1] as string) &&
      total <= title.length &&
      total * 2 >= title.length
    )
      return k;
  }
  return 0;
}
/** Fewest characters of a title {@link brokenCopyAfter} looks for a copy of. */
const MIN_BROKEN_TITLE = 8;

/** Fewest characters of a headline {@link sourceCardHeadline} takes. */
const MIN_CARD_HEADLINE = 8;

/**
 * `…[3]` / `前三季度…成绩单出炉 多个指标同比增长` / `中国新闻网·2025-10-28`: a summary's source card at
 * its foot, the article's headline (a heading of {@link MIN_CARD_HEADLINE} characters or more) the
 * text's last line, its outlet's credit with a date (perhaps cut short) the page's first line after
 * it (the page's foot may follow): the headline's index in `lines`, else undefined. Two lines of the text at least come before it.
 * So does a page copied with its head at its foot: the text, then its headline, then the page's own
 * source or date field (`来源：本站` / `发布日期：2015-10-30`, `來源： 發布日期：2019-07-19 打印`) right
 * under it; one line of sentences may come before it. (A heading over a field that is no source's or
 * date's, `责任编辑：某某`, or over text with no sentence, is no such headline.)
 */
function sourceCardHeadline(
  lines: readonly TextLine[],
  webLines: readonly TextLine[],
): number | undefined {
  const k = lines.length - 1;
  const last = lines[k];
  if (k < 1 || last === undefined) return undefined;
  if (last.text.length < MIN_CARD_HEADLINE || !isBareHeading(last.text) || !HAN_RUN.test(last.text))
    return undefined;
  const end = offsetAt(last, 0) ?? Number.POSITIVE_INFINITY;
  // (The page's foot may follow the credit: print links, 版权所有, ICP numbers.)
  const credit = webLines.find((w) => (offsetAt(w, 0) ?? -1) > end);
  if (credit === undefined) return undefined;
  if (
    k >= 2 &&
    (isOutletDateLine(credit.text) || cutOutletCredit(simplified(credit.text)) !== undefined)
  )
    return k;
  return PAGE_SOURCE_OR_DATE_FIELD.test(simplified(credit.text)) &&
    !FOOT_CREDIT.test(last.text) &&
    webLineKind(credit.text) === "meta" &&
    lines.slice(0, k).some((l) => SENTENCE_END_MARK.test(l.text))
    ? k
    : undefined;
}

/**
 * A page's source or date field opening its line (`来源：本站`, `发布日期：2015-10-30`, `发布时间：…`,
 * simplified): the metadata a page prints right under its headline. `责任编辑：…`, `作者：…` are not
 * these (a page prints them at its foot too).
 */
const PAGE_SOURCE_OR_DATE_FIELD = /^\s*(?:信息)?(?:来源|发布日期|发布时间)\s*[：:]/;
/**
 * A credit closing a page's text, no headline, over its source field: a field (`编辑：某某`,
 * `總值班：…編輯：…`, any colon), a reporter's (`本报记者某某整理`, `通讯员 某某`), a compiler's or
 * photographer's (`…整理`, `…供稿`, `…摄`).
 */
const FOOT_CREDIT = /[：:]|^(?:本[报報刊])?(?:记者|記者|通讯员|通訊員)|(?:整理|供稿|摄|攝)$/;
/** A sentence's end: a line of the text that holds one is a paragraph's, no heading's. */
const SENTENCE_END_MARK = /[。！？]/;

/** Most lines a page prints over a headline over its dateline ({@link headlineOverDateline}). */
const MAX_OVER_DATELINE = 8;
/** Longest of those lines. */
const MAX_OVER_DATELINE_LINE = 40;

/**
 * `第03版：要闻 PDF版下载` / `解放军报客户端` / `兵在掌上阅 亮剑弹指间` / `我国前三季度城镇新增就业1107万人` /
 * `据新华社北京10月31日电 …`: where a news copy's first paragraph opens with an outlet's dateline under
 * three lines or more, none of them a sentence, the line right over it is the headline (a heading, no
 * byline, subtitle, column's name or dateline) and the lines over that are the page's. The headline's
 * index plus one (where the report starts), or 0. Two lines over the dateline are a kicker and its
 * headline ({@link kickerOverDateline}).
 */
function headlineOverDateline(lines: readonly TextLine[]): number {
  for (let d = 0; d < lines.length && d <= MAX_OVER_DATELINE; d++) {
    const text = (lines[d] as TextLine).text;
    const dateline = newsDateline(simplified(text.slice(0, DATELINE_HEAD)));
    if (dateline?.outlet !== undefined && dateline.length < text.length) {
      const main = (lines[d - 1] as TextLine | undefined)?.text;
      return d >= 3 &&
        main !== undefined &&
        isBareHeading(main, true) &&
        !NOT_HEADLINE_PART.test(main) &&
        !isColumnName(main) &&
        !isNoHeadline(main) &&
        !opensParagraph(main)
        ? d
        : 0;
    }
    if (text.length > MAX_OVER_DATELINE_LINE || /[。；！？]/.test(text)) return 0;
  }
  return 0;
}

/** A line under a headline that is no part of it: a subtitle in brackets or after a dash, a byline. */
const NOT_HEADLINE_PART = /^(?:[（(【[—－-]|记者|記者|通讯员|通訊員|作者|编辑|編輯|来源|來源)/;

/** How many lines down the headings led by a decorative mark are looked for ({@link decoratedHeadLines}). */
const DECORATED_REACH = 60;

/** Longest line read as one of a text's parallel heads ({@link headsParallelSections}). */
const MAX_PARALLEL_HEAD = 12;
/** How many lines down a parallel head of the first is looked for. */
const PARALLEL_REACH = 40;

/**
 * `豬肉類和雞蛋價格` … `主食品和食用油價格` … `蔬菜價格`: a short first line without a number over a
 * paragraph, and two short heading lines further down that end in the same word (its last two
 * characters): the first of the text's parallel section heads, not its title (a title names the
 * report, its place or its period, and stands over sections of other words; one such heading under
 * it, `某县物价监测情况` … `总体情况`, is too few to tell).
 */
function headsParallelSections(lines: readonly TextLine[]): boolean {
  const first = lines[0]?.text ?? "";
  if (first.length > MAX_PARALLEL_HEAD || first.length < 3 || /\d/.test(first)) return false;
  if (!/[。；]/.test(lines[1]?.text ?? "")) return false;
  const word = first.slice(-2);
  let heads = 0;
  for (let k = 2; k < lines.length && k < PARALLEL_REACH; k++) {
    const t = (lines[k] as TextLine).text;
    if (
      t.length <= MAX_PARALLEL_HEAD &&
      t !== first &&
      t.endsWith(word) &&
      isBareHeading(t) &&
      !/\d/.test(t) &&
      ++heads === 2
    )
      return true;
  }
  return false;
}

/** A finding's last word: a change (`增长`, `下降`, `提高`, …), as a regex's alternation. */
const CHANGES =
  "增长|下降|上升|回落|减少|增加|提高|提升|下滑|回升|上涨|下跌|降低|扩大|收窄|加快|放缓";
const CHANGE_END = new RegExp(`(?:${CHANGES})$`);
/** A numbered sub-head stating a finding, its figure after the change perhaps (`1.…同比增长4.9%`). */
const NUMBERED_FINDING = new RegExp(
  `^(?:\\d{1,2}[.、．]|[（(]\\d{1,2}[）)])[^，。；：\\d]{2,24}?(?:${CHANGES})(?:\\d+(?:\\.\\d+)?(?:%|个百分点|万?人次?|万?户|万?元|亿元))?$`,
);
/** Longest first line {@link headsNumberedFindings} reads as a finding. */
const MAX_FINDING_HEAD = 24;

/**
 * `三大险种参保总量环比、同比均增长` over a paragraph, `1.基本养老保险参保人数同比增长4.9%` and `2.…` further
 * down: a first line stating a finding (no number in it, ending in a change), two or more numbered
 * sub-heads stating findings under it: the first part's heading of a release that prints no title
 * (a title names the report, `…情况`, or its period).
 */
function headsNumberedFindings(lines: readonly TextLine[]): boolean {
  const first = lines[0]?.text ?? "";
  if (first.length > MAX_FINDING_HEAD || !CHANGE_END.test(first) || /\d/.test(first)) return false;
  if (!/[。；]/.test(lines[1]?.text ?? "")) return false;
  let heads = 0;
  for (let k = 2; k < lines.length && k < PARALLEL_REACH; k++)
    if (NUMBERED_FINDING.test((lines[k] as TextLine).text) && ++heads === 2) return true;
  return false;
}

/**
 * `快来看!`, `重磅！`, `亮点速览!`, `赞！`: a teaser of one to six Han characters a social-media copy
 * exclaims before its headline (which must follow, six characters or more). (`好！好！…`, a second
 * exclamation, leaves a line with a sentence's mark, no heading.)
 */
const TEASER = /^[\u4e00-\u9fff]{1,6}[!！]{1,3}(?=[^\s!！].{5})/;

/** A line without the {@link TEASER} it opens with. */
const withoutTeaser = (text: string): string => text.replace(TEASER, "");

/** Longest name of an account {@link isAccountLine} takes. */
const MAX_ACCOUNT_NAME = 24;

/**
 * `食品医药产业促进会` over `2018年11月，…。`: a social-media copy's line under its headline naming the
 * account that posted it, a body's name alone (Han characters only, ending as one ends) right over
 * the first paragraph (a line of sentences, no heading's marker).
 */
function isAccountLine(text: string | undefined, next: string | undefined): boolean {
  return (
    text !== undefined &&
    next !== undefined &&
    text.length >= 4 &&
    text.length <= MAX_ACCOUNT_NAME &&
    /^[\u4e00-\u9fff]+$/.test(text) &&
    isOrg(text) &&
    next.includes("。") &&
    !startsBlock(next)
  );
}

/**
 * `某县统计局` / `国家统计局某县调查队` / `2022年，…。`: two issuers' names on lines of their own over
 * the first paragraph ({@link isAccountLine}), as a 统计公报 prints its office and the survey team.
 */
const areIssuerLines = (lines: readonly TextLine[]): boolean =>
  isAccountLine(lines[0]?.text, lines[2]?.text) && isAccountLine(lines[1]?.text, lines[2]?.text);

/** `?`, `？`: a character a copy lost (its encoding's mark), alone on its line. */
const LOST_MARK_LINE = /^\s*[?？]\s*$/;

/**
 * `某区2022年…统计公报` / `某区统计局` / `一、综合` (`某区统计局` / `?` / `一、综合`): a body's name alone on the
 * line under a title ({@link isAccountLine}'s name) that names the place the title opens with
 * ({@link OPENS_WITH_PLACE}: the place's own body), over the first numbered section, lines of lost
 * marks perhaps between: how many lines the name and those marks take; 0 for any other lines (a
 * body of no place the title names, over a heading, is no issuer so).
 */
function issuerOverHeading(lines: readonly TextLine[], title: string): number {
  const text = lines[0]?.text;
  const place = OPENS_WITH_PLACE.exec(title)?.[0];
  if (
    place === undefined ||
    text === undefined ||
    !text.includes(place) ||
    text.length < 4 ||
    text.length > MAX_ACCOUNT_NAME ||
    !/^[\u4e00-\u9fff]+$/.test(text) ||
    !isOrg(text)
  )
    return 0;
  let k = 1;
  while (k < 3 && LOST_MARK_LINE.test(lines[k]?.text ?? "")) k++;
  const next = lines[k]?.text;
  return next !== undefined && sectionHeadingMarker(next) > 0 ? k : 0;
}

/** A meeting's name (`…交办会`, `…推进会`), not a body's, though both may end in 会. */
const MEETING_END = /(?<!委员|协|联合|工|商|学)会$/;

/**
 * `某县统计局` / `2023年，…。`: an issuer's name alone over the first paragraph of a copy with no
 * headline ({@link isAccountLine}), no meeting's name (`我县召开政协提案交办会` is a headline).
 */
function isIssuerAlone(text: string | undefined, next: string | undefined): boolean {
  // (`圖片來源於某局網站`: a picture's credit, no issuer's name.)
  return (
    isAccountLine(text, next) &&
    !MEETING_END.test(text as string) &&
    !isPictureCredit(text as string)
  );
}

/**
 * `（9月16日）`, `9月16日）`, `9月16日`: a day without its year alone on a line, in brackets or not
 * (a copy may lose the opening one).
 */
const YEARLESS_DAY_LINE = /^[（(]?\d{1,2}月\d{1,2}日[）)]?$/;

/** Fewest characters of the lede under a headline printed twice ({@link isLedeUnder}). */
const MIN_TWICE_LEDE = 40;

/**
 * `某市新闻网讯 记者昨日了解到，今年一季度，…。`: a paragraph of sentences ({@link MIN_TWICE_LEDE}
 * characters or more, closed by a sentence's mark) under a headline printed twice; not a short line
 * (`实现旅游收入8.5亿元。`).
 */
const isLedeUnder = (line: TextLine | undefined): boolean =>
  line !== undefined && line.text.length >= MIN_TWICE_LEDE && endsFullSentence(line.text);

/**
 * `记者从某局获悉：今年上半年，…。`, `记者日前从某省统计局了解到，…`, `某报记者12日从某部获悉…`: a news
 * report's lede (a line of sentences, forty characters or more) that opens by saying where its
 * reporter learnt the news: the reporter (perhaps after an outlet's name), perhaps a day, `从` and
 * a body, then `获悉` or `了解到`. Near-misses: a sentence of the body that quotes a reporter later
 * on (`据了解，…`), a line with no sentence's mark.
 */
function isSourcedLede(text: string): boolean {
  return text.length >= 40 && /[。；]/.test(text) && SOURCED_LEDE.test(text.slice(0, 50));
}
const SOURCED_LEDE =
  /^(?:[\u4e00-\u9fff]{2,12}?)?(?:记者|記者)(?:\d{1,2}日|近日|日前|今天|昨天|昨日)?(?:从|從)[^，,。；]{2,30}?(?:获悉|獲悉|了解到|获知|獲知)/;

/**
 * `某某新闻网讯（记者 王某）2月21日，…。`, `某某新闻消息，…。`: a line of sentences (forty characters or
 * more) opening with a news outlet's dateline ({@link newsDateline}), a news report's lede; not
 * one that goes on to credit another outlet's report ({@link ATTRIBUTION}, `…讯据某某晚报报道`).
 */
function opensWithNewsDateline(text: string): boolean {
  if (text.length < 40 || !/[。；]/.test(text) || !/[讯訊电電息]/.test(text.slice(0, 30)))
    return false;
  const head = simplified(text.slice(0, DATELINE_HEAD));
  const dateline = newsDateline(head);
  // (`某某网8月1日讯据某某晚报报道 …`: a dateline that credits another outlet's report, a repost,
  // keeps its old reading.)
  return dateline !== undefined && !ATTRIBUTION.test(head.slice(dateline.length));
}

/**
 * `某市三孩生育率不到3%？`, `常住人口3465.99万人！2023年某省…数据公布`: a headline's one question or
 * exclamation mark, closing it or between two phrases of four characters or more, as a space (a
 * closing one dropped), so that the rest is read as a heading. A line with another sentence's mark
 * (`。`, `；`, a second `？`) is returned as it is, a sentence.
 */
function withoutHeadlineMark(text: string): string {
  const m = HEADLINE_MARK.exec(text);
  if (m === null) return text;
  return m[2] === "" ? (m[1] as string) : `${m[1]} ${m[2]}`;
}
const HEADLINE_MARK = /^([^。；;！？!?]{4,})[！？!?]((?:[^。；;！？!?]{4,})?)$/;

/**
 * `2020-12-16 某某观察网`, `某某新闻网 2021-11-13 10:20`, `某某应急 2021-08-05`: the line a page prints
 * under its headline, the outlet (or the account that posted it) and the page's date, either first.
 */
function isDatedOutletLine(text: string): boolean {
  return isOutletDateLine(text) || accountDate(simplified(text)) !== undefined;
}

/** An exclamation mark closing a line that holds no other sentence's mark. */
const EXCLAIMED = /(?<=[^。；！？!?;])[！!]{1,3}$/;

/** The result for a draft: complete when it holds every fact the model requires. */
function finish(draft: BulletinDraft, warnings: ParseWarning[]): ParseBulletinTextResult {
  const missing: MissingFact[] = [];
  if (draft.publication.title === undefined) missing.push("publication.title");
  if (draft.publication.publisher === undefined) missing.push("publication.publisher");
  if (draft.issue.number === undefined) missing.push("issue.number");
  if (draft.issue.publishedOn === undefined) missing.push("issue.publishedOn");
  return missing.length === 0
    ? { complete: true, bulletin: draft as Bulletin, missing: [], warnings }
    : { complete: false, bulletin: draft, missing, warnings };
}

/** How many of the text's last lines {@link footerHost} reads for the site's footer. */
const FOOTER_REACH = 12;

/**
 * `華文網`, `某某日报`: the name of the outlet a copied page ran on, alone on its first line (no
 * title's, no document's kind: `某某通报`), as printed; else undefined. Read when nothing else names the publisher.
 */
function siteNameAtop(lines: readonly TextLine[], title: string | undefined): string | undefined {
  const text = lines[0]?.text.trim() ?? "";
  const simple = simplified(text);
  // `某某日報提供某地每日在地新聞、專題報導等!`: the site's description of itself atop the page.
  const described = describedOutlet(text);
  if (described !== undefined) return text.slice(0, described.length);
  // (`某某督查通报`: a document's kind, no paper's name.)
  return text.length <= 12 &&
    text !== title &&
    isNamedOutlet(simple) &&
    !DOCUMENT_KIND.test(simple) &&
    // (`曝光台` / `联系我们`: the first entry of the site's menu, its next entry under it.)
    !MENU_ENTRY.test(simplified(lines[1]?.text.trim() ?? ""))
    ? text
    : undefined;
}
/**
 * `某某日报提供某地每日在地新闻、时事专栏评论、专题报导等!`, `某某网提供全市最新资讯与便民服务。`: a news
 * site's description of itself, as a page's head prints it (simplified): the outlet's name (group 1,
 * two to twelve Han characters, {@link isNamedOutlet} asked of it), 提供, then a list of what it
 * offers naming news (新闻, 资讯, 报导, 报道) and no sentence after it. Near-misses: a body's name
 * (`某某公司提供…`), a sentence of the report (`某某网提供的数据显示，…。`: a comma).
 */
const SITE_DESCRIPTION =
  /^([\u4e00-\u9fff]{2,12}?)提供(?=[^，,。；]*(?:新闻|资讯|报导|报道))[^，,。；]{4,90}[!！。]?$/;

/** The outlet a site's description of itself names ({@link SITE_DESCRIPTION}, 100 characters at most), else undefined. */
function describedOutlet(text: string): string | undefined {
  const outlet = text.length <= 100 ? SITE_DESCRIPTION.exec(simplified(text))?.[1] : undefined;
  return outlet !== undefined && isNamedOutlet(outlet) ? outlet : undefined;
}
/**
 * `某某资讯网是领先的新闻资讯平台，汇集…等多方面权威信息`: a site's description of itself that says what
 * the site is (its name ending with 网, 是, then a news platform, site or portal, perhaps a list of
 * what it gathers after a comma), as a page's head prints it (simplified). Its name names no
 * publisher (a copying site's). Near-miss: `某某网是全省首个…的网站。` has no news in it.
 */
const SITE_IS_PLATFORM =
  /^[\u4e00-\u9fff]{2,12}?网是[^。；，,]{0,20}?(?:新闻|资讯)[^。；，,]{0,10}(?:平台|网站|门户)(?:[，,][^。；]{0,80})?[。！!]?$/;

/** Whether `text` is a site's description of itself ({@link describedOutlet}, {@link SITE_IS_PLATFORM}). */
const isSiteDescription = (text: string): boolean =>
  describedOutlet(text) !== undefined ||
  (text.length <= 120 && SITE_IS_PLATFORM.test(simplified(text)));

/**
 * `联系我们`, `关于我们`, `网站首页`, `设为首页`, `加入收藏`, `网站地图`: an entry of a site's menu alone
 * on its line (simplified). A name over one is the menu's entry too (`曝光台`, a column's), no outlet's.
 */
const MENU_ENTRY = /^(?:联系我们|关于我们|网站首页|首页|设为首页|加入收藏|网站地图|网站导航)$/;

/** Where a line's first character came from. */
const at = (line: TextLine | undefined): number | undefined =>
  line === undefined ? undefined : offsetAt(line, 0);

/**
 * `某某日报记者 韩某` / `16日，某省政协…开幕。`: a reporter's byline ({@link isSpacedByline}) opening
 * the text, right over a line of sentences: a news copy that prints no headline.
 */
const opensWithByline = (lines: readonly TextLine[]): boolean =>
  lines.length >= 2 &&
  // (`經(jīng)濟導(dǎo)報記者 初磊`: where a copy's lost marks were taken out the spaces read are not the
  // printed ones; the byline's shape is read on its text then, {@link REPORTER_ALONE}.)
  (isSpacedByline(lines[0] as TextLine) ||
    ((lines[0] as TextLine).text.length <= 24 &&
      REPORTER_ALONE.test((lines[0] as TextLine).text)) ||
    // `某某早报全媒体记者：王某`, `作者：某某信报 王某`: a byline with a colon after its role.
    isColonByline((lines[0] as TextLine).text)) &&
  (/[。；！？]/.test(lines[1]?.text ?? "") || keywordsOverLede(lines) > 0);

/**
 * `关键词：某区 妇联 表彰` between a byline ({@link opensWithByline}) and the first paragraph (a line of
 * sentences): the page's keywords field, 1 (the lines it takes after the byline); else 0. So is
 * `通讯员 李某` (a second byline of its own, {@link isSpacedByline}: the correspondents a paper
 * credits on the line under its reporters, `□记者 王某` / `通讯员 李某` / `上半年，…。`).
 */
const keywordsOverLede = (lines: readonly TextLine[]): number =>
  (KEYWORDS_FIELD.test(lines[1]?.text ?? "") ||
    (lines[1] !== undefined &&
      (isSpacedByline(lines[1]) || CORRESPONDENTS_ALONE.test(lines[1].text)))) &&
  /[。；！？]/.test(lines[2]?.text ?? "")
    ? 1
    : 0;

/**
 * `-`, `*`, `•`: a list's mark alone on its line (an item left empty), or `.`, `。`: a full stop a
 * copy left alone on its line, or `'`, `‘`: a stray quotation mark, or `?`: a character a copy lost;
 * no text's.
 */
const LONE_MARK = /^\s*[-*+•·・.。．'"‘’?？]\s*$/;
/**
 * `？？？？？？` closing a name (`某中心？？？？？？` over the date the line went on with): the spaces a copy whose
 * encoding failed printed as question marks, two or more, after the name's last character.
 */
const LOST_SPACES_END = /(?<=[^?？])[?？]{2,}$/;

/**
 * `XX乡人民政府`, `XX市XX区XX街道办事处`, `2023XX团委`: a template's placeholder (two or more `X`, `Ｘ` or
 * `×` in a row) where a body's name goes. A 范文 page names no body that issued it, so such a name is
 * no publisher (a real body's name prints no such letters).
 */
const PLACEHOLDER_NAME = /[XＸ×]{2}/;
/** `name`, unless it is a template's placeholder ({@link PLACEHOLDER_NAME}). */
const unlessPlaceholder = (name: string | undefined): string | undefined =>
  name !== undefined && PLACEHOLDER_NAME.test(name) ? undefined : name;
/** A page's credit line: `初审编辑：王某`, `责任编辑：王某`, `审核：李某` (a name and nothing more). */
const PAGE_CREDIT =
  /^(?:(?:初审|复审|终审|責任|责任|值班)?(?:编辑|編輯)|审核|審核|校对|校對)[：:]\s*[\u4e00-\u9fff·]{2,8}\s*$/;

function build(
  allLines: TextLine[],
  webLines: TextLine[],
  fieldLines: TextLine[],
  opts: Opts,
  warn: Warn,
  warnDropped: WarnDropped,
): BulletinDraft {
  const page = readPageFacts(fieldLines);
  const firstAt = at(allLines[0]) ?? at(webLines[0]);
  const split = splitRunTogether(siteHeaderDropped(allLines, webLines, warnDropped));
  for (const d of split.duplicates) warnDropped(d, "duplicate-line-dropped");
  if (split.path !== undefined) warn("web-line-dropped", at(split.path), { text: split.path.text });
  let lines = split.lines;
  // ` date 2025-10-29 周三（29日），…`: the page's date under an English label, run into the lede.
  const labelled = LABELLED_PAGE_DATE.exec(lines[0]?.text ?? "");
  const labelledDate = labelled === null ? undefined : readFullDate(labelled[1] as string);
  if (labelled !== null && labelledDate !== undefined) {
    const line = lines[0] as TextLine;
    warn("web-line-dropped", at(line), { text: labelled[0].trim() });
    page.publishedOn ??= labelledDate;
    lines = [sliceLine(line, labelled[0].length, line.text.length), ...lines.slice(1)];
  }
  // `某某日報提供某地每日在地新聞、…專題報導等！` atop the page: the site's description of itself, no
  // headline (its outlet still names the publisher, {@link siteNameAtop}).
  if (lines.length >= 2 && isSiteDescription(lines[0]?.text ?? "")) {
    warn("web-line-dropped", at(lines[0]), { text: lines[0]?.text ?? "" });
    lines = lines.slice(1);
  }
  // `-` over the headline: an empty item of the page's list (a Markdown copy's), no heading; `.`
  // a stray full stop.
  while (lines.length >= 2 && LONE_MARK.test(lines[0]?.text ?? "")) {
    warn("web-line-dropped", at(lines[0]), { text: lines[0]?.text ?? "" });
    lines = lines.slice(1);
  }
  // `初审编辑：王某` / `责任编辑：王某` / headline: a news page's credits printed over its headline
  // (and again at its foot). A 报尾 field among them is read where the body reads its tail (the
  // line goes after the text); the others are the page's, dropped with a warning.
  let credits = 0;
  while (credits < 3 && lines.length > credits + 1 && PAGE_CREDIT.test(lines[credits]?.text ?? ""))
    credits++;
  if (credits > 0) {
    const fields = lines.slice(0, credits).filter((l) => isTailLine(l.text));
    for (const l of lines.slice(0, credits))
      if (!fields.includes(l)) warn("web-line-dropped", at(l), { text: l.text });
    lines = [...lines.slice(credits), ...fields];
  }
  // `某某范文网 > 工作总结 > …工作计划` (/ `…工作计划`): the page's trail to its headline, the title.
  const trailed = lines[0] === undefined ? undefined : trailTitleAt(lines[0].text, lines[1]?.text);
  if (trailed !== undefined) {
    const line = lines[0] as TextLine;
    warn("web-line-dropped", at(line), { text: line.text.slice(0, trailed).trim() });
    const title = sliceLine(line, trailed, line.text.length);
    const again = lines[1] !== undefined && lines[1].text === title.text;
    if (again) warnDropped(lines[1] as TextLine, "duplicate-line-dropped");
    lines = [title, ...lines.slice(again ? 2 : 1)];
  }
  // `标题 分享 人民微博 新浪微博`: the page's share bar run on after the headline; `标题|`: its title
  // bar's mark, the site's name after it lost.
  const shared =
    lines[0] === undefined ? undefined : (shareLinksAt(lines[0]) ?? closingBarAt(lines[0].text));
  if (shared !== undefined) {
    const line = lines[0] as TextLine;
    warn("web-line-dropped", offsetAt(line, shared), { text: line.text.slice(shared) });
    lines = [sliceLine(line, 0, shared), ...lines.slice(1)];
  }
  // `0` / `0` / (`约3.6千字` / `约 7页` / `举报`) / headline: a document site's counts over its card.
  const counts = countsOverCard(lines, webLines);
  for (const l of lines.slice(0, counts)) warn("web-line-dropped", at(l), { text: l.text });
  lines = lines.slice(counts);
  // `2024年7月18日 星期一 19:43:55` over the headline: the site's clock, to the second, no issue's date.
  if (
    lines.length >= 2 &&
    SITE_CLOCK.test(lines[0]?.text ?? "") &&
    TICKING_CLOCK.test(lines[0]?.text ?? "")
  ) {
    warn("web-line-dropped", at(lines[0]), { text: lines[0]?.text ?? "" });
    lines = lines.slice(1);
  }
  // `2021` alone over the headline: the page's year tag, no heading; the year of what it reports.
  const yearTag = pageYearTag(lines);
  if (yearTag !== undefined) {
    warn("web-line-dropped", at(lines[0]), { text: lines[0]?.text ?? "" });
    lines = lines.slice(1);
  }
  // `工作情况公开` / `来电类型公开` / … over the first paragraph, `一、工作情况公开` below: the page's
  // contents list, no headline.
  const contents = contentsListLength(lines);
  if (contents > 0) {
    for (const l of lines.slice(0, contents)) warn("web-line-dropped", at(l), { text: l.text });
    lines = lines.slice(contents);
  }
  /** The paper a byline names (`某某日报记者 林某`), under the headline or opening the text. */
  let bylinePaper: string | undefined;
  // `某某日报记者 韩某` over the first paragraph of a copy that prints no headline: its credit.
  if (opensWithByline(lines)) {
    warn("web-line-dropped", at(lines[0]), { text: lines[0]?.text ?? "" });
    // (`◇記者 王某` / `關鍵詞：某區 婦聯 表彰` / …: the keywords field under it is the page's too, as
    // is a correspondents' byline, `通讯员 李某`.)
    const keywords = keywordsOverLede(lines);
    // (`某某日报记者 王某` / `通讯员 李某`: the paper's reporter and an office's correspondent wrote it
    // together, and which of the two issued it is not said: no publisher is read from the byline.)
    if (keywords === 0 || KEYWORDS_FIELD.test(lines[1]?.text ?? ""))
      bylinePaper =
        bylineOutlet(lines[0]?.text ?? "") ?? colonBylineAuthorOutlet(lines[0]?.text ?? "");
    if (keywords > 0) warn("web-line-dropped", at(lines[1]), { text: lines[1]?.text ?? "" });
    lines = lines.slice(1 + keywords);
  }
  // `内容预览：` over the headline: a label of the page, not of the report.
  if (
    lines.length >= 3 &&
    isLabelAlone(lines[0]?.text ?? "") &&
    isBareHeading(lines[1]?.text ?? "")
  ) {
    warn("web-line-dropped", at(lines[0]), { text: lines[0]?.text ?? "" });
    lines = lines.slice(1);
  }
  // `下面是小编为大家整理的…，供大家参考。` over the headline: a document site's note, no line of the report.
  if (
    lines.length >= 3 &&
    isEditorNote(lines[0]?.text ?? "") &&
    isBareHeading(lines[1]?.text ?? "")
  ) {
    // (Warned on each line it was printed on: a copy may wrap the long note.)
    warnDropped(lines[0] as TextLine);
    lines = lines.slice(1);
  }
  // `内容摘要：<lede>` / `关键词：…；…` / `作者简介：` over the headline: an article page's fields.
  const fields = articleFieldsOverHeadline(lines);
  if (fields > 0) {
    for (const l of lines.slice(0, fields)) {
      warn("web-line-dropped", at(l), { text: l.text });
      // (A label a copy joined on from the line under it, `…作者简介：`, is warned where it was printed.)
      if (!KEYWORDS_FIELD.test(l.text) || !JOINED_LABEL.test(l.text)) continue;
      for (let i = 1; i < l.text.length; i++) {
        const from = offsetAt(l, i);
        const before = offsetAt(l, i - 1);
        if (from !== undefined && before !== undefined && from > before + 1)
          warn("web-line-dropped", from, { text: l.text.slice(i) });
      }
    }
    lines = lines.slice(fields);
  }
  // A web page's own title: a heading before its metadata lines (`来源：… 发布时间：…`).
  let pageTitle: TextLine | undefined;
  // `【人民调解工作】` opening a flattened yearbook entry: its title.
  if (split.entry !== undefined && lines[0] === split.entry) {
    pageTitle = split.entry;
    lines = lines.slice(1);
  }
  // `一级目：城乡建设和管理` (a field) / `【市政道路建设】2021年，…`: a yearbook database's entry, its name.
  const catalogued = pageTitle === undefined ? cataloguedEntry(lines[0], fieldLines) : undefined;
  if (catalogued !== undefined) {
    pageTitle = catalogued.title;
    lines = [catalogued.rest, ...lines.slice(1)];
  }
  /** An issuer's name printed alone between a title and its repeat. */
  let headIssuer: TextLine | undefined;
  // `2021年某市…统计公报 2021` / `选择区域:>>>` / `2021年某市…统计公报`: an archive page's title, its
  // furniture, then the report's own headline: the headline said once, the furniture dropped.
  const again = pageTitle === undefined ? headlineAgainUnderFurniture(lines) : 0;
  if (again > 0) {
    for (const l of lines.slice(1, again)) warn("web-line-dropped", at(l), { text: l.text });
    warnDropped(lines[again] as TextLine, "duplicate-line-dropped");
    lines = [lines[0] as TextLine, ...lines.slice(again + 1)];
  }
  // `您现在的位置：首页 > 头条 > 某市今年…增储16.3亿方` / other headlines and teasers of the site /
  // `某市今年…增储16.3亿方` / `发布时间：…`: the headline the breadcrumb names, printed again under the
  // site's other lines: the title (the lines over it stay in the text, where they were read before:
  // what of them is the site's is not told line by line).
  const named = pageTitle === undefined ? crumbNamedHeadline(lines, webLines) : 0;
  if (named > 0) {
    pageTitle = lines[named];
    lines = [...lines.slice(0, named), ...lines.slice(named + 1)];
  }
  const { skipped, head, byline } =
    named > 0
      ? { skipped: 0, head: [] as TextLine[], byline: undefined }
      : pageHead(lines, webLines);
  /** The issue a line of the page's head over its title states (`2018年第5期（12月刊）`). */
  let headIssue: ReturnType<typeof titleIssueNumbers> = {};
  const first = lines[0];
  const headTitle =
    restatedPageTitle(head, page.title) ??
    crumbedTitle(head, webLines) ??
    trailedTitle(head) ??
    subheadedTitle(head) ??
    longestHeadLine(head);
  if (headTitle !== undefined && isColumnName(headTitle.text)) {
    // `政务` over the page's metadata line: the column's name, and no title over it.
    for (const l of head) warn("web-line-dropped", at(l), { text: l.text });
    for (const l of lines.slice(0, skipped)) warn("web-line-dropped", at(l), { text: l.text });
    lines = lines.slice(skipped + head.length);
  } else if (headTitle !== undefined) {
    // The site's name and the column's (`嵊州市人民政府`, `新闻发布`) are shorter than the title
    // and come before it; a subtitle after it (`（2016年3月4日—3月10日）`) stays in the text.
    const title = headTitle;
    const titleIndex = head.indexOf(title);
    for (const l of lines.slice(0, skipped + titleIndex)) {
      warn("web-line-dropped", at(l), { text: l.text });
      if (headIssue.number === undefined) headIssue = issueLine(l.text);
    }
    const broken = brokenTitle(title, head[titleIndex + 1], true);
    pageTitle = broken.title;
    lines = lines.slice(skipped + titleIndex + broken.lines);
    if (byline !== undefined && lines[0] === byline) {
      warn("web-line-dropped", at(byline), { text: byline.text });
      // `某某日报记者 林某`: the reporters' paper, when nothing else names the outlet.
      bylinePaper = bylineOutlet(byline.text);
      lines = lines.slice(1);
    }
  } else if (
    lines.length >= 4 &&
    first?.text === lines[2]?.text &&
    isOrg(lines[1]?.text ?? "") &&
    isBareHeading(first?.text ?? "") &&
    !isOrg(first?.text ?? "")
  ) {
    // The title printed twice around its issuer: `title` / `issuer` / `title`.
    warnDropped(lines[2] as TextLine, "duplicate-line-dropped");
    pageTitle = first;
    headIssuer = lines[1];
    lines = lines.slice(3);
  } else {
    // The title printed twice around a lede: `lede` / `title` / `lede` (the lede over one line or
    // more, as a PDF's width broke it).
    const k = titleInLede(lines);
    if (k > 0) {
      for (const l of lines.slice(0, k)) warnDropped(l, "duplicate-line-dropped");
      pageTitle = lines[k];
      lines = lines.slice(k + 1);
    }
  }
  // The page's title (from its grid) printed again over the text: said once.
  /** Whether the text's first line printed the title the page's fields name (its headline). */
  let headlineRestated = false;
  if (pageTitle === undefined && page.title !== undefined && lines[0]?.text === page.title) {
    headlineRestated = true;
    warnDropped(lines[0], "duplicate-line-dropped");
    lines = lines.slice(1);
  }
  // `标题` / `标题` / `4月21日上午，…`: a page's headline printed twice in a row (its title and its
  // heading, a copy keeping both), said once: the headline may then hold a figure the text does not
  // state again (the line under it is the lede).
  /** Whether the first line was printed twice in a row (a headline, though it hold a figure). */
  let printedTwice = false;
  if (
    pageTitle === undefined &&
    lines.length > 2 &&
    lines[0]?.text === lines[1]?.text &&
    isBareHeading(lines[0]?.text ?? "", true) &&
    HAN_RUN.test(lines[0]?.text ?? "")
  ) {
    warnDropped(lines[1] as TextLine, "duplicate-line-dropped");
    lines = [lines[0] as TextLine, ...lines.slice(2)];
    printedTwice = true;
  }
  // `某县二〇二三年…统计公报` / `某县二〇` / `…统计公报`: the title line, then the title printed again
  // broken over lines (a banner's layout, a piece perhaps lost): said once.
  const copy =
    pageTitle === undefined && lines[0] !== undefined ? brokenCopyAfter(lines[0].text, lines) : 0;
  if (copy > 0) {
    for (const l of lines.slice(1, 1 + copy)) warnDropped(l, "duplicate-line-dropped");
    lines = [lines[0] as TextLine, ...lines.slice(1 + copy)];
  }
  // `跳過導航欄 申訴專員發表…`: the page's skip link run on before the text's first line, dropped.
  const skip = lines[0] === undefined ? undefined : skipLinkBefore(lines[0]);
  if (skip !== undefined) {
    const line = lines[0] as TextLine;
    warn("web-line-dropped", at(line), { text: line.text.slice(0, skip) });
    lines = [sliceLine(line, skip, line.text.length), ...lines.slice(1)];
  }
  const masthead = readMasthead(lines);
  // `一季度…总体稳定` / `创始人` / `2024-04-13 09:53:10` / … / `原标题：一季度…总体稳定`: under the headline
  // the page's fields name, a line the masthead would read as a title with no issue number under
  // it is the page's (an account's label), no title.
  if (headlineRestated && masthead.title !== undefined && masthead.number === undefined) {
    warn("unrecognised-masthead-line", masthead.title.at, { text: masthead.title.text });
    delete masthead.title;
  }
  // `2020年全年评价结果` under the headline of a page whose source field names its outlet: a line that
  // names no body, read as the issuer's, yields to the page's source (a line unrecognised).
  if (
    masthead.publisher !== undefined &&
    page.publisher !== undefined &&
    !isOrg(masthead.publisher.text)
  ) {
    warn("unrecognised-masthead-line", masthead.publisher.at, { text: masthead.publisher.text });
    delete masthead.publisher;
  }
  for (const u of masthead.unknown) warn("unrecognised-masthead-line", u.at, { text: u.text });
  for (const d of masthead.delivery) warn("delivery-line-read", d.at, { text: d.text });
  // Without a masthead, a report's first line may be its headline: the title, unless the caller
  // names the publication (then the headline heads the report's only section).
  // Under a breadcrumb, or under the outlet's line with the page's date (`ZAKER贵阳 2021-11-13`), a
  // headline may hold a figure, ask or exclaim; so may the first line over that line
  // (`哪里最适合经商？这份报告…排了序` / `2020-12-16 某某观察网`, the page dropped the line as its furniture).
  const top = lines[0] === undefined ? -1 : (offsetAt(lines[0], 0) ?? -1);
  const second = lines[1] === undefined ? -1 : (offsetAt(lines[1], 0) ?? -1);
  const crumbed = webLines.some((w) => {
    if (isBreadcrumb(w.text)) return true;
    const at = offsetAt(w, 0) ?? top;
    return (
      (at < top && isOutletDateLine(w.text)) ||
      (at > top && at < second && isDatedOutletLine(w.text))
    );
  });
  // `…[3]` / `前三季度…成绩单出炉 多个指标同比增长` / `中国新闻网·2025-10-`: a summary's source card at
  // its foot, the article's headline over its outlet's credit closing the text: the headline is the
  // title (the credit, the page's, names the outlet).
  if (
    masthead.lines === 0 &&
    pageTitle === undefined &&
    page.title === undefined &&
    opts.publication.title === undefined
  ) {
    const foot = sourceCardHeadline(lines, webLines);
    if (foot !== undefined) {
      pageTitle = lines[foot];
      lines = lines.slice(0, foot);
    }
  }
  const untitled =
    masthead.lines === 0 &&
    pageTitle === undefined &&
    page.title === undefined &&
    opts.publication.title === undefined;
  // `10月26日` / `某部召开…新闻发布会` / …: a day without its year alone over the headline is the day
  // of what the page reports (a graphic's date tile), no headline; no date is made of it.
  if (
    untitled &&
    lines.length > 2 &&
    YEARLESS_DAY_LINE.test(lines[0]?.text ?? "") &&
    opensWithHeadline(lines.slice(1), crumbed)
  ) {
    warn("unrecognised-masthead-line", at(lines[0]), { text: lines[0]?.text ?? "" });
    lines = lines.slice(1);
  }
  // `其他` / `39.3万起！` / `日前，…发布…。`: a column's name over a headline is the page's; so are the
  // page's path and the column's tab over it (`某某在线 > 财经 > 要闻` / `|要闻` / headline).
  /** Whether the page's path was dropped so: the headline under it may ask, as under a breadcrumb. */
  let pathed = false;
  for (let k = 0; k < 2; k++) {
    if (
      !untitled ||
      // (A second line only under a path: `某某在线 > 财经 > 要闻` / `|要闻` / headline.)
      (k > 0 && !pathed) ||
      lines.length <= 2 ||
      !(isColumnOrPath(lines[0]?.text ?? "") || isSpacedPathLine(lines[0])) ||
      // (`全省地方` / `一般公共预算收入` / `479.89亿元…`: a graphic's caption broken over two lines.)
      opensCaption(lines) ||
      !(
        // (A path over the column's tab under it: `某某在线 > 财经 > 要闻` / `|要闻` / headline.)
        ((lines[0]?.text ?? "").includes(">") && isColumnOrPath(lines[1]?.text ?? "")) ||
        // (Under a path parted by spaces the headline may state a figure, as under a breadcrumb.)
        opensWithHeadline(lines.slice(1), crumbed || pathed || isSpacedPathLine(lines[0]))
      )
    )
      break;
    warn("web-line-dropped", at(lines[0]), { text: lines[0]?.text ?? "" });
    if ((lines[0]?.text ?? "").includes(">") || isSpacedPathLine(lines[0])) pathed = true;
    lines = lines.slice(1);
  }
  const spacedKind = untitled ? spacedKindAt(lines) : -1;
  const overDateline = untitled && spacedKind < 0 ? headlineOverDateline(lines) : 0;
  // The lines a yearbook entry's name takes (0: none), read once for the chain below (a few tests
  // of the first lines).
  const yearbookTaken = untitled ? yearbookEntryNameLines(lines) : 0;
  if (spacedKind >= 0) {
    // `某县人民政府` / `通 告` / `2022年4月10日0—24时，…`: the kind, letter-spaced, is the notice's title;
    // the line over it names the issuer when it opens with the place (a name cut short,
    // `領導小組辦公室`, is left to the 落款).
    pageTitle = lines[spacedKind];
    const issuer = spacedKind === 1 ? lines[0] : undefined;
    if (issuer !== undefined && OPENS_WITH_PLACE.test(issuer.text)) headIssuer = issuer;
    else if (issuer !== undefined)
      warn("unrecognised-masthead-line", at(issuer), { text: issuer.text });
    lines = lines.slice(spacedKind + 1);
  } else if (overDateline > 0) {
    // `第03版：要闻 PDF版下载` / `某报客户端` / `兵在掌上阅 亮剑弹指间` / headline / `据新华社…电 …`.
    for (const l of lines.slice(0, overDateline - 1))
      warn("web-line-dropped", at(l), { text: l.text });
    pageTitle = lines[overDateline - 1];
    lines = lines.slice(overDateline);
  } else if (
    untitled &&
    kickerOverDateline(lines) &&
    isFigureKicker(lines[0]?.text ?? "", lines[1]?.text ?? "")
  ) {
    // `全年…挽回经济损失近2.96亿元` / `我省…白皮书发布` / `本报杭州3月15日讯…`: the main line is the title.
    pageTitle = lines[1];
    lines = [lines[0] as TextLine, ...lines.slice(2)];
  } else if (untitled && (kickerOverDateline(lines) || coupletKicker(lines))) {
    // `今年前7个月` / `某项基金收入约1.86万亿元` / `新华社北京9月15日电…`: kicker and main line, one headline.
    pageTitle = appendLine(
      { text: (lines[0] as TextLine).text, spans: [...(lines[0] as TextLine).spans] },
      "",
      lines[1] as TextLine,
    );
    lines = lines.slice(2);
  } else if (
    untitled &&
    lines.length > 1 &&
    /[。！？]/.test(lines[1]?.text ?? "") &&
    dashedKicker(lines[0]?.text ?? "") !== undefined
  ) {
    // `1至9月份，…增长6.0%——前三季度我市经济运行稳中提质`: the kicker stays in the text.
    const line = lines[0] as TextLine;
    const { dash, main } = dashedKicker(line.text) as { dash: number; main: number };
    pageTitle = sliceLine(line, main, line.text.length);
    lines = [sliceLine(line, 0, dash), ...lines.slice(1)];
  } else if (
    untitled &&
    lines.length > 2 &&
    isKicker(lines[0]?.text ?? "", lines[1]?.text ?? "") &&
    opensWithHeadline(lines.slice(1), crumbed)
  ) {
    // `作为全省便民服务平台，它不仅是…` / `12345：件件有落实 事事有回音`: the kicker stays in the text.
    pageTitle = lines[1];
    lines = [lines[0] as TextLine, ...lines.slice(2)];
  } else if (yearbookTaken > 0) {
    // `宣传部` / `宣传部` / `2019年，县委宣传部…。` / `【理论武装工作扎实深入】 …`: a yearbook entry's name
    // (printed twice, said once) over its text: the entry's title.
    if (yearbookTaken === 2) warnDropped(lines[1] as TextLine, "duplicate-line-dropped");
    pageTitle = lines[0];
    lines = lines.slice(yearbookTaken);
  } else if (untitled && isPictureCredit(lines[0]?.text ?? "")) {
    // `圖片來源於某局網站` over the lede: the credit of a picture the copy lost, no headline.
    warnDropped(lines[0] as TextLine);
    lines = lines.slice(1);
  } else if (untitled && isIssuerAlone(lines[0]?.text, lines[1]?.text)) {
    // `某县统计局` / `2023年，…。`: the issuer's name alone over the first paragraph, no headline.
    headIssuer = lines[0];
    lines = lines.slice(1);
  } else if (
    untitled &&
    lines.length > 1 &&
    // `经济信息` over a release: a column's name (read as the text's first heading), no headline.
    // (`您的当前位置：` / `物业管理` / `2016年，…。`: under a location label whose path was lost, a
    // yearbook entry's short name, {@link isEntryUnderBareLocation}.)
    (!isColumnName(lines[0]?.text ?? "") || isEntryUnderBareLocation(lines[0], webLines)) &&
    // `利用外资取得新进展` / `…。` / … / `外贸出口保持较快增长`: the head of the first part, no headline.
    !opensOnPartHead(lines) &&
    // (`某市首季财政进账263.7亿 增长8.3%` twice over its lede, a paragraph of sentences: a figure the
    // lede need not restate. Twice over a short line, `实现旅游收入8.5亿元。`, it keeps no title.)
    (opensWithHeadline(lines, crumbed || (printedTwice && isLedeUnder(lines[1]))) ||
      (pathed && opensWithHeadline(lines, true)))
  ) {
    const rest = lines[1] as TextLine;
    const broken = brokenTitle(
      lines[0] as TextLine,
      rest,
      lines.length > 2 && isBareHeading(rest.text, true),
    );
    pageTitle = broken.title;
    // `某市某区人民政府政务服务办公室` / `区政务服务办2020年度行政执法工作报告`: the issuer's line over a
    // report's name that names its issuer itself, before its year: the name alone is the title.
    if (
      broken.lines === 2 &&
      isPlacedIssuer((lines[0] as TextLine).text) &&
      SELF_ISSUED_REPORT.test(rest.text)
    )
      pageTitle = rest;
    // `某市某区人民政府政务服务办公室` / `2024年工作总结及2025年工作计划`: the issuer's line the title opens with.
    if (broken.lines === 2 && isPlacedIssuer((lines[0] as TextLine).text)) headIssuer = lines[0];
    // `工业增加值` / `2006年9月份工业增加值` (a line, or a table's caption with its unit after it): the
    // page's short name for its report over the report's dated title, which is the headline (the
    // caption keeps its table; the short name is said once).
    const fuller = rest.table?.caption ?? rest;
    const dated = broken.lines === 1 ? datedTitleAgain(broken.title.text, fuller.text) : undefined;
    if (dated !== undefined) {
      warnDropped(lines[0] as TextLine, "duplicate-line-dropped");
      pageTitle = sliceLine(fuller, 0, dated);
      lines = lines.slice(rest.table === undefined ? 2 : 1);
    } else lines = lines.slice(broken.lines);
  }
  // `食品医药产业促进会` between the headline and the first paragraph: the account that posted it.
  if (masthead.lines === 0 && pageTitle !== undefined && headIssuer === undefined) {
    if (isAccountLine(lines[0]?.text, lines[1]?.text)) {
      headIssuer = lines[0];
      lines = lines.slice(1);
    } else if (areIssuerLines(lines)) {
      // `某县统计局` / `国家统计局某县调查队`: a 公报's two issuers, the first its publisher.
      warn("unrecognised-masthead-line", at(lines[1]), { text: lines[1]?.text ?? "" });
      headIssuer = lines[0];
      lines = lines.slice(2);
    } else if (issuerOverHeading(lines, pageTitle.text) > 0) {
      // `某区统计局` / `一、综合`: a 公报's issuer alone over its first numbered section (a mark a copy
      // lost perhaps under it, `?`, no line of the text).
      const taken = issuerOverHeading(lines, pageTitle.text);
      for (const l of lines.slice(1, taken)) warn("web-line-dropped", at(l), { text: l.text });
      headIssuer = lines[0];
      lines = lines.slice(taken);
    } else if (
      YEARLESS_DAY_LINE.test(lines[0]?.text ?? "") &&
      isAccountLine(lines[1]?.text, lines[2]?.text)
    ) {
      // `（9月16日）` / `国家统计局`: the day the release was issued, its year not printed, over its
      // issuer (no date is made of the day).
      warn("unrecognised-masthead-line", at(lines[0]), { text: lines[0]?.text ?? "" });
      headIssuer = lines[1];
      lines = lines.slice(2);
    }
  }
  // A masthead without a name (`第11期` / `某局 2016年5月24日`) over the report's headline, the
  // headline perhaps broken over two lines (`关于对…的` / `督查情况`).
  let mastheadLines = masthead.lines;
  if (
    masthead.lines > 0 &&
    masthead.title === undefined &&
    pageTitle === undefined &&
    page.title === undefined &&
    opts.publication.title === undefined
  ) {
    const headline = lines[masthead.lines];
    const rest = lines[masthead.lines + 1];
    // (Over its reporter's bracketed byline a news headline may hold a figure.)
    const bylined = rest !== undefined && BRACKETED_BYLINE.test(rest.text);
    if (headline !== undefined && isBareHeading(headline.text, bylined)) {
      const broken = brokenTitle(headline, rest, rest !== undefined && isBareHeading(rest.text));
      if (
        broken.lines === 2 ||
        isReportHeadline(headline.text) ||
        // `2020年05月15日` / `某市法院发挥示范效应` / `本报某市电（记者 王某）…`: a news headline
        // under the page's date, over its datelined lede.
        (headline.text.length >= MIN_DATELINED_HEADLINE &&
          rest !== undefined &&
          (bylined || NEWS_DATELINE.test(rest.text)))
      ) {
        pageTitle = broken.title;
        mastheadLines += broken.lines;
      }
    }
  }
  // `标题_栏目_某市人民政府`: a page's title with the site's (and column's) name after it;
  // `标题.docx`: a shared file's name with its kind; `2024年某县…统计公报 2024`: an archive's year tag;
  // `标题 列印`: the page's print link.
  if (pageTitle !== undefined) {
    const cut =
      siteNameAt(pageTitle.text) ??
      dashedSiteNameAt(pageTitle.text) ??
      fileKindAt(pageTitle.text) ??
      archiveYearTagAt(pageTitle.text) ??
      runOnPageDateAt(pageTitle) ??
      printLinkAt(pageTitle);
    if (cut !== undefined) pageTitle = cutLine(pageTitle, cut);
    // `Page 354 - 武义年鉴2022`: a flipbook reader's page label, the book's name after it;
    // `名称：…`, `主题：…`: the label of the field the headline is printed in.
    const named = headlineLabelEnd(pageTitle.text);
    if (named !== undefined) {
      warn("web-line-dropped", offsetAt(pageTitle, 0), {
        text: pageTitle.text.slice(0, named).trim(),
      });
      pageTitle = sliceLine(pageTitle, named, pageTitle.text.length);
    }
  }
  if (pageTitle && masthead.title) {
    // The masthead names the bulletin; the page's title names this report.
    warn("web-line-dropped", offsetAt(pageTitle, 0), { text: pageTitle.text });
  }
  // The 落款 closing the text names the issuer and the date when nothing before it does.
  let body = lines.slice(mastheadLines);
  // A document under the notice that issues it: the notice names it, its office and its date.
  const cover = readCoverNotice(body);
  // (A date alone closing a news page's text dates it when the page's foot was printed under it.)
  const signature = readSignature(body, (line) => {
    const from = offsetAt(line, 0) ?? Number.POSITIVE_INFINITY;
    return webLines.some((w) => (offsetAt(w, 0) ?? -1) > from);
  });
  if (signature) {
    const printed = signature.issuerLines ?? [];
    body = body.filter(
      (l) => l !== signature.publisher && l !== signature.date && !printed.includes(l),
    );
    warn("signature-read", at(signature.publisher ?? signature.date), {
      publisher: signature.publisher?.text ?? "",
      date: signature.date.text,
    });
  }
  // A newspaper's credit closing a copied report (`《某报》（2021年06月17日 第02版）`).
  const credit = footCredit(body);
  // `2021年10月8日，某县…工作进程报告`: a daily report's title that states its day.
  const titleDay = dayOfTitles([masthead.title?.text, pageTitle?.text, page.title]);
  // `疫情简报 (第11期) 某中心 编 2014年12月12日 …`: a masthead a document site flattened onto one line.
  // Where the masthead reader took that line (the report's first `一、` split off it), the run-in
  // reading of its body and day (its whole shape: series, number, body and 编, day) is the one.
  const runInRead = runInMasthead(allLines);
  const runIn =
    masthead.lines === 0 ||
    runInRead?.publisher !== undefined ||
    runInRead?.publishedOn !== undefined
      ? runInRead
      : undefined;
  const runInTaken = masthead.lines > 0 ? runIn : undefined;
  const publishedFromText =
    runInTaken?.publishedOn ??
    masthead.publishedOn ??
    // (A masthead run in with its body and day dates the issue, not the day a site put the file up.)
    (runIn?.publisher === undefined ? undefined : runIn.publishedOn) ??
    page.publishedOn ??
    masthead.stampedOn ??
    runIn?.publishedOn ??
    masthead.deliveredOn ??
    cover?.publishedOn ??
    signature?.publishedOn ??
    credit?.publishedOn ??
    titleDay;
  const publishedOn0 = publishedFromText ?? opts.issue.publishedOn;
  // `year` is the 2026年 of a masthead's `2026年第3期`: only what the text (or the options) say.
  // A masthead that prints `第9期` has none; dates then take their year from the issue date.
  // A page's title that states the issue (`…简报（2024年第5期）`) when the masthead does not.
  const titled0 =
    masthead.lines === 0
      ? { ...headIssue, ...definedOnly(titleIssueNumbers(pageTitle?.text ?? page.title ?? "")) }
      : {};
  const statedYear =
    masthead.year ??
    titled0.year ??
    page.year ??
    page.journalIssue?.year ??
    runIn?.year ??
    opts.issue.year;
  const referenceYear = opts.referenceYear ?? statedYear ?? yearOf(publishedOn0) ?? yearTag;
  /** The year the spans the text states without one fall in: the issue's, else the page's tag. */
  const spanYear = statedYear ?? yearTag;

  const ownIds = new Set(opts.departments.map((d) => d.id));
  // Sichuan's bodies are read in a text that names Sichuan or one of its cities: elsewhere a
  // `省统计局` is the text's own province's, and is recognised by its shape, as printed.
  const sichuan =
    namesSichuan(`${opts.publication.title ?? ""} ${opts.publication.publisher?.name ?? ""}`) ||
    [allLines, webLines].some((ls) => ls.some((l) => namesSichuan(l.text)));
  const matcher = new DepartmentMatcher(
    opts.departmentsMode === "replace"
      ? opts.departments
      : [
          ...opts.departments,
          ...knownDepartments.filter(
            (d) => !ownIds.has(d.id) && (sichuan || !SICHUAN_IDS.has(d.id)),
          ),
        ],
  );
  const ctx: BodyContext = {
    matcher,
    departments: new Map(),
    metrics: [],
    metricsMode: opts.metrics,
    warn,
    referenceYear,
    masthead: masthead.lines > 0 || pageTitle !== undefined || page.title !== undefined,
  };
  const headlineText = masthead.title?.text ?? pageTitle?.text ?? page.title;
  if (headlineText !== undefined) ctx.headline = headlineText.replace(/\s+/g, "");
  else if (!ctx.masthead && !isColumnName(body[0]?.text ?? ""))
    ctx.opensOnPartHead = opensOnPartHead(body);
  const tail: TailData = { distribution: {}, ignored: [] };
  const drafts = readBody(body, ctx, tail);
  for (const { text: field, offset } of tail.ignored) {
    warn("ignored-tail-field", offset, { text: field });
  }

  // Publication.
  const printedTitle =
    masthead.title?.text ??
    pageTitle?.text ??
    page.title ??
    cover?.title ??
    opts.publication.title ??
    // `…10.65亿元。（原标题：…）`, `…。 原标题：创新高！…370余万辆 编辑：某某`, `【原题目：…监测分析】`: a
    // repost's note naming its original headline.
    repostedTitle(body) ??
    // `热线反映` / … / `某某周报（2022年6月25日—7月1日）` / `受理`: a dated report's name under another part.
    datedReportHeading(drafts.map((s) => s.title));
  // `…工作总结工作总结 2021年上半年…工作总结`: a title printed twice and run together, said once;
  // `第1篇 …工作总结`: a document site's count of its articles before it, left out;
  // `…投入防洪(主题)`: a paper's headline with its line's role after it, the role left out.
  // `某市统计局` / `（2023年4月）` opening the copy: the issuer over its month of release, no title.
  const title =
    printedTitle === undefined ||
    (printedTitle === allLines[0]?.text.trim() && opensOnIssuerOverMonth(allLines))
      ? undefined
      : withoutHeadlineRole(withoutArticleOrdinal(withoutRepeatedOpening(printedTitle)));
  if (title === undefined) warn("missing-title", firstAt);
  let publisher: Organization | undefined;
  // A report's title that opens with its issuer: `辛集市市场监督管理局…2025年11月份…分析`.
  const headline = masthead.title ? undefined : (pageTitle?.text ?? page.title);
  // (A body named by its level alone, `县安委会…`, `市统计局…`, is the page's county's or city's:
  // which one the headline does not say, and it names no publisher.)
  const opener = headline === undefined ? undefined : matcher.match(headline, 0, true);
  const titled = opener?.guessed && LEVEL_ONLY.test(opener.form) ? undefined : opener;
  // `2024年某市市场监督管理局…分析报告`: a report's name, the year it covers before its issuer.
  const yearLed = headline ?? masthead.title?.text;
  const lead = yearLed === undefined ? null : YEAR_LEAD.exec(yearLed);
  const ledBy =
    lead === null ? undefined : matcher.match((yearLed as string).slice(lead[0].length), 0, true);
  // `国家统计局：11月…增长0.9%` over `某某商报讯（记者…）…`: a headline quoting a body (its name and a colon)
  // over a lede its outlet's dateline opens: the body is the news' source, the outlet the copy's
  // (a body no dictionary names too, `中国某某局：…`, {@link QUOTED_ISSUER}).
  const quotes =
    headline !== undefined &&
    titled !== undefined &&
    QUOTED_BODY_MARK.test(headline.charAt(titled.form.length)) &&
    headline.startsWith(titled.form);
  const quotedBy =
    headline !== undefined && (quotes || QUOTED_ISSUER.test(headline))
      ? ledeDatelineOutlet(body[0]?.text)
      : undefined;
  const issuerText =
    runInTaken?.publisher ??
    // `县审计局局长 某某` on a page whose field names `某某县审计局`: the page's fuller name.
    placedIssuer(masthead.publisher?.text, page.publisher) ??
    headIssuer?.text ??
    page.publisher ??
    quotedBy ??
    // `住建部：2021年建筑业总产值…`: a body a news headline quotes is its news' source, not the page's
    // publisher (a qualified one, `某省邮政管理局：…`, {@link issuerOfTitle} reads).
    (quotes ? undefined : titled?.form) ??
    (ledBy?.guessed && LEVEL_ONLY.test(ledBy.form) ? undefined : ledBy?.form) ??
    // A masthead's name that is a document's title names its issuer too (`某办公室关于…的通报`).
    issuerOfTitle(headline ?? masthead.title?.text, body) ??
    cover?.publisher?.text ??
    signature?.publisher?.text ??
    runIn?.publisher ??
    // `消息来源:某某证券报 某某证券网讯 据…，…。`: the lede's own source label opening it names the
    // source before any dateline run on after it.
    labelledLedeSource(body) ??
    reportedBy(body[0]?.text) ??
    reporterLedOutlet(body[0]?.text) ??
    // `(某某广播电视台全媒体记者周某报道)近日,…`: the reporters' outlet credited over the lede.
    (body[0] === undefined ? undefined : openingCreditOutlet(body[0].text)) ??
    datelineAfterTeasers(body[0]) ??
    // `…介绍有关情况。王某摄` joined over `中新网某市9月10日电 …`: the dateline under a photo's caption.
    datelineAfterCaption(body[0]) ??
    datelineUnderFurniture(body) ??
    datelineUnderShortLine(body) ??
    // `中国天气网 12月以来，…`: the outlet's name set off by a space before the lede's opening clause.
    outletSpacedBeforeLede(body[0]) ??
    // `某某融媒  王某 李某  为壮大…，…`: the outlet and its reporters set off by spaces over the lede.
    outletReportersLede(body[0]) ??
    // `…会议。` / `某某报讯（记者 王某）…`: a dateline under a copy's captions and sub-headlines.
    datelineUnderCaptions(body);
  // (`2021年XX乡人民政府关于…`: a template's placeholder names no body.)
  const publisherText = unlessPlaceholder(issuerText);
  if (publisherText !== undefined) {
    // `某中心??????2020年4月8日`: the spaces a copy whose encoding failed printed as `?` after the name.
    const name = publisherText.replace(LOST_SPACES_END, "");
    const known = matcher.lookup(name);
    publisher = known
      ? {
          name: known.name,
          ...(known.shortName === undefined ? {} : { shortName: known.shortName }),
        }
      : { name };
  } else {
    // A news page's issuer alone under its last paragraph, when nothing above names one.
    const footText =
      footIssuer(body) ??
      credit?.name ??
      bylinePaper ??
      siteNameAtop(allLines, title) ??
      // `某市审计局` / `当前位置：首页 > …`: a department's own site, its name atop the breadcrumb.
      officeSiteAtop(allLines, webLines) ??
      // `您现在的位置:某某网 > 旅游 > 正文` over `据某局消息，…`: a news site's copy of an office's news,
      // the site's name opening its breadcrumb.
      (creditsOfficialSource(body[0]?.text) ? breadcrumbOutlet(webLines) : undefined) ??
      // `某某工作汇报材料` / `——某县广播电视台`: the body that wrote the report, dashed under its title.
      dashedIssuerUnderTitle(allLines, title) ??
      // `某市统计局` / `（2023年4月）`: a statistics bulletin's issuer over its month of release.
      issuerOverMonth(allLines) ??
      // `某市统计局 (二○二○年三月十八日) 2019年，…`: the same, run on into the first paragraph.
      issuerReleaseRunOn(allLines) ??
      // `主办单位:某市生态环境局` in the site's footer: a department's site hosts its own pages.
      footerHost(webLines) ??
      footerHost(allLines.slice(-FOOTER_REACH), [...allLines.slice(-FOOTER_REACH), ...webLines]) ??
      // `6月3日，某市商务局消息，…`: the body a lede opens on, giving out its news as its own.
      bodyAnnouncingLede(body) ??
      // `某区人民政府办公室` / `2021年3月5日` / `附件1`: a body's sign-off over its day, text after it.
      issuerOverDay(allLines);
    const foot = unlessPlaceholder(footText);
    publisher = foot === undefined ? opts.publication.publisher : { name: foot };
  }
  if (publisher === undefined) warn("missing-publisher", firstAt);
  const frequency = opts.publication.frequency ?? guessFrequency(title ?? "");
  const publication: BulletinDraft["publication"] = { ...opts.publication };
  if (title !== undefined) publication.title = title;
  if (publisher !== undefined) publication.publisher = publisher;
  if (frequency !== undefined) publication.frequency = frequency;

  // Issue.
  const issue: BulletinDraft["issue"] = { ...opts.issue };
  const printedNumber =
    masthead.number ??
    page.number ??
    titled0.number ??
    page.journalIssue?.number ??
    // `防汛工作简报（3）` as the masthead's name: its series number.
    (masthead.title === undefined ? undefined : titleIssueNumbers(masthead.title.text).number) ??
    // `第 八 期 某县…完成情况.docx`: the page's issue attached as a file that names its number.
    attachmentIssueNumber(allLines, title) ??
    runIn?.number;
  // `某某旅游信息通报（第三号）`, `省防指发布第15号汛情通告`: a notice's number in its series.
  const notice =
    printedNumber === undefined
      ? noticeNumber([masthead.title?.text, pageTitle?.text, page.title], allLines)
      : undefined;
  const number = printedNumber ?? notice?.number ?? opts.issue.number;
  if (number === undefined) warn("missing-issue-number", firstAt);
  else issue.number = number;
  const totalNumber = masthead.totalNumber ?? titled0.totalNumber ?? page.totalNumber;
  if (totalNumber !== undefined) issue.totalNumber = totalNumber;
  if (masthead.supplement) issue.supplement = true;
  // (A span's dash set as a horizontal bar, `1―5月`, reads as the dash: bar-dash.ts.)
  const titles = [masthead.title?.text, pageTitle?.text, page.title].map(barAsDash);
  // The report's first lines under the masthead: where an opening states its span.
  // (A news report's dateline and lead-in — `记者…获悉，` — go first: `2015年，…` then opens it.)
  // Its markers and bullets go too (`一、截至2015年8月底，…`, `◆1-12月，…`, `（一）总体情况：2023年，…`).
  // A numbered photo's caption among them (`图32 2008年12月，市妇联召开…`) states the day of its
  // photo, not the report's span: it goes.
  const opening = lines
    .slice(masthead.lines, masthead.lines + 8)
    .filter((l) => !NUMBERED_PHOTO_CAPTION.test(l.text) && !isTitlePiece(l.text, titles))
    .map((l) => withoutLeadIn(withoutOpeningMarks(barAsDash(l.text))));
  // A line opening with a span without its year (`1-12月，…`) under an issue that states the year:
  // what the lines before it state goes first, then that span (before what later lines state,
  // `对我区2020年12月工单…考核`).
  const yearlessAt =
    spanYear === undefined ? -1 : opening.findIndex((t) => YEARLESS_SPAN.test(t.trimStart()));
  const before = yearlessAt < 0 ? opening : opening.slice(0, yearlessAt);
  let period: DateSpan | undefined =
    (masthead.periodText === undefined
      ? undefined
      : readPeriodText(masthead.periodText, referenceYear)) ??
    opts.issue.period ??
    periodFromTitles(drafts) ??
    reviewedYear(drafts) ??
    // `2019知识产权统计年报`: the year a statistical annual report's heading names.
    statisticalReportYear([...titles, drafts[0]?.title]) ??
    // `岳阳统计数据集(2022年)`: the year before a statistical yearbook's volume, which its tables count.
    statisticalYearbookYear(titles) ??
    statedPeriod([...titles, ...head.map((l) => l.text)]) ??
    dottedDaysOfIssue(titles, spanYear) ??
    // `2023年7月20日在省…常委会第五次会议上`: the day a report was delivered, not its span; nor
    // `2020年2月2日宜登记结婚？…`, the day a headline asks about.
    (titleDay === undefined || titles.some((t) => isDeliveredDateline(t) || isAskedDayHeadline(t))
      ? undefined
      : { kind: "day", date: titleDay }) ??
    // `2008-2012年全市…情况`: the whole years a title's span names, not its last year alone.
    yearSpanOfTitles(titles) ??
    // `2017年的春运将从1月13日开始，至2月21日结束`: the days of a travel rush its report covers.
    travelRushSpan([...titles, ...opening]) ??
    bareYearOfTitles(titles) ??
    // `某局2021年工作总结和2022年工作计划` over `预计2021年前三季度，…`: the summary's year.
    summaryYearOfTitles(titles) ??
    // `2022卷` over a yearbook's entry stating `2021年，…`: the year the volume records.
    yearbookRecordedYear(yearbookVolume(webLines), opening) ??
    // `【市政道路建设】2021年，…` opening a catalogued entry (its name taken as the title): the year its
    // text records, as an entry's printed so ({@link entryYear}).
    (catalogued === undefined
      ? undefined
      : entryYear(before.slice(0, 1).map((t) => `【${catalogued.title.text}】${t}`))) ??
    // `2022年4月10日0—24时，…`: a daily report's day (`…1日00:00--31日24:00，`: its days).
    daysOfWholeHours(opening) ??
    openingYearOrDaySpan(opening) ??
    // `2018年11月15日当天，…共接听市民来电5588个`: the one day a paragraph opens by counting.
    openingOneDay(opening) ??
    // `2021年3月8日，本市场32种蔬菜的平均批发价格5.12元/公斤`: the day a daily price report prices.
    priceReportDay(opening) ??
    yearOfTitles(titles) ??
    spanLaterInTitles(titles) ??
    // `2019年8月底全省存款余额情况`: the month whose end a title's balances are held at.
    monthEndOfTitles(titles) ??
    // A holiday's days (`2025年端午节期间(5月31日至6月2日)`) before the year the line opens with.
    holidayDaysOfStatedYear(titles, opening) ??
    // `截至2015年8月底，累计完成…`: the months from January up to the month a report counts to.
    cumulativeToMonthEnd(opening) ??
    // `某局1-9月投诉举报情况分析` over `截止2018年9月底，…`: the title's months in the cutoff's year.
    titleMonthsToCutoff(titles, opening) ??
    // `…发布的《2018年中国气候公报》显示`: the year of the yearly report a news copy covers.
    releasedReportYear(opening) ??
    // `国家统计局公布2024年全国早稻数据，`: the year of the figures a news copy says were released.
    releasedYearData(opening) ??
    // `四川省“十三五”地方志工作综述`: the five years of the plan a review covers.
    fiveYearPlanSpan(
      titles,
      lines.slice(masthead.lines, masthead.lines + 3).map((l) => l.text),
    ) ??
    // `【保密宣传教育】1992年，全区…` opening a yearbook's entry: the year its first part records, not the
    // days of an event a later part dates (`【…培训】地区保密局于1992年5月5日至12日…`).
    entryYear(before.slice(0, 1)) ??
    statedPeriod(
      before.map((t) => t.slice(0, 200)),
      true,
    ) ??
    (yearlessAt < 0 || spanYear === undefined
      ? undefined
      : openingSpanOfIssueYear(
          opening.slice(yearlessAt, yearlessAt + 1),
          spanYear,
          publishedOn0,
          false,
        )) ??
    (yearlessAt < 0
      ? undefined
      : statedPeriod(
          opening.slice(yearlessAt).map((t) => t.slice(0, 200)),
          true,
        )) ??
    // `。据了解，2017年，某县…共27个`: a sentence of the opening a hearsay lead-in opens.
    hearsayYear(opening) ??
    // `全面总结2021年街道工作成绩`: the year a meeting's news says it reviewed.
    reviewedYearOfMeeting(opening) ??
    yearAloneInTitles(titles);
  if (period === undefined && spanYear !== undefined) {
    period =
      openingSpanOfIssueYear(opening, spanYear, publishedOn0, frequency === "weekly") ??
      monthOfIssueYear(lines.slice(masthead.lines), spanYear, publishedOn0);
  }
  // `我受…委托，向…报告2022年度…审计情况`: the year the opening says it reports on.
  period ??= reportedYear(opening.map((t) => t.slice(0, 200)));
  // `下面，我简要介绍一下2022年上半年…工作情况`: the span a speaker says they introduce.
  period ??= introducedSpan(introducedSpanText(opening));
  // `【概况】2016年，某市财政运行总体平稳…`: the year a yearbook entry's part records.
  period ??= entryYear(opening);
  // `…“连心桥”。2025年，某旗12345热线全年共受理诉求11877件`: the year a later sentence of the lede
  // opens with, giving its counts.
  period ??= laterSentenceYear(opening);
  // `2014年末，全市有医疗卫生机构10265家`: the year whose end a yearly report counts its stock at.
  period ??= yearEndStockYear(opening);
  // `…某县2017年烟叶收购工作圆满结束。`: the year of a round of work a news lede says is completed.
  period ??= completedWorkYear(opening);
  // `现将2020年11月1日零时我区人口普查的基本情况公布如下`, `以2015年11月1日零时为标准时点`: the year of the
  // moment a census counts at (since 2026-12-08).
  period ??= censusMomentYear(opening);
  // `刚刚过去的2009年，是很不平凡的一年`, `2022年是某区发展极不平凡的一年，…`: the year a speech or a
  // summary frames as behind it.
  period ??= framedYear(opening, publishedOn0);
  // A period the caller supplied (`options.issue.period`) stands as given: what the opening says
  // narrows only a period read from the text (`1月，…` under a masthead's year is an item's month).
  if (period !== opts.issue.period) {
    // `现将2022年1-2月份…通报如下` under `2022年2月份…通报`: the months the opening says it reports.
    if (period !== undefined) period = announcedMonths(period, opening);
    // `某省一季度林业产值同比增长12%` over `2021年，某省…`: the part of the year its title names.
    if (period !== undefined) period = titlePartOfYear(period, titles);
    // `2021年是…开局之年。1-5月，…`: the months from January the sentence after a year's frame counts.
    if (period !== undefined) period = framedYearMonths(period, opening);
    // `2015年某省安全生产形势开局良好` over `今年1月，全省…`: the months from January its lede opens with.
    if (period !== undefined) period = ledeMonthsOfYear(period, opening);
    // `…公布了今年1-9月通信业运行状况` over `2010年9月，…`: the months from January the lede names.
    if (period !== undefined) period = monthsFromJanuaryToMonth(period, titles, opening);
    // `（2023年4月）` under a statistics bulletin's issuer over `2022年，…`: the month it was released.
    if (period !== undefined)
      period = yearBeforeReleaseMonth(
        period,
        lines.slice(0, masthead.lines + 4).map((l) => l.text),
        opening,
      );
    // `9月全国环保举报办理情况公布` over `2018年1-9月…。2018年9月，…`: the month the title names.
    if (period !== undefined) period = titleMonthOfMonths(period, titles, opening);
    // `《2024年3季度…统计数据》` over `本年前三季度，…`: a quarter's cumulative figures, from January.
    if (period !== undefined) period = quartersSoFar(period, opening);
    // `2026年全省商务工作会议…，总结2025年工作`: the year before the meeting's own that it reviewed.
    if (period !== undefined) period = meetingReviewedYear(period, titles, opening);
  }
  // `表14—16 各类医院基本情况（2020年）` opening a text without a title: the period its table's caption
  // names, when nothing else states one.
  if (period === undefined) {
    const caption = leadingTableCaption(drafts, titles);
    if (caption !== undefined) period = statedPeriod([caption]) ?? yearAloneInTitles([caption]);
  }
  if (period === undefined) period = guessPeriod(drafts, frequency, publishedOn0, warn, firstAt);
  if (publishedOn0 === undefined) warn("missing-publication-date", firstAt);
  else issue.publishedOn = publishedOn0;
  // `审计署2016年第28号公告`: the year the notice's number is counted in, where nothing else states
  // the issue's year (since 2026-12-08).
  const issueYear = statedYear ?? notice?.year;
  if (issueYear !== undefined) issue.year = issueYear;
  if (period !== undefined) issue.period = period;
  if (tail.editor !== undefined) issue.editor = tail.editor;
  if (tail.signer !== undefined) issue.signer = tail.signer;
  if (tail.copies !== undefined) issue.copies = tail.copies;

  const departments: Department[] = [...ctx.departments.values()].map(
    ({ department: d, forms }) => {
      const out: Department = { id: d.id, name: d.name };
      if (d.shortName !== undefined) out.shortName = d.shortName;
      const aliases = [...forms].filter((f) => f !== d.name && f !== d.shortName);
      if (aliases.length > 0) out.aliases = aliases;
      return out;
    },
  );

  const sections = drafts.map((s) => toSection(s, warn));
  // `一、原保险保费收入27449.58亿元，同比下降0.74%`: figures a heading or the title prints, as metrics.
  addHeadingFigures(ctx, title, sections);
  const bulletin: BulletinDraft = {
    schemaVersion: SCHEMA_VERSION,
    publication,
    issue,
    departments,
    metrics: ctx.metrics as Metric[],
    sections,
  };
  const distribution = tail.distribution as Distribution;
  if (Object.keys(distribution).length > 0) bulletin.distribution = distribution;
  return bulletin;
}

function toSection(s: SectionDraft, warn: Warn): Section {
  if (s.items.length === 0) warn("empty-section", s.at, { title: s.title });
  const section: Section = { title: s.title, items: s.items.map(toItem) };
  if (s.kind !== undefined) section.kind = s.kind;
  return section;
}

function toItem(d: ItemDraft): Item {
  const item: Item = { body: d.body };
  if (d.title !== undefined) item.title = d.title;
  if (d.date !== undefined) item.date = d.date;
  if (d.refs.length > 0) item.departmentRefs = d.refs;
  return item;
}

const yearOf = (iso: string | undefined): number | undefined =>
  iso !== undefined && inYearRange(iso) ? Number(iso.slice(0, 4)) : undefined;

/** The last day of a span (format's dateSpanBounds; spans read here are real dates). */
const spanEnd = (span: DateSpan): string => dateSpanBounds(span)[1];

/** The shortest piece of a title {@link isTitlePiece} takes for the title printed again. */
const MIN_TITLE_PIECE = 4;

/**
 * Whether `text` is a piece of one of `titles` printed again over the report, broken over lines
 * (`2022年区政府工作报告目标任务` / `半年完成情况` under `2022年…目标任务半年完成情况`): no clause's mark
 * in it, at least {@link MIN_TITLE_PIECE} characters. The report's opening starts under it: the
 * title's own period is read from the titles.
 */
function isTitlePiece(text: string, titles: readonly (string | undefined)[]): boolean {
  const piece = text.trim();
  if (piece.length < MIN_TITLE_PIECE || CLAUSE_MARKS.test(piece)) return false;
  return titles.some((t) => t !== undefined && t !== piece && t.includes(piece));
}

/**
 * `2025年9月总体运行情况` → September 2025; `2025年第一季度` → its three months. A note about the page
 * heading the first section (`（经2024年3月28日…会议审议通过）`: {@link isFrontNote}) states none.
 */
function periodFromTitles(sections: SectionDraft[]): DateSpan | undefined {
  for (const s of sections.slice(0, 1)) {
    if (isFrontNote(s.title)) continue;
    const m = /(\d{4})年(\d{1,2})月/.exec(s.title);
    if (m) {
      const month = Number(m[2]);
      if (month >= 1 && month <= 12 && Number(m[1]) >= YEAR_RANGE.min) {
        return { kind: "month", month: `${m[1]}-${String(month).padStart(2, "0")}` };
      }
    }
    const q = /(\d{4})年第([一二三四1-4])季度/.exec(s.title);
    if (q && Number(q[1]) >= YEAR_RANGE.min) {
      const n = "一二三四".indexOf(q[2] as string) + 1 || Number(q[2]);
      const start = `${q[1]}-${String(n * 3 - 2).padStart(2, "0")}-01`;
      return {
        kind: "range",
        start,
        end: spanEnd({ kind: "month", month: `${q[1]}-${String(n * 3).padStart(2, "0")}` }),
      };
    }
  }
  return undefined;
}

/**
 * `一、2021年工作回顾`, `2021年及本届政府工作回顾`, `2025年和“十四五”工作回顾`: the part of a government
 * work report that reviews a year's work. Its heading names the year the report reports on; the
 * title's year is the year it plans for (`2022年政府工作报告`, delivered in 2022 on 2021's work).
 * A summary's part that sums a year up (`一、2024年工作总结` under `某局工作总结及下一年工作打算`) alike.
 */
const REVIEW_HEADING = /^(\d{4})年度?(?:(?:和|及|暨)[^，。；]{1,12})?工作(?:回[顾顧]|[总總][结結])/;
/** How many sections a report's review may come after (a cover notice, the speaker's line). */
const MAX_REVIEW_SECTION = 8;

/** The year a report's review heading names ({@link REVIEW_HEADING}), among its first sections. */
function reviewedYear(sections: readonly SectionDraft[]): DateSpan | undefined {
  for (const s of sections.slice(0, MAX_REVIEW_SECTION)) {
    const m = REVIEW_HEADING.exec(s.title);
    const year = m === null ? undefined : yearOf(`${m[1]}-01-01`);
    if (year !== undefined) return { kind: "year", year };
  }
  return undefined;
}

/** The span of a speaker's announced span's text (`2022年上半年`, `2022年`), or undefined. */
function introducedSpan(text: string | undefined): DateSpan | undefined {
  if (text === undefined) return undefined;
  const year = /^(\d{4})年度?$/.exec(text)?.[1];
  if (year === undefined) return statedPeriod([text]);
  return inYearRange(`${year}-01-01`) ? { kind: "year", year: Number(year) } : undefined;
}

/**
 * The period a title or a report's opening states with its year: `2025年第一季度` (or
 * `2025年一季度`, `2025年4季度`), `2025年前三季度` (January to September), `2023年一至三季度` (or two listed:
 * `2023年第三、四季度`),
 * `2022年1-7月份` (or `2011年1—12个月`), `2025年1月至8月`, `2024年12月—2025年2月`, `2024年第28周（7月8日—7月14日）` (or two
 * weeks: `第25-26周（…）`; the days before the note `，下同`, "the same below", too:
 * `第34周（2021年8月23日-2021年8月29日，下同）`), `2018年7月`, `2024年上半年` (or `2024年半年度`, `2024年半年工作总结`), `2024年全年`, `2018年前8个月` (or `前八月`),
 * days with dots or dashes
 * (`（2024.7.8—7.14）`, `2024-07-08至2024-07-14`),
 * `（2016年3月4日—3月10日）` (times of day after the days aside: `2019年6月28日12:00至2019年7月12日12:00`;
 * `2018年1月1日起，截至12月3日` too),
 * `2025年11月12345热线…` (a month before a number that is no day; not `12月底`, a point in time, nor
 * `5月以来`, where a count starts).
 * A year's final accounts (`2021年度镇财政决算`, a few words without a digit or mark before `决算`) state
 * that whole year.
 * The first one stated wins. In a report's opening lines (`opening`), its first sentence opening
 * with a year alone (`2015年，全县…`, `2022年全省…累计完成…`) states that year, and a half year or quarter
 * stated later in the year's clause (`对2025年《政府工作报告》…上半年工作…`) that span.
 */
function statedPeriod(texts: (string | undefined)[], opening = false): DateSpan | undefined {
  // Whether a sentence came before: only the report's first sentence states its year alone.
  let spoken = false;
  for (const printed of texts) {
    if (printed === undefined) continue;
    const text = arabicDates(printed);
    let first: number | undefined;
    const re =
      /(?<year>\d{4})年度?(?:第?(?<quarter>[一二三四1-4])季度|前(?<quarters>[一二三])季度|前(?<firstMonths>\d{1,2})个?月|第?(?<qFrom>[一二三四1-4])(?<qSep>\s*[-—–~～至到]\s*|、第?)(?<qTo>[一二三四1-4])季度|第\d{1,2}(?:\s*[-—–~～至到]\s*\d{1,2})?周（(?<week>[^）]{4,30}?)(?:[，,]\s*下同)?）|(?<crossFrom>\d{1,2})月份?\s*[-—–~～至到]\s*(?<year2>\d{4})年(?<crossTo>\d{1,2})月|(?<from>\d{1,2})\s*[-—–~～至到]\s*(?<to>\d{1,2})个?月|(?<fromMonth>\d{1,2})月份?\s*[-—–~～至到]\s*(?<toMonth>\d{1,2})月|(?<xunMonth>\d{1,2})月(?<xun>[上中下])旬|(?<month>\d{1,2})月(?!\d{1,2}(?:日|\s*[—–\-~～至到])|[上中下底末]|份?以[来來])|(?<half>[上下])半年|(?<halfYear>半年度|半年(?=(?:[经經][济濟])?工作|总结|總結))|(?<whole>全年)|(?<accounts>[^，。；,;\d年]{0,8}?[决決]算)|(?<days>\d{1,2}月\d{1,2}(?:日(?:\s*\d{1,2}(?:[:：]\d{2}|时))?)?\s*(?:起?[—–\-~～至到]|起[，,]\s*截[至止])\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日))/g;
    for (const m of text.matchAll(re)) {
      first ??= m.index;
      const g = m.groups ?? {};
      const year = Number(g.year);
      if (year < YEAR_RANGE.min) continue;
      // `自2016年8月…以来`, `截至2024年6月`: where a count starts or stops, not the span reported on;
      // `从2020年1月28日至3月6日止`, `自2023年1月至6月` name both ends, a span.
      const before = text.charAt(m.index - 1);
      const bothEnds =
        g.days !== undefined ||
        g.from !== undefined ||
        g.fromMonth !== undefined ||
        g.crossFrom !== undefined ||
        g.qFrom !== undefined;
      if (oneOf("至止", before) || (oneOf("自从", before) && !bothEnds)) continue;
      // `…现场会于2022年9月份在我市召开`: the month an event took place in (`于` alone before it), not
      // the span reported on; `于2022年1-9月`, `于2022年上半年` still are spans, and so is the month
      // after a word ending in `于` (`关于2016年1月…的通报`, `对于`, `由于`…).
      if (
        g.month !== undefined &&
        oneOf("于於", before) &&
        !oneOf("关關对對至由属屬基鉴鑒处處位等", text.charAt(m.index - 2))
      )
        continue;
      // `召开2024年8月份例行新闻发布会`, `舉行2020年第一季度例行發布會`: the month or quarter a routine
      // press conference is held in, not the span it reports (`通报2024年7月份…状况`, `2019年全國…` follow).
      if (
        (g.month !== undefined && PRESS_CONFERENCE_AFTER.test(text.slice(m.index + m[0].length))) ||
        (g.quarter !== undefined &&
          ROUTINE_CONFERENCE_AFTER.test(text.slice(m.index + m[0].length)))
      )
        continue;
      // `与2020年上半年相比`, `较2019年一季度`: the base a comparison is made with, not the span reported.
      if (oneOf("与與较較比", before)) continue;
      // `2019年，贵州加快…的步伐。2019年5月，“一云一网一平台”建成上线，…`: an opening whose first
      // sentence states its year alone, then dates a later sentence's event by a month of that
      // year.
      if (opening && !spoken && g.month !== undefined && isEventMonthOfYear(text, m.index, year))
        continue;
      const pad = (n: number): string => String(n).padStart(2, "0");
      const monthSpan = (a: number, b: number): DateSpan | undefined => monthsOfYear(year, a, b);
      const quarterOf = (q: string): number => "一二三四".indexOf(q) + 1 || Number(q);
      let span: DateSpan | undefined;
      if (g.crossFrom !== undefined) {
        // `2024年12月—2025年2月`: a span over the turn of a year (a heating season's report).
        const a = Number(g.crossFrom);
        const b = Number(g.crossTo);
        const year2 = Number(g.year2);
        if (a >= 1 && a <= 12 && b >= 1 && b <= 12 && (year2 > year || (year2 === year && b >= a)))
          span = {
            kind: "range",
            start: `${year}-${pad(a)}-01`,
            end: spanEnd({ kind: "month", month: `${year2}-${pad(b)}` }),
          };
      } else if (g.qFrom !== undefined) {
        const a = quarterOf(g.qFrom);
        const b = quarterOf(g.qTo as string);
        // `2023年第三、四季度`: two quarters listed, one after the other (not `一、三季度`).
        const listed = g.qSep?.startsWith("、") === true;
        if (b > a && (!listed || b === a + 1)) span = monthSpan(a * 3 - 2, b * 3);
      } else if (g.quarter !== undefined) {
        const q = quarterOf(g.quarter);
        span = monthSpan(q * 3 - 2, q * 3);
      } else if (g.quarters !== undefined) span = monthSpan(1, quarterOf(g.quarters) * 3);
      else if (g.firstMonths !== undefined) span = monthSpan(1, Number(g.firstMonths));
      else if (g.xun !== undefined) {
        const month = Number(g.xunMonth);
        if (month >= 1 && month <= 12)
          span = {
            kind: "xun",
            month: `${year}-${pad(month)}`,
            part: g.xun === "上" ? "early" : g.xun === "中" ? "mid" : "late",
          };
      } else if (g.week !== undefined) span = readPeriodText(g.week, year);
      else if (g.from !== undefined) span = monthSpan(Number(g.from), Number(g.to));
      else if (g.fromMonth !== undefined) span = monthSpan(Number(g.fromMonth), Number(g.toMonth));
      else if (g.half !== undefined) span = g.half === "上" ? monthSpan(1, 6) : monthSpan(7, 12);
      // `2022年半年度工作总结`, `2016年半年工作总结`: the half-year report of the year's first half; so is
      // the half-year economic work meeting (`從全市2021年半年經濟工作會上獲悉，上半年，…`).
      else if (g.halfYear !== undefined) span = monthSpan(1, 6);
      // `作2021年度镇财政决算和2022年上半年…的报告`: final accounts close a whole year.
      else if (g.whole !== undefined || g.accounts !== undefined) span = { kind: "year", year };
      else if (g.days !== undefined)
        span = readPeriodText(
          `${year}年${g.days.replace(TIME_OF_DAY, "").replace(/起(?:[，,]\s*截[至止])?/, (w) => (w.length > 1 ? "至" : ""))}`,
          year,
        );
      else {
        const month = Number(g.month);
        if (month >= 1 && month <= 12) span = { kind: "month", month: `${year}-${pad(month)}` };
      }
      if (span !== undefined) return span;
    }
    // `（2024.7.8—7.14）`, `2024-07-08至2024-07-14`: days written with dots or dashes.
    for (const m of text.matchAll(NUMERIC_DAYS)) {
      const g = m.groups ?? {};
      const year = Number(g.y);
      if (year < YEAR_RANGE.min) continue;
      const to = `${g.y2 === undefined ? "" : `${g.y2}年`}${Number(g.m2 ?? g.m)}月${Number(g.d2)}日`;
      const span = readPeriodText(`${year}年${Number(g.m)}月${Number(g.d)}日—${to}`, year);
      if (span !== undefined) return span;
    }
    if (opening) {
      const span = (spoken ? undefined : openingYear(text, first)) ?? spanLaterInClause(text);
      if (span !== undefined) return span;
      spoken ||= /[，。,]/.test(text);
    }
  }
  return undefined;
}

/**
 * Whether the month at `at` (of `year`) dates an event in a later sentence of an opening whose
 * first sentence states that year alone (`2019年，贵州加快运用大数据…的步伐。2019年5月，…建成上线`):
 * the opening's year is the span reported, as {@link statedPeriod} reads it from the first
 * sentence. Not a month in the first sentence (`2019年5月，…`, `2019年，…，2019年5月起…`), nor under
 * another year.
 */
function isEventMonthOfYear(text: string, at: number, year: number): boolean {
  if (!text.startsWith(`${year}年`) || !/^[，,]/.test(text.slice(String(year).length + 1)))
    return false;
  const end = text.indexOf("。");
  return end >= 0 && end < at;
}

/**
 * What follows a month that names when a press conference is held, not the span it reports:
 * `2024年8月份例行新闻发布会`, `2022年5月例行新聞發布會`, `2024年8月新闻发布会` (a converter's
 * `新聞發(fā)布會` too: only `发`/`發` is read after 新闻). Near-misses, read as the month reported:
 * `2024年7月份全省空气质量状况`, `2024年7月新闻出版统计` (no 发 after 新闻), `2024年7月例会纪要`.
 */
const PRESS_CONFERENCE_AFTER = /^份?(?:例行(?:新[闻聞])?|(?:新[闻聞]))[发發]/;

/**
 * What follows a quarter that names when a routine (`例行`) press conference is held, not the span it
 * reports: `舉行2020年第一季度例行發布會` (held in January, on the year before), `2018年第三季度例行新闻
 * 发布会`. A quarter's conference without `例行` names the quarter it reports on (`召开2023年三季度新闻
 * 发布会`, `2023年一季度新闻发布会举行。一季度全市…`): it is still read.
 */
const ROUTINE_CONFERENCE_AFTER = /^例行(?:新[闻聞])?[发發]/;

/**
 * `110年5月`: a year of the Republic (民國, year 1 = 1912) before its month, as Taiwan's offices
 * date a report, from 100 (2011) to 139 (2050), no digit or dot before it.
 */
const ROC_YEAR = /(?<![\d.])1[0-3]\d(?=年\d{1,2}月)/g;

/**
 * `108 年本府訴願案件計903件，…`, `112年度全市受理…`: a year of the Republic from 100 (2011) to 119
 * (2030) opening a line, a space perhaps before its `年`, then a word, as Taiwan's offices open a
 * yearly report. Near-misses that stay: an age or a count of years (`100年来`, `110年前`, `120年校庆`,
 * `100年历史`, `110年华诞`, `110年老店`: those words after 年), a number inside a line (`建党100年`),
 * a month after it (read by {@link ROC_YEAR}).
 */
const ROC_YEAR_OPENING =
  /^(\s*)(1[01]\d)\s?(?=年度?(?![来來前后後校庆慶历歷华華诞誕老大])[\p{Script=Han}，,])/u;

/** A year printed in Chinese numerals (`二〇二三年`, `二○二四年`). */
const CHINESE_YEAR = /[〇○零一二三四五六七八九]{4}(?=年)/g;
/** A month in Chinese numerals after a year or a dash (`年十月`, `年一至十一月`). */
const CHINESE_MONTH = /(?<=[年至到前\-—–])(?:十[一二]?|[一二三四五六七八九])(?=[月至到\-—–个])/g;
const CHINESE_DIGITS = "〇一二三四五六七八九";
/**
 * A day in Chinese numerals after a month in Arabic ones (`7月三日`, `10月二十八日`), or after a
 * day and a dash (`28日至三十一日`).
 */
const CHINESE_DAY =
  /(?<=\d月|日[至到—–\-~～])(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=日)/g;

/**
 * `2018一季度`, `2021上半年`, `2021半年度`, `2023前三季度`: a year (19xx or 20xx, no digit before it)
 * that a headline prints right before its quarter or half without `年`.
 */
const YEAR_WITHOUT_NIAN =
  /(?<![\d.])((?:19|20)\d{2})(?=第?[一二三四]季度|前[一二三]季度|[上下]半年|半年度)/g;

/**
 * `2023年某部：一季度…`: a headline's year before the body it quotes and its colon, the quarter or
 * half after the colon; the span is of that year (read as `某部：2023年一季度…`).
 */
const YEAR_BEFORE_SPEAKER =
  /(?<![\d.])((?:19|20)\d{2})年([\u4e00-\u9fff]{2,20}[：:]\s*)(?=第?[一二三四]季度|前[一二三]季度|[上下]半年)/g;

/**
 * `二〇二三年十月份`, `二〇二四年一至十一月`, `2023年前十一个月`: a year and its months in Chinese
 * numerals written in Arabic ones, as the period forms are read; `年` after a year a headline
 * prints without it ({@link YEAR_WITHOUT_NIAN}). Other text is returned as it is.
 */
function arabicDates(source: string): string {
  // `今(109)年1-7月`, `109年第2季`: Taiwan's forms of the year (taiwan-year-forms.ts).
  const printed = taiwanYearForms(source);
  const text =
    printed.includes("季度") || printed.includes("半年")
      ? printed.replace(YEAR_WITHOUT_NIAN, "$1年").replace(YEAR_BEFORE_SPEAKER, "$2$1年")
      : printed
          .replace(ROC_YEAR, (y) => String(gregorianOfRoc(Number(y))))
          .replace(
            ROC_YEAR_OPENING,
            (_, space: string, y: string) => `${space}${gregorianOfRoc(Number(y))}`,
          );
  const years = CHINESE_YEAR.test(text);
  CHINESE_YEAR.lastIndex = 0;
  if (!years && !text.includes("月")) return text;
  const digit = (c: string): string =>
    String(c === "○" || c === "零" ? 0 : CHINESE_DIGITS.indexOf(c));
  let out = years ? text.replace(CHINESE_YEAR, (y) => [...y].map(digit).join("")) : text;
  out = out.replace(CHINESE_MONTH, (m) =>
    m.startsWith("十")
      ? String(10 + (m.length > 1 ? CHINESE_DIGITS.indexOf(m.charAt(1)) : 0))
      : digit(m),
  );
  // `七月三日`, `十月二十八日`: the day after a month, once the month is in Arabic numerals.
  if (out.includes("日")) out = out.replace(CHINESE_DAY, (n) => String(parseChineseNumber(n)));
  return out;
}

/** A time of day after a day (`12:00`, `0时`), which a span of days does not need. */
const TIME_OF_DAY = /(?<=日)\s*\d{1,2}(?:[:：]\d{2}|时)/;

/**
 * `2015年，面对…`, `2022年全省…累计完成…`: a line that opens with a year alone (no month, quarter,
 * half year, day or issue number after it; not `2021年以来`, `2021年以來`, `2021年底`, points in time)
 * states the year its report is on. `first`: where the
 * line's first stated span starts, if any (`2023年1-10月，…` states that span instead).
 */
function openingYear(text: string, first: number | undefined): DateSpan | undefined {
  // `平江县2009年度政府采购规模…`: the place the sentence names before its year (place-before-year.ts).
  const place = placeBeforeYear(text);
  if (first === place) return undefined;
  const m = /^(\d{4})年度?(?=[，,\p{Script=Han}])(?![第前底末初起来來]|以[来來后後]|至今)/u.exec(
    place === 0 ? text : text.slice(place),
  );
  if (m === null || !inYearRange(`${m[1]}-01-01`)) return undefined;
  return { kind: "year", year: Number(m[1]) };
}

/**
 * `2025年12345热线11月运行情况`, `2025年全市1-10月经济运行`, `2024年12345热线第三季度运行情况`: a
 * month, a span of months, a half year or a quarter a title states later than its year (no mark or other year between them; not a day, a
 * month's end or a 旬).
 */
function spanLaterInTitles(titles: (string | undefined)[]): DateSpan | undefined {
  for (const printed of titles) {
    if (printed === undefined) continue;
    const m = LATER_IN_TITLE.exec(arabicDates(printed));
    if (m === null) continue;
    const [, y, from, to, month, part] = m;
    if (y === undefined) continue;
    // `2024年12345热线第三季度…`: the words between may hold a number (a hotline's).
    const span =
      from !== undefined
        ? statedPeriod([`${y}年${from}-${to}月`])
        : month !== undefined
          ? statedPeriod([`${y}年${month}月`])
          : statedPeriod([`${y}年${part}`]);
    if (span !== undefined) return span;
  }
  return undefined;
}

const LATER_IN_TITLE =
  /(\d{4})年[^，。；：,;:！？年]{1,24}?(?<!\d)(?:(\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})月|(\d{1,2})月份?(?![\d日底末初上中下])|([上下]半年|前[一二三]季度|第?[一二三四]季度))/;

/**
 * `图32 2008年12月，市妇联召开十四届三次执委会。`, `圖5　2021年3月5日，…`: a yearbook's numbered photo
 * caption (`图`, its number, a space, a month or day, then a comma: what happened then).
 * Near-misses: a chart's caption naming its span (`图1 2021年1-3月全国…天数比例`, no comma after a
 * month or day), `图书馆2021年…` (a word), a caption without a number (`图为2021年…`).
 */
const NUMBERED_PHOTO_CAPTION = /^\s*[图圖]\s?\d{1,3}[\s\u3000]+\d{4}年\d{1,2}月(?:\d{1,2}日)?[，,]/;

/**
 * `政务服务工作简报（2024年）`, `某局工作动态(2023年度)`: a title closing with its year alone in
 * brackets. Near-misses: an issue in brackets (`（2024年第5期）`, `（2024年1月）`).
 */
const YEAR_CLOSING_TITLE = /[（(]\s*(\d{4})\s*年度?\s*[）)]\s*$/;

/**
 * `2022年云南省公共资源交易情况`, `2023年消费者投诉举报分析`: a title led or held by a year alone (no
 * month, quarter, half year, issue number or 以来 after it; nor `来`, `創下1996年來的最高`, in either
 * script, but `2019年来访…` is a year's visits) names the year it reports on, when nothing else
 * states the period.
 */
function yearAloneInTitles(titles: (string | undefined)[]): DateSpan | undefined {
  for (const title of titles) {
    const m =
      title === undefined
        ? null
        : (/(?<!\d)(\d{4})年(?=\p{Script=Han})(?![第前底末初起度春夏秋冬]|[来來](?![访訪])|以[来來后後]|至今)/u.exec(
            title,
          ) ?? YEAR_CLOSING_TITLE.exec(title));
    if (m && inYearRange(`${m[1]}-01-01`)) return { kind: "year", year: Number(m[1]) };
  }
  return undefined;
}

/**
 * `对2025年《政府工作报告》主要目标任务上半年工作…`: a half year or quarter stated later in the
 * clause of its year (no mark, number or other year between them); a span of months too
 * (`对2022年省、市两级实事项目1-8月份进展情况…`; not one month alone, `2022年某项目8月…`, a point).
 */
function spanLaterInClause(text: string): DateSpan | undefined {
  const m =
    /(\d{4})年[^，。；：,;:！？\d年]{1,24}?(?:([上下])半年|前([一二三])季度|第?([一二三四])季度|(\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})月)/.exec(
      text,
    );
  if (m === null || !inYearRange(`${m[1]}-01-01`)) return undefined;
  // `舉行2020年第一季度例行發布會`: the quarter a press conference is held in, not a span reported.
  if (ROUTINE_CONFERENCE_AFTER.test(text.slice(m.index + m[0].length))) return undefined;
  const year = m[1] as string;
  const quarter = (q: string): number => "一二三四".indexOf(q) + 1;
  // `对2022年某某实事项目1-8月份进展情况…`: a span of months later in the clause.
  if (m[5] !== undefined) {
    const a = Number(m[5]);
    const b = Number(m[6]);
    return b > a ? monthsOfYear(year, a, b) : undefined;
  }
  const [a, b] =
    m[2] !== undefined
      ? m[2] === "上"
        ? [1, 6]
        : [7, 12]
      : m[3] !== undefined
        ? [1, quarter(m[3]) * 3]
        : [quarter(m[4] as string) * 3 - 2, quarter(m[4] as string) * 3];
  return monthsOfYear(year, a, b);
}

/** A span of days written with dots, slashes or dashes: `2024.7.8—7.14`, `2024-07-08至2024-07-14`. */
const NUMERIC_DAYS =
  /(?<![\d.])(?<y>\d{4})(?<sep>[.．/-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})\s*(?:[—–~～至到]|-(?=\s*\d))\s*(?:(?<y2>\d{4})\k<sep>)?(?:(?<m2>\d{1,2})\k<sep>)?(?<d2>\d{1,2})(?![\d.])/g;

/**
 * `2024年度政务服务中心…`, `2023年12345热线年度运行报告`, `2023年…年报`: the year a title names as the
 * one it reports on (a title only: the opening of a report may cite another year's 年度 figures).
 */
function yearOfTitles(titles: (string | undefined)[]): DateSpan | undefined {
  for (const title of titles) {
    const m =
      title === undefined
        ? null
        : /(\d{4})年(?:度(?![第上下\d])|[^，。；：年]{1,24}?(?:年度|全年|年报))/.exec(title);
    if (m && inYearRange(`${m[1]}-01-01`)) return { kind: "year", year: Number(m[1]) };
  }
  return undefined;
}

/**
 * A span opening a line without its year (`1-11月，…`, `今年前8个月…`, `三季度，…`, `上半年，…`,
 * `一至十一月…`).
 */
const YEARLESS_SPAN =
  /^(?:今年|本年度?)?((?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*[-—–~～至到]\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?|前(?:\d{1,2}|十[一二]?|[一二三四五六七八九])个?月|第?[一二三四1-4]季度|[上下]半年|前[一二三]季度|(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份|[上中下]旬)?(?![\d日号底末初上中下]))(?=[，,、：:]|\p{Script=Han})/u;
/**
 * A span of days opening a weekly's line without its year (`11月11日—17日，…`, `本周（11月11日-11月17日），…`).
 */
const YEARLESS_DAYS =
  /^(?:本周|上周)?[（(]?(\d{1,2}月\d{1,2}日?\s*[-—–~～至到]\s*(?:\d{1,2}月)?\d{1,2}日)/;

/**
 * `1-11月，全市…` (or `11月，…`, `三季度，…`; in a weekly `11月11日—17日，…`) opening a line of a report
 * whose masthead states the year (`2024年第11期`): that span, in that year, or in the year before when it ends after the date of publication (`2025年第1期`
 * printed in January on `1-12月`). A date of publication alone states no year of the span.
 */
function openingSpanOfIssueYear(
  texts: readonly string[],
  year: number,
  publishedOn: string | undefined,
  weekly: boolean,
): DateSpan | undefined {
  for (const text of texts) {
    const m =
      YEARLESS_SPAN.exec(text.trimStart()) ??
      (weekly ? YEARLESS_DAYS.exec(text.trimStart()) : null);
    if (m === null) continue;
    const span = statedPeriod([`${year}年${m[1]}`]);
    if (span === undefined) return undefined;
    if (publishedOn !== undefined && spanEnd(span) > publishedOn && year - 1 >= YEAR_RANGE.min)
      return statedPeriod([`${year - 1}年${m[1]}`]);
    return span;
  }
  return undefined;
}

/**
 * `5月份，…` in a bulletin whose masthead states the year (`2023年第5期`): the first month the
 * text reports on, in that year, or in the year before when it falls after the month of
 * publication (`2024年第1期`, printed in January, on `12月份`).
 */
function monthOfIssueYear(
  lines: readonly TextLine[],
  year: number,
  publishedOn: string | undefined,
): DateSpan | undefined {
  for (const { text } of lines) {
    const m = /(?<![\d年.])(\d{1,2})月份/.exec(text);
    if (!m) continue;
    const month = Number(m[1]);
    if (month < 1 || month > 12) return undefined;
    const published = publishedOn?.startsWith(`${year}-`) ? Number(publishedOn.slice(5, 7)) : 12;
    const y = month > published ? year - 1 : year;
    if (y < 1000) return undefined;
    return { kind: "month", month: `${y}-${String(month).padStart(2, "0")}` };
  }
  return undefined;
}

/** For a monthly bulletin: the month all dated items fall in, else the month before publication. */
function guessPeriod(
  sections: SectionDraft[],
  frequency: Publication["frequency"],
  publishedOn: string | undefined,
  warn: Warn,
  at: number | undefined,
): DateSpan | undefined {
  const months = new Set<string>();
  for (const s of sections) {
    for (const item of s.items) {
      const block = item.body[0];
      const first = Array.isArray(block) ? block[0] : undefined;
      const d =
        item.date ?? (typeof first === "object" && first.type === "date" ? first.value : undefined);
      if (d === undefined) continue;
      if (d.kind === "day") months.add(d.date.slice(0, 7));
      else if (d.kind === "xun" || d.kind === "month") months.add(d.month);
      else if (d.kind === "range") {
        months.add(d.start.slice(0, 7));
        months.add(d.end.slice(0, 7));
      } else months.add("year");
    }
  }
  if (frequency !== "monthly") return undefined;
  if (months.size === 1 && !months.has("year")) {
    const month = [...months][0] as string;
    warn("period-guessed", at, { period: month, basis: "dates" });
    return { kind: "month", month };
  }
  if (publishedOn !== undefined && inYearRange(publishedOn)) {
    let y = Number(publishedOn.slice(0, 4));
    let m = Number(publishedOn.slice(5, 7)) - 1;
    if (m === 0) {
      y--;
      m = 12;
    }
    if (y < YEAR_RANGE.min) return undefined;
    const month = `${y}-${String(m).padStart(2, "0")}`;
    warn("period-guessed", at, { period: month, basis: "frequency" });
    return { kind: "month", month };
  }
  return undefined;
}

function fallback(opts: Opts): BulletinDraft {
  return {
    schemaVersion: SCHEMA_VERSION,
    publication: { ...opts.publication },
    issue: { ...opts.issue },
    departments: [],
    metrics: [],
    sections: [],
  };
}
