import { endsFullSentence } from "./chars";
import { joinedIssuer } from "./joined-issuer";
import { isDateLine, isGarbledDateLine, isTailLine } from "./line-kinds";
import { readFullDate, readLeadingDate } from "./read-date";
import { isOrg } from "./read-masthead";
import { appendLine, type TextLine } from "./text-line";

/** The 落款 at the end of a text: who issued it and when. */
export interface Signature {
  /** Absent where the seal stood for the name (a date alone under the 附件说明). */
  publisher?: TextLine;
  /** Absent where a copy garbled the date (`201624日`) or printed its month only (`2023年7月`): the issuer is read, no date guessed. */
  publishedOn?: string;
  date: TextLine;
  /** The lines the issuer's name is printed on when it is broken over two (`publisher` joins them). */
  issuerLines?: TextLine[];
}

/** Longest issuer line of a 落款. */
const MAX_ISSUER = 40;
/** How many lines of the 版记 (报：, 共印…) may follow the 落款. */
const MAX_TAIL = 8;

/**
 * The 落款 (GB/T 9704: the issuer's name over the date of writing) closing a text: an
 * organisation's name on a line of its own (`市“效能提升工程”领导小组办公室`), then a whole date
 * on the next (`2011年4月22日`), both after the last paragraph and before any 版记 lines.
 */
export function readSignature(
  lines: readonly TextLine[],
  pageFootUnder: (line: TextLine) => boolean = () => false,
): Signature | undefined {
  return (
    closingSignature(lines) ??
    attachmentSignature(lines) ??
    signatureOverAttachment(lines) ??
    closingDate(lines, pageFootUnder) ??
    signatureOverMore(lines)
  );
}

/**
 * `…完成任务。` / `某区人民政府办公室` / `2019年2月15日` / `附件1` / a table: a 落款 with more printed
 * under it than the 版记 (an attachment and its table, the 附件说明 printed after it, the next
 * article of the page the text was copied from), where no closing 落款 was found: the first
 * issuer's name over a whole date after a sentence closed above it. A date the table under it took
 * as its caption is the table's line, not a 落款's (taking it would take the table out of the body).
 */
function signatureOverMore(lines: readonly TextLine[]): Signature | undefined {
  let closed = false;
  for (let k = 1; k + 1 < lines.length; k++) {
    const over = lines[k - 1] as TextLine;
    closed ||= !over.table && endsFullSentence(over.text);
    const line = lines[k] as TextLine;
    const date = lines[k + 1] as TextLine;
    if (!closed || line.table || date.table || !isDateLine(date.text)) continue;
    if (!moreUnder(lines, k + 2)) continue;
    // `第七名：某县 91.2分` / `某市城市管理委员会办公室` joined as one line: the name is the last piece.
    const printed = isIssuer(line.text) ? line : joinedIssuer(line, isIssuer);
    const publishedOn = readFullDate(date.text);
    if (printed !== undefined && publishedOn !== undefined)
      return { publisher: printed, publishedOn, date };
  }
  return undefined;
}

/** How many lines under a 落款's date {@link moreUnder} reads. */
const MAX_MORE_READ = 3;
/** `附表：…汇总表`, `附件1：…`: an attachment's heading with its title on the line. */
const TITLED_ATTACHMENT = /^附[件表]\s*\d{0,2}\s*[：:]/;

/**
 * Whether the lines from `from` on are more printed under a 落款 than the body going on: up to
 * {@link MAX_MORE_READ} lines before a table's, none closes a sentence (a cover notice's document
 * under its date, `…总结` / `…床位8650张。`, is a body going on, not the 落款's), and none opens
 * with `附件`/`附表` without being an attachment's heading or 附件说明 (`附表所列数据为初步统计`
 * is a sentence about the attachment). Headlines, a 附件说明, a table, a 责任编辑 line pass.
 */
function moreUnder(lines: readonly TextLine[], from: number): boolean {
  let read = 0;
  for (let k = from; k < lines.length && read < MAX_MORE_READ; k++) {
    const line = lines[k] as TextLine;
    if (line.table) break;
    const text = line.text.trim();
    if (text === "") continue;
    read++;
    if (endsFullSentence(text)) return false;
    if (text.charCodeAt(0) === 0x9644 /* 附 */ && /^附[件表]/.test(text)) {
      if (!ATTACHMENT_HEADING.test(text) && !TITLED_ATTACHMENT.test(text)) return false;
    }
  }
  return true;
}

/**
 * `附表`, `附件`, `附件1`, `附表2：`: the heading an attachment printed after the 落款 opens with, alone on
 * its line (GB/T 9704 prints the attachment after the 落款); not `附件：1.…统计表` (the 附件说明 over
 * the 落款, {@link ATTACHMENT_NOTE}) nor a line that goes on (`附表所列数据为初步统计`).
 */
const ATTACHMENT_HEADING = /^附[件表]\s*\d{0,2}\s*[：:]?$/;

/**
 * `某局` / `2017年9月1日` / `附表` / `…汇总表` / a table: the 落款 over the first attachment the text
 * carries, its issuer's name over its date, both right over the attachment's heading
 * ({@link ATTACHMENT_HEADING}), the line over the name closing a sentence. The first heading so
 * placed is taken (a second attachment's heading has its first attachment over it).
 */
function signatureOverAttachment(lines: readonly TextLine[]): Signature | undefined {
  for (let k = 3; k < lines.length; k++) {
    const text = (lines[k] as TextLine).text;
    if (text.charCodeAt(0) !== 0x9644 /* 附 */ || !ATTACHMENT_HEADING.test(text)) continue;
    const date = lines[k - 1] as TextLine;
    const printed = lines[k - 2] as TextLine;
    const over = lines[k - 3] as TextLine;
    if (
      printed.table ||
      !isIssuer(printed.text) ||
      !endsFullSentence(over.text) ||
      !isDateLine(date.text)
    )
      continue;
    const publishedOn = readFullDate(date.text);
    if (publishedOn !== undefined) return { publisher: printed, publishedOn, date };
  }
  return undefined;
}

/**
 * `…雨水井盖（6件）。` / `2017年1月3日` / `来源：某某日报`: a news page's date alone closing its text,
 * right under the last paragraph (a sentence closed over it), no issuer's name over it, the page's
 * foot (`pageFootUnder`: a 来源 or 责任编辑 line the page printed under it) after it: the date the
 * report was written. Without the page's foot under it, a date under a sentence is no 落款, unless
 * the text is a day's report that opens on that day (`9月27日，我市接到…` / … / `2022年9月27日`).
 */
function closingDate(
  lines: readonly TextLine[],
  pageFootUnder: (line: TextLine) => boolean,
): Signature | undefined {
  const k = aboveTail(lines);
  const date = lines[k];
  const before = lines[k - 1];
  if (date === undefined || before === undefined || before.table) return undefined;
  if (!endsFullSentence(before.text) || !isDateLine(date.text)) return undefined;
  const publishedOn = readFullDate(date.text);
  if (publishedOn === undefined) return undefined;
  return pageFootUnder(date) || opensOnDay(lines[0]?.text ?? "", publishedOn)
    ? { publishedOn, date }
    : undefined;
}

/**
 * Whether `text` opens on the day `date` (YYYY-MM-DD) states: `9月27日，`, `2022年9月27日，`
 * ({@link readLeadingDate}, the year `date`'s where the text gives none).
 */
function opensOnDay(text: string, date: string): boolean {
  const read = readLeadingDate(text, Number(date.slice(0, 4)));
  return read.kind === "date" && read.value.kind === "day" && read.value.date === date;
}

/** `附件：…统计表`, `附件：1.…`: the 附件说明 under the text, naming what is attached (no sentence). */
const ATTACHMENT_NOTE = /^附件\d?[：:][^。；！？]+$/;
/** `2. 不合格项目说明.docx`, `3．某某名单`: a 附件说明's further file, numbered on a line of its own (no sentence). */
const NOTED_FILE = /^\d{1,2}\s*[.．、]\s*[^。；！？：:]{2,60}$/;
/** Most lines a 附件说明 takes. */
const MAX_NOTED_FILES = 9;

/**
 * `附件：12345热线办理情况统计表` / `2022年5月18日` / `附件` / the attachment: the 落款 under the
 * 附件说明 (GB/T 9704 prints it there, the attachment after it; its further files numbered on lines
 * of their own, `附件：1.…` / `2.…`, {@link NOTED_FILE}), its issuer's name on the line over the
 * date or none (the seal stood for it). The last such note is taken.
 */
function attachmentSignature(lines: readonly TextLine[]): Signature | undefined {
  for (let k = lines.length - 2; k >= 0; k--) {
    if (!ATTACHMENT_NOTE.test((lines[k] as TextLine).text)) continue;
    // `附件：1.…` / `2.…`: the note's further files, numbered on lines of their own.
    let end = k + 1;
    while (end < k + MAX_NOTED_FILES && NOTED_FILE.test(lines[end]?.text ?? "")) end++;
    if (end >= lines.length) return undefined;
    const first = lines[end] as TextLine;
    const second = lines[end + 1];
    if (isDateLine(first.text)) {
      const publishedOn = readFullDate(first.text);
      // `附件：…情况表` / `某县人民政府督查室` joined as one line: the issuer's name is the last piece.
      const joined = joinedIssuer(lines[end - 1] as TextLine, isIssuer);
      if (publishedOn === undefined) return undefined;
      return joined === undefined
        ? { publishedOn, date: first }
        : { publisher: joined, publishedOn, date: first };
    }
    if (second === undefined || !isDateLine(second.text) || !isIssuer(first.text)) return undefined;
    const publishedOn = readFullDate(second.text);
    return publishedOn === undefined ? undefined : { publisher: first, publishedOn, date: second };
  }
  return undefined;
}

/**
 * A line that may follow the 落款: the 版记's (`抄送：…`, `共印20份`) and the 附注 in brackets
 * (GB/T 9704: `（此件公开发布）`, `（联系人：张三，电话：…）`).
 */
const isAfterSignature = (text: string): boolean =>
  isTailLine(text) || /^[（(][^（）()]{2,60}[）)]$/.test(text);

/** The index of the last line over the 版记 and 附注 lines that close the text (at most `MAX_TAIL`). */
function aboveTail(lines: readonly TextLine[]): number {
  let k = lines.length - 1;
  for (
    let tail = 0;
    k >= 0 && tail < MAX_TAIL && isAfterSignature((lines[k] as TextLine).text);
    tail++
  )
    k--;
  return k;
}

/** An issuer's name on a line of its own: an organisation's, no sentence. */
const isIssuer = (name: string): boolean =>
  name.length <= MAX_ISSUER && !/[。；，：！？]/.test(name) && isOrg(name);

/** `2023年7月`, `二〇二三年七月`: a 落款's date of a month, no day. */
const MONTH_OF_SIGNATURE =
  /^(?:\d{4}|[〇零一二三四五六七八九○OＯ]{4})年(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月$/;

/**
 * `2018.12.11`, `2018.6.15`: a 落款's date typed with full stops between its year, month and day, as
 * an office's informal notice prints it under the issuer's name; read only under an issuer's name
 * (a dotted date alone is a version's or a caption's as often).
 */
const DOTTED_DATE = /^(?:19|20)\d{2}[.．](?:0?[1-9]|1[0-2])[.．](?:0?[1-9]|[12]\d|3[01])$/;

/**
 * `bet57365`, `yabo2288`: a betting site's token (Latin letters run into three digits or more) a
 * hijacked page writes into the names it prints; no body's name holds one.
 */
const HIJACKED_TOKEN = /[A-Za-z]{2,}\d{3,}/;

/** `20223228` (`2022年3月22日8时`): a 落款's date whose 年, 月 and 日 a copy lost, a year first. */
const DIGITS_OF_DATE = /^(?:19|20)\d{5,7}$/;

/** A name that opens with its place (`某县…`, `某市…`): how a body's full name starts. */
const OPENS_WITH_PLACE = /^[\u4e00-\u9fff]{1,7}?[省市县区州盟旗镇乡縣區鎮鄉]/;
/** Longest first line of an issuer's name broken over two lines. */
const MAX_ISSUER_HEAD = 20;

/**
 * `某县新型冠状病毒肺炎` / `疫情防控工作领导小组办公室`: an issuer's name a 落款 broke over two lines, the
 * first opening with its place and naming no body, the second no place, the line over them closing
 * a sentence: the joined name (its lines kept), else undefined.
 */
function brokenIssuer(
  lines: readonly TextLine[],
  k: number,
): { name: TextLine; lines: TextLine[] } | undefined {
  const head = lines[k - 1];
  const tail = lines[k] as TextLine;
  const over = lines[k - 2];
  if (head === undefined || over === undefined || head.table) return undefined;
  const first = head.text;
  if (
    first.length > MAX_ISSUER_HEAD ||
    !/^[\u4e00-\u9fff]+$/.test(first) ||
    !OPENS_WITH_PLACE.test(first) ||
    OPENS_WITH_PLACE.test(tail.text) ||
    isOrg(first) ||
    !endsFullSentence(over.text)
  )
    return undefined;
  const name = appendLine({ text: first, spans: [...head.spans] }, "", tail);
  return isIssuer(name.text) ? { name, lines: [head, tail] } : undefined;
}

function closingSignature(lines: readonly TextLine[]): Signature | undefined {
  const k = aboveTail(lines);
  const date = lines[k];
  const over = lines[k - 1];
  // `第二名：某某乡 94.2分` / `某县城市管理局办公室` joined as one line: the issuer's name is the last piece.
  const printed =
    over === undefined || isIssuer(over.text) || over.table ? over : joinedIssuer(over, isIssuer);
  if (date === undefined || printed === undefined || !isIssuer(printed.text)) return undefined;
  const broken = printed === over ? brokenIssuer(lines, k - 1) : undefined;
  const issuer = broken?.name ?? printed;
  const issuerLines = broken === undefined ? {} : { issuerLines: broken.lines };
  // `201624日`: a date whose 年 and 月 a copy lost, under the issuer: the issuer is read, the date
  // not (2016-02-04 or 2016-02-4x?).
  // `20223228`: the same with 日 lost too, a year opening seven to nine digits.
  // `2023年7月`: a 落款 dated by its month only: the issuer is read, no day made of the month.
  if (
    isGarbledDateLine(date.text) ||
    DIGITS_OF_DATE.test(date.text) ||
    MONTH_OF_SIGNATURE.test(date.text)
  )
    return { publisher: issuer, date, ...issuerLines };
  if (!isDateLine(date.text) && !DOTTED_DATE.test(date.text)) return undefined;
  const publishedOn = readFullDate(date.text);
  if (publishedOn === undefined) return undefined;
  // `bet57365某某中心`: a name a hijacked page's token spoiled dates the text, names no issuer.
  if (HIJACKED_TOKEN.test(issuer.text)) return { publishedOn, date };
  return { publisher: issuer, publishedOn, date, ...issuerLines };
}
