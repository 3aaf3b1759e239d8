import { safeParseIssueNumber } from "@bulletin/format";
import { isAdSlotLabel } from "./ad-slot-label";
import { withoutBareCount } from "./bare-count-after-clock";
import { isDigitCode, isHanCode, isLatinCode, isSpaceCode, oneOfCode } from "./chars";
import { clockedDate, isYearlessClockedLine } from "./clocked-date-line";
import { clockedSource, isSpeechWidget, SPEECH_WIDGET_WORDS } from "./clocked-source-line";
import { isDateStampAlone } from "./date-stamp-line";
import { documentSiteStats, isCardReportButton } from "./document-site-stats";
import { isFlashNotice } from "./flash-notice";
import { holdsFieldColon } from "./labelled-value";
import { startsBlock, tailLabel } from "./line-kinds";
import { PAPER_ENDS, paperDay } from "./paper-day-line";
import { isPictureCredit } from "./picture-credit";
import {
  CLOCK_SOURCE,
  fullDateSource,
  gregorianOfRoc,
  numericDateSource,
  readFullDate,
} from "./read-date";
import { isOrg } from "./read-masthead";
import { isSiteHomeTrail, isSponsorLink } from "./site-home-trail";
import { droppedBefore, printedSpacing, stringOf, type TextLine } from "./text-line";

/**
 * Lines a web copy of a bulletin brings that are not the bulletin: breadcrumbs (`当前位置：首页 >
 * …`), the page's metadata line (`来源：… 发布时间：…`, `阅读：N次`, `字体：大 中 小`), reader
 * furniture (打印本页, 关闭窗口, 分享到, 返回顶部), image placeholders (`![]()`, `图1.png`), site
 * footers (网站备案 and 公网安备 numbers, 版权所有) and file-information grids (`| 索引号： | … |`).
 * Each is read on a repaired line (full-width marks, no spaces next to Chinese text).
 *
 * Returns whether to drop each line of one text, called on its lines in order: a line
 * {@link webLineKind} names, and the lines a page adds once it has shown its metadata (a
 * `来源：…`/`发布时间：…` line or a file-information grid): a news page's bylines (`作者：王飞`,
 * `责任编辑：张章`) and a file-information list printed one field a line (`- 公开方式： 主动公开`).
 * Before that, such a line is the bulletin's own (a 报尾's `责任编辑：`).
 */
export function webLineFilter(kinds: LineKinds = new Map()): (text: string) => boolean {
  let page = false;
  /** A line of the text's own has been kept that holds a sentence or a heading's marker: the page's head is over. */
  let body = false;
  /** The file-information label alone on the line before, whose value this line may be. */
  let label: string | undefined;
  /** The line before was a row of a file-information grid. */
  let grid = false;
  /** The line before was a breadcrumb ending with its path mark (`当前位置：首页 >`). */
  let pathOpen = false;
  /** A forum thread's tools were seen over the text ({@link FORUM_TOOLS}): a post's floor may follow. */
  let forum = false;
  /** The line before was a neighbour link's label alone ({@link NEIGHBOUR_LABEL}): this line may be its headline. */
  let neighbour = false;
  /** A copied article's `查看原文` link opened the page ({@link VIEW_ORIGINAL}): its account's line may follow. */
  let copiedPost = false;
  /** The line before was the page's source line (`来源: 某某日报`): a date stamp alone may follow. */
  let source = false;
  /** A document site's card was dropped with no line of the text kept since ({@link documentSiteStats}). */
  let card = false;
  /** A breadcrumb was dropped over the text: a share bar may follow it before the headline. */
  let crumb = false;
  /** How many lines of a digital paper reader's day may still follow its name ({@link readerDayLine}). */
  let readerDay = 0;
  return (text) => {
    const pending = label;
    const afterGrid = grid;
    const afterPath = pathOpen;
    const afterNeighbour = neighbour;
    const afterSource = source;
    label = undefined;
    grid = false;
    pathOpen = false;
    neighbour = false;
    source = false;
    // `来源: 某某日报` / `2021-10-14 08:44`: the page's date stamp alone under its source line where
    // the page prints them under the report's first paragraph (over the text, the masthead reads the
    // stamp with the lines around it; a stamp alone elsewhere may be a related headline's, under it).
    if (body && afterSource && isDateStampAlone(text)) {
      page = true;
      return true;
    }
    // `上一篇：` / `某区召开…会议`: the link to the page before (after) this one, its headline
    // broken onto the next line; the headline is the site's too.
    if (afterNeighbour && isNeighbourHeadline(text)) return true;
    // `约3.6千字` / `约 7页` / `举报`: the card's report button under it.
    if (isCardReportButton(text, card)) return true;
    // `电子报阅读机` / `2025-10-15` / `星期三`: a digital paper reader's name over the day it shows.
    const afterReader = readerDay;
    readerDay = 0;
    if (text.trim() === EPAPER_READER || (afterReader > 0 && readerDayLine(text))) {
      readerDay = afterReader > 0 ? afterReader - 1 : READER_DAY_LINES;
      page = true;
      return true;
    }
    if (!body || pending !== undefined || text.length <= MAX_SOURCE_LABEL) {
      // `索引号` / `0152…`, `发布机构` / `…局`: a file-information list, one label a line and its
      // value on the next, over the text; `出处` / `《某某林业》`: a journal record's source under the
      // abstract it follows, its label alone read in the text as well.
      const alone = fieldLabelAlone(text);
      label = alone !== undefined && (!body || SOURCE_FIELD_LABELS.has(alone)) ? alone : undefined;
      if (label !== undefined || (pending !== undefined && fitsFieldValue(pending, text))) {
        page = true;
        return true;
      }
    }
    // Simplified once for the tests below, and the characters it holds found once (once for
    // each line text in a parse: {@link LineKinds}).
    const known = knownLine(kinds, text);
    const { simple, marks } = known;
    // `2016年第2期52-53,共2页`: a journal record's issue line, under the abstract as over it.
    if (simple !== undefined && JOURNAL_RECORD_ISSUE.test(simple)) {
      page = true;
      return true;
    }
    if (!body && simple !== undefined && simple.length <= 6) {
      // `查看原文` / `其他` / headline / `某某应急 2021-08-05`: a copied post's link to its original
      // over the page; the account's line under the headline is then the page's.
      if (VIEW_ORIGINAL.test(simple)) {
        copiedPost = true;
        return true;
      }
    }
    if (copiedPost && !body && simple !== undefined && accountDate(simple) !== undefined) {
      page = true;
      return true;
    }
    // `0` / `0` / `约3.6千字` / `约 7页`: a document site's card over the text's first sentence.
    if (!body && documentSiteStats(text) !== undefined) {
      card = true;
      return true;
    }
    const kind =
      kindOfKnown(known, text) ??
      (body
        ? undefined
        : oneOfCode("时日发", text.charCodeAt(0)) &&
            (WORDS_DATE_FIELD.test(text) || YEARLESS_DATE_FIELD.test(text))
          ? "meta"
          : (attributeLeft(text) ??
            contactLine(text) ??
            pipedMenuBar(text) ??
            siteSlogan(text) ??
            (PAGE_ARTICLE_LIST.test(text) ||
            isPaperNameRow(text) ||
            LETTERED_PAGE.test(text) ||
            EDITION_ARTICLE_NAV.test(text)
              ? "furniture"
              : undefined) ??
            documentSiteNotice(text) ??
            // `2019年10月21日 18:44 某某新闻网`: the page's date and source, over the text.
            (simple !== undefined && clockedSource(simple) !== undefined ? "meta" : undefined) ??
            // `城市轨道交通 2019年12期`: the journal's issue an article page names, over the text.
            (simple !== undefined && JOURNAL_ISSUE.test(simple) ? "meta" : undefined) ??
            (simple !== undefined && authorsAfterClock(simple) !== undefined
              ? "meta"
              : undefined) ??
            (afterPath && columnPath(text) ? "furniture" : undefined)));
    if (kind === "furniture" && endsWithPathMark(text)) pathOpen = true;
    if (kind === "furniture" && !body && !crumb && simple !== undefined) crumb = breadcrumb(simple);
    if (kind === "furniture" && text.length <= 5 && NEIGHBOUR_LABEL.test(text)) neighbour = true;
    if (kind === "furniture" && !body && simple !== undefined && isForumTools(simple)) forum = true;
    // `1# 某网友` under the thread's tools: the post's floor and its poster.
    if (kind === undefined && forum && !body && FLOOR_AND_POSTER.test(text)) return true;
    if (kind === "meta" || kind === "grid") page = true;
    if (kind === "meta" && (simple ?? "").includes("来源")) source = true;
    if (kind === "grid") grid = true;
    if (kind !== undefined) return true;
    // `---|---|---|---|`: a Markdown rule under a grid's first row.
    if (afterGrid && RULE_ROW.test(text)) {
      grid = true;
      return true;
    }
    // `首页 > 体育 > 正文` / `Qzone` / `微博` / `微信`: the page's share bar under its path, over the text.
    if (
      crumb &&
      !page &&
      !body &&
      simple !== undefined &&
      simple.length <= 40 &&
      SHARE_LINKS.test(simple)
    )
      return true;
    if (page && simple !== undefined) {
      if ((marks & HAS_PIPE) !== 0 && GRID_ROW.test(simple) && !isNamedTableHead(simple))
        return true;
      // `关注某某网` / `微博` / `Qzone` / `评论` / `图集`: the page's share bar, over the text.
      if (!body && simple.length <= 40 && SHARE_LINKS.test(simple)) return true;
      // (A byline's field and a list's field hold a colon.)
      if (
        text.length <= 80 &&
        (marks & HAS_COLON) !== 0 &&
        (BYLINE.test(unbracketed(simple)) || isFieldListLine(simple))
      )
        return true;
    }
    // (Once over, it stays over: the tests are not asked again.)
    if (!body && (SENTENCE_OR_CLAUSE_END.test(text) || text.length > 80 || startsBlock(text)))
      body = true;
    card = false;
    return false;
  };
}

/**
 * `城市轨道交通 2019年12期`, `南方农业·上旬 2020年8期`: a journal's name and the issue of its year an
 * article page was copied from (the year and the number, no 第), on a line of its own over the
 * text (the year is group 1, the number group 2).
 */
const JOURNAL_ISSUE = /^[\u4e00-\u9fff][\u4e00-\u9fff·]{1,15}\s*(\d{4})年(\d{1,2})期$/;

/**
 * `2016年第2期52-53,共2页`: a journal database's record of an article (under its `出处` / `《某某林业》`
 * lines): the issue of the year it ran in (the year group 1, the number group 2), then its pages and
 * how many they are. The record's line, no line of the text; the issue the article's, as
 * {@link JOURNAL_ISSUE}'s is.
 */
const JOURNAL_RECORD_ISSUE =
  /^(\d{4})年第(\d{1,3})期\s*\d{1,4}(?:\s*[-–—~～]\s*\d{1,4})?\s*[,，]\s*共\s*\d{1,4}\s*页$/;

/**
 * `城市轨道交通 2019年12期`, a page's line of its own: the journal a reprint site's article ran in,
 * named as printed (README of the corpus: a magazine reprint's issue line names its publisher). The
 * issue is written the reprint sites' way, with no 第 and no brackets around the name; a bulletin's
 * own issue line (`《某某月报》2019年2期`, `某某简报2019年第2期`) names none.
 */
function reprintJournal(text: string, simple: string): string | undefined {
  if (!JOURNAL_ISSUE.test(simple)) return undefined;
  return text.slice(0, text.search(/\s*\d{4}年/)).trim() || undefined;
}

/** A journal's issue line ({@link JOURNAL_ISSUE}, {@link JOURNAL_RECORD_ISSUE}): its year and number, or null. */
const journalIssue = (simple: string): RegExpExecArray | null =>
  JOURNAL_ISSUE.exec(simple) ?? JOURNAL_RECORD_ISSUE.exec(simple);

/**
 * `电子报阅读机`: a digital paper reader's name over the day it shows (`2025-10-15` / `星期三`, one
 * a line) and the paper's name (`当前报纸名称:某某晚报`), all over the report's headline.
 */
const EPAPER_READER = "电子报阅读机";
/** How many lines of its day (the date, the weekday) a digital paper reader prints under its name. */
const READER_DAY_LINES = 2;
/** `2025-10-15`, `星期三`: a line of a digital paper reader's day, under its name. */
const READER_DAY = /^(?:\d{4}-\d{1,2}-\d{1,2}|星期[一二三四五六日天])$/;
const readerDayLine = (text: string): boolean => READER_DAY.test(text.trim());

/** A sentence's end (`。`) or a clause's (`；`): a line with one is the text's own. */
const SENTENCE_OR_CLAUSE_END = /[。；]/;

/**
 * `1、本文档共12页，可阅读全部内容。`, `5、该文档为VIP文档，如果想要下载，成为VIP会员后，下载免费。`: a
 * document-sharing site's numbered notices over a report it hosts, each speaking of the site or
 * its documents (`文档`, `本站`) and of what it sells (`VIP`, `会员`, `下载`, `付费`, `上传`, `版权`,
 * `阅读全部内容`) or of its refunds and customer service (`2、…可反馈申请退款…`, `3、如文档侵犯您的权益，请联系客服反馈…`),
 * the page's list number perhaps before the notice's own (`1. 1、下载文档前请自行甄别…`); furniture, asked
 * only of the lines over the text's first sentence.
 */
const documentSiteNotice = (text: string): "furniture" | undefined =>
  text.length <= 300 && DOCUMENT_SITE_NOTICE.test(text) ? "furniture" : undefined;
const DOCUMENT_SITE_NOTICE =
  /^(?:[-•·]\s*|\d{1,2}[.．]\s+)?\d{1,2}[、.．]\s*(?=.*(?:文档|本站))(?=.*(?:VIP|会员|下载|付费|上传|版权|阅读全部内容|退款|客服))/;

/**
 * `上一篇：`, `下一篇:`: a news page's link to its neighbour, the label alone on its line (its
 * headline on the next); not `上一篇：某区召开…会议` (the headline on the label's line, one line
 * dropped as before) nor `上一篇` without its colon (a sentence's words may open so).
 */
const NEIGHBOUR_LABEL = /^[上下]一篇[：:]$/;
/** Longest headline of a neighbour link. */
const MAX_NEIGHBOUR_HEADLINE = 60;
/**
 * The headline under a {@link NEIGHBOUR_LABEL}: a short line holding no sentence's end (`。`, `；`)
 * and not opening a section (`一、`, `附件：`); `无`, `没有了` where there is no neighbour.
 */
const isNeighbourHeadline = (text: string): boolean =>
  text.length <= MAX_NEIGHBOUR_HEADLINE &&
  !SENTENCE_OR_CLAUSE_END.test(text) &&
  !/[：:]$/.test(text) &&
  !startsBlock(text);

/**
 * `…对各地区、各部门政府网站…监管工">`: what a tag's attribute left over a page's text (a meta
 * description, cut short, closed by the attribute's end; the repair may have turned `"` into `“`),
 * furniture; asked only of the lines over the text's first sentence.
 */
const ATTRIBUTE_END = /["“”]\s*\/?>$/;
const attributeLeft = (text: string): "furniture" | undefined =>
  text.charCodeAt(text.length - 1) === 0x3e /* > */ && ATTRIBUTE_END.test(text)
    ? "furniture"
    : undefined;

/**
 * A news page's share links, one or more on a line: a social network (`微博`, `微信`, `QQ空间`,
 * `Qzone`), the page's comments and pictures (`评论`, `图集`), or the prompt to follow the site
 * (`关注某某网`, `关注某某号`); a line of nothing else.
 */
const SHARE_LINKS =
  /^(?:(?:关注[\u4e00-\u9fff]{2,8}(?:网|号)|微博|微信|QQ空间|QQ|Qzone|评论|評論|图集|朋友圈|豆瓣|人人网|复制链接)[\s|｜·]*)+$/i;

/**
 * `点击右上角` / `微信好友` / `朋友圈` / `请使用浏览器分享功能进行分享`: a phone page's share overlay, one
 * prompt or link a line (`点击右上角，分享给好友`, `分享到朋友圈`, `微信好友 | 朋友圈`), the prompt
 * perhaps run into the first link (`点击右上角微信好友`, `点击右上角 朋友圈`); a line of nothing else.
 * The overlay's close mark may follow its link (`分享到微信朋友圈x`), and its scan prompt stand alone
 * (`微信扫一扫`, since 2026-12-08).
 * Near-miss: `点击右上角按钮可查看全文` (a sentence, not one of the overlay's links).
 */
const SHARE_PROMPT =
  /^(?:点击右上角(?:[，,]?\s*(?:(?:分享|发送)[\u4e00-\u9fff]{0,10}|(?:分享到?)?(?:微信好友|微信朋友圈|朋友圈)))?|请(?:使用|用)浏览器的?分享功能(?:进行)?分享[。！!]?|(?:分享到?)?(?:微信好友|微信朋友圈|朋友圈)(?:[\s|｜]+(?:微信好友|微信朋友圈|朋友圈|QQ好友|QQ空间|微博))*(?:\s*[x×])?|微信扫一扫)$/;

/** Whether `text` (simplified) is a prompt or link of a share overlay ({@link SHARE_PROMPT}). */
function isSharePrompt(text: string): boolean {
  return (
    text.length <= 24 && oneOfCode("点请微朋分", text.charCodeAt(0)) && SHARE_PROMPT.test(text)
  );
}

/**
 * `跳转到正文内容`, `跳转到路径导航栏`, `跳到主要内容`, `跳过导航`: a page's skip links for screen
 * readers, over its head. Near-misses: `跳转到指定楼层` (a forum's tool, read with them) and any
 * sentence (`跳转到正文内容后再阅读。` goes on after the link's words).
 */
const SKIP_LINK =
  /^(?:跳转?到|跳至|直接跳到)(?:正文|主要内容|主内容|内容区|路径导航栏?|导航栏?|主菜单|页脚|底部)(?:内容)?(?:区块?)?$|^跳过(?:导航栏?|主菜单)$/;
const isSkipLink = (text: string): boolean =>
  (text.length <= MAX_SKIP_LINK &&
    text.charCodeAt(0) === 0x8df3 /* 跳 */ &&
    SKIP_LINK.test(text)) ||
  text === ACCESS_KEY;
/** Longest skip link ({@link SKIP_LINK}). */
const MAX_SKIP_LINK = 12;

/**
 * A page's note for keyboard and screen-reader users, on a line of its own: how to move through a
 * region with the tab key (`正文内容区域请使用tab按钮切换浏览`, `特殊稿件右侧区域内容请使用tab按钮切换浏览`,
 * as Shanghai's district sites print by each region), a skip link named by its key
 * (`按 Enter 到主內容區`, a Taiwan site's), or the site's accessibility system announced
 * (`本站已启用无障碍浏览系统,欢迎点击访问!`).
 * Near-misses: a sentence that goes on after the note's words (`…，全年访问量12万次。`,
 * `…切换浏览后再办理。`), a heading naming the system (`一、无障碍浏览系统建设情况`).
 */
const ACCESSIBILITY_NOTE =
  /^[\u4e00-\u9fff]{0,16}请(?:使用|用|按)\s*tab\s*(?:按钮|键)切换浏览$|^按\s*Enter\s*(?:键\s*)?(?:到|至|跳到|跳至)主?内容区(?:块|域)?$|^本(?:网)?站已(?:启用|开通|支持)无障碍(?:浏览|阅读)?(?:系统|服务|功能)[，,]?\s*(?:欢迎(?:点击)?(?:访问|使用|体验))?[！!。]?$/i;
/** Longest line {@link ACCESSIBILITY_NOTE} is asked of. */
const MAX_ACCESSIBILITY_NOTE = 40;
/** Words every form of {@link ACCESSIBILITY_NOTE} holds: other lines are not asked it. */
const ACCESSIBILITY_CUE = /切换浏览|无障碍|enter/i;
const isAccessibilityNote = (text: string): boolean =>
  text.length <= MAX_ACCESSIBILITY_NOTE &&
  ACCESSIBILITY_CUE.test(text) &&
  ACCESSIBILITY_NOTE.test(text);

/**
 * `跳過導航欄 申訴專員發表…`: a page's skip link run on before its headline on one line, a space
 * (which the repair dropped) between: where the headline starts, else undefined. A line that only
 * opens with such words (`跳过导航栏设计…`, no space after them) is left as it is.
 *
 * @example
 * skipLinkBefore(line); // 5 for `跳過導航欄 申訴專員發表二〇一八年工作簡報`
 */
export function skipLinkBefore(line: TextLine): number | undefined {
  const text = line.text;
  if (text.charCodeAt(0) !== 0x8df3 /* 跳 */) return undefined;
  for (let k = 2; k <= MAX_SKIP_LINK && k < text.length; k++)
    if (droppedBefore(line, k) && isSkipLink(simplified(text.slice(0, k)))) return k;
  return undefined;
}
/**
 * `:::`, alone on its line: the anchor of a page's access key (its main content's, or its menu's) that
 * Taiwan's accessible sites print by each block, a skip link's mark.
 */
const ACCESS_KEY = ":::";

/**
 * `制图:宋 嵩`, `制图：王明`, `图表制作:李四`: the credit of a chart printed alone over a news page's
 * headline, a name of two to four characters, perhaps letter-spaced. Near-misses: `制图：某某市统计局`
 * (a longer name ends a sentence's clause as well), `制图说明：…` (the label of a note).
 */
const CHART_CREDIT =
  /^(?:制图|製圖|绘图|繪圖|图表制作|圖表製作)\s*[：:]\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}$/;
const isChartCredit = (text: string): boolean => text.length <= 14 && CHART_CREDIT.test(text);

/**
 * `网站支持IPV6`, `本站已支持IPv6访问`: a site's banner on the protocol it serves (a short line
 * ending in `IPv6`, any case, and its 访问), no part of any text.
 */
function isProtocolBanner(text: string): boolean {
  return (
    text.length <= 16 &&
    (text.includes("IP") || text.includes("ip") || text.includes("Ip")) &&
    /^(?:本网站|本站|网站|本网)?已?支持\s*IPv6(?:访问)?$/i.test(text)
  );
}

/** A Markdown table's rule row: dashes and colons between `|`. */
const RULE_ROW = /^[|｜]?\s*:?-{2,}:?\s*(?:[|｜]\s*:?-{2,}:?\s*)*[|｜]?$/;

/** The source's labels of {@link FIELD_VALUES}, read alone on a line under the text as over it. */
const SOURCE_FIELD_LABELS: ReadonlySet<string> = new Set(["来源", "出处"]);
/** Longest printed source label alone on its line (`来 源：`). */
const MAX_SOURCE_LABEL = 4;
/** Longest name a `来源` or `出处` label alone on its line gives on the next. */
const MAX_SOURCE_NAME = 30;
/**
 * `县卫生健康局`, `《云南林业》`: a name (Han characters, brackets, a middle dot; a journal's in title
 * marks) and nothing else: a line with a field's colon (`访问量:3732`) or a clause is no such value.
 */
const SOURCE_NAME_VALUE = /^《?[\u4e00-\u9fff][\u4e00-\u9fff（）()·]*》?$/;

/**
 * The labels of a file-information list printed one a line, their values on the next line, and
 * what each value looks like: a value that does not look so is the next line of the page (the
 * label's value is empty: `主题词` over the page's title).
 */
const FIELD_VALUES: readonly [readonly string[], (value: string) => boolean][] = [
  [["标题", "名称"], (v) => v.length <= 100 && !/[。；]/.test(v)],
  [
    ["发布日期", "公开日期", "成文日期", "生成日期", "发文日期"],
    (v) => v.length <= 25 && readDateValue(v) !== undefined,
  ],
  [
    [
      "发布机构",
      "发布单位",
      "发文机关",
      "发文机构",
      "发文单位",
      "公开责任部门",
      "责任部门",
      "所属机构",
      "机构分类",
    ],
    (v) => v.length <= 40 && /^[\u4e00-\u9fff（）()]+$/.test(v),
  ],
  // `来 源` / `县卫生健康局`, `出处` / `《云南林业》`: the name of the body, outlet or journal the page
  // came from, alone on the line under its label.
  [[...SOURCE_FIELD_LABELS], (v) => v.length <= MAX_SOURCE_NAME && SOURCE_NAME_VALUE.test(v)],
  [["索引号"], (v) => v.length <= 60 && /^[\w./\-－—]+$/.test(v) && /\d/.test(v)],
  [["文号", "发文字号"], (v) => v.length <= 30 && /(?:〔\d{4}〕|\[\d{4}\]|号|期)$/.test(v)],
  [["浏览量", "浏览次数", "访问量", "阅读次数"], (v) => /^\d{1,9}次?$/.test(v)],
  [
    [
      "公开目录",
      "主题词",
      "主题分类",
      "体裁分类",
      "组配分类",
      "公开方式",
      "公开形式",
      "有效性",
      "时效性",
      "分类",
    ],
    // (`交通运输;经济运行分析`: key words parted by semicolons.)
    (v) => v.length <= 12 && /^[\u4e00-\u9fff、，,；;\s]+$/.test(v),
  ],
];
/** Every label of {@link FIELD_VALUES}: one look-up, not a test of each list (asked of most short lines). */
const FIELD_LABELS = new Set(FIELD_VALUES.flatMap(([labels]) => labels));

/**
 * A record's qualifier a file-information list may print before a field's label (`公文生成日期`,
 * `文件编号`, `信息名称`), when a label of two characters or more follows it.
 */
const LABEL_QUALIFIER = /^(?:公文|文件|信息)(?=[\u4e00-\u9fff]{2})/;

/**
 * A field's label as every label test here reads it: white space and a closing colon gone,
 * traditional characters simplified, of labels printed as one (`备注/文号`, `备注／文号`) the
 * last, and a record's qualifier dropped (`公文生成日期` → `生成日期`, `信息名称` → `名称`,
 * `文件编号` → `编号`).
 */
export function fieldLabel(printed: string): string {
  let text = simplified(printed)
    .replace(/\s+/g, "")
    .replace(/[：:]$/, "");
  const slash = Math.max(text.lastIndexOf("/"), text.lastIndexOf("／"));
  if (slash >= 0) text = text.slice(slash + 1);
  return text.replace(LABEL_QUALIFIER, "");
}

/** The label of a file-information list alone on its line (`索引号`, `发布机构：`), or undefined. */
export function fieldLabelAlone(printed: string): string | undefined {
  if (printed.length > 8 || !holdsLabelLast(printed)) return undefined;
  const text = fieldLabel(printed);
  return FIELD_LABELS.has(text) ? text : undefined;
}

/** Whether `text` looks like the value of the file-information label `label`. */
function fitsFieldValue(label: string, text: string): boolean {
  if (fieldLabelAlone(text) !== undefined) return false;
  const value = text.trim();
  return FIELD_VALUES.some(([l, fits]) => l.includes(label) && value !== "" && fits(value));
}

/**
 * Traditional forms of the characters the page's labels and furniture are written with (and the
 * words of the section kinds, `總體情況`, `工作動態`, `數據統計`), and their simplified forms: pages
 * converted to traditional characters (`來源：`, `當前位置：首頁`, `發佈日期：`) carry the same
 * lines. One character for one, so indices agree.
 */
const TRADITIONAL =
  "來發佈時間瀏覽閱讀體號當頁關閉點擊標題稱機構網開僅參資圖編輯責審核將訊條無礙門單屬數訪問詞負類處據報掃維碼導於聞錄傳隊會廳臺頻辦戶評論總況運進動態統計簡轉載選設為內區塊過欄檔歡";
const SIMPLIFIED =
  "来发布时间浏览阅读体号当页关闭点击标题称机构网开仅参资图编辑责审核将讯条无碍门单属数访问词负类处据报扫维码导于闻录传队会厅台频办户评论总况运进动态统计简转载选设为内区块过栏档欢";
/**
 * The simplified form of each unit of {@link TRADITIONAL}, 0 for the others: most lines have none
 * of them, and a look-up a unit says so several times faster than a regex class of fifty scattered
 * characters (and writes a line that has some faster than a replace that calls back for each).
 */
const SIMPLIFIED_OF = new Uint16Array(0x10000);
for (let k = 0; k < TRADITIONAL.length; k++)
  SIMPLIFIED_OF[TRADITIONAL.charCodeAt(k)] = SIMPLIFIED.charCodeAt(k);

/** `text` with each unit of {@link TRADITIONAL} written simplified (`text` itself when it has none). */
/**
 * 1 for the last character of each label of {@link FIELD_LABELS}, and for each traditional form
 * {@link simplified} turns into one. Every character of {@link fieldLabel}'s answer comes from its
 * input (simplified, or written from the input's own bracketed label), so a line without any of
 * these is no label: the look-up is skipped on most short lines (table cells, figures).
 */
const LABEL_LASTS = new Uint8Array(0x10000);
for (const label of FIELD_LABELS) LABEL_LASTS[label.charCodeAt(label.length - 1)] = 1;
for (let c = 0; c < 0x10000; c++)
  if (LABEL_LASTS[SIMPLIFIED_OF[c] as number] === 1) LABEL_LASTS[c] = 1;

/** Whether `printed` holds one of {@link LABEL_LASTS}. */
function holdsLabelLast(printed: string): boolean {
  for (let k = 0; k < printed.length; k++)
    if (LABEL_LASTS[printed.charCodeAt(k)] === 1) return true;
  return false;
}

function withoutTraditional(text: string): string {
  let i = 0;
  while (i < text.length && SIMPLIFIED_OF[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const units = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    units[k] = SIMPLIFIED_OF[c] || c;
  }
  return stringOf(units, units.length);
}

/**
 * `text` with the traditional characters of labels written simplified, and a label a page prints
 * in lenticular brackets (`【来源】某网 【发布时间】2018年01月19日`) or, opening a line of a
 * file-information list, in square ones (`[ 发布机构 ] 某区政务服务办`) written with its colon
 * (`来源： `, `   发布机构：`): the same length, so indices agree.
 */
export function simplified(text: string): string {
  const simple = withoutTraditional(text);
  const squared = squaredLabels(simple, squaredAsColon);
  return squared.includes("】") ? squared.replace(BRACKETED_LABEL, "$1： ") : squared;
}

/**
 * A file-information list's label in square brackets opening its line (`[ 索引号 ] …`,
 * `[发布机构]…`, `［成文日期］…`), as a province's portals print the list, not followed by a colon.
 */
const SQUARED_LABEL_SOURCE =
  "[[［]\\s*(索引号|发文字号|文号|主题分类|体裁分类|组配分类|服务对象|发布机构|发布单位|发文机关|有效性|成文日期|发布日期|公开日期|生成日期)\\s*[\\]］](?![：:])";
// Opening the line, or its first cell in a grid (`| [ 发布机构 ] | 某区市场监管局 |`).
const SQUARED_LABEL = new RegExp(`^(?:[|｜]\\s*)?${SQUARED_LABEL_SOURCE}`);
const SQUARED_LABEL_ANYWHERE = new RegExp(SQUARED_LABEL_SOURCE, "g");
/** The opening {@link SQUARED_LABEL} needs: a bracket, perhaps after a grid's first `|`. */
const LABEL_OPENING = /^(?:[|｜]\s*)?[[［]/;

/**
 * `text` with each {@link SQUARED_LABEL} on it written by `write` when it opens with one: a list
 * may print two fields a line (`[ 发布机构 ] 某县统计局 [ 有效性 ]`, `[ 成文日期 ] 2023-04-25
 * [ 发布日期 ] 2023-04-28`) or a cell each (`| [ 成文日期 ] | 2025-12-09 | [ 发布日期 ] | … |`);
 * a line that opens otherwise keeps its brackets. Labels are matched with traditional characters
 * simplified (`[ 發布機構 ]`, one unit for one) and written over the printed text, so that a value
 * after them keeps its place.
 */
function squaredLabels(text: string, write: (printed: string, label: string) => string): string {
  // Only a line opening with a bracket, or a cell opening with one, can hold a label: a table's
  // other `|` rows are passed before any simplification (which maps no bracket).
  if (!LABEL_OPENING.test(text)) return text;
  const simple = withoutTraditional(text);
  if (!SQUARED_LABEL.test(simple)) return text;
  let out = "";
  let from = 0;
  for (const m of simple.matchAll(SQUARED_LABEL_ANYWHERE)) {
    out += text.slice(from, m.index) + write(m[0], m[1] as string);
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

/**
 * A {@link SQUARED_LABEL} written with its colon where the closing bracket stands (the value after
 * it sliced from the printed line as from the simplified one), spaces before it.
 */
const squaredAsColon = (printed: string, label: string): string =>
  `${label}：`.padStart(printed.length, " ");

/** `【来源】`, `【发布时间】` not followed by a colon: a page's field label in brackets. */
const BRACKETED_LABEL =
  /【(来源|信息来源|发布时间|发布日期|更新时间|发布机构|发布单位|作者|阅读次数|浏览次数|点击数)】(?![：:])/g;

/** Only byline fields, each a short name: `作者：王飞`, `记者 汪磊 通讯员 陈默涵` is not one. */
const BYLINE =
  /^(?:(?:作者|责任编辑|编辑|记者|通讯员|摄影|审核|校对)[：:][^：:。，；]{0,20}?\s*)+$/;
/**
 * The labels of a file-information grid's cells when the grid prints them without a colon
 * (`发文单位 | 行政审批局 | 发布机构 | 昌吉市政府网 |`).
 */
const GRID_FIELD =
  /^(?:索引号|名称|文件名称|标题|发布机构|发布单位|所属机构|发文机构|发文机关|发文单位|公开责任部门|责任部门|文号|主题词|主题分类|发布日期|成文日期|公开日期|发文日期|公开形式|公开方式|有效性|分类|内容概述)$/;
/** A grid's row that opens with such a label: after a page's metadata, no text of the bulletin. */
const GRID_ROW =
  /^(?:索\s?引\s?号|名\s?称|标\s?题|发文单位|发布机构|发文机关|主\s?题\s?词|文\s?号)\s*[|｜]/;

/** The label of a file grid's summary field: `内容概述`, `内容概览`, `内容摘要`, `内容提要`. */
const SUMMARY_LABEL = "内容(?:概述|概览|摘要|提要)";

/**
 * The labels of a file-information list's fields, as {@link fieldLabel} reads them (a grid's last
 * rows are often such fields left empty: `内容概览: | |||`, `时效: |`).
 */
const FIELD_LIST_LABEL = new RegExp(
  `^(?:名称|标题|类别|编号|公开方式|公开形式|生成日期|公开时限|公开范围|索取号|责任部门|主题分类|体裁分类|体裁|组配分类|服务对象|有效性|时效性|时效|${SUMMARY_LABEL}|文号|关键[词字]|相关附件|附件下载)$`,
);
/** A field's label (twelve units at most), its colon, then a short value or none. */
const LABELLED_FIELD = /^([^：:。；]{1,12})[：:]([^。；]{0,60})$/;

/**
 * One field of a file-information list: `文号：某发〔2025〕7号`, `备注/文号：…`, `信息类别：`; or its key
 * words, a list parted by semicolons (`关键字：水质；环境空气`), an empty field perhaps before them
 * (`文号： 关键字：…`).
 */
function isFieldListLine(text: string): boolean {
  const keywords = KEYWORD_FIELD.exec(text);
  const rest = keywords === null ? text : text.slice(0, keywords.index).trim();
  if (rest === "") return true;
  const m = LABELLED_FIELD.exec(rest);
  return m !== null && FIELD_LIST_LABEL.test(fieldLabel(m[1] as string));
}
/** A key-word field closing a line: its label, then words parted by `；`, `;`, `、` or `，`. */
const KEYWORD_FIELD =
  /(?:^|\s|(?<=[：:]))关键[词字]\s*[：:]\s*(?:[^\s。：:；;，,、]{1,16}(?:\s*[；;，,、]\s*|$))*$/;

/**
 * What {@link webLineFilter} works out from a line's text alone: its {@link simplifiedShort} form,
 * that form's {@link marksOf}, and its {@link lineKind} once asked (`NOT_ASKED` before).
 */
interface KnownLine {
  simple: string | undefined;
  marks: number;
  kind: WebLineKind | undefined | typeof NOT_ASKED;
}
const NOT_ASKED = 0;

/**
 * The {@link KnownLine} of each line text one parse has asked about. The table finder makes a new
 * filter for each run of lines it tries, and the repair's pass asks the same lines again (a page
 * repeats its furniture too): what depends on the text alone is worked out once a text, the rest
 * (what the lines before said) by each filter. Made anew for each parse: nothing is kept across calls.
 */
export type LineKinds = Map<string, KnownLine>;

/** `text`'s {@link KnownLine} in `kinds`, made (simplified, its marks found) on first asking. */
function knownLine(kinds: LineKinds, text: string): KnownLine {
  let known = kinds.get(text);
  if (known === undefined) {
    const simple = simplifiedShort(text);
    known = { simple, marks: simple === undefined ? 0 : marksOf(simple), kind: NOT_ASKED };
    kinds.set(text, known);
  }
  return known;
}

/** {@link lineKind} of the line `known` is of (its text `text`), asked once. */
function kindOfKnown(known: KnownLine, text: string): WebLineKind | undefined {
  if (known.kind === NOT_ASKED) known.kind = lineKind(text, known.simple, known.marks);
  return known.kind;
}

/** Which kind of web-page line `text` is: `meta` and `grid` lines describe the page. */
export function webLineKind(input: string): WebLineKind | undefined {
  return lineKind(input, simplifiedShort(input));
}

type WebLineKind = "meta" | "grid" | "furniture";

/** Longest line the kinds of {@link simplifiedLineKind} are asked of (longer lines are text). */
const MAX_KIND_LINE = 300;

/** `text` {@link simplified} when it is short enough to be asked its kind, else undefined. */
const simplifiedShort = (text: string): string | undefined =>
  text.length <= MAX_KIND_LINE ? simplified(text) : undefined;

/**
 * The one place a line's kind is asked: a keyword-stuffed line (on the printed text, any length)
 * is furniture, else the kind of its simplified form `simple` ({@link simplifiedShort}), whose
 * {@link marksOf} are `marks` (a decoration {@link undecorated} takes off holds none of them).
 */
function lineKind(
  text: string,
  simple: string | undefined,
  marks = simple === undefined ? 0 : marksOf(simple),
): WebLineKind | undefined {
  if (isStuffedKeywords(text)) return "furniture";
  return simple === undefined ? undefined : simplifiedLineKind(undecorated(simple), marks);
}

/**
 * Whether a unit is a mark a page decorates a line's start with: arrows, box drawing, geometric
 * shapes, symbols and dingbats (`❒`, `■`, `▲`, `◆`, `★`, `→`), bullets (`•`, `·`).
 */
const isDecorationCode = (n: number): boolean =>
  (n >= 0x2190 && n <= 0x21ff) || (n >= 0x2500 && n <= 0x27bf) || n === 0x2022 || n === 0xb7;
const DECORATION = /^[\u2190-\u21ff\u2500-\u27bf\u2022\u00b7\s]+/;

/** `❒ 来源：某局` → `来源：某局`: a line without the marks it is decorated with. */
const undecorated = (text: string): string =>
  isDecorationCode(text.charCodeAt(0)) ? text.replace(DECORATION, "") : text;

/**
 * `<legend id="h4sia"></legend><samp id="h4sia"></samp>`, `1. <blockquote id="x"></blockquote>`: a
 * line of HTML tags and nothing else (a list's number perhaps before them), markup a copy kept.
 */
const MARKUP_ONLY =
  /^(?:\d{1,2}[.．]\s*)?(?:<\/?[a-z][a-z\d]*(?:\s+[a-z][\w-]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)*\s*\/?>\s*)+$/i;

/**
 * `2022卷`, `2021年卷`, `《某市年鉴》2020卷`: the volume of a yearbook an entry was copied from, on a
 * line of its own (the page's, not the entry's title).
 */
const YEARBOOK_VOLUME = /^(?:《?[\u4e00-\u9fff]{2,20}年鉴》?\s*)?(\d{4})年?卷$/;

/**
 * `书名:`, `一级目:城乡建设和管理`, `二级目:住房和城乡建设`: the fields of a yearbook database's record
 * over the entry it shows (the book, and the entry's place in its contents), on lines of their own:
 * the page's, not the entry's title (`【市政道路建设】` under them is).
 */
const YEARBOOK_RECORD_FIELD = /^(?:书名|[一二三四]级目)[：:][^。；]{0,60}$/;

/**
 * The year of the yearbook's volume ({@link YEARBOOK_VOLUME}) a page's dropped lines print, if any
 * (`2022卷`: 2022).
 */
export function yearbookVolume(lines: readonly TextLine[]): number | undefined {
  for (const { text } of lines) {
    const m = text.endsWith("卷") ? YEARBOOK_VOLUME.exec(text) : null;
    if (m !== null) return Number(m[1]);
  }
  return undefined;
}

/**
 * Characters some kinds of line cannot do without, one bit each ({@link marksOf}): a line lacking
 * a kind's character is not asked that kind's regexes. Most lines reach {@link simplifiedLineKind},
 * and are no kind: one pass over a line's units says so for many kinds at once, where each kind's
 * own test (an `includes`, an unanchored regex) would read the line again.
 */
const HAS_COLON = 1; // `：`, `:`
const HAS_PIPE = 2; // `|`, `｜`
const HAS_DIGIT = 4;
const HAS_DOT = 8; // `.`
const HAS_TAG = 16; // `<`
/**
 * The first characters of every form of {@link FOOTER}: 公网安备, ICP备, 网站…, 版权所有, 技术支持, 主办单位,
 * (互联网)新闻信息服务许可证, and 邮编 (`地址：…邮编：…`: 邮 is the one of these it holds).
 */
const HAS_FOOTER = 32;
const HAS_MORE = 64; // 更 (`更多`)
const HAS_WU = 128; // 无 (`无障碍`)
const HAS_LATIN = 256;
const HAS_BOOK_END = 512; // 》 (a paper's credit: `《某某日报》…`)
const HAS_WEEK = 1024; // 星 (`星期`)
const HAS_YU = 2048; // 于 (`发表于`)
const HAS_COPY = 4096; // ©
const HAS_ZHONG = 8192; // 钟 (`分钟`)
const HAS_FANG = 16384; // 放 (`放大`)
/** The first characters of a sign-in box's cues ({@link SIGN_IN_CUE}: 密码, 账号, 验证码, 看不清; `captcha` is Latin). */
const HAS_SIGN_IN = 32768;
const MARKS_OF = new Uint16Array(0x10000);
{
  const mark = (chars: string, bit: number): void => {
    for (const c of chars) MARKS_OF[c.charCodeAt(0)] = (MARKS_OF[c.charCodeAt(0)] as number) | bit;
  };
  mark("：:", HAS_COLON);
  mark("|｜", HAS_PIPE);
  mark("0123456789", HAS_DIGIT);
  mark(".", HAS_DOT);
  mark("<", HAS_TAG);
  mark("公I网版技主新邮", HAS_FOOTER);
  mark("更", HAS_MORE);
  mark("无", HAS_WU);
  mark("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", HAS_LATIN);
  mark("》", HAS_BOOK_END);
  mark("星", HAS_WEEK);
  mark("于", HAS_YU);
  mark("©", HAS_COPY);
  mark("钟", HAS_ZHONG);
  mark("放", HAS_FANG);
  mark("密账帐验看", HAS_SIGN_IN);
}
/** The {@link MARKS_OF} bits of the characters `text` holds. */
function marksOf(text: string): number {
  let marks = 0;
  for (let k = 0; k < text.length; k++) marks |= MARKS_OF[text.charCodeAt(k)] as number;
  return marks;
}

/** {@link webLineKind} of a line of 300 units at most, {@link simplified} already (no keyword-stuffing test). */
function simplifiedLineKind(text: string, marks: number): WebLineKind | undefined {
  // Each `(marks & …) !== 0` below is a character the test after it needs (see each regex).
  const first = text.charCodeAt(0);
  // A digital edition's navigation bar: furniture without its date, the page's metadata with it.
  const navBarDate = epaperNavBar(text);
  if (
    breadcrumb(text) ||
    (((OPENERS[first] as number) & OPENS_FURNITURE) !== 0 && FURNITURE.test(text)) ||
    ((marks & HAS_MORE) !== 0 && moreLinkEnd(text)) ||
    ((marks & HAS_TAG) !== 0 && MARKUP_ONLY.test(text)) ||
    ((marks & HAS_WU) !== 0 && SITE_TOOLS.test(text)) ||
    (text.length <= 80 &&
      ((OPENERS[first] as number) & OPENS_TOOL_LINKS) !== 0 &&
      TOOL_LINKS.test(text)) ||
    ((marks & HAS_FOOTER) !== 0 && FOOTER.test(text)) ||
    (((marks & HAS_COPY) !== 0 || first === 0x43 || first === 0x63) /* C, c */ &&
      isCopyright(text)) ||
    (((marks & HAS_DOT) !== 0 || first === 0x21) /* ! */ && image(text)) ||
    ((marks & HAS_COLON) !== 0 && (COUNTER.test(text) || CMS_ACCOUNT.test(text))) ||
    // (`https://`, `www.`, `.com`: a colon or a dot.)
    ((marks & (HAS_COLON | HAS_DOT)) !== 0 && isAddressLine(text)) ||
    ((marks & HAS_LATIN) !== 0 && (isProtocolBanner(text) || isFlashNotice(text))) ||
    ((marks & HAS_ZHONG) !== 0 && isReadingTime(text)) ||
    isLoginPrompt(text) ||
    isSharePrompt(text) ||
    isForumTools(text) ||
    ((marks & (HAS_SIGN_IN | HAS_LATIN)) !== 0 && isSignInBox(text)) ||
    isAutoAccountNote(text) ||
    isPhoneAlone(text) ||
    isChatWidget(text) ||
    isSupervisorImprint(text) ||
    isSponsorLink(text) ||
    isSkipLink(text) ||
    isAccessibilityNote(text) ||
    isAdSlotLabel(text) ||
    ((marks & HAS_COLON) !== 0 && isChartCredit(text)) ||
    isHotlineBanner(text) ||
    isHotlineLabelAlone(text) ||
    isAddressAlone(text) ||
    isHyphenedTagline(text) ||
    isMenuBar(text) ||
    // (`某某网首页`, `第2版`: 网 and 版 are among the footer's first characters.)
    ((marks & HAS_FOOTER) !== 0 && isNamedHomeMenuBar(text)) ||
    // (`A2：经济总第2904期`: a lettered page without 版 prints the paper's issue, and so a digit.)
    ((marks & (HAS_FOOTER | HAS_DIGIT)) !== 0 && isPaperPageNav(text)) ||
    isEpaperTool(text) ||
    navBarDate === "" ||
    (text.length <= 40 && SEARCH_BOX.test(text)) ||
    (text.length <= 40 && (APP_PROMPT.test(text) || isAdButton(text))) ||
    isCutTeaser(text) ||
    // (`更多` is in every form of a more link: {@link MORE_LINK}.)
    ((marks & HAS_MORE) !== 0 && isMoreLink(text)) ||
    (((OPENERS[first] as number) & OPENS_PICTURE) !== 0 && PICTURE_PLACEHOLDER.test(text)) ||
    isNewsSiteHead(text) ||
    isSubmissionBanner(text) ||
    isBrowserAdvice(text) ||
    (text.charCodeAt(text.length - 1) === 0x5377 /* 卷 */ && YEARBOOK_VOLUME.test(text)) ||
    ((marks & HAS_COLON) !== 0 && YEARBOOK_RECORD_FIELD.test(text))
  )
    return "furniture";
  // `（责任编辑：王明）`, `[编辑:李四]`: a news page's credit in brackets (a 报尾 prints its fields bare).
  if (opensWithBracket(text) && BYLINE.test(unbracketed(text))) return "furniture";
  // (A grid's line holds a pipe, or a label's colon.)
  if (
    ((marks & (HAS_PIPE | HAS_COLON)) !== 0 && isGridLine(text)) ||
    isBareGridLine(text) ||
    ((marks & HAS_COLON) !== 0 && isCutSummaryField(text))
  )
    return "grid";
  return ((marks & HAS_COLON) !== 0 &&
    (isMetaLine(text) ||
      DATE_FIELD.test(text) ||
      clockedDate(text) !== undefined ||
      isYearlessClockedLine(text))) ||
    (first === 0x539f /* 原 */ && ORIGINAL_TITLE.test(text)) ||
    datedCredit(text) !== undefined ||
    (isDigitCode(first) && SPOKEN_DATE.test(text)) ||
    ((marks & HAS_FANG) !== 0 && isZoomedDate(text)) ||
    isArticleNavDate(text) ||
    (navBarDate ?? "") !== "" ||
    ((marks & HAS_DIGIT) !== 0 && datedPageLabel(text) !== undefined) ||
    ((marks & HAS_DIGIT) !== 0 &&
      (outletDate(text) !== undefined ||
        cutOutletCredit(text) !== undefined ||
        repostedDate(text) !== undefined ||
        columnDate(text) !== undefined)) ||
    // (`某某日报 03版要闻 2024年11月30日`: 版 is among the footer's first characters.)
    ((marks & (HAS_WEEK | HAS_FOOTER)) !== 0 && paperDay(text) !== undefined) ||
    // (`版次`, `版面`: 版 is among the footer's first characters.)
    ((marks & HAS_FOOTER) !== 0 && EDITION_LABEL.test(text)) ||
    (text.includes("来源") && headlineRunIntoDate(text) !== null) ||
    reprintCredit(text) !== undefined ||
    ((marks & HAS_BOOK_END) !== 0 && isDatedPaperCredit(text)) ||
    paperEdition(text) !== undefined ||
    paperNotice(text) !== undefined ||
    ((marks & HAS_YU) !== 0 && forumPostDate(text) !== undefined) ||
    ((marks & HAS_LATIN) !== 0 && propertiesDate(text) !== undefined) ||
    ((first === 0x6765 /* 来 */ || first === 0x6e90) /* 源 */ &&
      (SOURCE_PICTURE_PAIR.test(text) || STROKED_SOURCE.test(text))) ||
    (STROKED_LABEL_FIRSTS.includes(text.charAt(0)) && STROKED_SOURCE.test(text)) ||
    (first === 0x5f53 /* 当 */ && READER_PAPER.test(text))
    ? "meta"
    : undefined;
}

/**
 * `城市镜像.新闻汇总 2022-07-31`: an aggregating site's line over (or under) the headline of a report
 * it carries, the site's name and its column (two to eight Han characters each) parted by a full
 * stop (the repair writes it `。`) or a middle dot, then the day it was posted (a year's digits,
 * month and day), nothing else: the date as `YYYY-MM-DD`, else undefined. The site carries the
 * report and names no publisher (the report's `消息来源` does). Near-misses: a name with no column
 * (`某某日报 2022-07-31` is {@link outletDate}'s), words after the date, a month alone (`2022-07`),
 * a sentence's mark.
 */
function columnDate(text: string): string | undefined {
  if (text.length > 30 || !FOUR_DIGITS.test(text)) return undefined;
  const m = COLUMN_DATE.exec(text);
  return m === null ? undefined : readDateValue(m[1] as string);
}
const COLUMN_DATE =
  /^[\u4e00-\u9fff]{2,8}[.．。·・][\u4e00-\u9fff]{2,8}\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})$/;

/**
 * `2017-08-11 17:30:46   转载`, `2017-08-11 17:30 原创`, `2020-7-30 09:32 上传`: the page's date and
 * clock time closed by the mark of how the page came (a repost, an original, a forum's upload), or
 * `2023-03-14 420 分享`, `2023-03-14 09:30 1203 阅读`: its date (its time perhaps) closed by its
 * reading count and share button, or `本文2020-10-31 17:49:37发表“工作总结”栏目。`: a document site's
 * line saying when the text was posted in which column, or `admin2018-08-24  30`: the site's account
 * (a Latin handle), the date (its time perhaps) and the reading count, or `2021-04-12 发布`,
 * `2026-01-28 发布于四川`: a document-sharing site's line saying when (and from which province) the
 * file went up, or `2021-06-10【打印】`: the date closed by the page's tool buttons; the date as
 * `YYYY-MM-DD`, else undefined.
 */
function repostedDate(text: string): string | undefined {
  const m =
    text.length <= 48
      ? (REPOSTED_DATE.exec(text) ??
        COUNTED_DATE.exec(text) ??
        COLUMN_POST_DATE.exec(text) ??
        HANDLE_DATE.exec(text) ??
        SHARED_ON_DATE.exec(text) ??
        TOOLED_DATE.exec(text) ??
        FILE_FACTS_DATE.exec(text) ??
        STAMPED_POST_DATE.exec(text))
      : null;
  return m === null ? undefined : readDateValue((m[1] ?? m[3]) as string);
}
/**
 * (`2019-07-05 11:37 某城派 原创`: the outlet's name, two to eight Han characters, may stand between
 * the clock time and the mark (the repair takes out the spaces between Han characters); since
 * 2026-12-08.)
 */
const REPOSTED_DATE = new RegExp(
  `^(${numericDateSource(2)})\\s*${CLOCK_SOURCE}\\s*(?:[\\u4e00-\\u9fff]{2,8}?\\s*)?(?:转载|原创|转发|上传)$`,
);
/**
 * A page's date in a site's digits as a pattern's first group (its separator the second, for the
 * backreference), its clock time perhaps after it: `2023-03-14`, `2020-10-31 17:49:37`.
 */
const DATE_CLOCK_FIRST_GROUP = `(${numericDateSource(2)})(?:\\s*${CLOCK_SOURCE})?`;
const COLUMN_POST_DATE = new RegExp(
  `^本文${DATE_CLOCK_FIRST_GROUP}\\s*发表(?:于|在)?\\s*[“"「][^”"」。，]{1,20}[”"」]\\s*[栏欄]目[。.]?$`,
);
const HANDLE_DATE = new RegExp(`^[A-Za-z][\\w.-]{1,19}?\\s*${DATE_CLOCK_FIRST_GROUP}\\s+\\d{1,9}$`);
/**
 * `2021-04-12 发布`, `2026-01-28 发布于四川`, `- 2016-03-01 发布于安徽`: a document-sharing site's
 * upload line among its counts (`约8.25千字`, `约 10页`, `举报`), the date in digits then 发布 and
 * perhaps 于 and the uploader's province (two to four characters); not a sentence that goes on
 * (`2021-04-12 发布会召开`, `2021-04-12 发布于本网的通知`: more than a place after 于, or anything
 * after 发布 but 于). So is a news page's line under its headline giving when it went up, the day
 * written with 年月日 or its clock time printed (`2013年03月14日 发布`, `2020-11-18 14:50发布`, since
 * 2026-12-08).
 */
const SHARED_ON_DATE = new RegExp(
  `^(?:[-•·]\\s*)?(${fullDateSource(2)})(?:\\s*${CLOCK_SOURCE})?\\s*[发發]布(?:于[\\u4e00-\\u9fff]{2,4})?$`,
);
/**
 * `2021-06-10【打印】`, `2021-06-10 09:30 [打印本页] [关闭窗口]`: a page's date (its time perhaps) closed by
 * its tool buttons in brackets, nothing else on the line; not a date before words (`2021-06-10【通知】`
 * names a column or a kind of text, no tool).
 */
const TOOLED_DATE = new RegExp(
  `^${DATE_CLOCK_FIRST_GROUP}(?:\\s*[【[](?:打印本页|打印|关闭窗口|关闭|收藏|返回)[】\\]])+$`,
);
/**
 * `2012-04-25 2页 pdf 83KB 27阅读`, `2019-3-8 12页 DOCX 1.2MB 305 浏览`: a document-sharing site's line on
 * the file it holds: the date it went up, its pages, its format, its size and its reading count; no
 * sentence (`2012-04-25 2页的报告…` names no format and size).
 */
const FILE_FACTS_DATE = new RegExp(
  `^(${numericDateSource(2)})\\s*\\d{1,4}\\s*页\\s*(?:pdf|PDF|docx?|DOCX?|pptx?|PPTX?|xlsx?|XLSX?|txt|TXT|wps|WPS)\\s*\\d+(?:\\.\\d+)?\\s*[KMG]B\\s*\\d{1,9}\\s*次?(?:阅读|浏览|下载)$`,
);
/** How many characters a poster's name before a site's stamp, or the column after it, holds at most. */
const MAX_STAMP_WORD = 6;
/** A poster's or a site's short name, or a column's: Han characters, two to {@link MAX_STAMP_WORD}. */
const STAMP_WORD = `[\\u4e00-\\u9fff]{2,${MAX_STAMP_WORD}}`;
/**
 * The verbs of a text's own posting line (`本文…发表`, `…发布`), which name no column after a stamp:
 * the whole word after it, so that a column opening with them is not kept out.
 */
const NOT_STAMP_WORDS = "(?:发表|發表|发布|發布)$";
/** A clock time to the second, as a site stamps a post: `00:11:36`. */
const SECONDS_CLOCK = "\\d{1,2}:\\d{2}:\\d{2}";
/**
 * `红杨树 2023-07-24 00:11:36 工作计划`, `公文搜 2021-07-12 11:07:54 农业`, `2024-05-28 11:16:13 18`: a
 * document site's line under its title stamping when the text went up, to the second: after the
 * poster's name or the site's short name and before the column it is filed in, or alone before its
 * reading count (the count bare; a name before a count is an outlet's credit, read as its source).
 * The seconds mark the site's stamp: a report's times (a table's readings, `2024-05-28 08:00 1520`)
 * stop at the minute. Near-misses: a stamp before a sentence (more than {@link MAX_STAMP_WORD}
 * characters after it), a name of more than that before it, a stamp and a name with none before it
 * (`2017-08-17 09:24:49 某总局统计司` credits its source: {@link datedCredit}), and the text's own
 * posting line naming no column (`本文2020-10-31 17:49:37发表`: {@link NOT_STAMP_WORDS}).
 */
const STAMPED_POST_DATE = new RegExp(
  `^(?:(${numericDateSource(2)})\\s+${SECONDS_CLOCK}\\s+\\d{1,7}|(?!本文)${STAMP_WORD}\\s*(${numericDateSource(4)})\\s+${SECONDS_CLOCK}\\s*(?!${NOT_STAMP_WORDS})${STAMP_WORD})$`,
);
/**
 * `2023-03-14 420 分享`, `2023-03-14 09:30 1203 阅读` (the counter's word printed), or
 * `2025-06-28 06:20:45 5次` (the clock printed, the count in 次 alone): a page's date and reading
 * count. Near-misses: `2025-06-28 5次` (no clock: a table's row may count so), `… 5次会议`.
 */
const COUNTED_DATE = new RegExp(
  `^(?:${DATE_CLOCK_FIRST_GROUP}\\s+\\d{1,9}\\s*(?:分享|次?(?:阅读|浏览))|(${numericDateSource(4)})\\s*${CLOCK_SOURCE}\\s+\\d{1,9}\\s*次)$`,
);

/**
 * `2023-08-08 2 2 某某晚报 content_145077.html 1 3 标题 /enpproperty-->`: the article properties a
 * digital newspaper's publishing system writes into its page as a comment (`<!--enpproperty
 * <date>…</date>…/enpproperty-->`), left as one line of values once the tags are gone: the first
 * date among them (the article's), as `YYYY-MM-DD`; undefined for any other line.
 */
function propertiesDate(text: string): string | undefined {
  if (!(text.includes("enpproperty") && PROPERTIES_END.test(text)) && !CUT_PROPERTIES.test(text))
    return undefined;
  const date = PROPERTIES_DATE.exec(text)?.[0];
  return date === undefined ? undefined : readDateValue(date);
}
const PROPERTIES_END = /\/enpproperty\s*-->\s*$/;
/**
 * The paper's name among a {@link propertiesDate} line's values: the date, the site's and the
 * node's numbers, then the node's name (`2023-08-08 2 2 某某晚报 content_145077.html …`, the paper
 * the system files the article under), straight before the article's file name; group 1 the name
 * (two to twenty Han characters; the repair may have taken out the space before it). Not a page's name (`第A01版` holds a letter and a digit, `要闻版`
 * ends in 版), nor a name elsewhere on the line (the headline's words after the file name).
 */
const PROPERTIES_PAPER =
  /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,6}\s+\d{1,6}\s*([\u4e00-\u9fff]{2,20}(?<!版))\s+con(?:tent_)?\d+\.html?\s/;
/**
 * `2022-08-22 2 2 某某经济日报 con111834.html 1 1—7月某市…`: a {@link propertiesDate} line the copy cut
 * before its closing `/enpproperty-->`, read by its values' order alone: the
 * date, the site's and the node's numbers, the paper's name, the article's file name (`content_`
 * or `con` and its number) and the next value (a number; the repair may glue the headline after it
 * to it). Near-misses: a name that is a page's (`要闻版`), a
 * file name of another shape (`index.html`), a date then words.
 */
const CUT_PROPERTIES =
  /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,6}\s+\d{1,6}\s*[\u4e00-\u9fff]{2,20}(?<!版)\s+con(?:tent_)?\d+\.html?\s+\d{1,6}(?:\s|(?=[\u4e00-\u9fff]))/;
const PROPERTIES_DATE = /(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)/;

/**
 * A news site's lines over its reports: its header with the day a script wrote lost (`某某报官方网站 |
 * 某某网首页 今天是`), the comment pledge and report line every news site links
 * (`跟帖评论自律管理承诺书 不良信息举报电话:…`) and the reader's speech widget (`语音播报: 语音播报`).
 */
const isNewsSiteHead = (text: string): boolean =>
  text.length <= 80 &&
  // (Both anchored regexes only on a line that opens as one of them does: {@link OPENERS}.)
  ((((OPENERS[text.charCodeAt(0)] as number) & OPENS_SITE_HEAD) !== 0 &&
    (SPEECH_WIDGET.test(text) || COMMENT_PLEDGE.test(text))) ||
    // (Unanchored, the regex would be tried at every position of every line.)
    (text.includes("今天是") && TODAY_LOST.test(text)));
const SPEECH_WIDGET = /^(?:语音播报|语音朗读|朗读本文)(?:\s*[：:]\s*(?:语音播报|语音朗读|播放)?)?$/;
const COMMENT_PLEDGE =
  /^跟帖评论自律管理承诺书(?:\s*(?:不良信息)?举报电话\s*[：:][^。，；！？]{0,50})?$/;
const TODAY_LOST = /(?:首页|网站|[|｜])[^。，；！？]{0,40}今天是\s*[：:]?$/;

/**
 * `请使用IE9以上浏览器浏览，…请选择极速模式。`, `为了获得更好的浏览效果，建议使用Chrome浏览器`: a site's advice on
 * the browser to read it with, naming a browser, a version or a mode (its clock's label perhaps left
 * before it, `今天是:`); a sentence that only says to use a browser (`请使用浏览器扫码…`) is the text's.
 */
const isBrowserAdvice = (text: string): boolean =>
  text.length <= 120 && text.includes("浏览器") && BROWSER_ADVICE.test(text);
const BROWSER_ADVICE =
  /^(?:今天是\s*[：:]\s*)?(?:为了?(?:获得|保证)[^。，,]{0,16}[，,]\s*)?(?:请|建议您?|推荐)(?:使用|用)[^。；]{0,30}?(?:IE|Chrome|Edge|谷歌|火狐|以上|极速|内核|兼容)[^。；]{0,30}浏览器[^。；]{0,60}。?$/;
/**
 * `2023世界交通运输大会 傲杀除草       投稿须知`, `我要投稿`: a site's banner of links (the repair has
 * joined its words) closed by its link for contributors (`投稿须知`, `我要投稿`, `在线投稿`, …), no
 * sentence's or clause's mark, no heading's number (`五、投稿须知` heads a part of the text).
 */
const isSubmissionBanner = (text: string): boolean =>
  text.length <= 50 && text.includes("投稿") && SUBMISSION_BANNER.test(text);
const SUBMISSION_BANNER =
  /^[^。，；！？：:,;!?、（(]{0,46}?(?:投稿须知|投稿指南|我要投稿|在线投稿|投稿邮箱|投稿入口)$/;

/**
 * `--查阅更多2022年地方国民经济和社会发展统计公报`, `——查看更多…`, `点击查看更多`: a page's link to more
 * pages of its kind on a line of its own (a mark of a link perhaps before it, no clause or sentence).
 */
const isMoreLink = (text: string): boolean => text.length <= 60 && MORE_LINK.test(text);
const MORE_LINK = /^[-—－>»›\s]*(?:点击)?(?:查阅|查看|阅读|浏览)更多[^。，；！？：:,;!?]{0,40}$/;

/**
 * `全县“静止”下来，生活还要继续。…某县遂盟公...[详细]`, `…【详情】`, `...[阅读全文]`: a page's teaser of
 * another report, cut short (`...`, `…`) and closed by its link in brackets, on a line of its own.
 */
const isCutTeaser = (text: string): boolean =>
  (text.endsWith("]") || text.endsWith("】")) && CUT_TEASER.test(text);
const CUT_TEASER =
  /(?:\.{2,}|…+)\s*(?:\[\s*(?:详细|詳細|详情|詳情|更多|阅读全文|閱讀全文|全文)\s*\]|【\s*(?:详细|詳細|详情|詳情|更多|阅读全文|閱讀全文|全文)\s*】)$/;

/**
 * `内容概述：为加快重点工作推进，…其中建设工程23个、…`: a file-information grid's summary field holding
 * the page's opening again, long (forty units or more) and cut short (`…`, `...`): the grid's line.
 * A summary that ends whole, or a short one, may be the text's own abstract and stays.
 */
const isCutSummaryField = (text: string): boolean =>
  text.length >= 44 && (text.endsWith("…") || text.endsWith("...")) && CUT_SUMMARY_FIELD.test(text);
const CUT_SUMMARY_FIELD = new RegExp(`^${SUMMARY_LABEL}[：:]\\s*[^\\s：:].{39,}$`);

/**
 * A newspaper's web edition around a report: the page's label (`第2版：中国`, `第05版:要闻`, `第二版：综合新闻`,
 * the paper's issue and date perhaps after it: {@link paperPageIssue}; a lettered page may leave out 版
 * when the issue follows, `A2：经济总第2904期`) and its navigation (`3上一版
 * 下一版4`, `本版标题导航`, `版面导航`), each alone on its line, or the label with the page's navigation
 * after it (`第11版:文件 上一版3  4下一版`).
 */
const isPaperPageNav = (text: string): boolean =>
  text.length <= 60 &&
  (text.includes("版") || text.includes("期")) &&
  ((text.length <= 30 && PAPER_NAV.test(text)) ||
    PAPER_PAGE_LABEL.test(text) ||
    ISSUE_PAGE_LABEL.test(text) ||
    PAPER_ISSUE_BAR.test(text));

/**
 * `1886 期 / 第2版:2`, `3721期 本期18288版 当前B1 上一版 下一版`: a digital edition's bar, the paper's
 * running issue count (group 1; no 第, so no issue of a year) before its page and the page's
 * navigation, each part a page's (`第N版` and its column, `本期N版`, `当前B1`, `上一版`, `下一版`).
 */
const PAPER_ISSUE_BAR =
  /^(\d{1,6})\s*期\s*(?:[/／|｜]\s*)?(?:(?:第\s*[A-Za-z]?\d{1,3}\s*版(?:\s*[：:]\s*[\u4e00-\u9fff\d]{0,10})?|本期\s*\d{1,6}\s*版|当前\s*[A-Za-z]?\d{1,3}\s*版?|上一版|下一版)\s*)+$/;
/**
 * A site's search box: its link alone (`文章检索`, `站内检索`, `高级检索`), or its fields' labels left
 * empty, two or more (`关键字: 标 题: 作 者:`).
 */
const SEARCH_BOX =
  /^(?:(?:文章|站内|全文|高级)检索|(?:(?:关键[字词]|标\s?题|作\s?者|栏\s?目|日\s?期)\s*[：:]\s*){2,})$/;

/**
 * A news app's prompt: `下载某某新闻APP`, `打开某某客户端，查看更多精彩内容`, or its tagline alone
 * (`体验更多精彩`), on a line of its own.
 */
const APP_PROMPT =
  /^(?:(?:下载|打开|安装)[\u4e00-\u9fff]{1,12}(?:APP|App|app|客户端)(?:[，,]?\s*(?:体验|查看|阅读)更多精彩(?:内容)?)?|(?:体验|查看|阅读)更多精彩(?:内容)?)$/;

/**
 * An advertisement's banner with its button: a slogan that exclaims, then the call to act
 * (`公文高手，超级方便的公文写作神器！ 立即了解`, `…好帮手! 马上下载`). A headline that exclaims has no button
 * after it (`全市接待游客120万人次！`), nor does a sentence that asks one to act (`请立即下载…。`).
 */
const AD_BUTTON =
  /^[^。；;？?]{2,30}[!！]\s*(?:立即|马上|立刻|免费)(?:了解|下载|体验|试用|注册|咨询|查看|领取|使用)$/;
/**
 * {@link AD_BUTTON}, asked only of a line that ends as a call to act does (the last unit of `了解`,
 * `下载`, `体验`, `试用`, `注册`, `咨询`, `查看`, `领取`, `使用`): the regex, asked of every short line, tried
 * each split of its opening run before failing.
 */
const isAdButton = (text: string): boolean =>
  oneOfCode("解载验用册询看取", text.charCodeAt(text.length - 1)) && AD_BUTTON.test(text);

/** A digital edition's page tool alone on its line ({@link EPAPER_TOOL}). */
const isEpaperTool = (text: string): boolean =>
  text.length <= MAX_EPAPER_TOOL &&
  ((OPENERS[text.charCodeAt(0)] as number) & OPENS_EPAPER_TOOL) !== 0 &&
  EPAPER_TOOL.test(text);
/**
 * `通版阅读请点击:`, `展开通版`, `收缩通版`, `当前版:01版`, `文章字数:651`: a digital edition's page
 * tools around the report it shows (the whole page's view, the page shown, the report's length).
 */
const EPAPER_TOOL =
  /^(?:通版阅读请点击[：:]?|展开通版|收缩通版|当前版[：:]\s*[A-Za-z]?\d{1,3}版(?:\s*(?:上一版|下一版)){0,2}|文章字数[：:]\s*\d{1,6})$/;
/** Longest {@link EPAPER_TOOL} line. */
const MAX_EPAPER_TOOL = 24;
const PAPER_PAGE_LABEL = new RegExp(
  `^(?:第?\\s*[A-Za-z]?(?:0{0,4}\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*版|[A-Za-z]\\d{1,3}(?=[^版]*第\\s*\\d{1,6}\\s*期))\\s*[：:]\\s*[\\u4e00-\\u9fff·*＊]{1,10}?(?:\\s*[A-Za-z]?\\d{1,3}版)?(?:\\s*((?:总)?第\\s*\\d{1,6}\\s*期))?(?:\\s*[>»]?\\s*(${fullDateSource(3)})\\s*(?:星期[一二三四五六日天])?\\s*(?:编印|出版|印发)?)?(?:\\s*\\d{0,3}\\s*(?:上一版|下一版)\\s*\\d{0,3})*$`,
);

/**
 * `版次:04  2023年10月26日`, `版次：A04 要闻`, `版面:第3版`: a newspaper's page (its column perhaps)
 * under a labelled 版次 or 版面, the paper's date perhaps after it (group 1).
 */
const EDITION_LABEL = new RegExp(
  `^(?:版次|版面)\\s*[：:]\\s*第?\\s*[A-Za-z]?\\d{1,3}\\s*版?(?:\\s*[\\u4e00-\\u9fff·]{1,10}?)?(?:\\s*(${fullDateSource(2)})\\s*(?:星期[一二三四五六日天])?)?$`,
);

/** `第7337期:第02版 综合新闻`, `第1234期：第A03版 要闻`: a newspaper page's label with the paper's issue first. */
const ISSUE_PAGE_LABEL =
  /^((?:总)?第\s*\d{1,6}\s*期)\s*[：:]?\s*第?\s*[A-Za-z]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[：:]?\s*[\u4e00-\u9fff·]{1,10}$/;

/**
 * `第二版:综合新闻总第3840期 >2021-05-07编印`: the paper's issue (`总第3840期`, `第1234期`) and date a
 * newspaper page's label prints after its column's name, each when printed; undefined for any other line.
 */
function paperPageIssue(simple: string): { issue?: string; date?: string } | undefined {
  if (simple.length > 60 || !(simple.includes("版") || simple.includes("期"))) return undefined;
  // `第7337期:第02版 综合新闻`: the paper's issue before the page.
  const issueFirst = ISSUE_PAGE_LABEL.exec(simple);
  if (issueFirst !== null) return { issue: (issueFirst[1] as string).replace(/\s+/g, "") };
  // `1886 期 / 第2版:2`: the paper's running count, its total number.
  const bar = PAPER_ISSUE_BAR.exec(simple);
  if (bar !== null) return { issue: `总第${bar[1]}期` };
  const edition = EDITION_LABEL.exec(simple);
  if (edition !== null) {
    const date = edition[1] === undefined ? undefined : readDateValue(edition[1]);
    return date === undefined ? {} : { date };
  }
  const m = PAPER_PAGE_LABEL.exec(simple);
  if (m === null) return undefined;
  const out: { issue?: string; date?: string } = {};
  if (m[1] !== undefined) out.issue = m[1].replace(/\s+/g, "");
  const date = m[2] === undefined ? undefined : readDateValue(m[2]);
  if (date !== undefined) out.date = date;
  return out;
}

/**
 * `某网友 发表于 2022-3-1 12:19:17 | 显示全部楼层 |阅读模式`: a forum's post line (the poster's name
 * perhaps, the repair having joined it to 发表于, which has no colon, the date and its time, the thread's tools after a bar), simplified:
 * the post's date as printed, else undefined. The poster names no publisher.
 */
function forumPostDate(simple: string): string | undefined {
  if (simple.length > 80 || !simple.includes("发表于")) return undefined;
  return FORUM_POST.exec(simple)?.[1];
}
const FORUM_POST = new RegExp(
  `^(?:[^\\s|｜，。]{1,20}?\\s*)?发表于\\s*(\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s+${CLOCK_SOURCE})?\\s*(?:[|｜].{0,60})?$`,
);

/**
 * `某某日报 数字报纸`, `某某晚报电子版`, `某某日報數字報`: a newspaper's digital edition named alone on
 * its line (simplified): the newspaper's name, else undefined. The page is that paper's.
 */
function paperEdition(simple: string): string | undefined {
  if (simple.length > 24 || !simple.includes("报")) return undefined;
  return PAPER_EDITION.exec(simple)?.[1];
}
const PAPER_EDITION = new RegExp(
  `^([\\u4e00-\\u9fff]{1,10}?(?:${PAPER_ENDS}))\\s*(?:数字报纸?|数字报刊(?:平台)?|电子报|电子版|数字版)$`,
);
const PAPER_NAV =
  /^(?:\d{0,3}\s*(?:上一版|下一版|上一期|下一期|本版标题导航|版面导航|标题导航)\s*\d{0,3}\s*)+$/;

/**
 * `某某日报社严正声明`, `某某晚报版权声明`: a newspaper's notice of its rights heading the lines it
 * prints around a report on its site, alone on its line (simplified): the newspaper's name (the
 * page is that paper's), else undefined.
 */
function paperNotice(simple: string): string | undefined {
  if (simple.length > 24 || !simple.endsWith("明")) return undefined;
  return PAPER_NOTICE.exec(simple)?.[1];
}
/** (A bulletin's name, `某某简报`, `某某通报`, is no newspaper's.) */
const PAPER_NOTICE = new RegExp(
  `^([\\u4e00-\\u9fff]{1,10}?(?<![简簡通快周週月年季旬专專要情汇匯公内內])(?:${PAPER_ENDS})社?)(?:严正|嚴正|郑重|鄭重|版权|版權)[声聲]明$`,
);

/**
 * `2023年9月16日 放大 缩小 默认`: a newspaper page's date (its weekday perhaps) and the reader's zoom
 * tools (two or more of 放大, 缩小, 默认, 还原), nothing else: the page's date line.
 */
const isZoomedDate = (text: string): boolean =>
  text.length <= 50 && text.includes("放大") && ZOOMED_DATE.test(text);
const ZOOMED_DATE = new RegExp(
  `^${fullDateSource(1)}\\s*(?:星期[一二三四五六日天]\\s*)?(?:(?:放大|缩小|默认|还原)\\s*){2,}$`,
);

/**
 * `3上一篇 下一篇4 2020 年 10 月 13 日 星期二 01`, `上一篇 下一篇 2019年12月20日 放大 缩小 默认`: a digital
 * edition's buttons to the previous and the next article (their arrows printed as 3 and 4 where the
 * icon font is lost) before the issue's day, then its weekday, the page's number and the zoom tools
 * perhaps, nothing else: the page's date line. Near-misses: the buttons alone (`3上一篇 下一篇4`,
 * furniture), a headline after the day.
 */
const isArticleNavDate = (text: string): boolean => articleNavDate(text) !== undefined;
/** The day (as printed) of an {@link isArticleNavDate} line, else undefined. */
const articleNavDate = (text: string): string | undefined =>
  text.length <= 60 && text.includes("下一篇") ? ARTICLE_NAV_DATE.exec(text)?.[1] : undefined;
const ARTICLE_NAV_DATE = new RegExp(
  `^(?:3\\s*)?上一篇\\s*下一篇\\s*(?:4\\s*)?(${fullDateSource(2)})\\s*(?:星期[一二三四五六日天]\\s*)?(?:\\d{1,3}\\s*)?(?:(?:放大|缩小|默认|还原)\\s*)*$`,
);

/**
 * `返回 上一版 下一版`, `往期回顾:  高级检索  出版日期: 2019-05-15`, `数字报首页 | 往期回顾`: a digital
 * edition's navigation bar, two or more of its links (one when the date follows;
 * {@link EPAPER_NAV_LINK}: 返回, 上一版/下一版, 上一期/下一期, 往期回顾, 往期查询, 高级检索, 版面导航,
 * 标题导航, 数字报首页, 网站首页), one of them the edition's own (not only 返回 and 网站首页), parted by
 * spaces, bars or a colon the link was printed with, the page's `出版日期:` field perhaps last (its
 * date the issue's). Near-misses: one link alone (`往期回顾`, `返回`: a column's heading, a word; this
 * rule leaves it), 返回 with 网站首页 only, the date field alone (`出版日期: 2019-05-15`, a masthead's),
 * a link run into a sentence's words or followed by other words.
 *
 * The `出版日期` day (as printed, `""` when the bar prints none) of a digital edition's navigation
 * bar, else undefined: a bar without a date is furniture, one with it the page's metadata.
 */
function epaperNavBar(text: string): string | undefined {
  if (
    text.length > 60 ||
    !(
      text.includes("版") ||
      text.includes("期") ||
      text.includes("检索") ||
      text.includes("数字报")
    )
  )
    return undefined;
  const m = EPAPER_NAV_BAR.exec(text);
  if (m === null) return undefined;
  const links = text.match(EPAPER_NAV_LINKS) ?? [];
  const own = links.filter((l) => l !== "返回" && l !== "网站首页").length;
  return own >= 1 && (links.length >= 2 || m[1] !== undefined) ? (m[1] ?? "") : undefined;
}
/** A link of {@link epaperNavBar}'s bar. */
const EPAPER_NAV_LINK =
  "(?:返回|上一版|下一版|上一期|下一期|往期回顾|往期查询|高级检索|本版标题导航|版面导航|标题导航|数字报首页|网站首页)";
const EPAPER_NAV_LINKS = new RegExp(EPAPER_NAV_LINK, "g");
const EPAPER_NAV_BAR = new RegExp(
  `^(?:\\d{0,3}\\s*${EPAPER_NAV_LINK}\\s*\\d{0,3}\\s*[：:|｜]?\\s*)+(?:出版日期[：:]\\s*(${fullDateSource(2)}))?$`,
);

/**
 * `2019-05-15 第02版:二版 【字体】大 |默认 |`, `2021年3月2日 第A05版：要闻`: a digital edition's page
 * label with the issue's day before it (the date as printed, else undefined), the reader's font tools
 * perhaps after it (`【字体】`, `字体：`, `字号：`, then 大, 中, 小, 默认 parted by spaces or bars), nothing
 * else. Near-misses: a column of more than ten units or holding a mark (`第2版：我市…，…。`), more
 * words after the tools.
 */
function datedPageLabel(text: string): string | undefined {
  if (text.length > 50 || !text.includes("版") || !isDigitCode(text.charCodeAt(0)))
    return undefined;
  return DATED_PAGE_LABEL.exec(text)?.[1];
}
const DATED_PAGE_LABEL = new RegExp(
  `^(${fullDateSource(2)})\\s*(?:星期[一二三四五六日天]\\s*)?第?\\s*[A-Za-z]?(?:0{0,4}\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*版\\s*[：:]\\s*[\\u4e00-\\u9fff·]{1,10}?(?:\\s*(?:【字[体号]】|字[体号][：:])?(?:\\s*(?:大|中|小|默认)\\s*[|｜]?){1,4})?$`,
);

/**
 * `德州日报 2018-11-20 09:26 大字`, `某县融媒体中心 2022年6月1日 10:30 大 中 小`, `2018-11-20 09:26 大字`:
 * `ZAKER贵阳 2021-11-13`, `中国新闻网 · 2024-07-24 06:22` (a dot or a bar between), `某州日报·ZAKER某州
 * 2023-02-16` (a paper, a dot and its app's edition, a Latin brand's or a `…客户端`): a news page's line
 * under (or over) its headline naming the outlet (a paper,
 * a site, an agency, a station, a media centre, an app, an app's Latin brand and its local edition)
 * and the page's date, its time perhaps, the reader's font tools perhaps after
 * it, no label: the outlet's name as printed (empty when the line names none) and the date, else
 * undefined. A line without an outlet must print the font tools (a date alone is read elsewhere);
 * a date in words must print its time or the font tools (else it may be a masthead's issuer line).
 * The page's reading count after the clock is no part of the line ({@link uncounted}); an account's
 * or an office's name before a clocked date is read as an outlet's ({@link namedClockedDate}).
 * The byline's slots a page left empty may stand between the outlet and the date, one to three
 * slashes (`新华网 / / 2022-02-02 10:19`: the author's and the editor's, unfilled).
 */
function outletDate(simple: string): { name: string; date: string; at?: number } | undefined {
  if (simple.length > 50 || !FOUR_DIGITS.test(simple)) return undefined;
  // `某某资源网 (2011年8月4日 10:47)`: the date and its time in round brackets, a forum's copy of the head.
  const line = uncounted(simple).replace(BRACKETED_CLOCKED_DATE, " $1");
  const m = OUTLET_DATE.exec(line);
  if (m === null)
    return namedClockedDate(line) ?? authoredAccountDate(line) ?? outletReporterDate(line);
  if (m[1] === undefined && (m[4] as string).trim() === "") return undefined;
  // `某某报社 2025年1月13日`: a date in words without its time or the font tools is a masthead's
  // issuer and date as well (the 版头's line), which the masthead reads.
  if (m[3] === undefined && !(m[2] as string).includes(":") && (m[4] as string).trim() === "")
    return undefined;
  const date = readDateValue(m[2] as string);
  return date === undefined ? undefined : { name: m[1] ?? "", date };
}
/**
 * `某某网 王某某 2006-07-28发布`, `某某日报 记者 王某 2021-03-05 10:20`: a news page's line under its
 * headline naming the outlet (its name ending as a paper's, a site's, an agency's, a station's, an
 * app's), then its reporter (two to four Han characters, `记者` perhaps before), then the page's
 * date in figures, its clock perhaps, `发布` perhaps, nothing else: the outlet and the date, else
 * undefined. Asked of a simplified line (the repair glues the reporter to the outlet: `某某网王某某`).
 * Near-misses: an outlet's name going on after its ending (`某某网站…`, `某某报社…`, `某某网友…`: the
 * character after the ending is none a reporter's name opens with here), no reporter (`某某报社
 * 2021-03-05`, read by {@link OUTLET_DATE} or left to the masthead), a date in words (a masthead's
 * issuer line), a sentence.
 */
function outletReporterDate(simple: string): { name: string; date: string } | undefined {
  const m = OUTLET_REPORTER_DATE.exec(simple);
  const date = m === null ? undefined : readDateValue(m[2] as string);
  return m === null || date === undefined ? undefined : { name: m[1] as string, date };
}
const OUTLET_REPORTER_DATE = new RegExp(
  `^([\\u4e00-\\u9fff]{1,14}?(?:报|网|社|台|在线|融媒体中心|客户端))(?![信络站友民点业告道刊社台])\\s*(?:记者\\s*)?[\\u4e00-\\u9fff·]{2,4}\\s*(${numericDateSource(3)}(?:\\s*${CLOCK_SOURCE})?)\\s*(?:发布)?$`,
);

/** How a page's counter counts (`阅读人数`, `浏览次数`, `点击量`…), the longer first. */
const COUNTER_KINDS = ["人次", "人数", "次数", "量", "数", "率"];
const counterKinds = COUNTER_KINDS.join("|");
/** `(2011年8月4日 10:47)`, `（2012-07-04 09:15）` closing a line: a whole date and its clock (group 1) in brackets. */
const BRACKETED_CLOCKED_DATE = new RegExp(
  `\\s*[（(]\\s*(${fullDateSource(1)}\\s*${CLOCK_SOURCE})\\s*[）)]$`,
);

/**
 * `… 11:04 840 阅读`, `… 09:30:00 阅读 1203`, `… 08:00 阅读量：56`, `… 15:58 阅读人数:1`: the page's reading count after
 * its clock time, cut off the line (a count after a date alone is left); its label alone too, the count a
 * page's script fills in lost from the copy (`某某淄博 2021-07-12 19:39:00 阅读量:`); a bare one too
 * (`… 20:30:47  54`, {@link withoutBareCount}).
 */
const uncounted = (simple: string): string =>
  simple.includes("阅") || simple.includes("浏")
    ? simple.replace(COUNT_AFTER_CLOCK, "")
    : withoutBareCount(simple);
const COUNT_AFTER_CLOCK = new RegExp(
  `(?<=${CLOCK_SOURCE})\\s*(?:\\d{1,9}\\s*次?(?:阅读|浏览)|(?:阅读|浏览)(?:${counterKinds})?(?:[：:]?\\s*\\d{1,9}\\s*次?|[：:]))$`,
);

/**
 * `魅力霍林河 2016-11-01 08:53:00`, `上海市统计局 2023-07-21 11:04`: whoever put the page up, named
 * before the page's date and its clock time, no label: a self-media account (three to
 * {@link MAX_ACCOUNT} Han characters, not a label without its colon, `发布时间`, or a weekday) or an
 * office (a body's name, {@link isOrg}, up to twenty); the name and the date, else undefined
 * (without the clock, an office's line is a masthead's issuer and date).
 */
function namedClockedDate(simple: string): { name: string; date: string } | undefined {
  const m = NAMED_CLOCKED_DATE.exec(simple);
  const name = m?.[1];
  if (m === null || name === undefined) return undefined;
  const account = name.length <= MAX_ACCOUNT && !NO_ACCOUNT.test(name);
  if (!account && !isOrg(name)) return undefined;
  const date = readDateValue(m[2] as string);
  if (date === undefined) return undefined;
  // `来源网络 2023-02-26 18:20:57`: a source label whose colon was lost, run into its value: no name.
  if (name.startsWith("来源")) return { name: "", date };
  // `某山网李某 2015-04-15 14:42:16`: a site's or paper's name with its reporter's glued on after it.
  const reporter = isOrg(name) ? null : OUTLET_THEN_REPORTER.exec(name);
  return { name: reporter === null ? name : (reporter[1] as string), date };
}
/**
 * `某山网李某`, `某某日报王某某`: a site's or a paper's name (two Han characters or more, then 网 or 报)
 * and a reporter's name of two or three Han characters glued on after it (the repair took the space
 * between them away); group 1 the outlet. Not an account whose name goes on after the 网 or 报
 * (`某某网信`, `某某网络…`, `某某网站…`, `某某网友…`, `某某报业`, `某某报告`): its first character after the
 * ending is none a person's name opens with here.
 */
const OUTLET_THEN_REPORTER =
  /^([\u4e00-\u9fff]{2,8}(?:网|报))(?![信络站友民点业告道刊])[\u4e00-\u9fff]{2,3}$/;
const NAMED_CLOCKED_DATE = new RegExp(
  `^([\\u4e00-\\u9fff]{3,20})\\s*(${fullDateSource(3)})\\s*${CLOCK_SOURCE}\\s*$`,
);
/**
 * `HEBRTS 河北新闻联播 2022-05-05`, `zhang_san 某某发布 2023-06-01 18:30`: a copied post's line naming
 * its author (a Latin handle, set off by a space), the account that posted it (three to twelve
 * Han characters) and the day, its time perhaps: the account, where it starts, and the date; else
 * undefined. (A Han author's name would be glued to the account once stray spaces are gone.)
 */
function authoredAccountDate(
  simple: string,
): { name: string; date: string; at: number } | undefined {
  const m = AUTHORED_ACCOUNT_DATE.exec(simple);
  const date = m === null ? undefined : readDateValue(m[3] as string);
  return m === null || date === undefined
    ? undefined
    : { name: m[2] as string, date, at: (m[1] as string).length };
}
/** Group 1 the author and the space after, 2 the account, 3 the date (4 its separator). */
const AUTHORED_ACCOUNT_DATE = new RegExp(
  `^([A-Za-z][\\w.-]{1,19}\\s+)([\\u4e00-\\u9fff]{3,12}?)\\s*(${fullDateSource(4)})(?:\\s*${CLOCK_SOURCE})?\\s*$`,
);

/**
 * `2020-12-24 08:04:31孙凤青宋琦廖冰洁`, `2020-01-16 07:11:38阿牛`: a journal article's page line, the
 * date it was put up and its clock time to the second, the authors' names run on after it (no
 * mark, no sentence): the date, no outlet named (a name that ends as an office's or an outlet's,
 * {@link CREDITED_NAME_END}, is read as a source elsewhere). A clock without seconds is a
 * schedule's (`09:00报到`). Asked only over the text's first sentence (a comment's `… 推荐` under
 * it is no page's line).
 */
function authorsAfterClock(simple: string): string | undefined {
  if (simple.length > 48) return undefined;
  const m = AUTHORS_AFTER_CLOCK.exec(simple);
  return m === null || !/:\d{2}:/.test(m[0]) || CREDITED_NAME_END.test(simple)
    ? undefined
    : readDateValue(m[1] as string);
}
const AUTHORS_AFTER_CLOCK = new RegExp(
  `^(${numericDateSource(2)})\\s+${CLOCK_SOURCE}\\s*[\\u4e00-\\u9fff]{2,20}$`,
);

/**
 * `查看原文`, `閱讀原文`: the link to the original post a copy of a post keeps, alone on its line
 * (simplified) over the page; `查看原文件` (a file's link) or a sentence is none.
 */
const VIEW_ORIGINAL = /^(?:查看|阅读)原文$/;

/**
 * `某某应急 2021-08-05`, `2017-10-10 头条江西`: the line a copied post prints under its headline, the
 * account that posted it (two to twelve Han characters; the repair drops the space) and the day in figures
 * (either first), nothing else: the account and the date, else undefined. Read only under a
 * copied post's `查看原文` ({@link VIEW_ORIGINAL}) over the text's first sentence, and on lines
 * already dropped; a masthead's issuer and date (`某某报社 2025年1月13日`, a date in words) or a
 * label (`发布时间 2021-08-05`) is none.
 */
export function accountDate(
  simple: string,
): { name: string; date: string; at: number } | undefined {
  if (simple.length > 30 || !FOUR_DIGITS.test(simple)) return undefined;
  const m = ACCOUNT_DATE.exec(simple);
  if (m === null) return undefined;
  const name = (m[1] ?? m[4]) as string;
  if (NO_ACCOUNT.test(name)) return undefined;
  const date = readDateValue((m[2] ?? m[3]) as string);
  return date === undefined
    ? undefined
    : { name, date, at: m[1] === undefined ? simple.length - name.length : 0 };
}
const ISO_DAY = "(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}";
const ACCOUNT_DATE = new RegExp(
  `^(?:([\\u4e00-\\u9fff]{2,12})\\s*(${ISO_DAY})|(${ISO_DAY})\\s*([\\u4e00-\\u9fff]{2,12}))$`,
);

/** The longest name read as an account's; a longer one must name an office. */
const MAX_ACCOUNT = 12;
const NO_ACCOUNT = /(?:时间|日期|时|期|星期[一二三四五六日天])$/;

/**
 * `ZAKER贵阳 2021-11-13`, `某某新闻网 2021-11-13 10:20`: a line that names an outlet and the page's
 * date, nothing else ({@link outletDate}).
 */
export function isOutletDateLine(text: string): boolean {
  if (text.length > 50) return false;
  const outlet = outletDate(simplified(text));
  return outlet !== undefined && outlet.name !== "";
}
/**
 * `中国新闻网·2025-10-`: an outlet's credit with a dot or a bar before its date, the date cut short
 * where the copy ends (a year, perhaps its month): the outlet's name, else undefined. The date is
 * not read.
 */
export function cutOutletCredit(simple: string): string | undefined {
  if (simple.length > 30 || !FOUR_DIGITS.test(simple)) return undefined;
  return CUT_OUTLET_CREDIT.exec(simple)?.[1];
}
const CUT_OUTLET_CREDIT =
  /^([\u4e00-\u9fff]{1,14}?(?:报|网|社|台|新闻|在线|客户端))\s*[·•・|｜]\s*(?:19|20)\d{2}(?:[-/.](?:\d{1,2}[-/.]?)?)?$/;

/** Four digits in a row: every date {@link OUTLET_DATE} reads opens with its year so. */
const FOUR_DIGITS = /\d{4}/;
/**
 * The outlet a page prints before its date (`某某日报 2023-02-16`, `某某融媒体中心 | 2024-05-01`, `ZAKER兰州`,
 * a news brand `某视新闻·2025-08-11`, not a column's `图片新闻`): a looser shape than page-foot.ts's
 * `isOutletName`, as the date beside it vouches for it.
 */
const DATED_OUTLET_NAME =
  "[\\u4e00-\\u9fff]{1,14}?(?:报|网|社|台|在线|在線|融媒体中心|融媒體中心|客户端|客戶端)|(?!图片|圖片|视频|視頻|相关|相關|热点|熱點|更多|今日|要闻|要聞|综合|綜合)[\\u4e00-\\u9fff]{2,6}新[闻聞]|[A-Z][A-Za-z]{3,11}[\\u4e00-\\u9fff]{0,6}";
/**
 * (`兰州日报·ZAKER兰州 2023-02-16`: a paper's name and the app's channel that carries it, joined by a
 * middle dot, name the outlet together.)
 */
const OUTLET_DATE = new RegExp(
  `^(?:((?:${DATED_OUTLET_NAME})(?:[·•・]\\s*(?:${DATED_OUTLET_NAME}))?)\\s*(?:[·•・|｜]\\s*|(?:[/／]\\s*){1,3})?)?(${fullDateSource(3)}(?:\\s*${CLOCK_SOURCE})?)((?:\\s*(?:大字|小字|放大|缩小|还原|默认|大|中|小))*)\\s*$`,
);

/**
 * The words of the keyword lists a hijacked page stuffs over or under its text (`日本二区久久_午夜精品
 * 人妻无码一区二区三区_…`, `亚洲av永久无码精品成人-…`, `…|欧美日韩精品一区二区在线播放|…`),
 * simplified and traditional; none of them is a bulletin's word.
 */
const STUFFING =
  /久久|无码|無碼|毛片|人妻|午夜|一区二区|一區二區|看片|在线(?:观看|播放|视频)|在線(?:觀看|播放|視頻)|免费(?:观看|视频)|黄色|黃色|高潮|肉欲|中文字幕|国产精品|國產精品|(?<![A-Za-z])a[vⅴ](?![A-Za-z])|A[VⅤ]?片/i;
/**
 * 1 for a character one of {@link STUFFING}'s words holds: most lines hold none and are told so
 * at once (a look-up a unit, faster than a regex class of scattered characters).
 */
const STUFFING_UNITS = new Uint8Array(0x10000);
for (const c of "久码碼毛妻夜区區片线線费色高欲幕vVⅴⅤ") STUFFING_UNITS[c.charCodeAt(0)] = 1;
const holdsStuffingChar = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (STUFFING_UNITS[text.charCodeAt(i)] === 1) return true;
  return false;
};
/** The marks a stray full stop stands right before: those that part a list's phrases (`…观看。,毛片…`). */
const STRAY_STOP_NEXT = "_|｜，,、";
/**
 * A `。` that is no {@link STRAY_STOP_NEXT} stray stop (the text's last unit, or one before any
 * other unit). A loop over the stops, not a regex's replace: most lines asked are a page's
 * paragraphs, full of sentences.
 */
function holdsSentenceStop(text: string): boolean {
  for (let k = text.indexOf("。"); k >= 0; k = text.indexOf("。", k + 1))
    if (k + 1 >= text.length || !STRAY_STOP_NEXT.includes(text.charAt(k + 1))) return true;
  return false;
}
/** A `?` or `？` closing a line, white space perhaps before it: a character a copy lost. */
const LOST_LAST = /\s*[?？]$/;
/** The marks that part the phrases of such a list. */
const KEYWORD_MARKS = /[_|｜\-，,、\s]+/;

/**
 * A keyword-stuffed line: three or more phrases parted by marks (`_`, `-`, `|`, commas, spaces),
 * no sentence among them (no `。` but one right before such a mark), and two or more of them holding one of {@link STUFFING}'s words. A bulletin's line
 * naming one such word (`黄色预警`) holds no second in another phrase, or a sentence.
 */
function isStuffedKeywords(text: string): boolean {
  if (text.length < 12 || text.length > 2000) return false;
  // (`…免费观看。,毛片…`: a full stop closing a phrase before the list's mark is no sentence's.)
  if (holdsSentenceStop(text)) return false;
  // (`…在线观看 ?`: a character the copy lost closing the list is no question's mark.)
  if (!holdsStuffingChar(text) || /[！？]/.test(text.replace(LOST_LAST, ""))) return false;
  const phrases = text.split(KEYWORD_MARKS).filter((p) => p !== "");
  if (phrases.length < 3) return false;
  let stuffed = 0;
  for (const p of phrases) if (STUFFING.test(p) && ++stuffed >= 2) return true;
  return false;
}

/**
 * A page's counter labels: what is counted (`阅读`, `浏览`, `点击`, `访问`, `阅览`, `评论`, `查看`: a
 * page's views, `来源：某某网    查看：`) and how ({@link COUNTER_KINDS}, or nothing): `浏览量`, `点击次数`,
 * `阅读人数`…, the longer first.
 */
const COUNTER_LABELS = ["阅读", "浏览", "点击", "访问", "阅览", "评论", "查看"].flatMap((w) =>
  [...COUNTER_KINDS, ""].map((k) => w + k),
);

/** {@link COUNTER_LABELS}, asked of a field's label. */
const COUNTER_LABEL_SET: ReadonlySet<string> = new Set(COUNTER_LABELS);

/**
 * `阅读次数：`, `浏览量：4579`: a page's counter, its number or none; the empty cells of the share bar
 * printed after it perhaps (`浏览量：1|| | ||`).
 */
const COUNTER = new RegExp(
  `^(?:${COUNTER_LABELS.join("|")})[：:]\\s*\\d{0,9}\\s*次?(?:\\s*[|｜])*$`,
);

/**
 * `责任编辑:admin`, `编辑：cprpu`, `（发布者：xxb01）`: a byline naming the site's account in Latin
 * letters, which a publishing system prints, not a person (`责任编辑：张三` is the 报尾's editor).
 */
const CMS_ACCOUNT =
  /^[（(]?(?:责任编辑|编辑|作者|发布者|发布人|录入|录入员|审核)[：:]\s*[A-Za-z][\w.-]{1,20}\s*[）)]?$/;

/** `原标题：…`: a news copy's line naming the report's original title. */
const ORIGINAL_TITLE = /^原(?:标)?题[：:]\s*[^\s].{1,99}$/;

/**
 * `时间：2017-05-15 08:49:38`: a page's date alone on its line, in the digits a site prints
 * (`2017-05-15`, `2017/05/15`), or a date in words with its time (a meeting's `时间：2025年5月10日`
 * is the text's); also under the labels sites print it with (`发布：`, `发表于：`, `更新时间：`,
 * `发稿时间：`, `录入时间：`…). After a clock time the site's name may close the line, its address
 * perhaps in brackets (`时间:2021-05-24 16:11河北网(www.he-bei.cn)`), or the column's name and the
 * site's button for writers (`时间:2021-06-11 17:48:05 总结 我要投稿`), or the site's links in square
 * brackets (`时间:2013-6-13 14:04:24  [下载该文章]  [会员注册]`); words after the clock that are no
 * site's name, button or links keep the line the text's. The field may stand in brackets
 * (`(时间:2021-6-4 10:48:54)`).
 */
const DATE_FIELD = new RegExp(
  `^[（(]?(?:时间|日期|发布|发表|发表于|发表时间|发稿时间|更新时间|更新日期|上传时间|录入时间|添加时间)[：:]\\s*\\d{4}(?:([-/.])\\d{1,2}\\1\\d{1,2}(?:\\s*${CLOCK_SOURCE}(?:\\s*[\\u4e00-\\u9fff]{2,12}网(?:[（(][\\w.:/-]{4,40}[）)])?|\\s*(?:[\\u4e00-\\u9fff]{1,6}\\s*)?我要投稿|(?:\\s*\\[[\\u4e00-\\u9fff]{2,8}\\])+)?)?|年\\d{1,2}月\\d{1,2}日\\s*${CLOCK_SOURCE})[）)]?$`,
);
/** `日期：2024年05月06日`: a date in words alone, the page's only over the text's first sentence. */
const WORDS_DATE_FIELD = /^(?:时间|日期)[：:]\s*\d{4}年\d{1,2}月\d{1,2}日$/;

/**
 * `日期：03-16`, `发布时间：07/15`: a page's date field printed without its year (a month and a day of
 * two digits each, the month 01 to 12), over the text: the page's, and it dates nothing. A range
 * (`时间：03-16至03-20`), a month's span (`时间：3-5月`) or a field with more after it is not one.
 */
const YEARLESS_DATE_FIELD = /^(?:时间|日期|发布时间|发布日期)[：:]\s*(?:0\d|1[0-2])[-/.][0-3]\d$/;

/** A web address's part: its scheme, `www.` or a top-level domain. */
const WEB_ADDRESS = /https?:\/\/|www\.|\.(?:com|net|org|cn)\b/i;

/**
 * `澳门js6666-www.js6666.com-Login on official website`: a line that holds a web address and
 * more Latin letters than Han characters, no labelled field (`网址：www.…` is the text's).
 */
function isAddressLine(text: string): boolean {
  if (text.length > 150 || !WEB_ADDRESS.test(text)) return false;
  if (isSiteBanner(text)) return true;
  if (/[\u4e00-\u9fff][：:]/.test(text)) return false;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return latin > han;
}

/**
 * `共计2314个字，预计阅读时长8分钟。`, `全文约1200字 阅读需要4分钟`, `本篇文章355字，读完约1分钟`: a page's estimate of the time its
 * text takes to read, closing a short line of the page's tools (`admin 分享 时间： 加入收藏 …`).
 */
const READING_TIME =
  /(?:共计?|全文)?约?\d+个?字[，,\s]*(?:预计)?(?:阅读|读完)(?:本文)?(?:时长|时间|用时)?(?:约|大约)?需?要?\d+分钟[。.]?$/;

const isReadingTime = (text: string): boolean =>
  text.length <= 80 && text.includes("分钟") && READING_TIME.test(text);

/**
 * `SUCAI198.COM —— 专注公文写作范文`, `www.example.cn | 某某资讯网`, `某某网 EXAMPLE.NET`: a site's
 * banner, its domain name (Latin letters and digits, a top-level domain) at either end of a short
 * line with its slogan or name, no sentence and no labelled field.
 */
const SITE_BANNER =
  /^(?:(?:https?:\/\/)?(?:www\.)?[A-Za-z\d][\w-]{1,30}\.(?:com|net|org|cn)\b[^。；！？：:]{0,40}|[^。；！？：:]{0,40}\s(?:https?:\/\/)?(?:www\.)?[A-Za-z\d][\w-]{1,30}\.(?:com|net|org|cn))$/i;

function isSiteBanner(text: string): boolean {
  return text.length <= 60 && SITE_BANNER.test(text);
}

/**
 * A label alone on a line (`内容预览：`): two to six Han characters and a colon, not a 编者按 or
 * a 报尾 label (`报：`, `抄送：`).
 */
export function isLabelAlone(text: string): boolean {
  return /^[\u4e00-\u9fff]{2,6}[：:]$/.test(text) && !text.startsWith("编者按") && !tailLabel(text);
}

/**
 * `首页 要闻动态 专项活动 党纪党规 审查调查`, `网站首页 | 机构概况 | 政务公开 | 办事服务`: a site's menu
 * bar (the repair has joined its words), opening with its link to the home page, then eight Han
 * characters or more and nothing else: no mark, no digit, no `的` of a title (`首页改版后，…` and
 * `首页栏目调整情况的通报` are the text's).
 */
const isMenuBar = (text: string): boolean =>
  text.length >= 10 &&
  text.length <= 80 &&
  (text.startsWith("首页") || text.startsWith("网站首页")) &&
  !text.includes("的") &&
  MENU_BAR.test(text);
// (`首页新闻财经…互联网IT明星`: a column's name may hold a Latin word, `IT`, `TV`, `App`.)
const MENU_BAR =
  /^(?:网站)?首页(?:[\u4e00-\u9fff|｜·\s]|[A-Za-z]{1,4}(?=[\u4e00-\u9fff|｜·\s]|$)){8,}$/;

/** `中国网首页`, `某某新闻网首页`: a site's link to its home page, named after the site. */
const NAMED_HOME = /^[\u4e00-\u9fff]{1,8}网首页/;
/** Words of a news site's column names (`新闻中心`, `湖北政务`, `地方频道`), each counted once a place. */
const COLUMN_WORD =
  /新闻|中心|频道|政务|要闻|资讯|专题|视频|图片|财经|体育|娱乐|生活|地方|时政|社会|各地|文化|旅游|教育|健康|科技|国际|国内|评论/g;
/** Fewest column words after a named home link that make a menu bar ({@link isNamedHomeMenuBar}). */
const MIN_COLUMN_WORDS = 3;

/**
 * `中国网首页中国网新闻中心湖北政务荆楚各地湖北生活`: a news site's menu bar (the repair has joined its
 * words), opening with its named home link ({@link NAMED_HOME}), then Han words and spaces only, at
 * least {@link MIN_COLUMN_WORDS} of them a column's (a headline `中国网首页新闻点击量居全国前列` names one).
 */
function isNamedHomeMenuBar(text: string): boolean {
  if (text.length < 12 || text.length > 80 || text.includes("的")) return false;
  const home = NAMED_HOME.exec(text);
  if (home === null) return false;
  const rest = text.slice(home[0].length);
  return (
    /^[\u4e00-\u9fff\s|｜·]+$/.test(rest) &&
    (rest.match(COLUMN_WORD)?.length ?? 0) >= MIN_COLUMN_WORDS
  );
}

/** A breadcrumb line (`当前位置：首页 > …`): where a page's own content begins. */
export const isBreadcrumb = (text: string): boolean => breadcrumb(simplified(text));

/**
 * A forum's prompt to log in over a thread (`您需要 登录 才可以下载或查看，没有账号？立即注册`,
 * `登录后才能查看`, `请登录后发表评论`), with its close button (`x`, `×`) alone on a line.
 */
const LOGIN_PROMPT =
  /^(?:[您你]需要|请)?\s*登[录錄]\s*(?:后\s*)?才?(?:可以|能|可)?\s*[\u4e00-\u9fff]{0,12}?(?:[，,]\s*没有(?:账号|帳號|帐号)[？?]?\s*(?:立即|马上|免费)?注[册冊])?$|^[x×✕]$/i;

/**
 * A forum thread's tools over its first post (Discuz and its kin), one or more of them a line:
 * `免费注册`, `QQ登录`, `只需一步，快速开始`, `同板块主题的 前一篇 同板块主题的 后一篇`, `开启左侧`,
 * `查看: 96|回复: 0`, `跳转到指定楼层`, `[复制链接]`, `返回列表 回复 发帖` (either script). Words and counts only,
 * no sentence.
 */
const FORUM_TOOLS =
  /^(?:(?:(?:免费|立即|马上)注册|(?:QQ|微信|微博)登录|只需一步[，,]?\s*快速开始|(?:同板块主题的)?[前后]一篇|[上下]一主题|(?:开启|关闭)左侧|跳转到指定楼层|[[［]复制链接[\]］]|显示全部楼层|只看该作者|返回列表|回复|回復|发帖|發帖|查看[：:]\s*\d+\s*[|｜]\s*回复[：:]\s*\d+)[\s|｜]*)+$/i;
const isForumTools = (text: string): boolean => text.length <= 60 && FORUM_TOOLS.test(text);

/**
 * `1# 某网友`, `楼主 某网友`: a forum post's floor and its poster's name, alone on a line under the
 * thread's tools ({@link FORUM_TOOLS}); a `1#` anywhere else (`1#高炉`) is the text's.
 */
const FLOOR_AND_POSTER = /^(?:\d{1,4}#|楼主|沙发|板凳)\s*[^\s，。；：,;:]{1,16}$/;

const isLoginPrompt = (text: string): boolean =>
  text.length <= 40 && (text.includes("登") || text.length === 1) && LOGIN_PROMPT.test(text);

/**
 * A site's sign-in box, one of its links or fields a line (`忘记密码 > 还没有账号? 点击注册 >`,
 * `已有账号`, `验证码 看不清？换一张`, the captcha picture's `captcha`): its words and the marks
 * between them, nothing else, one of them a password's, an account's or a code's (a heading
 * `账号注册问题` has more words).
 */
const SIGN_IN_BOX =
  /^(?:(?:忘记密码|找回密码|记住密码|记住我|自动登录|(?:还)?没有[账帐]号|已有[账帐]号|(?:用户|会员)?登录|(?:点击|立即|免费|马上)?注册|(?:立即|马上)登录|验证码|看不清|换一张|captcha)[\s>»›?？!！,，.。|｜:：]*)+$/i;
const SIGN_IN_CUE = /密码|[账帐]号|验证码|看不清|captcha/i;
const isSignInBox = (text: string): boolean =>
  text.length <= 40 && SIGN_IN_CUE.test(text) && SIGN_IN_BOX.test(text);

/**
 * A site's note beside its sign-in box (`新用户登录后自动创建账号`; copied in traditional characters
 * `新用戶登錄后自動創建賬號`, a converter's pinyin reading left in, `創（chuàng ）建`): the whole line,
 * nothing else, furniture over the page's text, never its title.
 */
const AUTO_ACCOUNT_NOTE = /^新用[户戶]登[录錄][后後]自[动動][创創]建[账帐賬帳][号號]$/;
/** A converter's pinyin reading left in a line (`（chuàng ）`): lower-case letters, toned or not. */
const LEFT_READING = /[（(][a-z\u00e0-\u01dc ]{1,8}[)）]/g;
/** Longest {@link AUTO_ACCOUNT_NOTE} line with its readings left in. */
const MAX_AUTO_ACCOUNT_NOTE = 60;
const isAutoAccountNote = (text: string): boolean =>
  text.length <= MAX_AUTO_ACCOUNT_NOTE &&
  text.charCodeAt(0) === 0x65b0 /* 新 */ &&
  AUTO_ACCOUNT_NOTE.test(text.replace(LEFT_READING, ""));

/**
 * `0591-87569904`, `(010)6512 3456`, `400-123-4567`: a telephone number alone on its line, as a
 * site's header or footer prints its contact (a 12345 hotline's five digits are the text's).
 */
const PHONE =
  "(?:[（(]?0\\d{2,3}[）)]?[-\\s]?\\d{3,4}[-\\s]?\\d{4}|[48]00[-\\s]?\\d{3}[-\\s]?\\d{4})";
const PHONE_ALONE = new RegExp(`^${PHONE}$`);
/**
 * `13034975678`: a mainland mobile number (eleven digits, `1` and `3`–`9` first), read only after a
 * contact label ({@link CONTACT_LINE}, {@link CONTACT_STRIP}); a count has a unit or fewer digits.
 */
const MOBILE = "1[3-9]\\d{9}";
/**
 * `某市某镇某村万里路2号16卡首层`: a street address (a place and its road, street or lane, the door's
 * number and 号, perhaps the building and room after it), as a site's contact block prints its
 * office.
 */
const ADDRESS = "[\\u4e00-\\u9fff]{2,16}(?:路|街|大道|巷)\\d{1,5}[号號][\\u4e00-\\u9fff\\d]{0,20}";

/**
 * `招商电话：0839-3501050`, `服务电话: 400-123-4567`, `联系电话：(028)8691 2345`: a site's contact line
 * over its page's text, a short label ending in 电话 or 热线 and a telephone number (its area code, or
 * a 400/800 number), nothing else. Asked only over the text's first sentence: under it, such a line
 * is the 报尾's. A count (`招商电话：1540件`) or a label with more words (`各窗口开通咨询电话：…`) is none.
 */
const CONTACT_LINE = new RegExp(
  `^[\\u4e00-\\u9fff]{0,4}(?:电话|热线|電話|熱線)\\s*[：:]\\s*(?:${PHONE}|${MOBILE})$`,
);
/**
 * `新闻：13012345678 广告：13012345678`, `报料：0898-66810000  发行：0898-66810001`: a news site's
 * contact strip, two or three short labels (one to four Han characters) each with a telephone or
 * mobile number, parted by white space or none (a copy may drop it), nothing else. One label alone must end in 电话 or 热线
 * ({@link CONTACT_LINE}); a count (`来电：1540件 来信：236件`) or a number without an area code
 * (`市长热线：1540 12345：3256`) is none.
 */
const CONTACT_STRIP = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{1,4}\\s*[：:]\\s*(?:${PHONE}|${MOBILE})\\s*){1,2}[\\u4e00-\\u9fff]{1,4}\\s*[：:]\\s*(?:${PHONE}|${MOBILE})$`,
);
/**
 * `聯系人：舒工`, `手機：13726017833`, `傳真：0755-89491926`, `郵箱：hfindustry@163.com`, `QQ：64407753`,
 * `網址：www.example.com`, `地址：某市某镇某村万里路2号16卡首层`: a field of a site's contact block, one
 * a line, its label (either script, a copy's letter spacing perhaps left in the label) with the
 * value its kind takes (a name of one to four Han characters, perhaps with a mobile number; a
 * mobile or telephone number; an e-mail address; a QQ number; a web address; a street address,
 * {@link ADDRESS}), nothing else. Asked
 * only over the text's first sentence, as {@link CONTACT_LINE}. Near-misses: a count
 * (`传真：120份`), a label with more words (`手机银行：…`), a 联系人 field naming more than a person
 * (`联系人：各乡镇分管领导同志`).
 */
const CONTACT_FIELD = new RegExp(
  `^(?:(?:[联聯][系繫]人\\s*[：:]\\s*[\\u4e00-\\u9fff]{1,4}(?:\\s*${MOBILE})?)|(?:手\\s?[机機]\\s*[：:]\\s*(?:${MOBILE}|${PHONE}))|(?:[传傳]\\s?真\\s*[：:]\\s*${PHONE})|(?:(?:[电電]子)?[邮郵]\\s?箱|E-?mail)\\s*[：:]\\s*[\\w.-]{1,40}@[\\w-]{1,40}(?:\\.[a-z]{2,6}){1,3}|(?:Q\\s?Q\\s*[：:]\\s*[1-9]\\d{4,10})|(?:[网網]\\s?址\\s*[：:]\\s*(?:https?://)?[\\w-]{1,40}(?:\\.[\\w-]{1,40}){1,4}/?)|(?:地\\s?址\\s*[：:]\\s*${ADDRESS}))$`,
  "i",
);
/** Longest line {@link CONTACT_FIELD} is asked of. */
const MAX_CONTACT_FIELD = 60;
const contactLine = (text: string): "furniture" | undefined =>
  text.length <= MAX_CONTACT_FIELD &&
  ((isDigitCode(text.charCodeAt(text.length - 1)) &&
    ((text.length <= 30 && CONTACT_LINE.test(text)) || CONTACT_STRIP.test(text))) ||
    CONTACT_FIELD.test(text))
    ? "furniture"
    : undefined;

/**
 * `携手百姓之声，共建和谐家园。竭力打造本地第一民生网站!`, `打造全省权威政务门户！`: a site's slogan over
 * its page, its last clause naming the site (`…网站`, `…门户`) closed by an exclamation mark, sixty
 * characters at most, no figure. Asked only over the text's first sentence. A report's sentence
 * naming a site closes with `。` (`…已在区政府网站公开。`); a greeting (`欢迎访问…网站！`) is read
 * with the site's furniture.
 */
const siteSlogan = (text: string): "furniture" | undefined =>
  text.length <= 60 && SITE_SLOGAN.test(text) ? "furniture" : undefined;
const SITE_SLOGAN = /^[^\d０-９]*(?:网站|網站|门户|門戶)[!！]$/;

/**
 * `本版列表新闻` / `~~~某市今冬明春聚焦六大领域防控火灾`: a newspaper site's list of the articles on the
 * page's edition, its label and each link behind a run of tildes (two or more; no bulletin marks a
 * line so), sixty characters at most; a link left empty is the tildes alone (`~~~`). Asked only
 * over the text's first sentence.
 */
const PAGE_ARTICLE_LIST = /^(?:本版(?:列表新闻|新闻列表)|~{2,}(?:\s*[^~\s].{1,59})?)$/;

/**
 * `《某某日报》 《某某日报藏文版》 《某某商报》`: a press group's site's row of links to its papers, three
 * names in `《》` or more with nothing between them but spaces or bars. Asked only over the text's
 * first sentence. Near-misses: one name alone (`《关于…的通知》`, a document's title), names in a
 * phrase (`《条例》《办法》相继出台`), names run together with `、`.
 */
const PAPER_NAME_ROW = /^(?:《[^《》\s]{2,16}》[\s|｜]*){3,}$/;
const isPaperNameRow = (text: string): boolean =>
  text.charCodeAt(0) === 0x300a /* 《 */ && text.length <= 120 && PAPER_NAME_ROW.test(text);

/**
 * `回到首页 | 标题导航`, `3 上一篇  下一篇 4 放大 缩小 默认`: a newspaper's digital edition's article
 * navigation, two or more of its links (the front page, the title list, the article before and
 * after, the reader's zoom tools) and nothing else but the page numbers between them, spaces and
 * bars; or the link to the title list alone (`标题导航`). Asked only over the text's first sentence. One link word in a line of words (`放大镜下…`,
 * `上一篇文章提到的…`, `默认办结时限…`) is text.
 */
const EDITION_ARTICLE_NAV =
  /^(?:(?:\d{0,3}\s*(?:回到首页|返回首页|标题导航|上一篇|下一篇|放大|缩小|默认|还原)\s*\d{0,3}\s*[|｜]?\s*){2,}|(?:本版)?标题导航)$/;

/**
 * `A10：上海新闻`, `B3:城事`: a newspaper's lettered page and its name (two to eight Han characters), nothing
 * else, as its web edition heads an article (with 版 or an issue it is {@link isPaperPageNav}'s). Asked
 * only over the text's first sentence; a grade or a class with its label (`A类：12家`, `A1：优秀率98%`)
 * holds more than a name, and a list item naming a phase or an ordinal (`A1：第一期工程`, opening
 * with 第) no page's.
 */
const LETTERED_PAGE = /^[A-H]\d{1,2}\s*[：:]\s*(?!第)[\u4e00-\u9fff]{2,8}$/;

/** Fewest links of a menu bar parted by bars ({@link pipedMenuBar}). */
const MIN_MENU_LINKS = 8;
/**
 * A table's head cell: a count's, a rate's or a sum's name (`受理量`, `办结率`, `金额`, `合计`), a row's
 * number or name (`序号`, `名称`, `项目`); a menu's links name columns or places, never one.
 */
const TABLE_HEAD_CELL = /(?:序号|合计|总计|小计|单位|名称|项目|指标|同比|环比|占比|[数量率额])$/;
const MENU_BAR_MARK = /\s*[|｜]\s*/;
const MENU_LINK = /^[\u4e00-\u9fff]{1,6}$/;
/**
 * A menu's link named in Latin letters (`English`, `IT`, `I T`, `NBA`): a site's English edition or
 * a column's short name. At most one link in four of a menu bar may be so ({@link pipedMenuBar}).
 */
const LATIN_MENU_LINK = /^[A-Za-z](?: ?[A-Za-z]){0,9}$/;
/**
 * `要闻 | 城市远洋 | 某某在江西 | 视界 | 原创 | 滚动`, `万州|黔江|涪陵|渝中|…|两江新区`: a site's menu
 * bar of columns or of its places' channels, {@link MIN_MENU_LINKS} links or more, each one to
 * six Han characters, parted by bars (`|`, `｜`) and nothing else (no bar at either end, as a
 * Markdown row has). Asked only over the text's first sentence. A table's head flattened with bars
 * names a count or a rate (`地区|受理量|办结量|…|满意率`, {@link TABLE_HEAD_CELL}); a row holds figures.
 */
function pipedMenuBar(text: string): "furniture" | undefined {
  if (text.length < 2 * MIN_MENU_LINKS || text.length > 200) return undefined;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (!(isHanCode(first) || isLatinCode(first)) || !(isHanCode(last) || isLatinCode(last)))
    return undefined;
  const links = text.split(MENU_BAR_MARK);
  if (links.length < MIN_MENU_LINKS) return undefined;
  // (`English| 图片| 视频| …`: a link or two in Latin letters, the rest Han.)
  let latin = 0;
  for (const link of links) {
    if (LATIN_MENU_LINK.test(link)) latin++;
    else if (!MENU_LINK.test(link) || TABLE_HEAD_CELL.test(link)) return undefined;
  }
  return latin * 4 <= links.length ? "furniture" : undefined;
}

/**
 * `中华人民共和国住房和城乡建设部主管`: a periodical's imprint naming the body it answers to (a body's
 * name closed by 主管, no colon), alone on its line over the paper's `某某报社主办`: the paper's, no
 * headline. Near-misses: a role (`财务主管`, `部门主管`: no body's name before it), a body's name run on
 * into more words (`某局主管副局长`).
 */
const isSupervisorImprint = (text: string): boolean =>
  text.length >= 6 &&
  text.length <= 40 &&
  text.endsWith("主管") &&
  SUPERVISOR_IMPRINT.test(text) &&
  isOrg(text.slice(0, -2));
const SUPERVISOR_IMPRINT = /^[\u4e00-\u9fff（）()]{4,38}主管$/;

/** `QQ交谈`, `QQ咨询`, `QQ在线客服`: a site's chat widget alone on its line ({@link isChatWidget}). */
const CHAT_WIDGET = /^(?:QQ|ＱＱ)\s?(?:在[线線])?(?:交[谈談]|咨[询詢]|客服|聊天)$/i;

/** Whether a (simplified) line is a site's chat widget only: short, opened by `QQ`. */
const isChatWidget = (text: string): boolean =>
  text.length <= 9 && oneOfCode("QqＱｑ", text.charCodeAt(0)) && CHAT_WIDGET.test(text);

const isPhoneAlone = (text: string): boolean =>
  text.length >= 10 &&
  text.length <= 16 &&
  isDigitCode(text.charCodeAt(text.length - 1)) &&
  (PHONE_ALONE.test(text) || MOBILE_ALONE.test(text));
/**
 * `18729901578` alone on its line: a mainland mobile number ({@link MOBILE}), as a site's contact
 * block prints it under its label (`全国咨询热线` / `18729901578`); a count prints its unit.
 */
const MOBILE_ALONE = new RegExp(`^${MOBILE}$`);

/**
 * `全国咨询热线`, `免费服务热线`, `服務熱線2`: a site's contact block's hotline label alone on its line
 * (either script: a few Han characters, then 服务, 咨询, 投诉, 举报 or 客服 and 热线, a template's digit
 * perhaps after it), its number on the next line. A hotline a report counts (`12345热线`, `市长热线`)
 * names no such service, and a heading prints its marker (`二、咨询热线`).
 */
const HOTLINE_LABEL_ALONE =
  /^[\u4e00-\u9fff]{0,6}(?:服[务務]|咨[询詢]|投[诉訴]|[举舉][报報]|客服)(?:热线|熱線)\d?$/;
const isHotlineLabelAlone = (text: string): boolean =>
  text.length <= 13 && HOTLINE_LABEL_ALONE.test(text);

/**
 * `成都市青羊區日月大道1501號萬和中心3棟806號`: a street address alone on its line (a place and its road,
 * street or lane, the door's number and 号, perhaps the building and room after it), as a site's
 * contact block prints its office; no title or sentence opens on a door's number.
 */
const ADDRESS_ALONE = new RegExp(`^${ADDRESS}$`);
const isAddressAlone = (text: string): boolean => text.length <= 40 && ADDRESS_ALONE.test(text);

/**
 * `西户墓园-西户殡仪馆公墓-西户公墓-西安某某纪念园`: a site's tagline, four or more of its names or
 * services (two to twelve Han characters each) joined by hyphens and nothing else, as a small
 * company's site prints under its contact block; a title joins at most a name and its subject so.
 */
const HYPHENED_TAGLINE = /^[\u4e00-\u9fff]{2,12}(?:-[\u4e00-\u9fff]{2,12}){3,}$/;
const isHyphenedTagline = (text: string): boolean =>
  text.length <= MAX_TAGLINE && text.includes("-") && HYPHENED_TAGLINE.test(text);
/** Longest such tagline ({@link HYPHENED_TAGLINE}). */
const MAX_TAGLINE = 120;

/**
 * `诉讼服务热线：12368`, `举报热线：0717-7822000`: a site's header naming a service's hotline
 * (`…服务热线`, `举报热线`, `咨询热线`, `投诉热线`, `热线电话`) and its number (a five-digit service
 * number `1xxxx`/`9xxxx`, or a telephone number with its area code), the line holding nothing else.
 * A channel's count in a report (`市长热线：1540`, `12345热线：3256`) is no such line.
 */
const isHotlineBanner = (text: string): boolean =>
  text.length <= 28 && isDigitCode(text.charCodeAt(text.length - 1)) && HOTLINE_BANNER.test(text);
const HOTLINE_BANNER =
  /^[\u4e00-\u9fff\d]{0,10}(?:服务热线|举报热线|咨询热线|投诉热线|热线电话)[：:]\s*(?:[19]\d{4}|0\d{2,3}-?\d{7,8}|[48]00-?\d{3}-?\d{4})$/;

/**
 * Where a page's own content begins, the site's header over it: a breadcrumb or a forum's login
 * prompt ({@link isBreadcrumb}).
 */
export const opensPage = (text: string): boolean =>
  isBreadcrumb(text) || (text.length <= 40 && isLoginPrompt(simplified(text).replace(/\s+/g, "")));

/**
 * `当前位置：`, `您的当前位置：`, `你现在所在的位置：`, `您的位置：`, `我的位置：`, `所在位置：`, `当前页面：` (a
 * bare `位置：` is a meeting's place), `首页 > …`, `网站首页 >> …`, `首页 ? 新闻频道 ? …` (its marks
 * lost to `?` by a copy's encoding), `首页/ 政务公开/ …` (parted by slashes), `… > 正文` (a join link after it, {@link ARTICLE_END}), and a
 * path's remainder a page broke onto a line of its own (`>水旱灾害防御 >汛情简报`, `» 工作动态`): a line that
 * opens with a path mark before a column's name, every step short and without a sentence's mark (no
 * heading or sentence opens with `>`; `>90%` names no column).
 */
const BREADCRUMB =
  /^(?:[您你]?的?(?:(?:当前|现在|目前)(?:所在)?|所在)的?(?:位置|页面)|[您你我]的位置)[：:]|^(?:网站)?首页(?:\s*[/／]\s*[\u4e00-\u9fff][^。；，！？/／]{0,30})+$|^(?:网站)?首页\s*(?:[>》]|[?？]\s*[\u4e00-\u9fff][^。；，！]{0,40}$)|[>»›]\s*正文\s*(?:申请入驻|我要投稿)?$|^[>»›]{1,2}\s*[\u4e00-\u9fff][^。；，！？>»›]{0,30}(?:\s*[>»›]{1,2}\s*[\u4e00-\u9fff][^。；，！？>»›]{0,30})*$/;
// (`打开APP`, `下载app免费领取会员`: a site's prompt to its app alone on a line, since 2026-12-08.)
const FURNITURE =
  /^(?:[【[]?(?:打印(?:本页|本文|页面|此页)?|关闭窗口|关闭本页|关闭|返回顶部|(?:加大|放大|增大|缩小|减小)字体|(?:\d{1,6}\s*)?(?:取消|加入)?收藏|分享到?|扫一扫[^。]{0,20}|扫描二维码[^。\d]{0,20}|扫码(?:关注|分享|阅读)[^。\d]{0,16}|[大小]字号|字号|字体(?:大小)?|友情链接)】?[：:\s]*(?:[大中小默认超\s|｜[\]【】↑]|A[+-]?)*)+$|^(?:[（(](?:相关)?资料图片?(?:仅供参考)?[）)]|（图片来源[^）]{0,30}）|[（(](?:上接|下转|接上|转下)第?[A-Za-z]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})版[）)])$|^(?:新闻排行|热点新闻|相关新闻|相关阅读|(?:论文)?(?:部分)?内容阅读|全文阅读|阅读全文|相关链接|新闻推荐|编辑推荐|进入新闻中心|返回首页|展开全文|展开|收起|无标题文档|无标题页|Untitled Document|EN|English|ENGLISH|打开(?:APP|App|app)|下载(?:APP|App|app)免费领取会员)$|^(?:上一篇|下一篇)[：:]|^[•·]?\s*(?:您好[，,！!]?\s*)?欢迎(?:(?:访问|光临|来到|进入)[^。]{1,30}(?:网站|网|平台)[！!。，,]?|(?:访问|光临)[^。，,；;！!？?\s]{2,30}[！!])(?:\s*今天是\s*[：:]?\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*(?:星期[一二三四五六日天])?)?$/;
/**
 * `【更多】`, `[更多]`, `更多>>`, `更多+` closing a line, alone or after a sentence: a link to more of
 * the page's column. Apart from {@link FURNITURE}, whose forms all open the line: a form that may
 * stand after a sentence is tried at every position, and is tried only on a line holding `更多`.
 */
const MORE_LINK_END = /(?:^|[。！])\s*(?:【更多】|\[更多\]|更多\s*(?:>>|>|»|›|\+))$/;
const moreLinkEnd = (text: string): boolean => text.includes("更多") && MORE_LINK_END.test(text);

/**
 * The links to a site's other versions and its account, in both {@link SITE_TOOL} and
 * {@link TOOL_LINK}: `简体中文`, `繁体版`, `English`, `登录`, `注册`, `手机版`, `长者版`, `进入关怀版`, a
 * version in a minority's script (`藏文版`, `维文版`, `蒙古文版`); and its links to be made the home
 * page or kept (`设为首页`, `加入收藏`).
 */
const SITE_VERSION =
  "[简簡繁][体體](?:中文|版)|English|登[录錄]|注[册冊]|手机版|(?:进入)?(?:长者|关怀|适老)版|(?:藏|维|蒙古?|彝|壮|朝鲜)文版|设为[首主]页|加入收藏|收藏本站";
/**
 * A site's tool links on a line of their own, the accessibility link among them: `微博 微信 |
 * 无障碍浏览`, `登录 注册 长者版 | 无障碍 I 繁体中文`, `打开适老化模式 无障碍浏览 x` (the elder-friendly
 * mode's switch, and the bar's close mark; the repair has joined `微博微信`; a table's cell `微信微博`
 * has no 无障碍), `无障碍系统 无障碍关怀版` (the link said twice, its elder mode named after it).
 */
const SITE_TOOL = `(?:${SITE_VERSION}|[简簡繁][体體]|微博|微信|长者模式|關懷版|(?:打开|进入|开启)?适老化(?:模式|版)?|I|[xX×]$|[\\s|｜])*`;
const SITE_TOOLS = new RegExp(`^${SITE_TOOL}(?:无障碍(?:浏览|阅读|模式|系统)?${SITE_TOOL})+$`);
/**
 * `客服微信`, `网站公众号`, `官方微博`: a link to a site's own account on a network, named as the
 * site's (a bare `微信` may be a channel the text counts).
 */
const ACCOUNT_LINK = "(?:客服|官方|网站|本站)(?:微信|微博|公众号|抖音号?|视频号)";
/**
 * `2021-8-11 星期三 14:13:52 设为首页 加入收藏 简体版 繁体版`, `客服 设为首页`, `客服微信 网站公众号`,
 * `欢迎您! 登录 | 注册 |`: a line of a site's tool links and its clock only, a greeting perhaps before
 * them, two links or more (one word alone may be a
 * heading of the text; `微信微博` is a channel in a hotline's table).
 */
const TOOL_LINK = `(?:${SITE_VERSION}|${ACCOUNT_LINK}|网站导航|客服)`;
/**
 * `微信`, `微博`, `简体`, `繁体`: a link a site's tool bar names by one word, read only after a
 * {@link TOOL_LINK} (`登录 | 注册   微信 简体 繁体`); alone or first (`微信 微博`, a channel a hotline's
 * table counts) it is none, and so is one run on after a word that names an account with it
 * (`客服微信` alone is one account's link, {@link ACCOUNT_LINK}, not `客服` and a second link).
 */
const BARE_TOOL = "(?<!客服|官方|网站|本站)(?:[简簡繁][体體]|微博|微信)";
const CLOCK = `(?:\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?|星期[一二三四五六日天]|${CLOCK_SOURCE})`;
const TOOL_LINKS = new RegExp(
  `^[\\s|｜]*(?:(?:欢迎您|您好)[!！,，]?\\s*)?(?:${CLOCK}[\\s|｜]*)*${TOOL_LINK}(?:[\\s|｜]*(?:${TOOL_LINK}|${BARE_TOOL}|${CLOCK}))+[\\s|｜]*$`,
);
const FOOTER =
  /公网安备|ICP备|^地址[：:][^。；]{2,40}?(?:邮编|邮政编码)[：:]?\s*\d{6}$|网站标识码|版权所有|网站地图|技术支持[：:]|^(?:互[联聯]网)?新闻信息(?:服务|服務)?[许許]可[证證]?(?:编号|編號)?[：:]?\s*\d{6,14}$|^主办单位[：:].{0,40}(?:承办|联系)/;
/** `Copyright Right©2008-2013 Powered`, `© 2019 某某网`: a site's copyright line. */
const COPYRIGHT = /^copyright\b|^©|©\s*(?:19|20)\d\d/i;
const isCopyright = (text: string): boolean =>
  (text.includes("©") || text.charCodeAt(0) === 0x43 || text.charCodeAt(0) === 0x63) &&
  COPYRIGHT.test(text);
const IMAGE = /^!\[[^\]]{0,100}\]\([^)]{0,300}\)$|^[^。，；]{0,60}\.(?:png|jpe?g|gif|bmp|webp)$/i;
/**
 * `图片`, `[图片]`, `【图片】`: the word a copied social-media post leaves for each of its pictures, on a
 * line of its own (simplified); `【资料图】`, `[资料图片]`: a news copy's stock picture, in brackets;
 * `打开网易新闻 查看精彩图片` (`…查看更多图片`, `…查看更多视频`): the prompt a news app's account page
 * (网易号) leaves under each of its pictures.
 */
const PICTURE_PLACEHOLDER =
  /^(?:图片|\[(?:资料)?图片\]|【(?:资料)?图片】|\[资料图\]|【资料图】|打开网易新闻\s*查看(?:精彩图片|更多图片|更多视频))$/;

/**
 * {@link BREADCRUMB} of a simplified line, tried only on a line that opens with the first unit of
 * one of its labels or ends in `正文` ({@link ARTICLE_END}; its last branch is otherwise tried at
 * every position).
 */
const breadcrumb = (text: string): boolean =>
  ((BREADCRUMB_FIRSTS.has(text.charCodeAt(0)) ||
    (text.includes("正文") && ARTICLE_END.test(text))) &&
    BREADCRUMB.test(text)) ||
  (text.length <= MAX_UNMARKED_PATH && text.endsWith("正文") && UNMARKED_ARTICLE_PATH.test(text)) ||
  (endsWithPathMark(text) && OPEN_PATH.test(text)) ||
  (text.includes("首页") && LABELLED_HOME_PATH.test(text)) ||
  isSiteHomeTrail(text) ||
  (isDigitCode(text.charCodeAt(0)) && listedCrumb(text));

/** Longest path {@link UNMARKED_ARTICLE_PATH} reads. */
const MAX_UNMARKED_PATH = 24;

/**
 * `中新网福建新闻正文`, `贵州分社正文`, `新华网 正文`, `首页 昆明 正文`: a page's path a copy printed without
 * its marks, closed by `正文` (the article itself) right after the site's name (…网, …分社, …在线,
 * …新闻) or after the home page and its columns (Han words, spaces between). Near-misses: a line
 * that names a text's 正文 with other words or marks (`打印正文`, `来源: 打印正文`, `《某某条例》正文`),
 * `正文` alone.
 */
const UNMARKED_ARTICLE_PATH =
  /^(?:首页[\u4e00-\u9fff ]{1,16}|[\u4e00-\u9fff ]{0,16}(?:网|分社|在线|新闻))\s*正文$/;

/**
 * `1. 首页 > 财经资讯`, `1. 网站首页 » 新闻中心`: a breadcrumb a copy turned into a Markdown list item (a
 * page prints its path as a list), the item's number and `. ` before the home page and a path mark.
 */
const LISTED_CRUMB = /^\d{1,2}\.\s+(?=(?:网站)?首页\s*[>»›》])/;
/**
 * A listed crumb's path after its number: the home page and the columns after it, each after its
 * path mark, short and without a sentence's mark.
 */
const LISTED_STEPS =
  /^(?:网站)?首页(?:\s*[>»›》]{1,2}\s*[\u4e00-\u9fff][^。；，！？>»›》]{0,30})+\s*[>»›》]?$/;

function listedCrumb(text: string): boolean {
  const m = LISTED_CRUMB.exec(text);
  if (m === null) return false;
  const rest = text.slice(m[0].length).trim();
  return LISTED_STEPS.test(rest) || breadcrumb(rest);
}

/**
 * `位置：首页>…`, `导航：首页 > 政务公开 > …`, `栏目：网站首页>>…`: a path from the home page under a
 * label of a few Han characters other than {@link BREADCRUMB}'s (a bare `位置：` before anything
 * but the home page and a path mark is a meeting's place: `位置：首页大厦三楼`).
 */
const LABELLED_HOME_PATH = /^[\u4e00-\u9fff]{1,8}[：:]\s*(?:网站)?首页\s*[>》»›]/;

/**
 * `正文` closing a path, perhaps with the platform's link for writers to join it after it on the
 * same line (`某某网 > 某某号 > 正文 申请入驻`, `… > 正文 我要投稿`).
 */
const ARTICLE_END = /正文\s*(?:申请入驻|我要投稿)?$/;

/**
 * `中国苏南视窗 > 关注 >`, `某某新闻网 >> 民生 >>`: the path to the page's column, left open at its
 * end: two names or more from a Han character, short and without a sentence's mark, parted by path
 * marks, the line closed by one (no heading or sentence ends with `>`). A label's colon before the
 * first mark makes the line a field's (`时间:… 来源: 新闻联播 > 热点新闻 >`: {@link sourceOfPath}).
 */
const OPEN_PATH =
  /^[\u4e00-\u9fff][^。；，！？>»›：:]{0,30}(?:\s*(?:>{1,2}|[»›])\s*[\u4e00-\u9fff][^。；，！？>»›]{0,30})+\s*(?:>{1,2}|[»›])$/;

/**
 * `水旱灾害防御 > 汛情简报`, `政务公开>>工作动态`: the path's remainder under a breadcrumb that ended
 * with its mark (`当前位置：首页 >`): two column names or more of Han words only (no figure, no
 * sentence's mark) parted by path marks; asked only of the line right under such a breadcrumb,
 * over the text's first sentence (`受理 > 办结` elsewhere may be a heading, `收入>支出` a comparison).
 */
const COLUMN_PATH =
  /^[\u4e00-\u9fff][\u4e00-\u9fff ]{1,19}(?:\s*(?:>{1,2}|[»›])\s*[\u4e00-\u9fff][\u4e00-\u9fff ]{1,19})+\s*(?:>{1,2}|[»›])?$/;
/**
 * Whether a breadcrumb's path mark (`>`, `>>`, `»`, `›`, `》`) closes the line, white space after
 * it aside: the line's last unit that is not white space is one (read from the end, where a regex
 * `/[>»›》]\s*$/` would be tried from every position of the line).
 */
function endsWithPathMark(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isRegexSpaceCode(text.charCodeAt(k))) k--;
  return k >= 0 && oneOfCode(PATH_MARKS, text.charCodeAt(k));
}
const PATH_MARKS = ">»›》";
/** A unit of white space as a regex's `\s` reads it: {@link isSpaceCode}'s, line breaks and the BOM. */
const isRegexSpaceCode = (n: number): boolean =>
  isSpaceCode(n) || (n >= 0x0a && n <= 0x0d) || n === 0x2028 || n === 0x2029 || n === 0xfeff;
const columnPath = (text: string): boolean =>
  text.length <= 80 &&
  isHanCode(text.charCodeAt(0)) &&
  (text.includes(">") || text.includes("»") || text.includes("›")) &&
  COLUMN_PATH.test(text);
const BREADCRUMB_FIRSTS = new Set([..."您你我当现目所首网>»›"].map((c) => c.charCodeAt(0)));

/**
 * {@link IMAGE}, tried only on a line that opens with `!` or holds a `.`, and that closes with `)`
 * (a Markdown image) or with the last letter of an image file's extension (`g`, `f`, `p`, in any
 * case): every match does.
 */
const image = (text: string): boolean =>
  (text.charCodeAt(0) === 0x21 || text.includes(".")) &&
  oneOfCode(IMAGE_LASTS, text.charCodeAt(text.length - 1)) &&
  (IMAGE.test(text) || isImageRow(text));

/**
 * `![]() ![]()`, `![图](a.jpg) ![](b.png)`: a row of Markdown images (a page's pictures side by side,
 * their addresses often lost), spaces between them and nothing else; read in one pass, each image
 * ending at its first `]` and `)` as {@link IMAGE}'s does.
 */
function isImageRow(text: string): boolean {
  let k = 0;
  while (k < text.length) {
    if (text.charCodeAt(k) !== 0x21 || text.charCodeAt(k + 1) !== 0x5b) return false;
    const alt = text.indexOf("]", k + 2);
    if (alt < 0 || alt - k - 2 > 100 || text.charCodeAt(alt + 1) !== 0x28) return false;
    const end = text.indexOf(")", alt + 2);
    if (end < 0 || end - alt - 2 > 300) return false;
    k = end + 1;
    while (k < text.length && isRegexSpaceCode(text.charCodeAt(k))) k++;
  }
  return k > 0;
}
const IMAGE_LASTS = ")gfpGFP";

const META_LABELS = [
  "来源于",
  // `当前报纸名称:某某晚报`: a digital paper reader's name of the paper it shows.
  "当前报纸名称",
  "资料来源",
  "稿件来源",
  "文章来源",
  "新闻来源",
  "消息来源",
  "稿源",
  "供稿单位",
  "供稿",
  "出处",
  "发布部门",
  "发布单位",
  ...COUNTER_LABELS,
  "发布时间",
  "发布日期",
  "发表日期",
  "发表时间",
  "发稿时间",
  "更新时间",
  "录入时间",
  // `建檔日期:105-11-22`: the day a Taiwan office's page was filed.
  "建档日期",
  // `信息时间:2024-01-18`: a 政府采购 or 公共资源交易 site's date of the notice.
  "信息时间",
  "上传日期",
  "上传时间",
  "发文日期",
  "公开日期",
  "成文日期",
  "信息来源",
  "来源",
  // `来自：某市人民政府 作者：… 访问量：312`: a source's label some sites print; never strong alone.
  "来自",
  "作者",
  "发布者",
  "发布人",
  "字体",
  "字号",
  "时间",
  "日期",
  "编辑",
  "责任编辑",
  "分享到",
  "分享",
  "保护视力色",
];

/** `来源：… 发布时间：2025-04-22`, `发布日期：2022-08-30 09:20 作者：… 阅读：次`. */
/** A label of the page's own metadata, with its colon: no line without one is a metadata line. */
const STRONG_META =
  /(?:发布|发表|发稿|更新|录入|建档|信息时间|上传|公开|发文|来源|稿源|供稿|出处|阅读|阅览|浏览|访问|点击|评论|字体|字号)[^：:]{0,2}[：:]/;
/** The labels of {@link META_LABELS} that only a page prints (`作者`, `时间`, `编辑` may be the text's). */
const STRONG_LABEL =
  /^(?:发布|发表|发稿|更新|录入|建档|信息时间|上传|公开|发文|信息来源|来源|文章来源|稿件来源|新闻来源|消息来源|稿源|供稿|出处|阅读|阅览|浏览|访问|点击|评论|字体|字号)/;

/**
 * `时间：2021-06-11 17:48:05`, `日期:2020-3-5 08:15:00 工作总结 我要投稿`: a bare 时间 or 日期 label opening
 * the line, a date in a site's digits and a clock with its seconds (a page's timestamp: a meeting's
 * `时间：2021年6月11日上午9:00` prints none), then at most twelve Han characters (a column's name, a
 * tool's link) and nothing else (`时间：2021-06-11 17:48:05，全镇召开…` goes on into a sentence).
 */
const STAMPED_TIME_LINE =
  /^(?:时间|日期)[：:]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}(?:\s*[\u4e00-\u9fff]){0,12}\s*$/;

/** A sentence's comma or full stop (`，`, `。`), which a page's metadata line does not print. */
const SENTENCE_MARK = /[，。]/;

function isMetaLine(text: string): boolean {
  // Every form below holds a label's colon: a line without one (most lines) is none.
  if (!text.includes("：") && !text.includes(":")) return false;
  // `文旅惠报 本文作者：执惠 2021-10-08`: a byline with the page's date.
  if (text.length <= 60 && BYLINE_LABEL.test(text) && NUMERIC_DATE.test(text)) return true;
  // `时间：2021-06-11 17:48:05 总结 我要投稿`: the page's timestamp (its seconds printed) under a bare
  // 时间 or 日期, the column's name and a tool's link perhaps after it.
  if (text.length <= 60 && STAMPED_TIME_LINE.test(text)) return true;
  if (!STRONG_META.test(text)) return false;
  // A source label on a line of sentences counts once where it is printed: `消息来源：` is one
  // label there, not `消息来源` and `来源`, so a lede opening with its source (`消息来源：某报 据…，…。`,
  // a whole paragraph) is not two labels' metadata line. Near-misses that stay metadata: a line
  // without a sentence's comma or full stop (`法治新闻来源：新华社2016年10月22日02:00 A-A+`), and a
  // date's or time's label, which keeps counting twice (`发布时间：` as `发布时间` and `时间`: a line
  // holding one is the page's).
  const prose = SENTENCE_MARK.test(text);
  let labels = 0;
  let strong = false;
  let sourceEnd = -1;
  for (const label of META_LABELS) {
    const at = text.indexOf(label);
    const end = at + label.length;
    if (at < 0 || !/[：:]/.test(text.charAt(end))) continue;
    if (prose && label.endsWith("来源")) {
      if (end === sourceEnd) continue;
      sourceEnd = end;
    }
    labels++;
    if (STRONG_LABEL.test(label)) strong = true;
  }
  if (labels >= 2 && strong) return true;
  // A news page's date, then its source: `2020-12-07 11:28:11 来源：舜网—济南日报`.
  // The page's address may come first: `http://www.… 2015-10-10 09:18:15 来源：…`.
  // The site's name may come first: `某区人民政府 2025-12-18 14:33:00 来源：区人民政府督查室`.
  // Its date may lack the year, the clock time marking it the page's: `10-08 20:06:31 来源：…`;
  // or print its last two digits: `20-08-10 08:55 来源：…`.
  if (
    labels === 1 &&
    strong &&
    text.length <= 120 &&
    (LEADING_DATE.test(withoutSite(text)) ||
      YEARLESS_CLOCKED_DATE.test(text) ||
      SHORT_YEAR_CLOCKED_DATE.test(text))
  )
    return true;
  // `中国某某门户网站 www.mm.gov.cn   来源：某某局`: a site's name and address before its source.
  if (labels === 1 && text.length <= 60 && SITE_ADDRESS_SOURCE.test(text)) return true;
  // One label that starts the line and gives a date or a source: `时间：2023-08-31 09:45`; a
  // source label may be qualified by the article it credits (`本文来源：`, `本篇来源:`); or the
  // page's poster (`信息发布者：某某`).
  return (
    labels === 1 &&
    strong &&
    /^(?:发布时间|发布日期|建档日期|发表日期|发表时间|发稿时间|上传日期|上传时间|公开日期|发布单位|发布部门|发布机构|(?:信息)?发布[者人]|(?:信息|文章|稿件|新闻|消息|本文|本篇|本稿)?来源|稿源|供稿(?:单位)?|出处)[：:]/.test(
      unbracketed(text),
    ) &&
    text.length <= 60
  );
}

/**
 * `某某殡葬网 www.mmbz.net 2015-02-11 08:30 来源：本站`, `中国某某门户网站 www.mm.gov.cn   来源：某某局`: a
 * site's name (two to twelve Han characters ending in 网 or 网站, either script; group 1) and its web
 * address opening a line, its date perhaps after it, then the 来源 field (`來源`). A company's name
 * (`某某科技公司 www.…`) or an address alone is none.
 */
const SITE_ADDRESS_SOURCE =
  /^([\u4e00-\u9fff]{2,12}(?:[网網]|[网網]站))\s+(?:https?:\/\/)?www\.[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+\/?\s+(?:\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*)?[来來]源[：:]/;
/** `本站`, `本网`, `本網站`: a 来源 value that names the page's own site. */
const OWN_SITE = /^本(?:[网網]站?|站)$/;

/**
 * A field printed in brackets on a line of its own, as a news page's foot prints its source and
 * editor (`（来源：某某日报）`, `【来源：…】`, `[责任编辑:王明]`): the field without them; other lines
 * as they are.
 */
export function unbracketed(text: string): string {
  const m = BRACKETED_FIELD.exec(text);
  return m ? (m[1] as string) : text;
}
const BRACKETED_FIELD =
  /^[（(【[]\s*([\u4e00-\u9fff]{2,6}[：:][^（）()【】[\]]{0,60}?)\s*[）)】\]]$/;

/**
 * Whether `text` opens with an opening bracket (`（`, `(`, `【`, `[`), read by code unit (`charAt`
 * builds a string for a Han unit).
 */
const opensWithBracket = (text: string): boolean => oneOfCode("（(【[", text.charCodeAt(0));

/** A byline's label with its colon: `作者：`, `本文作者：`, `编辑：`, `记者：`, `撰稿：`. */
const BYLINE_LABEL = /(?:作者|编辑|记者|通讯员|撰稿|供稿|摄影)[：:]/;
/** A date in a site's digits: `2021-10-08`, `2021/10/08`, `2021.10.08`. */
const NUMERIC_DATE = new RegExp(numericDateSource(1));
/** The source of a date in a site's digits and its time perhaps: `2021-10-08 10:03`. */
const DATE_CLOCK_SOURCE = `${numericDateSource(1)}(?:\\s*${CLOCK_SOURCE})?`;
/** A date in a site's digits (and its time) closing a line: `執惠 2021-10-08`. */
const TRAILING_DATE = new RegExp(`${DATE_CLOCK_SOURCE}$`);
/**
 * The page's own address opening a line: `http://www.example.com `. It stops at a round bracket:
 * `www.example.com(2019-05-21)来源:…` prints the page's date in brackets after it.
 */
const LEADING_ADDRESS = /^(?:https?:\/\/|www\.)[\x21-\x27\x2a-\x7e]+\s*/i;
const withoutAddress = (text: string): string =>
  text.charCodeAt(0) === 0x68 || text.charCodeAt(0) === 0x77
    ? text.replace(LEADING_ADDRESS, "")
    : text;

/**
 * The site's name before the page's date on its metadata line (`四平市铁西区人民政府 2025-12-18
 * 14:33:00 来源：…`): two to twenty Han characters ending as a government body or a site ends; or
 * the page's column, a word of two to six Han characters (`权威报告 2024-04-18 10:16:18 来源:…`;
 * the line's repair has dropped the space after it).
 */
const LEADING_SITE =
  /^(?:[\u4e00-\u9fff]{1,18}(?:政府|网|網|局|办公室|辦公室|中心|委员会|委員會|门户|門戶)\s*|[\u4e00-\u9fff]{2,6}\s*)(?=\d{4}[-/.年])/;
/**
 * `中央政府门户网站 www.gov.cn 2013年04月15日 …`: the site's name (ending as a government, a site or a
 * portal does), then its address (a mirror prints its own there, perhaps a bare host, `m.example.com`,
 * taken with the name up to the space after it).
 */
const LEADING_SITE_ADDRESS =
  /^[\u4e00-\u9fff]{1,18}(?:政府|网|網|网站|網站|门户|門戶)\s*(?:(?=https?:\/\/|www\.)|[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+\s+)/i;
/** The font-size buttons before a page's date (`A-A+2014年…`, `A+ A A- 2014-…`): a sign on one at least. */
const FONT_SIZES = /^(?=A?[+\-＋－])(?:A[+\-＋－]?\s*){2,3}(?=\d{4})/;
/**
 * The line without its leading address, font-size buttons or site name (see {@link LEADING_SITE}), or both, the name
 * first; a line with a clause or a sentence (`，`, `。`) is a sentence naming a body, and keeps it.
 */
const withoutSite = (text: string): string => {
  const rest = withoutAddress(unframed(text).replace(LEADING_SITE_ADDRESS, ""))
    .replace(FONT_SIZES, "")
    .replace(BRACKETED_LEADING_DATE, "$1 ");
  return rest.charCodeAt(0) >= 0x4e00 && !/[，。；,;]/.test(rest)
    ? rest.replace(LEADING_SITE, "")
    : rest;
};

/**
 * `[ 财经 2019-05-21 来源:某研究院]`, `【2019-05-21 来源：某报】`: a page's date line framed whole in square
 * or lenticular brackets, a word or a date after the opening one (no other bracket inside): the line
 * without its opening bracket (the closing one a value's trim drops). A line framed so that holds a
 * clause or a sentence (`，`, `。`) is the text's, and keeps it.
 */
const FRAMED_LINE = /^[[【]\s*(?=[\u4e00-\u9fff\d])[^[\]【】，。；,;]{6,80}[\]】]$/;
const unframed = (text: string): string => {
  const c = text.charCodeAt(0);
  return (c === 0x5b || c === 0x3010) && FRAMED_LINE.test(text) ? text.slice(1).trimStart() : text;
};
/**
 * `(2019-05-21)来源:…`, `（2019-05-21 10:15） 来源：…`: the page's date in round brackets, whole in
 * digits and its clock time perhaps, opening the line (after its address): the date without them.
 * A bracketed year or month (`(2019年)`) is no page's date.
 */
const BRACKETED_LEADING_DATE = new RegExp(
  `^[（(]\\s*(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s*${CLOCK_SOURCE})?)\\s*[）)]\\s*`,
);

/**
 * A page's date in a site's digits (its time perhaps), then a name and nothing else:
 * `2017-08-17 09:24:49 某总局统计司`, `2024-01-10 17:03:49 某省市场监督管理局网站`.
 */
const DATED_NAME = new RegExp(
  `^${DATE_CLOCK_SOURCE}\\s*(?=[\\u4e00-\\u9fff])([\\u4e00-\\u9fff（）()]{2,30})$`,
);
/**
 * How the name of a body or a site a page credits ends: an office (`…局`, `…统计司`, `…调查队`,
 * `…办公室`, `…中心`, `…政府`), a site or its portal (`…网`, `…网站`, `…门户`, `…频道`) or an
 * outlet (`…报`, `…社`, `…台`, a news app's `某某新闻` or `…客户端`, not a column's `本地新闻`, `图片新闻`; a
 * county media centre's short name, `某县融媒`); simplified.
 */
const CREDITED_NAME_END =
  /(?:局|司|厅|委|办|中心|办公室|政府|院|部|处|队|会|站|所|网|网站|门户|频道|报|社|台|客户端|(?<=[\u4e00-\u9fff]{2})发布|(?<=[\u4e00-\u9fff]{2})融媒|(?<!本地|国内|国际|图片|视频|社会|时政|财经|体育|娱乐|滚动|热点|头条|综合|要闻)新闻)$/;

/**
 * Where the credited name starts in a simplified line that is a page's date and then such a name
 * without a label ({@link DATED_NAME}, {@link CREDITED_NAME_END}), or undefined.
 */
function datedCredit(text: string): number | undefined {
  if (text.length > 60 || !isDigitCode(text.charCodeAt(0))) return undefined;
  const m = DATED_NAME.exec(text);
  const name = m?.[2];
  // `2021-01-08 10:03 语音播报`: the reader's speech widget ends as a paper does (`…报`), and is none.
  return name !== undefined &&
    CREDITED_NAME_END.test(name) &&
    !isSpeechWidget(name) &&
    firstLabel(text, 0) === undefined
    ? text.length - name.length
    : undefined;
}

/**
 * `2021-01-08 10:03 语音播报`: a page's date (its clock time perhaps) with the reader's speech widget
 * after it ({@link isSpeechWidget}), either script.
 */
const SPOKEN_DATE = new RegExp(`^${DATE_CLOCK_SOURCE}\\s*${SPEECH_WIDGET_WORDS}$`);

/**
 * A month and day without a year and the clock time a site prints with them (`10-08 20:06:31`,
 * `10/08 20:06`, `10月8日 20:06`), opening a line before its words: a page's date (a report's day
 * has no clock time).
 */
const YEARLESS_CLOCKED_DATE = new RegExp(
  `^\\d{1,2}(?:[-/]\\d{1,2}|月\\d{1,2}日)\\s*${CLOCK_SOURCE}(?=\\s|[\\u4e00-\\u9fff])`,
);

/**
 * `20-08-10 08:55 来源：…`: a page's date printed with the year's last two digits (00 to 49, this
 * century's), the month, the day and the clock time, opening a field line before its first label;
 * the date written in full (`2020-08-10`), else undefined. The clock time marks the page's date: a
 * span of numbers without it (`20-08-10`, a code or a range) is none, and so is a year of 50 or more.
 */
function shortYearDate(text: string): string | undefined {
  const m = SHORT_YEAR_CLOCKED_DATE.exec(text);
  if (m === null) return undefined;
  const [, yy, mm, dd] = m as unknown as [string, string, string, string];
  return `20${yy}-${mm.padStart(2, "0")}-${dd.padStart(2, "0")}`;
}
const SHORT_YEAR_CLOCKED_DATE = new RegExp(
  `^([0-4]\\d)-(\\d{1,2})-(\\d{1,2})\\s+${CLOCK_SOURCE}(?=\\s|[\\u4e00-\\u9fff])`,
);

/** A date (and time) that opens a line: `2020-12-07 11:28:11`, `2025年4月22日 09:30`. */
const LEADING_DATE = new RegExp(
  `^${fullDateSource(1)}(?:\\s*\\d{1,2}(?::\\d{2}(?::\\d{2})?|时\\d{1,2}分(?:\\d{1,2}秒)?))?`,
);

const GRID_LABELS =
  /索引号|发文字号|体裁分类|组配分类|文件名称|发布机构|发布单位|所属机构|发文机关|发文单位|公开责任部门|公开日期|发文日期|成文日期|发布日期|文号|主题分类|公开形式|公开方式|生效时间|终止时间|有效性|主题词/;

/**
 * The regexes of {@link isGridLine}, built once (a regex literal in a function is a new object
 * at each call, and the filter asks every line): a pipe, a grid printed as lines (its first
 * label and colon), and the title cell's forms.
 */
const PIPE = /[|｜]/;
const GRID_LINE_START =
  /^[•·]?\s*(?:索引号|发布机构|公开日期|成文日期|发文机构|发文机关|发文字号|标题|信息名称|文件名称)[：:]/;
const TITLE_FIELD_START = /^(?:标题|信息名称)[：:]/;
const TITLE_CELL_START =
  /^(?:名\s?称|文件名称)[：:]?\s*[|｜]|^(?:名\s?称|标\s?题)[：:][^|｜]{2,100}[|｜]/;
const TITLE_CELL_INSIDE = /[|｜]\s*(?:标题|名称|来源)[：:]\s*[|｜]/;
const BARE_TITLE_CELL_START = /^[|｜]?\s*(?:标\s?题|名\s?称|文件名称|信息名称)\s*[|｜]/;

/** A row of a file-information grid: `| 索引号： | 011158671/2020-23836 | 分类： | 其他 |`. */
function isGridLine(text: string): boolean {
  if (!PIPE.test(text) && !GRID_LINE_START.test(text)) return false;
  // `标题：…` opens a grid printed as lines; alone, it names the page. `名称： | … |`, `名 称:… |
  // 文件编号: |`: a grid's row that opens with its title cell.
  return (
    GRID_LABELS.test(text) ||
    TITLE_FIELD_START.test(text) ||
    ((TITLE_CELL_START.test(text) || BARE_TITLE_CELL_START.test(text)) &&
      !isNamedTableHead(text)) ||
    TITLE_CELL_INSIDE.test(text)
  );
}

/**
 * `名称 | 数量 | 占比`, `名称 | 断面数 | 优Ⅲ比例 |`: a table's head whose first cell is `名称` or `标题`
 * (no colon) over two or more short column names (six units at most, none a grid's label): the
 * table's, not a file grid's title row (whose value is a title: `名称 | 2025年某市热线运行分析报告 |`).
 */
function isNamedTableHead(text: string): boolean {
  const cells = text
    .split(PIPE)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  return (
    cells.length >= 3 &&
    /^(?:名\s?称|标\s?题)$/.test(cells[0] as string) &&
    cells.slice(1).every((c) => c.length <= 6 && !GRID_CELL_WORD.test(c))
  );
}
/** Words of a file grid's labels (`文件编号`, `发布日期`, `索引号`…): no column of a table's head. */
const GRID_CELL_WORD = /编号|索引|文号|日期|机构|分类|来源|时间|形式|有效|[：:]/;

/**
 * The labels of a file-information grid a page prints without colons or cells, a label and its
 * value apart by a space (`信息名称 2024年…报告`, `生成日期 2025-01-16 公开日期 2025-01-16`).
 */
const BARE_GRID_LABELS = [
  "信息名称",
  "文件名称",
  "标题",
  "发布日期",
  "发文日期",
  "索引号",
  "主题分类",
  "体裁分类",
  "组配分类",
  "文件编号",
  "发布机构",
  "生成日期",
  "公开日期",
  "废止日期",
  "内容概述",
  "发文机关",
  "成文日期",
];
/**
 * Labels of such a grid that a line of the text may open with too (`责任部门要…`): a grid's line
 * opens with one of them only when a second label follows (`公开方式 主动公开 所属机构 某局`,
 * `公开目录 统计信息 发布日期 2023-10-31 10:45:45`: the catalogue a disclosed file is filed under;
 * `文号 浏览量`: an empty 文号 beside the page's view counter).
 */
const BARE_GRID_LATER_LABELS = [
  "公开方式",
  "公开形式",
  "公开目录",
  "所属机构",
  "公开责任部门",
  "责任部门",
  "文号",
  "浏览量",
  // `发布机构 某局 公开时限 长期公开 所属分类 …`: the term a file is disclosed for, the class it is filed under.
  "公开时限",
  "所属分类",
];
/** Any of those labels, perhaps qualified (`公文生成日期`: {@link fieldLabel} reads it). */
const BARE_GRID_LABEL = new RegExp(
  `(?:公文|文件|信息)?(?:${[...BARE_GRID_LABELS, ...BARE_GRID_LATER_LABELS].join("|")})`,
  "g",
);
const BARE_GRID_LATER_START = new RegExp(`^(?:${BARE_GRID_LATER_LABELS.join("|")})(?![：:])`);
/** A line that opens with such a label and no colon: `索引号 1132…/2025-00003`. */
const BARE_GRID_START = new RegExp(
  `^(?:公文|文件|信息)?(?:${BARE_GRID_LABELS.join("|")})(?![：:])`,
);

/**
 * The first units of the anchored regexes every line is asked ({@link simplifiedLineKind}), a bit a
 * regex: a line that opens with none of a regex's is not tried with it. Kept with each regex: a
 * form added to one needs its first unit here.
 */
const OPENERS = new Uint8Array(0x10000);
/** {@link FURNITURE}: its words' first units, its brackets and bullets, and `\s` (`\s*欢迎…`). */
const OPENS_FURNITURE = 1;
/** {@link PICTURE_PLACEHOLDER}. */
const OPENS_PICTURE = 2;
/** {@link SPEECH_WIDGET} and {@link COMMENT_PLEDGE}. */
const OPENS_SITE_HEAD = 4;
/** {@link EPAPER_TOOL}. */
const OPENS_EPAPER_TOOL = 8;
/** {@link BARE_GRID_START} and {@link BARE_GRID_LATER_START}. */
const OPENS_BARE_GRID = 16;
/** {@link TOOL_LINKS}: its pipes and `\s`, a {@link CLOCK}'s (digits, `星期`), a {@link TOOL_LINK}'s. */
const OPENS_TOOL_LINKS = 32;
/** {@link REPRINT_CREDIT}. */
const OPENS_REPRINT = 64;
{
  const open = (units: Iterable<string>, bit: number): void => {
    for (const u of units) OPENERS[u.charCodeAt(0)] = (OPENERS[u.charCodeAt(0)] as number) | bit;
  };
  // (`0 收藏 打印 增大字体`: a count of the page's keepers before its widget.)
  open(
    "【[打关返加放增缩减取收分扫大小字友展（(新热相编进无UE上下•·您欢论部内全阅0123456789",
    OPENS_FURNITURE,
  );
  for (let n = 0; n < 0x10000; n++)
    if (isRegexSpaceCode(n)) OPENERS[n] = (OPENERS[n] as number) | OPENS_FURNITURE;
  open("图[【打", OPENS_PICTURE);
  open("语朗跟", OPENS_SITE_HEAD);
  open("通展收当文", OPENS_EPAPER_TOOL);
  open("本此文转来源摘选（(", OPENS_REPRINT);
  // (`欢迎您! 登录 | 注册 |`, `您好，登录 注册`: a greeting before the links.)
  open("|｜0123456789星简簡繁E登注手长关适进藏维蒙彝壮朝客官网本设加收欢您", OPENS_TOOL_LINKS);
  for (let n = 0; n < 0x10000; n++)
    if (isRegexSpaceCode(n)) OPENERS[n] = (OPENERS[n] as number) | OPENS_TOOL_LINKS;
  open(["公文", "文件", "信息", ...BARE_GRID_LABELS, ...BARE_GRID_LATER_LABELS], OPENS_BARE_GRID);
}

/** `标题`, `发布日期` alone may be a table's head cell in the text: a grid's only with a value. */
const VALUE_REQUIRED = /^(?:标题|发布日期|发文日期)$/;

/**
 * A grid's line without colons (at most 200 characters, opening with a grid label). A row of
 * cells (`索 引 号 | … | 发布机构 | 市财政局 |`) is read by its cells, not as one; a paper's link to
 * its title list (`标题导航`, `本版标题导航`) is no `标题` field.
 */
function isBareGridLine(text: string): boolean {
  return (
    text.length <= 200 &&
    ((OPENERS[text.charCodeAt(0)] as number) & OPENS_BARE_GRID) !== 0 &&
    (BARE_GRID_START.test(text) || (BARE_GRID_LATER_START.test(text) && labelCount(text) >= 2)) &&
    !/[|｜]/.test(text) &&
    !VALUE_REQUIRED.test(text) &&
    !TITLE_LIST_LINK.test(text)
  );
}
const TITLE_LIST_LINK = /^(?:本版)?标题导航$/;

/** How many grid labels a line holds (asked only of a line that opens with one). */
function labelCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(BARE_GRID_LABEL)) n++;
  return n;
}

/** The `label value` pairs of such a line, each value up to the next label. */
function bareGridFields(printed: string): [string, string][] {
  const text = simplified(printed);
  const found: { label: string; at: number }[] = [];
  for (const m of text.matchAll(BARE_GRID_LABEL)) found.push({ label: m[0], at: m.index });
  return found.map((f, k) => [
    fieldLabel(f.label) === "名称" ? "标题" : fieldLabel(f.label),
    printed.slice(f.at + f.label.length, found[k + 1]?.at ?? printed.length).trim(),
  ]);
}

/** What a page's furniture says about the bulletin. */
export interface PageFacts {
  title?: string;
  publisher?: string;
  publishedOn?: string;
  /** `文号：督察通报第十七期`: the issue number a grid's 文号 gives (or a newspaper page's label). */
  number?: number;
  /** `文号：二〇二四年第十六期`: the year a grid's 文号 gives with its number. */
  year?: number;
  /** `第二版:综合新闻总第3840期`: the paper's total number a newspaper page's label gives. */
  totalNumber?: number;
  /**
   * `城市轨道交通 2019年12期`: the journal's issue an article page was copied from, the article's
   * own when its title states none.
   */
  journalIssue?: { number: number; year: number };
}

/**
 * Not a publisher: the site itself (`本网`, `本站原创`, `市政府网站`, `某市政府网`), a web address
 * (`…备用网址`, a hijacked page's), words that name no body (`原创`, `转载`, `网络`, `佚名`, `未知来源`, a kind of
 * site, `政府网站`, or a link's word a template left, `查看`, or its tools, `编辑举报` / `举报` before the
 * page's date: `編輯舉報2024-02-24 13:09`, or a print or close button after an empty field: `来源: 打印正文`), or a
 * code the site's template filled in (`sp20241122`, `admin01`, `web`: printable ASCII holding a
 * digit or an underscore, or lower-case letters; an outlet's capitals, `CCTV`, stay), or the
 * account that posted the page, an administrator (`管理员`, `网站管理员`, `某某网管理员`, the
 * template's `Administrator`), a visitor (`网友`, `网友分享`), or the publishing system itself
 * (`信息发布系统`: a CMS fills in its own name when the poster left the field), or a mark alone the
 * template printed in an empty field's place (`来源: • 2021-08-17 11:08:54`, `来源：- 作者：-`). A news
 * site a report came from (`某某新闻网`) and a body's site (`某部网站`, as printed) are publishers.
 */
const NOT_PUBLISHER =
  /^(?:本网|本站|本网站|本台|本报)(?:原创|整理|编辑|编发|综合)?$|^(?:原创|转载|综合|综合整理|[网網][络絡]|互联网|互聯網|[网網]友(?:投稿|分享|供稿|上传|上傳)?|(?:信息)?发布系统|(?:信息)?發佈系統|[Aa]dministrator|ADMINISTRATOR|佚名|(?:未知|不[详詳])(?:[来來]源)?|[来來]源(?:未知|不[详詳])|政府网站|政府網站|(?:点击|點擊)?查看|(?:编辑)?[举舉]报|(?:打印|列印)(?:正文|本页|本頁|此页|此頁|本文|文章)?|[关關][闭閉](?:窗口)?)$|管理[员員]$|网址|^(?=[\x21-\x7e]*[\d_])[\x21-\x7e]+$|^[a-z][a-z\d_.-]*$|^[•·・‧∙●○◆◇■□★☆*\-—–.…|/~～]+$/;

/**
 * `；本文自源中国新闻网，`, `;本文来自某某网`: an aggregator's attribution run on after a 原标题's
 * value (a clause's mark, then `本文` and a verb of origin, to the value's end), no part of the title.
 */
const RUN_ON_ATTRIBUTION =
  /\s*[；;，,]\s*本文(?:自源|源自|来自|來自|来源于|來源於|转自|轉自|转载自|轉載自).*$/;

/**
 * `资料来源:民政部、某某咨询整理`: a chart's note under it, the bodies its data came from and the site that
 * compiled them (`整理`, ending the value), as a market-research site prints one under each chart; the
 * data's source, no page's; nor is any other `资料来源` such a page prints (its other charts' notes). A
 * `资料来源` that names a body alone on a page with no such note (`資料來源:某某署`, Taiwan's government
 * sites' source field) is the page's.
 */
const COMPILED_DATA_NOTE = /整理$/;
/** The label of such a note ({@link COMPILED_DATA_NOTE}), simplified. */
const DATA_NOTE_LABEL = "资料来源";

/** `综合规划司`, `运输服务司`: a ministry's department. */
const MINISTRY_DEPARTMENT = /^[\u4e00-\u9fff]{2,12}司$/;

/** A record's 生成日期 (also qualified by what the record is: {@link fieldLabel} reads `公文生成日期`). */
const GENERATED_LABEL = /^生成日期$/;

/** `作者：某某日报`, `作者：新华社`: a news outlet named as a page's author (no person's name ends so). */
const AUTHOR_OUTLET =
  /.(?:日报|日報|晚报|晚報|时报|時報|新华社|新華社|通讯社|通訊社|新闻网|新聞網|电视台|電視台)$/;

/**
 * `比比招标网`, `某某采购網`: a site's name (three to sixteen Han characters ending in 网), as a `发布人`
 * field names the site that posts the page; not a grid of pipes or wires (`某某电网`, `某某管网`).
 */
const POSTING_SITE = /^[\u4e00-\u9fff]{2,15}(?<![电電管路])[网網]$/;

/** `某某集团`, `某某科技有限公司`: a company's name (either script), as a company's site signs its pages. */
const COMPANY = /^[\u4e00-\u9fff]{2,30}(?:集[团團]|公司)$/;

/** `某某区`, `某某县`: a place's name (three to eight Han characters), its government as a signer. */
const PLACE = /^[\u4e00-\u9fff]{2,7}(?:区|區|县|縣|市|镇|鎮|乡|鄉|街道)$/;

/**
 * The title (`标题`/`名称`), the issuing body (`发布机构`, else `来源`) and the publication date
 * (`发布日期`/`公开日期`/`发布时间`/`时间`) that the page's metadata lines and grids give.
 */
export function readPageFacts(lines: readonly TextLine[]): PageFacts {
  const facts: PageFacts = {};
  /** The sources the page names, in order (a mirror's code first, a newspaper's credit later). */
  const sources: string[] = [];
  let generated: string | undefined;
  let written: string | undefined;
  let original: string | undefined;
  /** The date a 来源 value runs on into (`来源:某台 2019-11-11 15:27`). */
  let dated: string | undefined;
  const agencies: string[] = [];
  const responsible: string[] = [];
  const authors: string[] = [];
  /** The bodies whose sites the page's 栏目 names (`栏目：某局 -通知公告`). */
  const owners: string[] = [];
  /** The journal a reprint site's article ran in (`城市轨道交通 2019年12期` under its date line). */
  const journals: string[] = [];
  const fields = pageFields(lines);
  // A page whose charts' notes are labelled `资料来源` (one of them a compiled note, the copy perhaps
  // cutting the last, `资料来源:民政`) names no source of its own under that label.
  const notesLabelled = fields.some(
    ([l, v]) => fieldLabel(l) === DATA_NOTE_LABEL && COMPILED_DATA_NOTE.test(v.trim()),
  );
  for (const [printedLabel, value] of fields) {
    const label = fieldLabel(printedLabel);
    if (/^(?:标题|名称)$/.test(label) && facts.title === undefined && value !== "")
      facts.title = value;
    else if (label === "原标题" || label === "原题")
      original ??= value.replace(RUN_ON_ATTRIBUTION, "") || undefined;
    else if (/^(?:发布机构|发布单位|发布部门|所属机构|发文机构|发文机关|发文单位)$/.test(label)) {
      if (value !== "") agencies.push(value);
    } else if (/^(?:公开责任部门|责任部门)$/.test(label)) {
      if (value !== "") responsible.push(value);
    } else if (label === "机构分类") {
      // `机构分类` / `综合规划司`: a ministry's list files a text by the department that issued it,
      // a body or a ministry's department (`…司`); a class that names no body, `其他`, is none.
      if (isOrg(value) || MINISTRY_DEPARTMENT.test(value)) agencies.push(value);
    } else if (
      (label === "作者" || label === "发布者" || label === "发布人") &&
      (isOrg(value) ||
        PLACE.test(value) ||
        AUTHOR_OUTLET.test(value) ||
        COMPANY.test(value) ||
        // `作者:政策法规司`: a ministry's department that signs its page.
        MINISTRY_DEPARTMENT.test(value) ||
        // `发布人：某某采购网`: the site (an outlet's name) that posts the page.
        (label !== "作者" && POSTING_SITE.test(value)))
    ) {
      // `作者：某市政务服务中心`, `作者：某某区`, `作者：某某司`: an office, a district (its government) or a
      // ministry's department that signs the page (a person's name is no publisher); `发布人:某某集团`:
      // the company whose site it is.
      authors.push(value);
    } else if (SOURCE_LABEL.test(label) && !(notesLabelled && label === DATA_NOTE_LABEL)) {
      // `来源:某台 2019-11-11 15:27 http://…`: the name, and the page's date it runs on into.
      const [name, date] = sourceAndDate(withoutPictureCredit(value));
      const source = sourceOfPath(withoutLostMarks(name));
      if (source !== "") sources.push(source);
      if (date !== undefined) dated ??= date;
    } else if (label === "栏目" || label === "所属栏目") {
      const owner = columnOwner(value);
      if (owner !== undefined) owners.push(owner);
    } else if (label === "成文日期") written ??= readDateValue(value);
    else if (DATE_LABEL.test(label)) {
      const date = readDateValue(value);
      if (date !== undefined) facts.publishedOn ??= date;
    } else if (GENERATED_LABEL.test(label)) generated ??= readDateValue(value);
    else if (label === "期号") {
      // A newspaper page's `总第3840期` (its total number) or `第1234期` (its number).
      const parsed = safeParseIssueNumber(value);
      if (parsed.success && parsed.data.totalNumber !== undefined)
        facts.totalNumber ??= parsed.data.totalNumber;
      else if (parsed.success && parsed.data.number !== undefined)
        facts.number ??= parsed.data.number;
      if (parsed.success && parsed.data.year !== undefined) facts.year ??= parsed.data.year;
    } else if (label === "刊名") journals.push(value);
    else if (label === "刊期") {
      const parsed = safeParseIssueNumber(value);
      if (parsed.success && parsed.data.number !== undefined && parsed.data.year !== undefined)
        facts.journalIssue ??= { number: parsed.data.number, year: parsed.data.year };
    } else if ((label === "文号" || label === "发文字号") && facts.number === undefined) {
      const numbered = issueNumberOf(value);
      if (numbered?.number !== undefined) facts.number = numbered.number;
      if (numbered?.year !== undefined) facts.year = numbered.year;
    }
  }
  // The 成文日期 (the date the text was signed) is the issue's; the date the page went up
  // (发布, 公开) only when there is none, and a record's 生成日期 only when there is neither.
  // A news copy's `原标题：` names the report when no 标题 does.
  if (facts.title === undefined && original !== undefined) facts.title = original;
  const publishedOn = written ?? facts.publishedOn ?? generated ?? dated;
  if (publishedOn !== undefined) facts.publishedOn = publishedOn;
  // (A journal a reprint names outranks the body printed as the article's author.)
  const publisher = [
    ...agencies,
    ...responsible,
    ...sources,
    ...journals,
    ...authors,
    ...owners,
  ].find(
    (p): p is string =>
      p !== undefined &&
      p.length <= 60 &&
      !NOT_PUBLISHER.test(withoutTraditional(p)) &&
      // `来源:  |  作者:王某`: an empty source field, the next field read as its value.
      !holdsFieldColon(p),
  );
  if (publisher !== undefined) facts.publisher = publisher;
  return facts;
}

/**
 * `新闻联播 > 热点新闻 >`, `某某网 >> 要闻`: a 来源 value that is the path to the page's column, its
 * names parted by path marks (`>`, `>>`, `»`, `›`), the last perhaps left open (`某省交通运输厅 >` before
 * the next field's label): the first name, the source; any other value as it is (`某某网-某某日报` joins two
 * outlets).
 */
function sourceOfPath(value: string): string {
  return SOURCE_PATH.exec(value)?.[1] ?? value;
}
const SOURCE_PATH =
  /^([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z\d·]{1,29}?)\s*(?:>{1,2}|[»›])\s*(?:[\u4e00-\u9fff][^。；，！？：:]{0,60})?$/;

/**
 * `宜昌市医疗保障局 -通知公告`, `某县统计局 > 统计数据`: a 栏目 value that names the body whose site it is,
 * then the column after a path mark (`-`, `_`, `>`, `|`, `/`): the body, when it is one; else undefined.
 */
function columnOwner(value: string): string | undefined {
  const m = COLUMN_PATH_VALUE.exec(value.trim());
  const body = m?.[1];
  return body !== undefined && isOrg(body) ? body : undefined;
}
const COLUMN_PATH_VALUE = /^([\u4e00-\u9fff]{3,30}?)\s*(?:[-_|｜/／»›]|>{1,2})\s*[\u4e00-\u9fff]/;

/**
 * The `label value` pairs of the page's lines: `label：value` on a line or in a grid's cells, and
 * a file-information list's label alone on a line with its value on the next.
 */
function pageFields(lines: readonly TextLine[]): [string, string][] {
  const out: [string, string][] = [];
  // A copied post's `查看原文` among the page's lines: its account's line is read ({@link accountDate}).
  const copiedPost = lines.some(
    (l) => l.text.length <= 6 && VIEW_ORIGINAL.test(simplified(l.text)),
  );
  for (let k = 0; k < lines.length; k++) {
    const text = (lines[k] as TextLine).text;
    // `（图片来源：某局）`: the picture's source, no field of the page.
    if (isPictureCredit(text)) continue;
    const label = fieldLabelAlone(text);
    if (label !== undefined) {
      const next = lines[k + 1]?.text;
      if (next !== undefined && fitsFieldValue(label, next)) {
        out.push([label, next.trim()]);
        k++;
      }
      continue;
    }
    // `电子报阅读机` / `2025-10-15`: the day the reader shows, the page's date.
    if (lines[k - 1]?.text.trim() === EPAPER_READER && readerDayLine(text)) {
      const day = readDateValue(text.trim());
      if (day !== undefined) out.push(["日期", day]);
      continue;
    }
    // Asked of the simplified line, as the line filter asks it (`索引號 …`).
    const simple = simplified(text);
    // `某网友 发表于 2022-3-1 12:19:17 | 显示全部楼层`: a forum post's date, its thread's tools after it.
    const posted = forumPostDate(simple);
    if (posted !== undefined) {
      out.push(["日期", posted]);
      continue;
    }
    const reposted = repostedDate(simple);
    if (reposted !== undefined) {
      out.push(["日期", reposted]);
      continue;
    }
    const column = columnDate(simple);
    if (column !== undefined) {
      out.push(["日期", column]);
      continue;
    }
    // A site's tools and clock (`2021-8-11 星期三 14:13:52 设为首页 加入收藏`) say nothing of the report.
    if (text.length <= 80 && TOOL_LINKS.test(simple)) continue;
    // `… > 政府公报 > 2018年 > 第11号(总第154号) > 正文`: the issue a periodical's path files the page under.
    const filed = simple.includes("第") ? PATH_ISSUE.exec(simple) : null;
    if (filed !== null && breadcrumb(simple)) {
      out.push(["期号", `${filed[1]}年第${filed[2]}期`]);
      if (filed[3] !== undefined) out.push(["期号", `总第${filed[3]}期`]);
    }
    // `2023-08-08 … /enpproperty-->`: a digital paper's article properties date the page.
    const properties = propertiesDate(text);
    if (properties !== undefined) {
      // (The properties name the paper the article ran in: its source.)
      const paper = PROPERTIES_PAPER.exec(text)?.[1];
      if (paper !== undefined) out.push(["来源", paper]);
      out.push(["日期", properties]);
      continue;
    }
    // `某部：4月…增长61%|某某快播2023-05-10 20:15:13 | 来源：某某财经 | …`: the headline run into
    // the page's date line names the report (read on below for the line's fields).
    const runInto = simple.includes("来源") ? headlineRunIntoDate(simple) : null;
    if (runInto !== null) {
      out.push(["标题", text.slice(0, (runInto[1] as string).length).trim()]);
      out.push(["日期", runInto[2] as string]);
    }
    // `某局安排部署…工作 作者：某某 时间：2021-06-23 次数：150`: the headline run into its byline and date
    // (the fields after it are read on below).
    const byline =
      runInto === null && simple.includes("作者") ? HEADLINE_RUN_INTO_BYLINE.exec(simple) : null;
    if (byline !== null) out.push(["标题", text.slice(0, (byline[1] as string).length).trim()]);
    const journal = simple.includes("期") ? reprintJournal(text, simple) : undefined;
    if (journal !== undefined) out.push(["刊名", journal]);
    const credit = creditFields(text, simple, copiedPost);
    if (credit !== undefined) out.push(...credit);
    else if (isBareGridLine(simple)) out.push(...bareGridFields(text));
    else out.push(...sourcesBySpacing(lines[k] as TextLine, fields(text)));
  }
  return out;
}

/**
 * `某部：4月全国交通量同比增长61%|某某快播2023-05-10 20:15:13 | 来源：某某财经 | 查看： | 评论：0`
 * (simplified): a headline (ten units or more, its site's name perhaps after a bar, no field's
 * label) run into the page's date, its clock, and a bar before the 来源 field; the headline, and its
 * site's name after a bar, is group 1, the date group 2.
 */
const HEADLINE_RUN_INTO_DATE = new RegExp(
  `^((?![^|｜]*(?:来源|时间|日期|发布)[：:])[^|｜\\s].{9,80}?)\\s*(${fullDateSource(3)})\\s+${CLOCK_SOURCE}\\s*[|｜]\\s*(?:信息)?来源[：:]`,
);

/**
 * `2022年9月社会消费品零售总额 2022-10-25 来源:市统计局` (simplified): the same with spaces (or none,
 * as the repair may leave it) between the headline, the date (its clock perhaps) and the 来源 field,
 * as a statistics office's pages print
 * their head; no field's colon in the headline, and the line holds no clause or sentence
 * (`…来源:某局的数据显示,…。` is the text's).
 */
const HEADLINE_SPACED_INTO_DATE = new RegExp(
  `^([^|｜\\s：:，,。；;][^：:，,。；;|｜]{9,60}?)\\s*(${fullDateSource(3)})(?:\\s*${CLOCK_SOURCE})?\\s*(?:信息)?来源[：:][^，,。；;]{1,30}$`,
);

/**
 * `某局安排部署…接种工作 作者：某某 时间：2021-06-23 次数：150 语音阅读：` (simplified; the repair may drop the
 * space): a headline (ten to sixty units, no field's colon, no clause or sentence mark) run into the
 * page's 作者 field (a name of twelve units at most) and its 时间 or 日期 field holding a full date; the
 * headline is group 1. A line that opens with its 作者 field (`作者：某某 时间：…`) has no headline, and a
 * sentence that names an author (`…，作者：…`) holds a mark.
 */
const HEADLINE_RUN_INTO_BYLINE = new RegExp(
  `^([^|｜\\s：:，,。；;][^：:，,。；;|｜]{9,59}?)\\s*作者[：:]\\s*[^：:\\s，,。；;]{1,12}?\\s*(?:时间|日期|发布时间|发布日期)[：:]\\s*${fullDateSource(2)}`,
);

/** A headline run into the page's date and 来源 field, either form: the headline (1) and the date (2). */
const headlineRunIntoDate = (simple: string): RegExpExecArray | null =>
  HEADLINE_RUN_INTO_DATE.exec(simple) ??
  // (`四平市铁西区人民政府 2025-12-18 14:33:00 来源：…`: the site's name before the date, no headline.)
  (LEADING_SITE.test(simple) ? null : HEADLINE_SPACED_INTO_DATE.exec(simple));

/**
 * The source and date a line of a page's credits gives, read by the first of its forms that
 * holds, in this order: a clocked source (`2020-08-10 16:22 市住房城乡建设局`), a paper's day, a
 * newspaper page's label (its issue and date), an outlet and its date, a reprint's credit
 * (`转自某某日报`), a newspaper's dated credit, a paper's digital edition. Undefined when none
 * holds (an empty list when a page's label gives neither issue nor date). Each form is read only
 * when none before it holds. A copied post's account and day (`某某应急 2021-08-05`) is read only
 * when the page's lines hold its `查看原文` (`copiedPost`).
 */
function creditFields(
  text: string,
  simple: string,
  copiedPost: boolean,
): [string, string][] | undefined {
  const credited = reprintCredit(simple);
  // (`2021-03-05 09:12 转自 某某日报` is a reprint's credit, read as one.)
  const clocked = credited === undefined ? clockedSource(simple) : undefined;
  if (clocked !== undefined)
    // `2020-08-10 16:22 市住房城乡建设局 [字号: ] 打印`: the name as printed, and the date.
    return [
      ["来源", text.slice(clocked.from, clocked.to)],
      ["日期", clocked.date],
    ];
  const journal = journalIssue(simple);
  if (journal !== null) return [["刊期", `${journal[1]}年第${journal[2]}期`]];
  const navDate = articleNavDate(simple);
  if (navDate !== undefined) return [["日期", navDate]];
  // `往期回顾：高级检索出版日期：2019-05-15`: the digital edition's bar dates its issue.
  const barDate = epaperNavBar(simple);
  if (barDate !== undefined) return barDate === "" ? [] : [["日期", barDate]];
  // `2019-05-15 第02版:二版 【字体】大 |默认 |`: the issue's day before the page's label.
  const labelDate = datedPageLabel(simple);
  if (labelDate !== undefined) return [["日期", labelDate]];
  const authored = authorsAfterClock(simple);
  if (authored !== undefined) return [["日期", authored]];
  const paperDate = paperDay(simple);
  if (paperDate !== undefined)
    // `某某日报 … 2021年03月16日 星期二`: the paper's name as printed, and the issue's day.
    return [
      ["来源", text.slice(0, paperDate.name.length)],
      ["日期", paperDate.date],
    ];
  const pageIssue = paperPageIssue(simple);
  if (pageIssue !== undefined) {
    const out: [string, string][] = [];
    if (pageIssue.issue !== undefined) out.push(["期号", pageIssue.issue]);
    if (pageIssue.date !== undefined) out.push(["日期", pageIssue.date]);
    return out;
  }
  const outlet = outletDate(simple);
  if (outlet !== undefined)
    return outlet.name === ""
      ? [["日期", outlet.date]]
      : [
          ["来源", text.slice(outlet.at ?? 0, (outlet.at ?? 0) + outlet.name.length)],
          ["日期", outlet.date],
        ];
  // `某某应急 2021-08-05` (dropped under a copied post's `查看原文`): the account as printed (simplifying
  // keeps each unit's place) and its day.
  const account = copiedPost ? accountDate(simple) : undefined;
  if (account !== undefined)
    return [
      ["来源", text.slice(account.at, account.at + account.name.length)],
      ["日期", account.date],
    ];
  const cut = cutOutletCredit(simple);
  if (cut !== undefined) return [["来源", text.slice(0, cut.length)]];
  if (credited !== undefined) {
    const out: [string, string][] = [
      [
        "来源",
        text
          .slice(credited)
          .replace(BRACKETED_ADDRESS_END, "")
          .replace(/、.*$|[】\]]?[。.；;]?[）)]?$/, "")
          .replace(PRODUCED_END, ""),
      ],
    ];
    const from = datedReprintStart(simple);
    if (from > 0) out.push(["日期", text.slice(0, from).trim()]);
    return out;
  }
  const paper = isDatedPaperCredit(text) ? paperCredit(text) : undefined;
  if (paper !== undefined)
    return [
      ["来源", paper.name],
      ["日期", paper.publishedOn ?? ""],
    ];
  const edition = paperEdition(simple) ?? paperNotice(simple);
  // `某某日报 数字报纸`, `某某日报社严正声明`: the paper's name as printed (simplifying keeps each
  // unit's place).
  if (edition !== undefined) return [["来源", text.slice(0, edition.length)]];
  // `源某州新聞網/圖某某圖庫`: the source's name as printed, without the picture's credit;
  // `来源丨新闻联播`: the name after the stroke.
  const pair = SOURCE_PICTURE_PAIR.exec(simple) ?? STROKED_SOURCE.exec(simple);
  if (pair === null) return undefined;
  const from = (pair[1] as string).length;
  return [["来源", text.slice(from, from + (pair[2] as string).length)]];
}

/**
 * `当前报纸名称:某某晚报`: a digital paper reader's name of the paper it shows (a paper's name, ending
 * in 报 or 刊), under the reader's `电子报阅读机` and its day: the paper is the report's source.
 */
const READER_PAPER = /^当前报纸名称[：:]\s*[\u4e00-\u9fff]{2,16}[报刊]$/;

/**
 * `来源丨新闻联播`, `来源 丨 某某日报`, `来源 | 某某网`, `稿件来源 | 某某科`: a page's source (its label
 * 来源, or a sibling's: `稿件来源`, `信息来源`, `文章来源`, `新闻来源`, `消息来源`) after the upright stroke
 * (or a bar) a phone page's template prints for a colon, alone on its line (simplified): the prefix
 * before the name, and the name. A table's head (`问题来源 | 上报数 | …`, `诉求来源 |`) holds another
 * bar or no name after its label's.
 */
const STROKED_SOURCE =
  /^((?:稿件|信息|文章|新闻|消息)?来源\s*[丨|｜]\s*)([^\s丨|｜：:，,。；;！？]{2,30})$/;
/** The first characters of {@link STROKED_SOURCE}'s longer labels (`稿件来源`, `信息来源`…). */
const STROKED_LABEL_FIRSTS = "稿信文新消";

/** The labels of a page's source that both {@link SOURCE_LABEL} and {@link EMPTY_CELL_BEFORE_DATE} read. */
const SOURCE_LABELS =
  "来源|来自|信息来源|文章来源|稿件来源|新闻来源|消息来源|稿源|供稿|供稿单位|出处";

/**
 * The labels of the source a page names (`来源`, and its siblings `信息来源`, `文章来源`, `新闻来源`,
 * `消息来源`, `稿源`, `供稿`, `供稿单位`, `出处`, `来自`, and `资料来源`, as Taiwan's government sites print
 * it: `• 資料來源:某某署`); a table's `数据来源` is its note, not the page's.
 */
const SOURCE_LABEL = new RegExp(
  `^(?:${SOURCE_LABELS}|来源于|本文来源|本篇来源|本稿来源|资料来源|当前报纸名称)$`,
);
/** The labels of the page's date (not a 成文日期 or 生成日期, weighed apart). */
const DATE_LABEL =
  /^(?:发布时间|发布日期|公开日期|发文日期|时间|日期|发布|发表|发表于|发表日期|发表时间|发稿时间|更新时间|更新日期|上传时间|上传日期|录入时间|信息时间|添加时间|建档日期)$/;

/**
 * The line's fields, a 来源 value cut where the printed line set the reporters' names off by
 * spaces (`来源:新华网    何雨欣 侯雪静`; the repair joined the Han characters across them), or a
 * picture's credit (`来源：某网 图：某图库`).
 */
function sourcesBySpacing(line: TextLine, found: [string, string][]): [string, string][] {
  if (!found.some(([label]) => SOURCE_LABEL.test(label))) return found;
  const spaced = printedSpacing(line);
  const printed = new Map(fields(spaced).map(([label, value]) => [label, value]));
  return found.map(([label, value]) => {
    const cut = SOURCE_LABEL.test(label)
      ? sourceName(withoutPictureCredit(printed.get(label) ?? ""))
      : value;
    return [label, cut !== "" && cut !== value && value.startsWith(cut) ? cut : value];
  });
}

/**
 * A name in a byline: two to four Han characters (a `·` in a transliterated one), or a name of two
 * a page letter-spaced to the width of three (`李 强`: one space between, none after).
 */
const BYLINE_NAME_SOURCE =
  "(?:[\\u4e00-\\u9fff·]{2,4}|[\\u4e00-\\u9fff] [\\u4e00-\\u9fff](?![\\u4e00-\\u9fff]))";

/**
 * `央视记者 唐颖 李啸虎`, `本报记者 王明 通讯员 李华`, `记者 王明 摄`, `文/图 王明`, `某某日报客户端 |
 * 记者 任某`, `某某云/某县融媒体中心 记者 王某`, `某某晚报·某某壹点记者 陈某`: a news page's byline
 * printed without a colon, its role (after an outlet's name, two perhaps joined by `·` or `・`, or two joined
 * by a slash, a bar or a space perhaps between, or none; `文`, `图` with a slash or a bar) then names
 * of two to four Han
 * characters, each set apart by spaces as the line was printed (the repair joined the Han
 * characters across them: the spaces are read from where each unit came from).
 */
const SPACED_BYLINE = new RegExp(
  String.raw`^(?:[\u4e00-\u9fff]{2,12}\s*[|｜]\s*)?(?:(?:(?:[\u4e00-\u9fff]{2,12}[/／])?[\u4e00-\u9fff·・]{0,12}?\s?(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)\s+|(?:文|图|圖)[/／](?:文|图|圖)\s*|(?:文|图|圖|文字|摄影|攝影)\s*[/／|｜]\s*)${BYLINE_NAME_SOURCE}(?:\s+${BYLINE_NAME_SOURCE})*(?:\s*[摄攝])?\s*)+$`,
);
/** `□`, `■`, `◆`: a mark a page opens a byline with (geometric shapes and stars). */
export const BYLINE_MARK = /^[\u25a0-\u25ff\u2605\u2606]+\s*/;

/** A byline's role, which every line {@link SPACED_BYLINE} takes holds. */
const BYLINE_ROLE = /记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|^(?:文|图|圖)|[/／]文$/;

/**
 * `某某世界网 王某/文`, `某某日报 王某 李某／文`: an outlet's name (or a writer's unit: two to twelve Han
 * characters), a space, the writers' names (two to four Han characters each, spaces between) and `/文`
 * after them, as a column prints its credit; the spaces as printed. A name run on to the outlet
 * (`某某网王某/文`) or words after `/文` are none.
 */
const WRITER_AFTER_NAMES = new RegExp(
  String.raw`^[一-鿿]{2,12}\s+${BYLINE_NAME_SOURCE}(?:\s+${BYLINE_NAME_SOURCE}){0,2}\s*[/／]\s*文$`,
);

export function isSpacedByline(line: TextLine): boolean {
  const text = line.text;
  // (`□某某日报记者 王某`, `□ 文 / 王某`: the mark a page opens a byline with is no part of it.)
  const from = BYLINE_MARK.exec(text)?.[0].length ?? 0;
  if (text.length > 40 || !BYLINE_ROLE.test(from === 0 ? text : text.slice(from))) return false;
  const spaced = printedSpacing(line, from);
  if (SPACED_BYLINE.test(spaced) || WRITER_AFTER_NAMES.test(spaced)) return true;
  // `文 / 羊芳芳 刘 琳 某市公共政策研究中心`: the writers' office after their names.
  const last = spaced.lastIndexOf(" ");
  const office = spaced.slice(last + 1);
  return (
    last > 0 && office.length >= 4 && isOrg(office) && SPACED_BYLINE.test(spaced.slice(0, last))
  );
}

/**
 * `某州新闻网/图：某某图库`, `某州新聞網 圖：某某圖庫`: the picture's credit a 来源 value runs on into,
 * after a slash or a bar (or a space, then the picture's label and its colon).
 */
const PICTURE_CREDIT =
  /\s*(?:[/／|｜]\s*(?:图片|圖片|图|圖|摄影|攝影)|\s(?:图片|圖片|图|圖|摄影|攝影)(?=[：:/／]))[：:/／]?\s*\S.*$/;

/** A 来源 value without the picture's credit it runs on into ({@link PICTURE_CREDIT}). */
const withoutPictureCredit = (value: string): string => {
  const m = PICTURE_CREDIT.exec(value);
  return m === null || m.index < 2 ? value : value.slice(0, m.index);
};

/**
 * `源某州新闻网/图某某图库`, `来源：某州日报/图片：某某摄影网`, `源于某某在线/图源于某某图库`: a line crediting
 * the text's source and its picture's, the labels' colons perhaps left out or written 于 (simplified): the
 * prefix before the source's name, and the name.
 */
const SOURCE_PICTURE_PAIR =
  /^((?:来源|源)(?:[：:]|于)?\s*)([^\s/／：:，。；]{2,20}?)\s*[/／]\s*(?:图片|图)[：:]?\s*[^\s/／：:，。；]{2,20}$/;

/**
 * `平潭广播电视台 2019-11-11 15:27 http://www.mnw.cn/`: a 来源 value that runs on into the page's
 * date (and time) and a web address, as the name and the date; a web address alone after the name
 * (`人民网 http://…`) is dropped. Other values are the name as they are.
 */
function sourceAndDate(value: string): [string, string | undefined] {
  if (!/\d{4}|https?:|www\./.test(value)) return [value, undefined];
  const m = SOURCE_RUN_ON.exec(value);
  // `http://www.…`: an address alone names no source.
  if (m === null || /^\s*$|https?:|www\./.test(m[1] as string)) return [value, undefined];
  return [(m[1] as string).trim(), m[2] === undefined ? undefined : readDateValue(m[2])];
}

/**
 * `中國新聞網 ?` (`來源:中國新聞網 ?作者:? 2022-05-16`): a source's name without the question marks a
 * copy wrote for characters it lost (a space it could not write, an empty author) at its end; no
 * outlet's or body's name ends with one.
 */
const withoutLostMarks = (name: string): string =>
  name.endsWith("?") || name.endsWith("？") || name.endsWith("\ufffd")
    ? name.replace(LOST_MARKS_END, "")
    : name;
const LOST_MARKS_END = /[\s?？\ufffd]+$/;

/**
 * A source's name, then a date (and time) or a web address, or both, to the value's end; a dash may
 * join the address to the name (`来源:某某官网-www.example.net`, as five tuning pages print it: the
 * dash is no part of the name).
 */
const SOURCE_RUN_ON = new RegExp(
  `^(.*?[^\\d\\s])\\s*(?:(\\d{4}(?:[-/.]\\d{1,2}[-/.]\\d{1,2}|年\\d{1,2}月\\d{1,2}日)(?:\\s*${CLOCK_SOURCE})?)\\s*)?(?:[-－]?(?:https?://|www\\.)\\S*)?$`,
);

/** `[www.example.com]`, `（http://www.example.com/）`: a site's address in brackets after its name. */
const BRACKETED_ADDRESS =
  "\\s*[[［(（]\\s*(?:https?://)?[A-Za-z\\d-]+(?:\\.[A-Za-z\\d-]+)+/?\\s*[\\]］)）]";
/** {@link BRACKETED_ADDRESS} closing a credit's name (before the credit's closing marks). */
const BRACKETED_ADDRESS_END = new RegExp(`${BRACKETED_ADDRESS}(?=[。.；;]?[）)]?$)`);

/**
 * `本文转载自某部网站`, `转自某某日报`, `本文来源于某局`: a page's credit of the source it copied,
 * worded without a label (or with its verb as one: `转自：某网`, `摘自:某报`), alone on its line, in
 * brackets perhaps (`（转载自某某网）`), the site's address in brackets perhaps after the name
 * (`本文来源于某某新闻网[www.example.com]`): the name (30 characters at most, no clause in it; the first of
 * names parted by `、`).
 */
const REPRINT_CREDIT = new RegExp(
  `^[（(]?(?:本文|本稿|此文|文章)?(?:转载自|转载于|转自|来源于|源自|摘自|选自)[：:]?\\s*[【[]?([^\\s，。；：,;:！？《》【】[\\]（）()、]{2,30}?)(?:、[^\\s，。；：,;:！？《》【】[\\]（）()、]{2,30})*[】\\]]?(?:${BRACKETED_ADDRESS})?[。.；;]?[）)]?$`,
);

/**
 * `新华社国内部出品`, `某某网出品`: the outlet that made a graphic or a feature, credited alone on a line
 * (its name, then `出品`).
 */
const PRODUCED_BY = /^([^\s，。；：,;:！？《》“”]{2,20}?)出品$/;
const PRODUCED_END = /出品$/;

/**
 * Where the name a {@link REPRINT_CREDIT} line credits starts (in a simplified line: a body's, a
 * site's or an outlet's name, {@link CREDITED_NAME_END}), or undefined. A newspaper in title marks
 * (`摘自《某某日报》`) is the foot's credit, read there.
 */
function reprintCredit(simple: string): number | undefined {
  if (simple.length > 60) return undefined;
  // `某某社国内部出品`: the outlet that made a graphic, credited at its foot.
  // (Asked of every short line: the lazy name is tried at each length unless the line ends in 品.)
  const produced =
    simple.charCodeAt(simple.length - 1) === 0x54c1 ? PRODUCED_BY.exec(simple)?.[1] : undefined;
  if (produced !== undefined) return CREDITED_NAME_END.test(produced) ? 0 : undefined;
  // `2010年10月22日 16:23 来源于 某某网`: the page's date (and time) may come first.
  const from = datedReprintStart(simple);
  const rest = simple.slice(from);
  if (rest.length > 40 || ((OPENERS[rest.charCodeAt(0)] as number) & OPENS_REPRINT) === 0)
    return undefined;
  const m = REPRINT_CREDIT.exec(rest);
  const name = m?.[1];
  return name !== undefined && CREDITED_NAME_END.test(name) ? from + rest.indexOf(name) : undefined;
}

/** Where a reprint credit starts after the page's date (and time) opening its line; 0 if none. */
function datedReprintStart(simple: string): number {
  if (!isDigitCode(simple.charCodeAt(0))) return 0;
  const date = LEADING_DATE.exec(simple);
  return date === null
    ? 0
    : date[0].length + (/^\s*/.exec(simple.slice(date[0].length))?.[0].length ?? 0);
}

/**
 * A newspaper's credit of a copied report: `《人民日报海外版》（2021年06月17日 第02版）`,
 * `——《经济日报》2021-06-17`, `（摘自《某某日报》）`: the paper's name in title marks, with the date
 * and page it ran on or without them, alone on its line.
 */
const PAPER_CREDIT =
  /^[（(]?(?:——|—|摘自|转自|選自|选自|原载|原載)?\s*《\s*([^《》]{2,20}?(?:报|報|刊|网|網|社|台|志|版|闻|聞))\s*》\s*[（(]?\s*([^（）()]{0,24}?)\s*[）)]?\s*[）)]?$/;
/** A document's kind a title in marks may end with: `《2021年统计公报》` names no newspaper. */
export const DOCUMENT_KIND = /(?:公|简|簡|通|快|专|專|汇|匯|情|年|季|月)[报報]$/;
/** The date in such a credit (`2021年06月17日`, `2021-06-17`), before its page (`第02版`, `02版`, `七版`). */
const CREDIT_DATE =
  /^(\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2}))\s*(?:第?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版)?$/;

/**
 * The newspaper a line credits ({@link PAPER_CREDIT}) and the date it ran on when the credit
 * prints one; `undefined` when the line is no such credit.
 */
export function paperCredit(text: string): { name: string; publishedOn?: string } | undefined {
  if (!text.includes("》")) return undefined;
  const m = PAPER_CREDIT.exec(text);
  if (m === null || DOCUMENT_KIND.test(m[1] as string)) return undefined;
  const rest = (m[2] as string).trim();
  const dated = CREDIT_DATE.exec(rest);
  if (rest !== "" && dated === null) return undefined;
  const publishedOn = dated === null ? undefined : readFullDate(dated[1] as string);
  return publishedOn === undefined
    ? { name: m[1] as string }
    : { name: m[1] as string, publishedOn };
}

/**
 * `《工人日报》（2016年04月13日 04版）` on a line of its own: a newspaper's dated credit, the page's
 * line wherever it stands (under a headline as under the last paragraph).
 */
const isDatedPaperCredit = (text: string): boolean =>
  text.length <= 60 && paperCredit(text)?.publishedOn !== undefined;

/**
 * `> 2018年 > 第11号(总第154号) >`: a year's segment of a path, then an issue's (`第N期`, or `第N号` as
 * gazettes number theirs, its total number perhaps in brackets): the year, the number, the total.
 */
const PATH_ISSUE =
  /[>»]\s*(\d{4})年\s*[>»]\s*第\s*(\d{1,4})\s*[期号](?:\s*[（(]\s*总第\s*(\d{1,6})\s*[期号]\s*[）)])?\s*(?:[>»]|$)/;

/**
 * `督察通报第十七期` → 17, `二〇二四年第十六期` → 16 of 2024: the number (and the year before it) of a
 * 文号 that numbers an issue (`第N期`).
 */
function issueNumberOf(value: string): { number?: number; year?: number } | undefined {
  const m = /(?:[\d〇零一二三四五六七八九]{4}年)?第[\d〇零一二三四五六七八九十百千]{1,8}期/.exec(
    value,
  );
  if (!m) return undefined;
  const parsed = safeParseIssueNumber(m[0]);
  return parsed.success ? parsed.data : undefined;
}

const ALL_LABELS = [
  ...META_LABELS,
  // `来源: 某网-某日报 2026-01-13 04:00:53 责编: 王某`: an editor's short label after the source.
  "责编",
  // `来源:某某网 小编:王某 发布时间:…`: the site's editor under the informal label many sites print.
  "小编",
  "标题",
  "名称",
  "发布机构",
  "发文机构",
  "发文机关",
  "时效性",
  "有效性",
  "索引号",
  "发文字号",
  "主题分类",
  "体裁分类",
  // `发布机构: 某局 组配分类: 教育管理`: a record's grouping after the body on its line (not `分类` alone,
  // which would leave `组配` on the body's name).
  "组配分类",
  "分类",
  "文号",
  "文件名称",
  "信息名称",
  // `发布机构: 某县审计局 生成日期: 2023-11-08`: a record's date after the body on its line.
  "生成日期",
  "公文生成日期",
  "公开责任部门",
  "责任部门",
  "发布单位",
  "所属机构",
  "原标题",
  "原题",
  // `来源:某局 原文:`, `原文链接：http://…`: the link to the original page after the source.
  "原文",
  "原文链接",
  "原文地址",
  "栏目",
  "所属栏目",
  // `来源：不详「本文来源：某某晚报」`: the qualifier is the label's, not the value's before it.
  "本文来源",
  "本篇来源",
  "本稿来源",
  "发布",
  "发表",
  "发表于",
  "发表时间",
  "发稿时间",
  "更新时间",
  "更新日期",
  "上传时间",
  "录入时间",
  "添加时间",
  // `来源:某某晚报收集编辑:…`: an aggregator's editor's label saying how the copy was made.
  "收集编辑",
  "整理编辑",
  "收集整理",
  "编辑整理",
  // `来源:某网   字体大小:[大] [小]`: the text-size widget's label after the source.
  "字体大小",
];

/**
 * `PostTime:`, `AddTime：`, `UpdateTime:`, `PublishTime:`: a content system's Latin label for when the
 * page went up (`文章来源:某网 / PostTime:2014-1-27 / 点击:106`), before its colon; not a word run
 * into others (`TimePost:`), nor one with no colon after it (`PostTime 2014`).
 */
const LATIN_TIME_LABEL = /(?<![A-Za-z])(?:Post|Add|Update|Publish)Time(?=\s*[:：])/g;
/** A {@link LATIN_TIME_LABEL}'s Han label, spaces before it keeping every unit's place. */
const hanTimeLabel = (label: string): string =>
  `${" ".repeat(label.length - 4)}${label.startsWith("Update") ? "更新时间" : "发布时间"}`;

/**
 * The `label：value` pairs of a line, each value cut at the next label or cell. Labels are
 * found on the line with traditional characters simplified; values are taken as printed.
 */
function fields(line: string): [string, string][] {
  // `[ 发布机构 ] 某办`: the value is sliced after the label's colon, which is the bracket's place.
  const squared = squaredLabels(line, (_, label: string) => `${label}：`);
  // `PostTime:2014-1-27`: a site's Latin date label, written over as its Han label.
  const printed = squared.includes("Time")
    ? squared.replace(LATIN_TIME_LABEL, hanTimeLabel)
    : squared;
  const text = simplified(printed);
  // Cells by their ranges, so that a value is sliced from the printed line.
  const cells: string[] = [];
  const printedCells: string[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    // By code unit: `charAt` builds a string for each Han unit.
    const c = text.charCodeAt(i);
    if (i === text.length || c === 0x7c /* | */ || c === 0xff5c /* ｜ */) {
      cells.push(text.slice(from, i).trim());
      printedCells.push(printed.slice(from, i).trim());
      from = i + 1;
    }
  }
  return cellFields(cells, printedCells);
}

/**
 * `发布于2013年05月02日`, `更新于 2020-06-01 10:20`: a page's date after the verb that says the page
 * went up (no colon, or the verb taken as a label: `发布于：2006-11-10 09:56:23`), in a line of the
 * page's metadata.
 */
const VERB_DATE = new RegExp(
  `(?:发布|发表|更新|发稿)于[：:]?\\s*(${fullDateSource(2)}(?:\\s*${CLOCK_SOURCE})?)`,
);
/** Longest cell a {@link VERB_DATE} is read in (a metadata line's, no paragraph). */
const MAX_VERB_DATED_CELL = 120;

/** The labels a page may leave empty before its date's cell (`供稿: | 2023-06-07`): a source's or an author's. */
const EMPTY_CELL_BEFORE_DATE = new RegExp(`^(?:${SOURCE_LABELS}|作者|撰稿|编辑|责任编辑)$`);

/** Longest body's name read unlabelled before a date's label ({@link cellFields}). */
const MAX_LEAD_BODY = 30;

function cellFields(cells: string[], printedCells: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] as string;
    // A grid puts the value in the next cell: `| 发布机构： | 12345热线办 |`.
    const bare = cell.replace(/\s+/g, "");
    if (GRID_FIELD.test(bare) && c + 1 < cells.length) {
      // `发文单位 | 行政审批局 |`: the next cell is the value, unless it is a label itself.
      const next = (cells[c + 1] ?? "").replace(/\s+/g, "");
      if (GRID_FIELD.test(next) || /[：:]$/.test(next)) out.push([bare, ""]);
      else {
        out.push([bare, (printedCells[c + 1] ?? "").trim()]);
        c++;
      }
      continue;
    }
    const grid = /^(.{1,8})[：:]$/.exec(cell);
    if (grid) {
      const value = (printedCells[c + 1] ?? "").trim();
      // `供稿: | 2023-06-07`: a source's or an author's label the page left empty, its date in the
      // next cell (the page's, not the field's value). A date's own label (`成文日期:`, weighed
      // apart from the page's date) keeps its value.
      if (EMPTY_CELL_BEFORE_DATE.test(grid[1] as string) && WHOLE_DATE.test(value)) {
        out.push([grid[1] as string, ""], ["日期", value]);
        c++;
      } else if (!/[：:]$/.test(value)) {
        out.push([grid[1] as string, value]);
        c++;
      } else out.push([grid[1] as string, ""]);
      continue;
    }
    let rest = cell;
    let restPrinted = printedCells[c] ?? cell;
    // `浏览: 2650 发布于2013年05月02日`: the page's date given by a verb, no label; cut from the
    // field before it.
    const verbed = VERB_DATE.exec(rest);
    if (verbed !== null && rest.length <= MAX_VERB_DATED_CELL) {
      out.push(["日期", verbed[1] as string]);
      const end = verbed.index + verbed[0].length;
      rest = `${rest.slice(0, verbed.index)} ${rest.slice(end)}`.trim();
      restPrinted = `${restPrinted.slice(0, verbed.index)} ${restPrinted.slice(end)}`.trim();
    }
    // A news page's date before its first label: `2020-12-07 11:28:11 来源：…` (after the page's
    // address, `http://… 2015-10-10 来源：…`).
    const date =
      LEADING_DATE.exec(withoutSite(rest))?.[0] ?? clockedDate(rest) ?? shortYearDate(rest);
    if (date !== undefined) out.push(["日期", date]);
    // `2017-08-17 09:24:49 某总局统计司`: the date, then the body credited without a label.
    const credit = datedCredit(rest);
    if (credit !== undefined) {
      out.push(["来源", restPrinted.slice(credit).trim()]);
      continue;
    }
    let leadBody: string | undefined;
    // `某某殡葬网 www.mmbz.net … 来源：本站`: the site the line names is the source its 本站 means.
    const site = SITE_ADDRESS_SOURCE.exec(restPrinted)?.[1];
    for (let guard = 0; guard < 20 && rest !== ""; guard++) {
      const start = firstLabel(rest, 0);
      if (start === undefined) break;
      // `某省生态环境厅  时间：2021-12-16 18:11`: the body that put the page up, unlabelled, before
      // the date's label opening the line (not a person's name, nor a site's words: {@link isOrg}).
      if (guard === 0 && start.at > 0 && DATE_LABEL.test(start.label)) {
        const lead = rest.slice(0, start.at).trim();
        // (After the line's labelled fields: a 来源 the line names is read first.)
        if (lead.length <= MAX_LEAD_BODY && isOrg(lead))
          leadBody = restPrinted.slice(0, start.at).trim();
      }
      const afterColon = start.at + start.label.length + 1;
      const next = firstLabel(rest, afterColon);
      let value = restPrinted.slice(afterColon, next?.at ?? rest.length).trim();
      // `来源：某部收藏`, `来源：某社 2016年10月22日 02:00 A-A+ 二维码`: the page's widgets after the
      // value (bookmark, print, text size, QR code) are none of it.
      value = value.replace(WIDGET_TAIL, "");
      // `作者：执惠 2021-10-08`: a byline's value followed by the page's date (its reading counter perhaps
      // run on after it: `作者：某市疾控中心 2017-12-04阅读：5793次`).
      const dated =
        (next === undefined || COUNTER_LABEL_SET.has(next.label)) && !DATE_LABEL.test(start.label)
          ? TRAILING_DATE.exec(value)
          : null;
      // `作者： 2007-5-12`, `【字体：2014-09-09 08:54:27`: a byline's or a widget's label whose own value
      // the page left empty, the page's date after it (`字体：大 中 小` is the sizes, no date).
      const emptied = EMPTY_BEFORE_DATE.test(start.label) ? WHOLE_DATE.exec(value) : null;
      if (emptied !== null) {
        value = "";
        out.push(["日期", emptied[0]]);
      } else if (dated !== null && dated.index > 0) {
        value = value.slice(0, dated.index).trim();
        out.push(["日期", dated[0]]);
      }
      // `发布时间：2024-09-02 09:47:59 某部网站`: a date whose value runs on into the credited body.
      const creditAt = DATE_LABEL.test(start.label) ? datedCredit(simplified(value)) : undefined;
      if (creditAt !== undefined) {
        out.push(["来源", value.slice(creditAt).trim()]);
        value = value.slice(0, creditAt).trim();
      }
      const trimmed = trimValue(value);
      out.push([start.label, site !== undefined && OWN_SITE.test(trimmed) ? site : trimmed]);
      if (next === undefined) break;
      rest = rest.slice(next.at);
      restPrinted = restPrinted.slice(next.at);
    }
    if (leadBody !== undefined) out.push(["来源", leadBody]);
  }
  return out;
}

/**
 * `新华网    何雨欣 侯雪静`: a 来源 value that names an outlet or an office (`…网`, `…报`, `…局`,
 * either script) followed by the reporters' names (two to four Han characters each, set off by
 * spaces) or the page's tools (`解放日报    手机看新闻`) names the source alone (`某市 统计局` is one
 * name printed with a space); a counter that lost its colon after it ({@link BARE_COUNTER}) is none of it.
 */
function sourceName(value: string): string {
  const uncounted = value.replace(BARE_COUNTER, "");
  const [name = "", ...rest] = uncounted.trim().split(/\s+/);
  return rest.length > 0 &&
    (/(?:网|網|报|報|社|台|刊)$/.test(name) || isOrg(name)) &&
    rest.every((r) => BYLINE_NAME.test(r) || PAGE_TOOL.test(r))
    ? name
    : uncounted;
}

/**
 * `新华网 点击数1393`, `某某日报 浏览次数 56`, `某某網 閱讀量2034`: the page's counter after the source, its
 * colon lost where the page's script wrote the count (a counter with its colon is a label of its own).
 */
const BARE_COUNTER =
  /(?<=\S)\s+(?:点击|點擊|阅读|閱讀|浏览|瀏覽|访问|訪問)(?:次数|次數|人次|数|數|量)?\s*\d{1,9}\s*次?$/;

/**
 * A news page's tool printed after its source: `手机看新闻` (a link to the mobile page), or a link
 * under its prompt (`点击进入:法律咨询热线`, `點擊進入：某某專題`).
 */
const PAGE_TOOL =
  /^(?:手机看新闻|手機看新聞|手机看|手機看|手机版|手機版|(?:点击|點擊)(?:进入|進入)[：:]\S{1,20})$/;

/**
 * A reporter's name (two to four Han characters) as a 来源 value's byline prints it, perhaps after
 * its role (`记者丁小凤`, `通讯员张三`; a colon perhaps after it, `记者：袁某`, the bracket closing
 * the field perhaps after the name), or the role alone before the name (`记者 王明`).
 */
const BYLINE_NAME =
  /^(?:(?:记者|記者|通讯员|通訊員|实习生|實習生|见习记者|見習記者)[：:]?)?[\u4e00-\u9fff]{2,4}[）)]?$/;

/**
 * A field's value without the brackets around the field (`【来源：某中心】【字体：…】`): an opening
 * bracket at its end, a closing `】`/`]` at its end, and a closing `）` that closes nothing in it.
 */
function trimValue(value: string): string {
  // `【来源】某网`: the label's closing bracket before the value.
  let v = value
    .replace(/^】/, "")
    .replace(/[【[（(「『]+$/, "")
    .trim();
  // `「某市统计局」`, `亳州晚报」`: corner brackets around a value, or the one closing its field.
  if (/[」』]$/.test(v) && !/[「『]/.test(v.slice(1)))
    v = v
      .replace(/^[「『]/, "")
      .slice(0, -1)
      .trim();
  // `新华网【字号 大 中 小】`, `灌云县[ ]`, `某局 [大 中 小]`: a widget in brackets after the value
  // (its words lost, or the font sizes) is no part of it.
  const widget = v.indexOf("【");
  if (widget > 0) v = v.slice(0, widget).trim();
  else if (v.includes("[")) v = v.replace(ASCII_WIDGET, "");
  // (`【某省卫健委：…】`: a value printed in its own brackets keeps the one closing them.)
  if (!(widget === 0 && v.endsWith("】") && v.indexOf("】") === v.length - 1))
    v = v.replace(/[】\]]+$/, "").trim();
  // `来源:某日报某地记者站 (记者`: a reporter's credit the copy cut after its opening bracket is none
  // of the value either, nor one closed (`某日报某地记者站（记者 王某 实习生 李某）`).
  if (v.includes("记") || v.includes("記") || v.includes("通讯") || v.includes("通訊"))
    v = v.replace(CUT_REPORTER_CREDIT, "");
  // `来源：某厅，作者：`: the comma that parted the value from the next label is no part of it, nor a
  // slash set off by a space (`来源:某网 / 发布时间:…`; `某网/某报` names two).
  v = v.replace(/[，,、；;]+$|\s+[/／]$/, "");
  // `（来源：某局）`: the bracket closing a bracketed field, not one closing a converter's reading of a
  // character it lost (`大同日?qǐng)?bào)`, its opening bracket lost with the character).
  if (/[）)]$/.test(v) && !/[（(]/.test(v) && !LOST_READING_END.test(v)) v = v.slice(0, -1).trim();
  // `作者：某某日报 本站发布时间：…`: the site's word qualifying the next label (`本站发布时间`,
  // `本网更新时间`) is no part of the value before it.
  return v.replace(SITE_QUALIFIER, "");
}

/**
 * `（记者`, `(記者 王`, `（通讯员`: a reporter's credit opened at a value's end and never closed (the copy
 * cut it), a space perhaps before; the role's word first in the bracket, a name's start perhaps after;
 * or the whole credit closed (`某日报记者站（记者 王某 实习生 李某）`).
 */
const CUT_REPORTER_CREDIT =
  /\s*[（(]\s*(?:记者|記者|通讯员|通訊員|实习生|實習生)(?:[^（）()]{0,6}|[^（）()]{1,30}[）)])$/;

/** Toned vowels: what tells a converter's pinyin reading from a Latin word. */
const TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
/** `?bào)`: a converter's pinyin reading (a toned vowel in it) closed by its bracket, at the value's end. */
const LOST_READING_END = new RegExp(
  `[?？](?=[a-zü]*[${TONED_VOWELS}])[a-zü${TONED_VOWELS}]{1,7}[）)]$`,
);

/**
 * An ASCII bracket a page's widget leaves after a value, empty or holding the font sizes (`[ ]`,
 * `[大 中 小]`) or a page tool's link (a forum's print view: `标题: 某某… [打印本页]`, `[关闭窗口]`),
 * perhaps cut open by the next label, to the value's end; several run together or spaced
 * (`某局 [打印页面][关闭窗口]`).
 */
const ASCII_WIDGET =
  /(?<=\S)(?:\s*\[(?:[\s大中小]*|打印(?:本页|页面|此页|本文)?|关闭(?:窗口|本页)?|關閉(?:窗口)?)(?:\]|$))+$/;

/**
 * The widgets a page prints after a field's value, one or more to its end: text-size buttons
 * (`A-A+`, `A+ A-`), a QR code, bookmark, print, close and share links (`二维码`, `收藏`, `打印`,
 * `关闭`, `分享`; traditional forms too) and the comment widget's `参与互动` (a news site prints it after
 * its source, twice when the copy took its two labels, its count perhaps after it: `参与互动(0)`),
 * glued to the value or spaced; a value of such
 * words alone stays.
 */
const WIDGET_TAIL =
  /(?<=\S)(?:\s*(?:A\s*[-+－＋]\s*A\s*[-+－＋]|二[维維][码碼]|收藏|打印|关闭|關閉|分享到?|[参參]与互[动動](?:[（(]\d{1,6}[）)])?|[参參]與互[动動](?:[（(]\d{1,6}[）)])?))+\s*$/;

/**
 * Labels whose value a page may leave empty before its date (`作者： 2007-5-12`, a byline of no one;
 * `【字体：2014-09-09 08:54:27`, a font widget that lost its sizes): the date is the page's.
 */
const EMPTY_BEFORE_DATE = /^(?:作者|字体|字號|字号)$/;
/** A value that is a date in a site's digits and nothing else (its time perhaps after it). */
const WHOLE_DATE = new RegExp(`^${DATE_CLOCK_SOURCE}$`);

/** `本站`, `本网`, `本台` closing a value after its words: the qualifier of the label after it. */
const SITE_QUALIFIER = /(?<=[^\s本])\s*(?:本站|本网|本網|本台)$/;

/**
 * {@link ALL_LABELS} by their last unit, each list longest first: the labels that may end right
 * before a colon, by the unit before it.
 */
const LABELS_BY_LAST = new Map<number, string[]>();
for (const label of [...new Set(ALL_LABELS)].sort((a, b) => b.length - a.length)) {
  const last = label.charCodeAt(label.length - 1);
  const labels = LABELS_BY_LAST.get(last);
  if (labels === undefined) LABELS_BY_LAST.set(last, [label]);
  else labels.push(label);
}

/**
 * The first label of {@link ALL_LABELS} that starts at or after `from` and is followed by a colon
 * (`：` or `:`), the longest of those that start there, and where it starts; undefined if none.
 *
 * Read colon by colon from `from`: no label holds a colon, so a label that ends at a later colon
 * starts after an earlier one, and the first colon some label ends at gives the first label (the
 * longest that ends there starts first).
 */
function firstLabel(text: string, from: number): { label: string; at: number } | undefined {
  for (let colon = from; colon < text.length; colon++) {
    const c = text.charCodeAt(colon);
    if (c !== 0xff1a /* ： */ && c !== 0x3a /* : */) continue;
    const label = LABELS_BY_LAST.get(text.charCodeAt(colon - 1))?.find(
      (l) => colon - l.length >= from && text.startsWith(l, colon - l.length),
    );
    if (label !== undefined) return { label, at: colon - label.length };
  }
  return undefined;
}

const DATE_VALUE = new RegExp(fullDateSource(1));
/**
 * `105-11-22`, `108/3/15`: a date field's value in a year of the Republic (民國, as Taiwan's
 * offices date; 100 to 139, 2011 to 2050), opening the value, one separator the same twice.
 */
const ROC_DATE_VALUE = /^\s*(1[0-3]\d)([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
/** A dash between a date's digits with spaces around it (`2008- 11- 07`), to be read as `-`. */
const SPACED_DASH = /(?<=\d)\s*-\s*(?=\d)/g;

/**
 * `2025-04-22`, `2022-08-30 09:20`, `2025/04/22`, `2025.04.22`, `2025年4月22日`; `2008- 11- 07 16: 07`,
 * `2012 - 3 - 6`: a date a copy printed with spaces around its dashes ({@link SPACED_DASH}).
 */
function readDateValue(value: string): string | undefined {
  const m = DATE_VALUE.exec(value) ?? DATE_VALUE.exec(value.replace(SPACED_DASH, "-"));
  if (!m) {
    const roc = ROC_DATE_VALUE.exec(value);
    return roc === null
      ? undefined
      : readFullDate(`${gregorianOfRoc(Number(roc[1]))}年${Number(roc[3])}月${Number(roc[4])}日`);
  }
  const [y, mo, d] = m[0].split(/[-/.年月日]/).map(Number) as [number, number, number];
  return readFullDate(`${y}年${mo}月${d}日`);
}

/**
 * Each regex {@link OPENERS} guards, with its bit: a test holds every string a regex matches to
 * open with a unit of its bit (a form added to a regex without its first unit in the table would
 * never be tried). A regex guarded so is added here too.
 */
export const OPENER_GUARDED: readonly (readonly [regex: RegExp, bit: number])[] = [
  [FURNITURE, OPENS_FURNITURE],
  [PICTURE_PLACEHOLDER, OPENS_PICTURE],
  [SPEECH_WIDGET, OPENS_SITE_HEAD],
  [COMMENT_PLEDGE, OPENS_SITE_HEAD],
  [EPAPER_TOOL, OPENS_EPAPER_TOOL],
  [BARE_GRID_START, OPENS_BARE_GRID],
  [BARE_GRID_LATER_START, OPENS_BARE_GRID],
  [TOOL_LINKS, OPENS_TOOL_LINKS],
  [REPRINT_CREDIT, OPENS_REPRINT],
];

/** Whether {@link OPENERS} lets `text` through to the regexes of `bit` (by its first unit). */
export const opensAs = (text: string, bit: number): boolean =>
  ((OPENERS[text.charCodeAt(0)] as number) & bit) !== 0;
