import { safeParseDateSpan, safeParseIssueNumber } from "@bulletin/format";
import type { DateSpan } from "@bulletin/schema";
import { YEAR_RANGE } from "@bulletin/schema/constants";
import { isChineseDigit, isDigit, oneOf, ZERO_LOOKALIKES } from "./chars";
import { headCreditOutlet, isHeadCredit } from "./head-credit";
import {
  isDocumentNumber,
  isTailLine,
  itemMarkerLength,
  ORG_END,
  sectionMarkerLength,
} from "./line-kinds";
import { readFullDate, readGluedDate, readYearLastDate } from "./read-date";
import { repeatsHeadline } from "./repeated-headline";
import { offsetAt, type TextLine } from "./text-line";

/** What the masthead (报头) says. */
export interface Masthead {
  title?: { text: string; at: number };
  publisher?: { text: string; at: number };
  number?: number;
  year?: number;
  totalNumber?: number;
  supplement?: boolean;
  publishedOn?: string;
  /**
   * `——2021年12月28日在市第十届人大常委会第四次会议上`: the day a report was delivered at a meeting,
   * which dates the issue after a page's own date.
   */
  deliveredOn?: string;
  /**
   * `2023-05-06 10:01:02` / `某省档案工作简报第42期`: a page's clocked stamp over the issue's name and
   * number, which dates the issue after the page's labelled date (`发布时间：…`).
   */
  stampedOn?: string;
  /** `第28周（7月8日—7月14日）`: the span text, read once the year is known. */
  periodText?: string;
  period?: DateSpan;
  unknown: { text: string; at: number }[];
  /**
   * The lines of a report's delivery read as its date or issuer (`——2021年12月28日在…会议上`,
   * `某区审计局局长 郑某某`): no text of the report, and not all of them in the model.
   */
  delivery: { text: string; at: number }[];
  /** How many lines it takes. */
  lines: number;
}

const SECRET = ["内部资料", "注意保存", "内部刊物", "内部参考", "内部参阅", "秘密", "机密"];
const NUMERAL = (c: string): boolean => isDigit(c) || isChineseDigit(c);
const TITLE_WORD = /报|动态|简讯|通讯|专刊|信息|情况|快讯/;
/** How a report's headline ends (`…运行情况`, `…质量状况`, `…通报`). */
const REPORT_END = /(?:情况|状况|通报|报告|分析|总结|综述|通知)$/;
/**
 * The label a page prints before its date (`时间：`, `发布日期：`, `時間：`, a document site's
 * `上传日期：`, a 地方志 return's `报送时间：`), left when the date is read.
 */
const DATE_LABEL =
  /(?:发布|發布|公开|公開|发文|發文|更新|上传|上傳|报送|報送)?(?:时间|時間|日期)\s*[：:]\s*$/;

/**
 * A masthead line: short, no sentence. Not an addressee (`各相关单位：`, `某某局：`, the body's first
 * line in GB/T 9704).
 */
function looksLikeMasthead(text: string): boolean {
  return (
    text.length <= 80 &&
    !/[。；]/.test(text) &&
    !isAddressee(text) &&
    sectionMarkerLength(text) === 0 &&
    itemMarkerLength(text) === 0 &&
    !isTailLine(text) &&
    !text.startsWith("编者按")
  );
}

/** `各相关单位：`, `某某局：`: whom a document is sent to, a line ending in `：`. */
export function isAddressee(text: string): boolean {
  const m = /^(.{2,60})[：:]$/.exec(text);
  return m !== null && (text.startsWith("各") || ORG_END.test(m[1] as string));
}

/** Removes `text[from, to)` and a bracket pair around it. */
function cut(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  if (oneOf("（【[", text.charAt(a - 1)) && oneOf("）】]", text.charAt(b))) {
    a--;
    b++;
  }
  return `${text.slice(0, a)} ${text.slice(b)}`;
}

/** A clock time closing a line: `14:17`, `09:30:00`. */
const CLOCK_CLOSING = /\d:\d{2}(?::\d{2})?\s*$/;
/** An issue's number alone on its line: `第283期`, `第 12 期`. */
const NUMBER_ALONE = /^\s*第\s*\d{1,4}\s*期\s*$/;
/**
 * An issue's number as most patterns here take it (`7`, `十二`, `〇三`): at most five digits or
 * Chinese numerals up to 百 (the wider {@link ISSUE} takes 千 and eight).
 */
const ISSUE_NUMERAL = "[\\d〇零一二三四五六七八九十百]{1,5}";
/**
 * `2022年度某市政务服务简报第7期`, `2023年某县12345热线周报第15期`: a bulletin's name opening with the
 * year its issues are counted in (group 1) and closed by the issue's number, the whole line. Not a
 * year inside the name (`某市2022年简报第7期`), nor a month after the year (`2022年3月第7期`).
 */
const YEAR_LED_NAME = new RegExp(
  `^((?:19|20)\\d{2})年度?[\\u4e00-\\u9fff][\\u4e00-\\u9fff\\d]{1,30}第\\s*${ISSUE_NUMERAL}\\s*期$`,
);

/** `2022年度某市…`: a masthead's name opening with a year (group 1), a Han character after it. */
const YEAR_LED = /^((?:19|20)\d{2})年度?(?=[\u4e00-\u9fff])/;

/**
 * `某省档案工作简报第42期（总第318期）`: a bulletin's name closed by its issue's number (and its total
 * number), the whole line. Not a sentence that names an issue (`第42期简报显示，…`), nor a name
 * without its number.
 */
const NAME_OVER_NUMBER =
  /^[\u4e00-\u9fff\d]{2,30}(?:简报|簡報|通报|通報|快报|快報|动态|動態|信息|专报|專報|周报|週報|月报|月報)\s*第\s*\d{1,4}\s*期(?:\s*[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?$/;

/**
 * Whether the line under a page's clocked date line opens the issue's own masthead: its number
 * alone (`第283期`) or its name closed by its number (`某省档案工作简报第42期（总第318期）`).
 */
function overNumber(next: string): boolean {
  const text = next.trim();
  return NUMBER_ALONE.test(text) || NAME_OVER_NUMBER.test(text);
}

/**
 * Reads the 报头 from the top lines: the name, `第9期` / `2025年第9期` / `（总第123期）` /
 * `增刊第1期`, the publisher and the date (`2025年11月10日`, `二〇二五年十一月十日`), also when
 * two of them share a line, and the week `第28周（7月8日—7月14日）`. A masthead is only taken as
 * one when it has an issue number or a date; otherwise the lines belong to the body.
 */
export function readMasthead(lines: readonly TextLine[]): Masthead {
  const m: Masthead = { unknown: [], delivery: [], lines: 0 };
  /**
   * `gaps`: where the copy printed what the repair took out of a line kept whole (spaces); `mark`:
   * the issuer's name read from its mark (`某某办公室文件`), no line of the title.
   */
  const rest: {
    text: string;
    at: number;
    afterNumber: boolean;
    gaps?: number[];
    mark?: boolean;
  }[] = [];
  let k = 0;
  let numberSeen = false;
  /** Where the line whose date is the masthead's starts. */
  let datedAt: number | undefined;
  /** A delivery line whose date cannot be read was seen (`——年11月27日在…会议上`). */
  let undated = false;
  /** The date of a page's clocked date line over the issue's number, read past. */
  let pageDate: string | undefined;
  /**
   * Lines that print a circulation mark in brackets and nothing else (`（内部参阅）`): warned of, no title (a
   * running mark without brackets, `内部资料 注意保存`, is dropped as before).
   */
  const marks: { text: string; at: number }[] = [];
  for (; k < lines.length && k < 12; k++) {
    const line = lines[k] as TextLine;
    if (!looksLikeMasthead(line.text)) break;
    // The masthead ends with its date line, unless the issuer (or the report's speaker) follows it.
    if (
      (m.publishedOn !== undefined || m.deliveredOn !== undefined || undated) &&
      !(isOrg(line.text) && line.text.length <= 40) &&
      speakerOffice(line.text) === undefined
    )
      break;
    // `——2025年7月24日在某市某区第三届` / `人民代表大会常务委员会第三十二次会议上`: a delivery line
    // broken over two, read joined.
    const next = lines[k + 1];
    if (
      m.deliveredOn === undefined &&
      next !== undefined &&
      line.text.length <= MAX_DELIVERY_HEAD &&
      DELIVERY_HEAD.test(line.text)
    ) {
      const joined = deliveryDay(`${line.text.trim()}${next.text.trim()}`);
      if (joined !== undefined) {
        m.deliveredOn = joined;
        m.delivery.push({ text: line.text, at: offsetAt(line, 0) ?? 0 });
        m.delivery.push({ text: next.text, at: offsetAt(next, 0) ?? 0 });
        k++;
        continue;
      }
    }
    // `——2021年12月28日在…会议上` under a report's title: the day it was delivered, no name.
    const delivered = m.deliveredOn === undefined ? deliveryDay(line.text) : undefined;
    if (delivered !== undefined) {
      m.deliveredOn = delivered;
      m.delivery.push({ text: line.text, at: offsetAt(line, 0) ?? 0 });
      continue;
    }
    // `——年11月27日在…会议上`: a delivery line whose date a copy garbled (or never printed) still
    // opens the speaker's line under it; it dates nothing.
    if (m.deliveredOn === undefined && !undated && isUndatedDelivery(line.text)) {
      undated = true;
      m.delivery.push({ text: line.text, at: offsetAt(line, 0) ?? 0 });
      continue;
    }
    // A heading in lenticular brackets after the number or date (`【热线综述】`) opens the body; at the
    // top it may be the name (`【工作简报】`), and a secrecy mark (`【内部资料】`) is the masthead's.
    if (
      (m.number !== undefined || m.totalNumber !== undefined || m.publishedOn !== undefined) &&
      /^【[\u4e00-\u9fff]{2,12}】$/.test(line.text) &&
      !SECRET.some((s) => line.text.includes(s))
    )
      break;
    // A report's headline under the name and number (`某县九月份环境质量状况`) opens the body.
    if (
      numberSeen &&
      rest.some((e) => !isOrg(e.text)) &&
      line.text.length >= 8 &&
      REPORT_END.test(line.text) &&
      !isOrg(line.text)
    )
      break;
    let text = line.text;
    for (const s of SECRET) text = text.replaceAll(s, " ");
    if (text !== line.text && /^\s*[（(【[][\s（()）【】[\]]*$/.test(text))
      marks.push({ text: line.text, at: offsetAt(line, 0) ?? 0 });
    const hadNumber = m.number !== undefined || m.totalNumber !== undefined;
    // (A line in round brackets, `(續第6期第32頁)`, is a note on the issue: {@link HEADLINE_ISSUE}.)
    const inHeadline = oneOf("（(", text.trimStart().charAt(0)) ? null : HEADLINE_ISSUE.exec(text);
    // A headline's round (`…评价第二期“红黑榜”`) numbers no issue; a dated issue inside a headline
    // (`某委员会2022年第25期食品安全监督抽检信息`) is read, and the headline kept whole.
    if (inHeadline === null) text = readIssueNumbers(withDi(text), m);
    else if (inHeadline[1] !== undefined) readIssueNumbers(inHeadline[0], m);
    text = readWeek(text, m);
    if (!hadNumber && m.number !== undefined) text = readDaysAfterNumber(text, m);
    const dated = m.publishedOn;
    text = readDateAtEnd(text, m);
    // `16.12.2014  14:17` / `第283期` / `某某办公室 2014年12月10日`: a page's date line (its clock
    // time printed) right over the issue's number, before any number: the page's, and the masthead
    // goes on under it (its own date line dates the issue; the page's only when it prints none).
    if (
      dated === undefined &&
      m.publishedOn !== undefined &&
      m.number === undefined &&
      m.totalNumber === undefined &&
      CLOCK_CLOSING.test(line.text) &&
      overNumber(lines[k + 1]?.text ?? "")
    ) {
      // Over the issue's name and number, the page's stamp yields to the page's labelled date too.
      if (NUMBER_ALONE.test(lines[k + 1]?.text ?? "")) pageDate = m.publishedOn;
      else m.stampedOn = m.publishedOn;
      delete m.publishedOn;
      continue;
    }
    // `时间：2021-03-05 10:20`: the date's label is not part of the name.
    if (dated === undefined && m.publishedOn !== undefined) text = text.replace(DATE_LABEL, "");
    if (dated === undefined && m.publishedOn !== undefined) datedAt = offsetAt(line, 0) ?? 0;
    if (!hadNumber && (m.number !== undefined || m.totalNumber !== undefined)) numberSeen = true;
    const printed = text
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^[（(【[]\s*[）)】\]]$/, "");
    // `某区审计局局长 郑某某`: who delivers the report names its office, the issuer.
    const speaker = speakerOffice(printed);
    if (speaker !== undefined) m.delivery.push({ text: line.text, at: offsetAt(line, 0) ?? 0 });
    // `某某办公室文件`: the issuer's mark over a document's head (GB/T 9704) names the issuer.
    const mark = speaker === undefined ? ISSUER_MARK.exec(printed) : null;
    const marked = mark !== null && isOrg(mark[1] as string) ? (mark[1] as string) : undefined;
    const left = speaker ?? marked ?? printed;
    // A document's 发文字号 (`某发〔2024〕2号`) in its head is neither its name nor its issuer
    // (kept as a line the masthead does not place).
    if (isDocumentNumber(left)) m.unknown.push({ text: left, at: offsetAt(line, 0) ?? 0 });
    else if (left !== "" && !/^(?:No\.?|NO\.?|编号[:：]?)?\s*\d+$/.test(left)) {
      const gaps = left === line.text ? gapsOf(line) : [];
      rest.push({
        text: left,
        at: offsetAt(line, 0) ?? 0,
        afterNumber: numberSeen,
        ...(gaps.length === 0 ? {} : { gaps }),
        ...(marked === undefined ? {} : { mark: true }),
      });
    }
  }
  if (m.publishedOn === undefined && pageDate !== undefined) m.publishedOn = pageDate;
  const brokenTitle = joinDocumentTitle(rest, m);
  takePaperOfDateLine(rest, m, datedAt);
  // A document's head (GB/T 9704): its 发文字号 over the issuer and a `关于…的通报` title, or the
  // issuer over a title broken over lines that closes with its kind (`某局` / `关于…第0535号` /
  // `建议办理情况的复函`); no date or issue number is printed over the addressee.
  const documentHead = (m.unknown.length > 0 && m.publisher !== undefined) || brokenTitle;
  if (
    m.number === undefined &&
    m.totalNumber === undefined &&
    m.publishedOn === undefined &&
    m.deliveredOn === undefined &&
    !(undated && m.delivery.length > 1) &&
    !documentHead
  ) {
    return { unknown: [], delivery: [], lines: 0 };
  }
  m.lines = k;
  m.unknown.push(...marks);
  // The name may be split over lines (`宜春12345` / `一 体 化` / `政务服务便民热线`): the lines
  // before the issue number (or before the first issuer) that name no organisation are one title.
  const titleParts: { text: string; at: number }[] = [];
  let r = 0;
  for (; r < rest.length; r++) {
    const e = rest[r] as (typeof rest)[number];
    const stripped = stripIssuer(e.text);
    if (e.afterNumber || stripped !== e.text || isOrg(stripped) || isSchoolName(stripped)) break;
    // `某縣熱線…慰勞話務員` / `記者王小明／高雄報導` / `2009.11.06`: the credit under a headline is no part of it.
    if (titleParts.length > 0 && isHeadCredit(e.text)) break;
    titleParts.push(e);
  }
  const name = titleParts.map((t) => t.text.replaceAll(" ", "")).join("");
  if (isTitleOverSubtitle(titleParts)) {
    // `某县2023年3月经济运行情况解读` / `2023年一季度某县经济运行情况`: a title and its subtitle.
    const [title, subtitle] = titleParts as [
      (typeof titleParts)[number],
      (typeof titleParts)[number],
    ];
    m.title = { text: title.text, at: title.at };
    m.unknown.push(subtitle);
  } else if (
    titleParts.length > 1 &&
    (name.length > MAX_SPLIT_NAME || headlineLast(titleParts, m) || headlineFirst(titleParts, m))
  ) {
    // Longer than a name: a page's headline among other lines (a site's or an account's name over
    // it, the headline printed again with the account's name after it): the headline a longer line
    // repeats, else the longest line; the others are unknown, a longer line that repeats it too
    // (`某某青年报手机版` / `某某青年报手机版二维码`: its words would be dropped unsaid); the headline
    // printed again as it is is not.
    const title =
      titleParts.find((p) => titleParts.some((q) => repeatsHeadline(q.text, p.text))) ??
      titleParts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    m.title = { text: title.text, at: title.at };
    for (const p of titleParts) if (p !== title && p.text !== title.text) m.unknown.push(p);
  } else if (titleParts.length > 0) {
    m.title = { text: name, at: (titleParts[0] as { at: number }).at };
  }
  const issuerBelow = namesIssuerBelow(rest, r);
  for (const [j, e] of rest.entries()) {
    if (j < r) continue;
    const stripped = stripIssuer(e.text);
    const org = stripped !== e.text || isOrg(stripped);
    // The issuer printed again (`某局 2016年5月24日` / `某局`), or the name (`某报表第318期` /
    // `某报表` / `第318期`, also with more before it: `市…通报` / `V市…通报（2022年·第9期）`), is
    // neither a title, an issuer nor unknown.
    if (
      stripped === "" ||
      (org && stripped === m.publisher?.text) ||
      (m.title !== undefined &&
        m.title.text.length >= 8 &&
        stripped.replaceAll(" ", "").includes(m.title.text)) ||
      stripped.replaceAll(" ", "") === m.title?.text
    )
      continue;
    if (!m.title && !org) m.title = { text: stripped, at: e.at };
    // `某縣熱線…慰勞話務員` / `某某新聞網記者王小明/某地報導` / `2009.11.06`: a reporter's credit under the
    // headline names its outlet, the credit's other words no issuer; the line is left out as the
    // model holds no byline (since 2026-12-08).
    else if (!m.publisher && !org && isHeadCredit(stripped)) {
      const outlet = headCreditOutlet(stripped);
      if (outlet !== undefined)
        m.publisher = { text: outlet, at: e.at + Math.max(0, e.text.indexOf(outlet)) };
      m.unknown.push(e);
    }
    // A labelled field (`签发人：某某`, a 版头's signer) names no issuer, nor does a report's
    // headline under the name (`某县九月份环境质量状况`).
    else if (
      !m.publisher &&
      (org || m.title) &&
      !/[：:]/.test(stripped) &&
      // (`━`, a rule line round the issue's, names none: a name holds a character or a letter.)
      /[\u4e00-\u9fffA-Za-z]/.test(stripped) &&
      (org || (!REPORT_END.test(stripped) && !issuerBelow(j)))
    ) {
      const first = firstJointIssuer(stripped, stripped === e.text ? e.gaps : undefined);
      m.publisher = { text: first, at: e.at };
      // The co-issuer on the same line signs with it, as on a line of its own (unknown).
      if (first !== stripped) m.unknown.push({ ...e, text: stripped.slice(first.length) });
    }
    // Anything else is unknown: a line under the title, a labelled field, and a body after the
    // issuer (`某省统计局` / `国家统计局某省调查总队` under a joint release's date), which signs with it
    // and is no title.
    else m.unknown.push(e);
  }
  // `2022年度某市政务服务简报` / `第7期`: the year opening the name counts the issue.
  const led =
    m.number !== undefined && m.year === undefined && m.title ? YEAR_LED.exec(m.title.text) : null;
  if (led !== null) m.year = Number(led[1]);
  return m;
}

/**
 * A newspaper's name (`某某日报`, `某某晚报`, `某某時報`, `某某报`), not a bulletin's (`…简报`,
 * `…通报`, `…快报`, a report's `…周报`, `…月报`, `…年报`).
 */
const PAPER_NAME =
  /^[\u4e00-\u9fff]{2,10}(?:[日晚早时時商][报報]|(?<![简簡通快周週月年季旬专專要情汇匯公内內])[报報])$/;

/**
 * `中国网 china.com.cn`: a news site's name (ending in 网) and its web address, as a copied report's
 * date line prints them (`中国网 china.com.cn 时间: 2011-04-15`); the name is group 1.
 */
const SITE_WITH_ADDRESS =
  /^([\u4e00-\u9fff]{1,10}[网網])\s+(?:https?:\/\/)?[a-z\d-]+(?:\.[a-z\d-]+)+\/?$/i;

/**
 * `1至5月我国生产安全事故同比“双下降”` / `某某日报 2019年06月14日`: a newspaper page's headline over
 * the line of the paper's name and its day (the entry of `rest` from the line starting at
 * `datedAt`), with no issue number: the paper is the publisher, no part of the title (taken out
 * of `rest`); so is a news site named with its address (`中国网 china.com.cn 时间: 2011-04-15`, the
 * name without it). A name alone on its date line (`某县防汛日报 2023年7月3日`) or a bulletin's name broken
 * over lines (`宜春12345` / `工作简报 2025年1月13日`) stays.
 */
function takePaperOfDateLine(
  rest: { text: string; at: number; afterNumber: boolean }[],
  m: Masthead,
  datedAt: number | undefined,
): void {
  if (m.number !== undefined || m.totalNumber !== undefined || m.publisher !== undefined) return;
  const i = datedAt === undefined ? -1 : rest.findIndex((e) => e.at === datedAt);
  const paper = rest[i];
  if (i < 1 || paper === undefined) return;
  // `一季度某县经济实现跨越式发展` / `中国网 china.com.cn 时间: 2011-04-15`: the site is the publisher.
  const site = SITE_WITH_ADDRESS.exec(paper.text)?.[1];
  if (site === undefined && !PAPER_NAME.test(paper.text)) return;
  if (rest.slice(0, i).some((e) => isOrg(e.text) || e.afterNumber)) return;
  m.publisher = { text: site ?? paper.text, at: paper.at };
  rest.splice(i, 1);
}

/** The kinds of document a GB/T 9704 title ends with (`…的通告`, `…情况的通报`). */
const DOCUMENT_KIND_END =
  /(?:通告|通知|通报|通報|报告|報告|决定|決定|意见|意見|公告|函|批复|批復)$/;
/** Most lines a document's title is broken over in its head. */
const MAX_TITLE_LINES = 4;

/**
 * `某省市场监督管理局` / `关于2023年第四季度食品安全` / `监督抽检情况分析的通告`: a document's title in the
 * GB/T 9704 form (issuer, 关于, matter, 的, kind) broken over the head's lines, as one line of the
 * head (the issuer's line also names the publisher). A `关于…` line that no line ending with the
 * document's kind closes within {@link MAX_TITLE_LINES} is left as it is. Returns whether a title
 * broken over two lines or more was joined (the head is a document's, dated or not).
 */
function joinDocumentTitle(
  rest: { text: string; at: number; afterNumber: boolean; mark?: boolean }[],
  m: Masthead,
): boolean {
  const i = rest.findIndex((e) => /^[关關]于/.test(e.text));
  if (i < 1) return false;
  const issuer = rest[i - 1] as (typeof rest)[number];
  if (!isOrg(issuer.text) || issuer.text.length > 40) return false;
  // Under the issuer's mark the title is printed without the issuer: the issuer, no title.
  if (issuer.mark) {
    m.publisher ??= { text: issuer.text, at: issuer.at };
    return false;
  }
  for (let j = i; j < rest.length && j < i + MAX_TITLE_LINES; j++) {
    const end = (rest[j] as (typeof rest)[number]).text;
    if (!DOCUMENT_KIND_END.test(end)) continue;
    const text = rest
      .slice(i - 1, j + 1)
      .map((e) => e.text.replaceAll(" ", ""))
      .join("");
    rest.splice(i - 1, j - i + 2, { text, at: issuer.at, afterNumber: issuer.afterNumber });
    m.publisher ??= { text: issuer.text, at: issuer.at };
    return j > i;
  }
  return false;
}

/**
 * The posts a report's speaker holds (`局长`, `副区长`, `常务副市长`, `党组书记`, `检察长`, `庭长`,
 * `主席`), after the office's name on the line that says who delivers the report.
 */
const SPEAKER =
  /^(.{2,30}?(?:局|委员会|委|办公室|厅|院|政府|部|署|中心))(?:党组)?(?:常务)?副?(?:[局厅院区市县州省部署行所站校庭会]长|检察长|审计长|秘书长|理事长|主任|书记|主席)\s?([\u4e00-\u9fff]{2,3})$/;

/**
 * `某区审计局局长 郑某某`, `某县人民政府副县长 张某`: the line of a 工作报告's head that names who
 * delivers it (an office, a post and a person's name, 40 characters at most): the office, which
 * issues the report; undefined for any other line (`关于区人民政府副区长分工的通知`, `某县人民政府县长信箱`
 * name no person).
 */
function speakerOffice(text: string): string | undefined {
  if (
    text.length > 40 ||
    !(
      text.includes("长") ||
      text.includes("主任") ||
      text.includes("书记") ||
      text.includes("主席")
    )
  )
    return undefined;
  const m = SPEAKER.exec(text);
  // A bulletin's name after the post (`某某部部长的简报`) is no person's.
  return m === null ||
    /(?:通知|通报|报告|讲话|分工|工作|信箱|邮箱|热线|专线)$/.test(text) ||
    TITLE_WORD.test(m[2] as string)
    ? undefined
    : m[1];
}

/**
 * `——2021年12月28日在市第十届人大常委会第四次会议上`: a report's line of the day and the meeting it was
 * delivered at (a dash or two, the date, 在, the meeting, perhaps 上), as a copy may have garbled it
 * (`--20211228日在市届人大常委会会议`: its 年, 月 and numbers lost), its dashes perhaps a word
 * processor's box-drawing ones (`──2023年9月25日在…会议上`); or the same in brackets instead of the dash
 * (`（2023年1月6日在县第十八届人民代表大会第二次会议上）`, group 2).
 */
const DELIVERED =
  /^(?:[—－─-]{1,2}\s*([\d〇○零一二三四五六七八九十年月日]{6,16}?日)\s*在[^。；，,：:]{2,40}?(?:会议|大会|會議|大會)上?|[（(]\s*([\d〇○零一二三四五六七八九十年月日]{6,16}?日)\s*在[^。；，,：:（）()]{2,40}?(?:会议|大会|會議|大會)上?\s*[）)])$/;

/**
 * `——2025年7月24日在某市某区第三届`: the first part of a {@link DELIVERED} line broken over two (the dash,
 * the whole date in digits, 在 and the meeting's first words, no 会议上 yet; a congress's 大会 may
 * end it when its standing committee's meeting follows: `…第七届人民代表大会` / `常务委员会第十三次会议上`);
 * read joined to the next line, and only when the two read as one delivery line.
 */
const DELIVERY_HEAD =
  /^[—－─-]{1,2}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。；，,：:]{1,30}(?<!会议上?|大会上)$/;
/** Longest first part of a broken delivery line. */
const MAX_DELIVERY_HEAD = 50;

/** A year's digit in Chinese numerals, and a month's or day's number in digits or Chinese numerals. */
const CN_DIGIT = "[〇○零一二三四五六七八九]";
const DAY_PART = "[\\d〇○零一二三四五六七八九十]{1,3}";

/**
 * `2023年7月20日在省七届人大常委会第五次会议上`, `二〇二三年七月二十日在…会议上`: a {@link DELIVERED}
 * line whose dash or brackets a copy lost, its date whole (a four-digit year, its month and day, in
 * digits or Chinese numerals) and its meeting closed by 上 (group 1). Near-misses: a headline that
 * goes on after the meeting (`…在全市工作会议上的讲话`), a sentence (`…会议上，某某作报告。`, a mark
 * in it), a line that names no meeting or ends otherwise (`…在省政府召开`, `…会议召开`), a date that
 * lost its year (`7月20日在…会议上`).
 */
const UNDASHED_DELIVERED = new RegExp(
  `^((?:\\d{4}|${CN_DIGIT}{4})\\s*年\\s*${DAY_PART}\\s*月\\s*${DAY_PART}\\s*日)` +
    "\\s*在[^。；;，,：:（）()]{2,40}?(?:会议|大会|會議|大會)上$",
);

/**
 * The day of a {@link DELIVERED} line, as `YYYY-MM-DD`: a whole date, or digits then 日 that lost
 * their 年 and 月 (`20211228日`) where only one date reads from them; undefined for any other line.
 */
function deliveryDay(text: string): string | undefined {
  if (text.length > 60 || !text.includes("在")) return undefined;
  const m = DELIVERED.exec(text.trim()) ?? UNDASHED_DELIVERED.exec(text.trim());
  const date = m?.[1] ?? m?.[2];
  if (date === undefined) return undefined;
  return readFullDate(date) ?? readGluedDate(date);
}

/**
 * `——年11月27日在省十二届人大常委会第三十三次会议上`, `——年月日在…会议上`, `——在…会议上`: a report's
 * {@link DELIVERED} line whose date lost its numbers (or was never printed), read by
 * {@link deliveryDay} as no day.
 */
const UNDATED_DELIVERY =
  /^[—－─-]{1,2}\s*(?:[\d〇○零一二三四五六七八九十]{0,4}年[\d〇○零一二三四五六七八九十]{0,2}月[\d〇○零一二三四五六七八九十]{0,3}日)?\s*在[^。；，,：:]{2,40}?(?:会议|大会)上?$/;
const isUndatedDelivery = (text: string): boolean =>
  text.length <= 60 && text.includes("在") && UNDATED_DELIVERY.test(text.trim());

/**
 * `——2024年11月27日在市六届人大常委会第十二次会议上` (dated, its date garbled, or undated): a report's
 * {@link DELIVERED} line, whole.
 */
export const isDeliveryLine = (text: string): boolean =>
  deliveryDay(text) !== undefined || isUndatedDelivery(text);

/** `市政府党组成员、市财政局局长 姜国杰`: the line naming a report's speaker ({@link speakerOffice}). */
export const isSpeakerLine = (text: string): boolean => speakerOffice(text) !== undefined;

/** Longest masthead name split over lines (`宜春12345` / `一 体 化` / `政务服务便民热线`). */
const MAX_SPLIT_NAME = 40;

/** Fewest characters of a page's headline {@link headlineLast} takes (a name's piece is shorter). */
const MIN_PAGE_HEADLINE = 12;

/**
 * `中国某某网移动版` / `中国某某网移动版` / `上半年全国城镇新增就业654万人` / `2022-07-15 09:39:00`, `NEWS
 * CENTER` / `新闻资讯` / `某部发布2019年上半年…情况` / `2019-07-10`: a page's head that states no issue
 * number, only a date, whose last line over that date is a headline of {@link MIN_PAGE_HEADLINE}
 * characters or more, at least as long as the lines over it together (the site's and the column's
 * names). A masthead's name split over lines (`衡东社会工作` / `（12345热线专报）`) has no such line.
 */
function headlineLast(parts: readonly { text: string }[], m: Masthead): boolean {
  if (m.number !== undefined || m.totalNumber !== undefined) return false;
  const last = (parts[parts.length - 1] as { text: string }).text.length;
  let others = 0;
  for (let k = 0; k < parts.length - 1; k++) others += (parts[k] as { text: string }).text.length;
  return last >= MIN_PAGE_HEADLINE && last >= others;
}

/** Fewest characters of a page's headline {@link headlineFirst} takes. */
const MIN_LEADING_HEADLINE = 10;

/**
 * How a piece of a title or of a bulletin's name broken over lines ends (`…运行情况`, `分析报告`,
 * `统计公报`, `工作简报`, `政务动态`, `专刊`, `解读`), either script: no page's line under a headline.
 */
const NAME_PIECE_END =
  /(?:情况|情況|状况|狀況|通报|通報|报告|報告|分析|总结|總結|综述|綜述|通知|公告|解读|解讀|简报|簡報|快报|快報|专报|專報|月报|月報|周报|週報|年报|年報|动态|動態|专刊|專刊|增刊|信息|快讯|快訊|简讯|簡訊|通讯|通訊|汇报|匯報|公报|公報|通告|年鉴|年鑑|纪要|紀要|要点|要點)$/;

/**
 * `全国秋收秋种稳步推进` / `情感` / `2024-10-22 17:22`, `某省脱贫人口外出务工规模达335.6万人` /
 * `某某经济信息网   时间：2021-12-20`, `某地遭洪涝灾害已致29人遇难` / `user23| 2013-08-19 14:00`: a page's
 * head that states no issue number, only a date, whose first line is a headline of
 * {@link MIN_LEADING_HEADLINE} characters or more and whose lines under it (the column's name, the
 * author's or the site's, perhaps left before the date on its line) are together at most half as
 * long. Near-misses: a name in pieces (`宜春12345` / `一 体 化` / `政务服务便民热线`: its first piece is
 * short), a title broken before its end (`2023年1-5月全市规模以上工业` / `增加值增长5.2%`, the piece
 * more than half as long; `…经济运行情况` / `分析报告`, `某县政务服务` / `工作简报`: a piece that ends as
 * a title or a bulletin's name does, {@link NAME_PIECE_END}).
 */
function headlineFirst(parts: readonly { text: string }[], m: Masthead): boolean {
  if (m.number !== undefined || m.totalNumber !== undefined) return false;
  const first = (parts[0] as { text: string }).text;
  if (first.length < MIN_LEADING_HEADLINE) return false;
  let others = 0;
  for (let k = 1; k < parts.length; k++) {
    const text = (parts[k] as { text: string }).text;
    if (NAME_PIECE_END.test(text)) return false;
    others += text.length;
  }
  return others * 2 <= first.length;
}

/**
 * `政务服务和公共资源交易工作专报 2022年10月14日` / `某市政务服务监督管理局`: whether an entry of `rest`
 * after entry `j` names an organisation (`某局`, `编印单位：某局`), from entry `from` on. A line of
 * the head naming the series or the kind of issue over the issuer's own line names no publisher.
 */
function namesIssuerBelow(rest: readonly { text: string }[], from: number): (j: number) => boolean {
  let last = -1;
  for (let k = from; k < rest.length; k++) {
    const text = (rest[k] as { text: string }).text;
    const stripped = stripIssuer(text);
    if (stripped !== text || isOrg(stripped)) last = k;
  }
  return (j) => j < last;
}

/**
 * How a report's title may end besides {@link REPORT_END} (its last two characters): `…数据解读`,
 * and the traditional forms (`…運行情況`, `…解讀`).
 */
const TITLE_END = /^(?:解读|解讀|情況|狀況|通報|報告|總結|綜述)$/;
/** Fewest characters of each of a title and its subtitle ({@link isTitleOverSubtitle}). */
const MIN_SUBTITLED = 8;

/**
 * `某县2023年3月经济运行情况解读` / `2023年一季度某县经济运行情况` over the date: two lines that each end
 * as a report's title does ({@link REPORT_END}, {@link TITLE_END}), eight characters or more each,
 * are a title and its subtitle, not a name broken over two lines (`衡东社会工作` / `（12345热线专报）`).
 */
function isTitleOverSubtitle(parts: readonly { text: string }[]): boolean {
  if (parts.length !== 2) return false;
  return parts.every(
    ({ text }) =>
      text.length >= MIN_SUBTITLED && (REPORT_END.test(text) || TITLE_END.test(text.slice(-2))),
  );
}

/** Fewest characters of each body's name on a line of joint issuers ({@link firstJointIssuer}). */
const MIN_JOINT_ISSUER = 4;

/**
 * `某县统计局  国家统计局某县调查队`: two bodies that sign a release together on one line, set apart
 * by a space the repair took out (at one of `gaps`, where a converter's pinyin it took out stood
 * too), each a body's name of four characters or more: the first, the issuer (as when they sign on
 * two lines). Any other line as it is (`某市 统计局` is one name printed with a space).
 */
function firstJointIssuer(text: string, gaps: readonly number[] | undefined): string {
  const gap = gaps?.find((g) => isJointIssuer(text.slice(0, g)) && isJointIssuer(text.slice(g)));
  return gap === undefined ? text : text.slice(0, gap);
}
const isJointIssuer = (name: string): boolean => name.length >= MIN_JOINT_ISSUER && isOrg(name);

/** {@link firstJointIssuer} of a line: its first issuer where two sign on it, else its text. */
export const firstIssuerOfLine = (line: TextLine): string =>
  firstJointIssuer(line.text, gapsOf(line));

/** Where the copy printed what the repair took out of `line` (spaces, a converter's pinyin). */
function gapsOf(line: TextLine): number[] {
  const gaps: number[] = [];
  let previous = offsetAt(line, 0);
  for (let k = 1; k < line.text.length; k++) {
    const offset = offsetAt(line, k);
    if (previous !== undefined && offset !== undefined && offset - previous > 1) gaps.push(k);
    previous = offset;
  }
  return gaps;
}

/** `编印单位：X`, `报送单位：X` (a 地方志 return's sender), `X编印` → X. */
function stripIssuer(text: string): string {
  return text
    .replace(/^(?:编印单位|主办单位|报送单位|報送單位|编印|主办)[:：]?/, "")
    .replace(/(?:编印|主办|编发|印发|编)$/, "")
    .trim();
}

/** A name that ends like an organisation's and is no bulletin's name. */
/**
 * `某某大学（武汉）`, `某某师范大学`: a university's name (its campus perhaps in brackets after it) alone
 * on a masthead's line, over its office's (`发展研究中心编`): a body, no part of the bulletin's name (a
 * college, `…学院`, ends as a body's name does: {@link isOrg}). A name that goes on after it
 * (`某某大学学报`) is a title.
 */
const SCHOOL_NAME = /^[\u4e00-\u9fff]{2,20}(?:大学|大學)(?:[（(][\u4e00-\u9fff]{2,6}[）)])?$/;
const isSchoolName = (text: string): boolean => SCHOOL_NAME.test(text);

export const isOrg = (text: string): boolean => ORG_END.test(text) && !TITLE_WORD.test(text);

const ISSUE = "(?:\\d{4}年[·・]?)?(?:总|增刊)?第[\\d〇零一二三四五六七八九十百千]{1,8}期";
/**
 * `昆明市发布营商环境第三方评价第二期“红黑榜”`, `天津市市场监督管理委员会2022年第25期食品安全监督抽检信息`:
 * a `第N期` (its year perhaps before it, group 1) inside a headline, a Han character right before it
 * and a Han character or an opening quote right after it, no space or mark between: the line is a
 * headline, kept whole. Without a year the 第N期 is the headline's own words (a round of a ranking,
 * `第二期消费券`), no issue; with one it is the issue the headline names. A masthead's issue stands
 * apart (`某某简报  第9期`), at the line's end (`某某简报第9期`), opens it (`2022年第三期消费维权分析报告`)
 * or is barred off (`…工作第24期丨…`), or the bulletin's kind closes the line after it (`某县疾控中心印发第7期通报`); a line in brackets (`(續第6期第32頁)`) is a note on the issue.
 */
const HEADLINE_ISSUE = new RegExp(
  `(?<=[\\u4e00-\\u9fff])(\\d{4}年)?第${ISSUE_NUMERAL}期(?=[“「《\\u4e00-\\u9fff])(?![\\u4e00-\\u9fff]{0,6}(?:通报|简报|快报|专报|公报|月报|周报|旬报|动态|报告|分析)$)`,
);
const TITLE_NUMBER_END = new RegExp(`[（(【\\[]?${ISSUE}(?:[（(]总第\\d{1,6}期[）)])?[）)】\\]]?$`);
const TITLE_NUMBER_START = new RegExp(`^[（(【\\[]${ISSUE}[）)】\\]]`);
/**
 * `2022年第三期消费维权分析报告`: a year's issue opening a title, no bracket round it, before the
 * bulletin's name (closed by the kind of text it is; `2022年第三期培训班开班` names no bulletin).
 */
const OPENING_ISSUE = new RegExp(
  `^\\d{4}年第\\s*${ISSUE_NUMERAL}\\s*期(?=\\S{2,40}?(?:报告|简报|通报|分析|快报|月报|周报|专报|动态)$)`,
);

/**
 * `2022年第9期简报（总第188期）`: a title's opening issue ({@link OPENING_ISSUE}'s), the bulletin's kind
 * after it, then the total number in brackets (group 1), the headline perhaps run on after them.
 */
const OPENING_TOTAL = new RegExp(
  `^\\d{4}年第\\s*${ISSUE_NUMERAL}\\s*期[\\u4e00-\\u9fff]{0,8}\\s*[（(]\\s*总第\\s*(\\d{1,6})\\s*期\\s*[）)]`,
);

/**
 * `某中心周报(2021第7期)2.27—3.05`: an issue in brackets, its year before 第 with or without 年, and
 * after it only the days it covers written with dots (or nothing): the year and the number.
 */
const BRACKETED_ISSUE =
  /[（(【[](?:(\d{4})年?)?第(\d{1,4})期[）)】\]]\s*(?:\d{1,2}[.．]\d{1,2}\s*[—–~～至-]{1,2}\s*\d{1,2}[.．]\d{1,2})?\s*$/;

/**
 * `水情通报(二)`, `防汛工作简报（3）`: a bulletin of a series numbered by a bracketed numeral after
 * its name (a bulletin's kind ends the name; a bracket after a notice or an analysis, or holding
 * more than a numeral, numbers nothing).
 */
const SERIES_PART =
  /(?:简报|簡報|快报|快報|专报|專報|通报|通報|动态|動態|旬报|旬報|周报|週報|月报|月報)\s*[（(]\s*([一二三四五六七八九十百\d]{1,4})\s*[）)]$/;

/** `某某办公室文件`, `某县统计局 文件`: the issuer's mark (发文机关标志) over a document's head. */
const ISSUER_MARK = /^(\S{2,30}?)\s?文\s?件$/;

/**
 * `政务管理服务工作第24期丨部分县市区…经验做法`: a series' issue between the series' name and the
 * issue's headline, a bar after it (a 第N期 in a headline with no bar after it numbers another
 * thing: `关于第5期培训班…`).
 */
const BARRED_ISSUE = new RegExp(
  `^(?!关于)[^\\s丨|｜]{2,20}?((?:\\d{4}年[·・]?)?第${ISSUE_NUMERAL}期)\\s*[丨|｜]\\s*\\S`,
);

/**
 * `《地下水动态月报》2019年2期`, `江苏年鉴 2018年3期`: a journal's year and issue closing a title
 * without `第`, after the journal's name in `《》` or a space (`…培训班2019年2期` is no journal's).
 */
const YEAR_ISSUE_END = /(?<=[》\s])\d{4}年\d{1,3}期$/;

/**
 * `某市热线简报（2024年第5期）`, `【第5期】…`: the issue number, year and total number a page's title
 * states (the masthead's `第N期` forms); the title itself is kept as printed.
 */
export function titleIssueNumbers(
  title: string,
): Pick<Masthead, "number" | "year" | "totalNumber"> {
  const m: Masthead = { unknown: [], delivery: [], lines: 0 };
  // Only where an issue number stands: at the title's end or in brackets before it (`关于第5期
  // 培训班的通知` names another thing's 第5期).
  const stated = title.includes("期")
    ? (TITLE_NUMBER_END.exec(title)?.[0] ??
      TITLE_NUMBER_START.exec(title)?.[0] ??
      OPENING_ISSUE.exec(title)?.[0] ??
      BARRED_ISSUE.exec(title)?.[1] ??
      YEAR_ISSUE_END.exec(title)?.[0].replace("年", "年第"))
    : undefined;
  const bracketed = title.includes("期") ? BRACKETED_ISSUE.exec(title) : null;
  if (bracketed)
    readIssueNumbers(
      `${bracketed[1] === undefined ? "" : `${bracketed[1]}年`}第${bracketed[2]}期`,
      m,
    );
  else if (stated !== undefined) readIssueNumbers(stated, m);
  else {
    const part = SERIES_PART.exec(title);
    const parsed = part === null ? undefined : safeParseIssueNumber(`第${part[1]}期`);
    const number = parsed?.success ? parsed.data.number : undefined;
    if (number !== undefined) m.number = number;
  }
  // `2022年第9期简报（总第188期）某省…分析`: the total in brackets after the title's opening issue.
  const total =
    stated !== undefined && m.totalNumber === undefined ? OPENING_TOTAL.exec(title) : null;
  if (total !== null) m.totalNumber = Number(total[1]);
  const out: Pick<Masthead, "number" | "year" | "totalNumber"> = {};
  if (m.number !== undefined) out.number = m.number;
  if (m.year !== undefined) out.year = m.year;
  // `2022年度某市政务服务简报第7期`: the year opening the name counts the issue its number closes.
  const led =
    m.number !== undefined && m.year === undefined ? YEAR_LED_NAME.exec(title.trim()) : null;
  if (led !== null) out.year = Number(led[1]);
  if (m.totalNumber !== undefined) out.totalNumber = m.totalNumber;
  return out;
}

/**
 * `20期`, `2023年5期`, `（十二期）`, `8期  2020年3月9日`: a masthead's issue line whose `第` an
 * extraction lost, a number (its year perhaps before it) and `期` opening the line, nothing but a
 * date after it: the line with its `第` (`共20期`, `培训20期` are no issue).
 */
const NUMBER_WITHOUT_DI = new RegExp(
  `^(\\s*[（(【[]?\\s*(?:\\d{4}年[·・]?)?)(?=${ISSUE_NUMERAL}期)`,
);

function withDi(text: string): string {
  if (!text.includes("期") || text.includes("第")) return text;
  const m = NUMBER_WITHOUT_DI.exec(text);
  if (m === null) return text;
  const rest = text
    .slice(text.indexOf("期") + 1)
    .replace(/^[）)】\]]/, "")
    .trim();
  return rest === "" || readFullDate(rest) !== undefined
    ? `${m[1]}第${text.slice((m[1] as string).length)}`
    : text;
}

/** The kinds of file a page attaches (documents and spreadsheets), as a regex's alternation. */
const FILE_KINDS = "docx?|wps|pdf|xlsx?|ofd";
/** A file's kind closing its name. */
const DOCUMENT_FILE = new RegExp(`\\.(?:${FILE_KINDS})$`, "i");
/**
 * An attachment's line: an `附件：` label or the day it was put up (`10.16`) perhaps, then the file's
 * name and its kind.
 */
const ATTACHED_FILE = new RegExp(
  `^(?:附件\\d?\\s*[：:]\\s*)?(?:\\d{1,2}[./-]\\d{1,2}\\s*)?(.{4,100}?)\\.(?:${FILE_KINDS})$`,
  "i",
);
/**
 * A file's kind closing a headline, the spaces before it included, perhaps with a document site's
 * badge for a paid file after it (`.docxVIP`, `.doc VIP`).
 */
const HEADLINE_FILE = new RegExp(`\\s*\\.(?:${FILE_KINDS})(?:\\s?VIP)?$`, "i");
/**
 * `2022年度某市…统计公报.docx`, `2025年某县…工作总结.docxVIP`: where a headline that is a shared file's
 * name ends before the file's kind (a document-sharing site's copy opens with it), the name four Han
 * characters or more; else undefined.
 */
export function fileKindAt(title: string): number | undefined {
  const m = HEADLINE_FILE.exec(title);
  if (m === null) return undefined;
  const name = title.slice(0, m.index);
  return (name.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 4 ? m.index : undefined;
}

/** Most characters the page's title may add after the name of the file it attaches (its kind: `通报`). */
const TITLE_KIND_REACH = 6;

/**
 * `10.16  第 八 期 2019年县政府工作报告三季度完成情况.docx` under a page titled `2019年县政府工作报告三季度完成
 * 情况通报`, `附件：某县政务督查通报第3期.pdf` under `某县政务督查通报`: the issue's number a file attached
 * to the page names, where the rest of the file's name is the page's title (its kind perhaps left
 * off); undefined when no such line is found.
 */
export function attachmentIssueNumber(
  lines: readonly TextLine[],
  title: string | undefined,
): number | undefined {
  if (title === undefined) return undefined;
  const name = title.replace(/\s+/g, "");
  for (const line of lines) {
    const text = line.text.trim();
    if (text.length > 120 || !text.includes("期") || !DOCUMENT_FILE.test(text)) continue;
    const stem = ATTACHED_FILE.exec(text)?.[1]?.replace(/\s+/g, "");
    const issue = stem === undefined ? null : /第[\d〇零一二三四五六七八九十百]{1,6}期/.exec(stem);
    if (stem === undefined || issue === null) continue;
    const rest = stem.slice(0, issue.index) + stem.slice(issue.index + issue[0].length);
    if (rest.length < 4 || !name.startsWith(rest) || name.length - rest.length > TITLE_KIND_REACH)
      continue;
    const parsed = safeParseIssueNumber(issue[0]);
    if (parsed.success && parsed.data.number !== undefined) return parsed.data.number;
  }
  return undefined;
}

/**
 * `〔2020〕`, `[2020]`, `［2020］` closing the text before a masthead's `第9期`: the issue's year in the
 * brackets a 发文字号 prints it in (`〔2020〕第9期`); not a year in round brackets (`《某年鉴（2023）》`
 * names a book's edition) nor a number that is no year (`〔12〕`).
 */
const BRACKETED_YEAR_BEFORE = /^[〔[［]((?:19|20)\d{2})[〕\]］]$/;

/** `總`: the traditional form of `总` opening a running total (`（總第131期）`). */
const TOTAL_TRADITIONAL = /^總/;

function readIssueNumbers(input: string, m: Masthead): string {
  let text = input;
  for (let guard = 0; guard < 4; guard++) {
    let found = false;
    for (let e = text.indexOf("期"); e >= 0; e = text.indexOf("期", e + 1)) {
      let s = e;
      while (s > 0 && NUMERAL(text.charAt(s - 1)) && e - s < 8) s--;
      if (s === e || text.charAt(s - 1) !== "第") continue;
      s--;
      if (oneOf("总總", text.charAt(s - 1))) s--;
      else if (text.startsWith("增刊", s - 2)) s -= 2;
      // A year may stand before the number, and before 增刊 too (`2025年增刊第1期`), a middle
      // dot perhaps between (`2022年·第9期`).
      const dot = oneOf("·・", text.charAt(s - 1)) && text.charAt(s - 2) === "年" ? 1 : 0;
      // `總第131期`: a traditional copy's running total, read as its simplified form.
      let issue = text.slice(s, e + 1).replace(TOTAL_TRADITIONAL, "总");
      // `〔2020〕第9期`, `[2020]第9期`: the year in a 发文字号's brackets before the number.
      const bracketYear =
        text.charAt(s) === "第" && oneOf("〕]］", text.charAt(s - 1))
          ? BRACKETED_YEAR_BEFORE.exec(text.slice(Math.max(0, s - 6), s))
          : null;
      if (bracketYear !== null) {
        issue = `${bracketYear[1]}年${issue}`;
        s -= 6;
      } else if (text.charAt(s - 1 - dot) === "年" && !oneOf("总總", text.charAt(s))) {
        let y = s - 1 - dot;
        while (y > 0 && NUMERAL(text.charAt(y - 1)) && s - dot - y < 6) y--;
        if (s - 1 - dot - y === 4) {
          issue = text.slice(y, s - dot) + issue;
          s = y;
        }
      }
      const parsed = safeParseIssueNumber(issue);
      if (!parsed.success) continue;
      const p = parsed.data;
      if (p.number !== undefined && p.number <= 100_000 && m.number === undefined)
        m.number = p.number;
      if (p.totalNumber !== undefined && p.totalNumber <= 1_000_000) m.totalNumber = p.totalNumber;
      if (p.year !== undefined && p.year >= YEAR_RANGE.min) m.year = p.year;
      if (p.supplement) m.supplement = true;
      text = cut(text, s, e + 1);
      found = true;
      break;
    }
    if (!found) break;
  }
  return text;
}

function readWeek(text: string, m: Masthead): string {
  const w = text.indexOf("周");
  if (w < 0 || text.lastIndexOf("第", w) < 0) return text;
  const s = text.lastIndexOf("第", w);
  if (w - s > 4) return text;
  const open = text.indexOf("（", w);
  const close = open < 0 ? -1 : text.indexOf("）", open);
  if (open !== w + 1 || close < 0 || close - open > 30) return text;
  m.periodText = text.slice(open + 1, close);
  return `${text.slice(0, s)} ${text.slice(close + 1)}`;
}

/**
 * `2024年第46期（11月11日-11月17日）`, `2024年第46期 11月11日-11月17日`: the span of days (in brackets
 * or not) that a weekly prints after its issue number, all that is left of the line once the number
 * is read: read once the year is known, like a week's. A single date in brackets is the date of publication ({@link readDateAtEnd}).
 */
function readDaysAfterNumber(text: string, m: Masthead): string {
  if (m.periodText !== undefined) return text;
  const b = /^\s*(?:[（(]([^（）()]{5,30})[）)]|([^（）()]{5,30}))\s*$/.exec(text);
  const inner = b?.[1] ?? b?.[2];
  if (inner === undefined || !DAYS_ONLY.test(inner) || !/日\s*[-—–~～至到]/.test(inner))
    return text;
  m.periodText = inner;
  return "";
}

/** Days and nothing else: digits, 年月日号, spaces and the marks of a range. */
const DAYS_ONLY = /^[\d年月日号\s\-—–~～至到]+$/;

/**
 * `（某办发〔2011〕3号 2011年1月25日）`, `(某政发[2020]12号 2020-03-05)`: a document's 发文字号 (an
 * issuer's short name, the year in brackets, the number, 号) and its date in words or figures, apart
 * by a space or a comma, in one pair of round brackets alone on the line; group 1 the number, 2 the
 * date. Near-misses: the number alone in brackets (`（某办发〔2011〕3号）`, dating nothing), a number
 * and words (`（某办发〔2011〕3号 附件）`), the date before the number.
 */
const NUMBERED_DATE =
  /^\s*[（(]\s*([\u4e00-\u9fff]{1,16}[〔［[]\d{4}[〕］\]]\s*第?\d{1,5}\s*[号號])[\s,，、]*(\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2}))\s*[）)]$/;

/**
 * `2026-01-28,`: a date in a site's digits alone on its line, closed by the ASCII comma an aggregator's
 * template left after it; the comma is no part of the line's date (a full-width one opens a lede's
 * clause, read before the masthead is). A date that opens a clause (`2026-01-28,全省…`) is none.
 */
const COMMA_CLOSED_DATE = /^\s*\d{4}([-/.])\d{1,2}\1\d{1,2}\s*[,，]\s*$/;

/** A bar (`|`, `｜`) and the spaces about it closing what stands before a line's date. */
const BAR_BEFORE_DATE = /\s*[|｜]\s*$/;

function readDateAtEnd(printed: string, m: Masthead): string {
  const text = COMMA_CLOSED_DATE.test(printed) ? printed.replace(/\s*[,，]\s*$/, "") : printed;
  // `2021-09-06 16:17`, `2023年10月08日 09时12分`: a page's date line gives the time too.
  // `2023年5月6日 星期六`: the day of the week after a page's date is no part of the text.
  // `2019-02-13 15:35:15|`: the bar a page printed between its date and its source field (the source
  // on the next line) is no part of it either. `2011-08-31 (16:01)`: a clock in brackets is the page's
  // too (a bracket opened and not closed, `2011-08-31 (16:01`, is left).
  const t = text
    .trimEnd()
    .replace(
      /([\d日])\s*(?:(?:星期|礼拜|禮拜|周)[一二三四五六日天])?\s*(?:\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?)|[（(]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[）)])?(?:(?<=[\d日)）])\s*[|｜])?$/,
      "$1",
    );
  // `（某办发〔2011〕3号 2011年1月25日）`: a document's number and its date in one pair of brackets under
  // its title, as a law database's copy prints them: the date, and the number left (a 发文字号).
  const numbered = t.includes("号") || t.includes("號") ? NUMBERED_DATE.exec(t) : null;
  if (numbered) {
    const date = readFullDate(numbered[2] as string);
    if (date !== undefined) {
      if (m.publishedOn === undefined) m.publishedOn = date;
      return numbered[1] as string;
    }
  }
  // `（2016年10月19日）`, `[2023-05-06]`, `【2023-05-06】`, `（25.01.2016）` on a line of its own under
  // a release's title: its date.
  const bracketed = /^\s*[（(【[]\s*([^（）()【】[\]]{8,20}?)\s*[）)】\]]$/.exec(t);
  if (bracketed) {
    const inner = bracketed[1] as string;
    const date = readFullDate(inner) ?? readYearLastDate(inner);
    if (date !== undefined) {
      if (m.publishedOn === undefined) m.publishedOn = date;
      return "";
    }
  }
  // `25.01.2016  09:52`: a page's date line printed with the year last.
  const yearLast = /^\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}$/.test(t) ? readYearLastDate(t) : undefined;
  if (yearLast !== undefined) {
    if (m.publishedOn === undefined) m.publishedOn = yearLast;
    return "";
  }
  let s = t.length;
  while (
    s > 0 &&
    t.length - s < 20 &&
    (NUMERAL(t.charAt(s - 1)) || `年月日号-/.${ZERO_LOOKALIKES}`.includes(t.charAt(s - 1)))
  )
    s--;
  // The shortest tail that is a whole date: `…中心2025年11月10日` may start inside a number.
  for (let from = s; from < t.length - 5; from++) {
    const date = readFullDate(t.slice(from));
    if (date !== undefined) {
      if (m.publishedOn === undefined) m.publishedOn = date;
      // `某省气象局 | 2015-04-15`: the bar a page printed between an office's name and its date is no
      // part of the name; it parts them as a space does (`某省气象局 2015-04-15`). (Not before a
      // page's path, `首页 | 新闻中心 | 2015-04-15`: no office's name.)
      const before = t.slice(0, from);
      const name = before.replace(BAR_BEFORE_DATE, "");
      return name !== before && !/[|｜]/.test(name) && isOrg(name.trim()) ? name : before;
    }
  }
  return text;
}

/** Reads the week span once the year is known. */
export function readPeriodText(
  text: string,
  referenceYear: number | undefined,
): DateSpan | undefined {
  const parsed = safeParseDateSpan(text, referenceYear === undefined ? {} : { referenceYear });
  return parsed.success ? parsed.data : undefined;
}
