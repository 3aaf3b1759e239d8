import { safeParseSectionMarker } from "@bulletin/format";
import { isDigitCode, isHanCode, oneOfCode } from "./chars";
import { enclosedNumeralGoesOn } from "./enclosed-numerals";
import {
  bracketRunInTitle,
  headingAtLineEnd,
  isBareHeading,
  itemMarkerLength,
  ORG_END,
  sectionMarkerLength,
  sectionMarkerText,
} from "./line-kinds";
import { firstPageCounterLength } from "./page-counter-opening";
import { isCreditAlone, newsDateline, opensParagraph } from "./page-foot";
import { firstSectionGoesOn, opensHeadingWord } from "./run-in-sequence";
import { spacedBareHeadCuts } from "./spaced-bare-heads";
import type { TextLine } from "./text-line";
import { simplified } from "./web-page";

/**
 * Headings that a copy ran into the text around them, put back on lines of their own:
 *
 * - A flattened document (a document-sharing site prints it as one line, its paragraph breaks
 *   turned into spaces): a heading marker (`一、`, `（一）`, `1、`) right after a sentence's end
 *   and a space starts a line (`…23期。 （一）紧扣主题，…`), when the text has two or more such
 *   places (a page may have broken the flattened text into lines again, a line break being no
 *   space); a `一、`/`（一）` heading there ends at the next space (`（一）紧扣主题，突出重点 1、…`).
 * - `…牌匾5块。（二）三项服务成效显著。`: an item marker right after a `。` starts a line when it is
 *   the next in its sequence (the last item marker at a line's start was `（一）`); so do a
 *   section marker that is the next section's and a `2、` after a line that opened with `1、`.
 * - A heading that ends at a space may be followed by the next heading (`一、总体要求 （一）指导
 *   思想 全面贯彻…`).
 * - The title printed twice at the head of a flattened document (`X X 正文…`): the first line is
 *   X and the copy of it is dropped (returned in `duplicates`).
 *
 * Linear: each line is read once, the places where the repair dropped a space (the line's runs)
 * and its `。` marks once each.
 */
export function splitRunTogether(lines: readonly TextLine[]): {
  lines: TextLine[];
  duplicates: TextLine[];
  /** A yearbook entry's title the first line opened with (see {@link entryTitle}): the title. */
  entry?: TextLine;
  /** That entry's category path over its title: furniture. */
  path?: TextLine;
} {
  const out: TextLine[] = [];
  const duplicates: TextLine[] = [];
  let entry: ReturnType<typeof entryTitle>;
  const next: Expected = { item: 1, section: 1, numbered: 1 };
  /** Follows the markers of a line that starts with one (after any split). */
  const numberOf = markerIndexes();
  const follow = (text: string): void => advance(next, text, numberOf);
  // A flattened document: markers after a sentence's end and a space, two or more of them in
  // the text (its lines, when a page broke the flattened text again, hold fewer each).
  let markers = 0;
  for (let i = 0; i < lines.length && markers < 2; i++) {
    const line = lines[i] as TextLine;
    if (!line.table) markers += spacedMarkers(line, 2 - markers);
  }
  const flat =
    markers >= 2 ||
    runInSectionGoesOn(lines, numberOf) ||
    lines.some(spacedHeadOverItem) ||
    lines.some((line) => firstSpacedSection(line, numberOf) > 0);
  // `政法 军事 司法行政` / `【人民调解工作】` / `2003年，…`: an entry printed over lines.
  const over = entryOverLines(lines);
  if (over !== undefined) entry = { path: over.path, title: over.title, rest: over.title };
  lines.forEach((line, index) => {
    if (line.table) {
      out.push(line);
      return;
    }
    if (over !== undefined && line === over.path) return;
    let rest = line;
    if (index === 0 && over === undefined) {
      // `第1页共5页某县…工作总结报告一、…`: a site's counter of the first page, run into the title.
      const counter = firstPageCounterLength(line.text);
      const opening = counter > 0 ? sliceLine(line, counter, line.text.length) : line;
      rest = opening;
      const twice = titlePrintedTwice(opening);
      entry = twice === undefined ? entryTitle(opening) : undefined;
      if (twice) {
        out.push(twice.title);
        duplicates.push(twice.copy);
        rest = twice.rest;
      } else if (entry) {
        out.push(entry.title);
        rest = entry.rest;
      } else {
        // `國慶長假…兩千余萬人次 10月7日,記者從…`: a headline run into its first paragraph.
        const delivered = titleBeforeDelivery(opening);
        const led =
          headlineBeforeLede(opening) ??
          summaryTitleBeforeLede(opening) ??
          titleBeforeIssuer(opening);
        if (delivered) {
          out.push(delivered.title, delivered.delivery);
          rest = delivered.rest;
        } else if (led) {
          out.push(led.title);
          rest = led.rest;
        } else {
          const dated = headlineBeforeDate(opening);
          if (dated) {
            out.push(dated.title, dated.date);
            rest = dated.rest;
          }
        }
      }
    }
    const bullets = summaryBullets(rest);
    if (bullets !== undefined) {
      for (const piece of bullets) {
        out.push(piece);
        follow(piece.text);
      }
      return;
    }
    const cuts = cutsOf(rest, next, numberOf, flat, index === 0);
    if (cuts.length === 0) {
      out.push(rest);
      follow(rest.text);
      return;
    }
    const pieces = slicesOf(rest, cuts);
    pieces.forEach((piece, k) => {
      if (k < pieces.length - 1 && piece.text.trim() === "") return;
      out.push(piece);
      follow(piece.text);
    });
  });
  return entry === undefined
    ? { lines: out, duplicates }
    : { lines: out, duplicates, entry: entry.title, path: entry.path };
}

/** ` - `: a bullet's mark inside a flattened line. */
const BULLET_MARK = / - /g;
/** `[1]`, ` [12]`: a reference's mark closing a bullet. */
const REFERENCE_MARK = /\s?\[\d{1,2}\]/g;
/** Longest head of a bulleted summary (`货运量表现`, `行业总体发展态势`). */
const MAX_SUMMARY_HEAD = 20;
/** Fewest bullets (and reference marks) that make a line a flattened bulleted summary. */
const MIN_SUMMARY_BULLETS = 3;
/** A head: Han words, no mark of a clause or a sentence, no digit. */
const SUMMARY_HEAD = /^[\u4e00-\u9fff][\u4e00-\u9fff、与和及]{1,19}$/;

/**
 * `行业总体发展态势 - …增长 [1] - …保障 [1] 货运量表现 - …`: a summary flattened onto one line, each
 * unnumbered head followed by its bullets (` - ` before each, a reference mark `[1]` after each): the
 * heads and the bullets on lines of their own, without the bullets' marks. Undefined for a line of
 * fewer than {@link MIN_SUMMARY_BULLETS} bullets and reference marks, or one whose first part is no
 * head.
 */
function summaryBullets(line: TextLine): TextLine[] | undefined {
  const text = line.text;
  if (text.length < 60 || !text.includes(" - ") || !text.includes("[")) return undefined;
  const marks = [...text.matchAll(BULLET_MARK)].map((m) => m.index);
  if (marks.length < MIN_SUMMARY_BULLETS) return undefined;
  if ([...text.matchAll(REFERENCE_MARK)].length < MIN_SUMMARY_BULLETS) return undefined;
  const first = marks[0] as number;
  if (!SUMMARY_HEAD.test(text.slice(0, first))) return undefined;
  const out: TextLine[] = [sliceLine(line, 0, first)];
  marks.forEach((at, k) => {
    const from = at + 3;
    const to = marks[k + 1] ?? text.length;
    const part = text.slice(from, to);
    // `…保障 [1] 货运量表现`: the next head after the bullet's last reference mark.
    const last = [...part.matchAll(REFERENCE_MARK)].pop();
    const headAt = last === undefined ? -1 : (last.index as number) + last[0].length;
    const head = headAt < 0 ? "" : part.slice(headAt).trim();
    if (
      k + 1 < marks.length &&
      head !== "" &&
      head.length <= MAX_SUMMARY_HEAD &&
      SUMMARY_HEAD.test(head)
    ) {
      out.push(sliceLine(line, from, from + headAt));
      const start = from + part.indexOf(head, headAt);
      out.push(sliceLine(line, start, start + head.length));
    } else out.push(sliceLine(line, from, to));
  });
  return out;
}

/** A marker's number (`（二）` → 2), or 0. */
function markerIndex(marker: string): number {
  const parsed = safeParseSectionMarker(sectionMarkerText(marker));
  return parsed.success ? parsed.data.index : 0;
}

/** {@link markerIndex}, each marker read once for one text (a text repeats a few markers). */
function markerIndexes(): (marker: string) => number {
  const known = new Map<string, number>();
  return (marker) => {
    let n = known.get(marker);
    if (n === undefined) {
      n = markerIndex(marker);
      known.set(marker, n);
    }
    return n;
  };
}

const NO_GAPS: number[] = [];

/**
 * Where the repair dropped a space between two units of the line: where it dropped input, but
 * not where it joined a line break (a page's line end is no space its writer put) or dropped a
 * converter's reading.
 */
function gapsOf(line: TextLine): number[] {
  if (line.spans.length <= 2) return NO_GAPS;
  const breaks = line.breaks ?? NO_GAPS;
  const unspaced = line.unspaced ?? NO_GAPS;
  const out: number[] = [];
  // All three ascending: one walk over them (an `includes` for each run grew with the square of
  // a line's runs, as in a forum's line of many dropped tags).
  let b = 0;
  let u = 0;
  for (let r = 2; r < line.spans.length; r += 2) {
    const k = line.spans[r] as number;
    while (b < breaks.length && (breaks[b] as number) < k) b++;
    while (u < unspaced.length && (unspaced[u] as number) < k) u++;
    if (breaks[b] !== k && unspaced[u] !== k) out.push(k);
  }
  return out;
}

const NUMBERED = /^\d{1,2}[、.．](?!\d)/;
/**
 * The first unit of a marker: a numeral, a bracket, a digit or an enclosed number (`①`, `⑴`, `⒈`); read
 * by its code, without the string `charAt` builds for each Han unit.
 */
const isMarkerStart = (n: number): boolean =>
  (n >= 0x30 && n <= 0x39) ||
  (n >= 0x2460 && n <= 0x249b) ||
  oneOfCode("一二三四五六七八九十（(", n);
const SENTENCE_END = "。；：！？";
/** The longest heading a space ends in a flattened document. */
const MAX_SPACED_HEADING = 40;

/** The length of a heading marker at `text[k]` (`一、`, `（一）`, `1、`), or 0. */
function markerAt(text: string, k: number): number {
  const t = text.slice(k, k + 8);
  return sectionMarkerLength(t) || itemMarkerLength(t) || (NUMBERED.exec(t)?.[0].length ?? 0);
}

/** The markers expected next: `（N）` items, `N、` sections, `N.`/`N、` numbered paragraphs. */
interface Expected {
  item: number;
  section: number;
  numbered: number;
}

/** The markers expected after a line that starts with `text`'s marker (in place). */
function advance(next: Expected, text: string, numberOf: (marker: string) => number): void {
  const sm = sectionMarkerLength(text);
  if (sm > 0) {
    const n = numberOf(text.slice(0, sm));
    if (n > 0) next.section = n + 1;
    next.item = 1;
    next.numbered = 1;
    return;
  }
  const im = itemMarkerLength(text);
  if (im > 0) {
    const n = numberOf(text.slice(0, text.charAt(im - 1) === "、" ? im - 1 : im));
    if (n > 0) next.item = n + 1;
    next.numbered = 1;
    return;
  }
  const numbered = NUMBERED.exec(text.slice(0, 4));
  if (numbered) next.numbered = Number.parseInt(numbered[0], 10) + 1;
}

/**
 * `…迈出坚实步伐。 一、综 合 初步核算，…` / … / `二、农业`: a section marker after a sentence's end and a
 * space (a flattened paragraph's run-in heading) whose sequence a later line goes on with, opening
 * with the next section's marker: the text is flattened, though it holds one such marker only.
 */
function runInSectionGoesOn(
  lines: readonly TextLine[],
  numberOf: (marker: string) => number,
): boolean {
  let runIn = 0;
  for (const line of lines) {
    if (line.table) continue;
    if (runIn > 0) {
      const sm = sectionMarkerLength(line.text);
      if (sm > 0 && numberOf(line.text.slice(0, sm)) === runIn + 1) return true;
      continue;
    }
    const text = line.text;
    for (const k of gapsAfterSentence(line)) {
      const sm = sectionMarkerLength(text.slice(k, k + 5));
      const n = sm > 0 ? numberOf(text.slice(k, k + sm)) : 0;
      if (n > 0) {
        runIn = n;
        break;
      }
    }
  }
  return false;
}

/**
 * `一、2023年工作回顾 2023年是…。 （一）坚持…，全力…。 紧盯…`: a line that opens with a section heading a
 * space ends (no sentence mark before it, {@link MAX_SPACED_HEADING} characters at most) and holds an
 * item marker after a sentence's end and a space: a flattened text's first heading, paragraph and
 * item, though it holds one such marker only.
 */
function spacedHeadOverItem(line: TextLine): boolean {
  if (line.table) return false;
  const text = line.text;
  const sm = sectionMarkerLength(text.slice(0, 5));
  if (sm === 0) return false;
  const gaps = gapsOf(line);
  const end = gaps.find((k) => k > sm + 1);
  if (end === undefined || end > MAX_SPACED_HEADING || /[。；！？，,]/.test(text.slice(sm, end)))
    return false;
  return gapsAfterSentence(line).some((k) => k > end && itemMarkerLength(text.slice(k, k + 7)) > 0);
}

/**
 * A flattened document's first section run on after a space: a first section marker `一、` after
 * a space that follows a sentence's end or the masthead (the issue number, or a title ending in a
 * bulletin's kind), its heading ended by the next space ({@link MAX_SPACED_HEADING} characters at
 * most, no digit, no sentence's mark, a clause's `，` inside it but not at its end), words after it.
 * Reads `…情况的通报 第11期 一、全县疫情概况 据全县…`, `疫情简报 （第11期） … 一、…`,
 * `…疫情分析简报 一、疫情概况 （一）总发病情况 …`, `…同比增长7%。 一、真抓实干，经济态势喜人 项目
 * 建设大推进。…`. Not `第11期 二、…` or `…简报 （一）…` (no first section), `…通报一、…` or
 * `…增长7%。一、…` (no space: left to the line's own readers), `…月报 一、加强监测，做好… 。` (no space
 * ends the heading before its sentence's mark), `…工作会议 一、…` (no masthead's end before it),
 * `统一、规范` (no space before it). Also after a document's title ending in its kind (`…调研残疾人工作
 * 的汇报 一、基本情况 县位于…`, `…考核材料 一、总体情况 …`, `…工作总结】 一、…`: {@link DOCUMENT_END}; not
 * `…疫情情况 一、…`, `…工作会议 一、…`). The heading may open with its year (`一、2023年工作回顾 2023年，…`,
 * a template's `一、20xx年各项工作目标任务完成情况 …`: {@link HEADING_YEAR}), no other digit after it; a
 * heading whose quote the space leaves open (`一、紧扣“两大 提升”，…`, a PDF's gap) does not end there.
 * Returns the marker's index (the gap), or -1. One walk over the line's gaps.
 */
const MASTHEAD_END = /(?:第\d{1,4}期[)）]?|[简通快月周]报)$/;
/**
 * A document-sharing site's title before its first section: a report's kind word (`汇报`, `报告`,
 * `材料`, `总结`, either script) at its end, perhaps closed by the site's `】`. Not `情况`, `会议` (a
 * sentence's words: `本市发布疫情情况 一、…`). A summary's title that ends with the plan after it
 * (`…2020年工作总结暨2021年工作打算 一、2020年工作总结 …`, `…及2023年工作计划 一、…`) ends in a plan's
 * kind (`计划`, `打算`) (since 2026-12-08).
 */
const DOCUMENT_END = /(?:汇报|匯報|彙報|报告|報告|材料|总结|總結|计划|計劃|打算)】?$/;
/** `2023年`, `20xx年`: a year opening a section's heading (a template's `xx` for its digits). */
const HEADING_YEAR = /^(?:\d{4}|\d{2}[xX]{2})年/;
function firstSpacedSection(line: TextLine, numberOf: (marker: string) => number): number {
  if (line.table) return -1;
  const text = line.text;
  if (!text.includes("一、")) return -1;
  const gaps = gapsOf(line);
  for (let g = 0; g + 1 < gaps.length; g++) {
    const at = gaps[g] as number;
    if (text.charCodeAt(at) !== 0x4e00 /* 一 */ || text.charCodeAt(at + 1) !== 0x3001 /* 、 */)
      continue;
    if (
      !oneOfCode(SENTENCE_END, text.charCodeAt(at - 1)) &&
      !MASTHEAD_END.test(text.slice(Math.max(0, at - 8), at)) &&
      !DOCUMENT_END.test(text.slice(Math.max(0, at - 4), at))
    )
      continue;
    const sm = sectionMarkerLength(text.slice(at, at + 5));
    if (sm === 0 || numberOf(text.slice(at, at + sm)) !== 1) continue;
    const end = gaps[g + 1] as number;
    const words = text.slice(at + sm, end);
    const heading = words.replace(HEADING_YEAR, "");
    if (
      end - at <= MAX_SPACED_HEADING &&
      heading.length >= 2 &&
      !/[\d。；！？：:]/.test(heading) &&
      !/[，、,]$/.test(heading) &&
      // (`一、紧扣“两大 提升”，…`: a quote left open goes on past the space, a PDF's gap.)
      heading.split("“").length === heading.split("”").length
    )
      return at;
  }
  return -1;
}

/**
 * `…同比增长5.1%。 图2:历年三次产业结构占比 二、农业 全年…`: the number of the section marker at `k` (a
 * gap of a flattened line) when it is the next of the sequence (`section`, past the first), else 0:
 * it opens a part after whatever the space follows (a chart's caption, no sentence's end). Not
 * `二、三产业` (a numeral after its mark: a list).
 */
function nextSectionAt(
  text: string,
  k: number,
  section: number,
  numberOf: (marker: string) => number,
): number {
  if (section < 2 || !isMarkerStart(text.charCodeAt(k))) return 0;
  const sm = sectionMarkerLength(text.slice(k, k + 5));
  if (sm === 0 || !opensHeadingWord(text, k + sm)) return 0;
  const n = numberOf(text.slice(k, k + sm));
  return n === section ? n : 0;
}

/** How many heading markers the line holds after a sentence's end and a space, up to `most`. */
function spacedMarkers(line: TextLine, most: number): number {
  let n = 0;
  for (const k of gapsAfterSentence(line)) {
    if (n >= most) break;
    if (markerAt(line.text, k) > 0) n++;
  }
  return n;
}

/**
 * The gaps of `line` ({@link gapsOf}) right after a sentence's end: where a flattened paragraph's
 * run-in heading may open.
 */
function gapsAfterSentence(line: TextLine): readonly number[] {
  const gaps = gapsOf(line);
  if (gaps.length === 0) return gaps;
  const text = line.text;
  return gaps.filter((k) => oneOfCode(SENTENCE_END, text.charCodeAt(k - 1)));
}

/** The indices where the line is cut into lines of its own (ascending). */
function cutsOf(
  line: TextLine,
  before: Expected,
  numberOf: (marker: string) => number,
  flat: boolean,
  titleLine = false,
): number[] {
  const text = line.text;
  // The line's own opening marker comes first (`1、…。2、…` on one line).
  const next = { ...before };
  advance(next, text.slice(0, 8), numberOf);
  const gaps = gapsOf(line);
  // `【一组数据】 …。 【两项战果】 …`: bracketed heads a flattened copy ran into one line.
  const cuts: number[] = bracketHeadCuts(text, gaps);
  // `…基本稳定。 粮油价格稳定 大米、面粉…`: bare heads a flattened report ran into one line.
  for (const k of spacedBareHeadCuts(text, gaps)) cuts.push(k);
  if (flat) {
    let headingEnd = firstSpacedSection(line, numberOf);
    let section = next.section;
    // The line's start too (`-1`: a line that opens with a marker, `（二）健全网络 1、…`).
    for (let g = -1; g < gaps.length; g++) {
      const k = g < 0 ? 0 : (gaps[g] as number);
      // After a sentence's end, or where a heading just ended (`一、总体要求 （一）指导思想 …`), or
      // the next section's marker after a chart's caption ({@link nextSectionAt}).
      const nextSection = nextSectionAt(text, k, section, numberOf);
      if (
        k > 0 &&
        k !== headingEnd &&
        nextSection === 0 &&
        !oneOfCode(SENTENCE_END, text.charCodeAt(k - 1))
      )
        continue;
      if (markerAt(text, k) === 0) continue;
      cuts.push(k);
      // A `一、`/`（一）` heading ends at the next space before any `。`.
      const head = text.slice(k, k + 8);
      const sm = sectionMarkerLength(head);
      if (sm > 0) section = numberOf(head.slice(0, sm)) + 1;
      const m = sm || itemMarkerLength(head);
      if (m === 0) continue;
      let h = g + 1;
      while (
        h < gaps.length &&
        ((gaps[h] as number) <= k + m ||
          splitsCount(text, gaps[h] as number) ||
          letterSpaced(text, k + m, gaps[h] as number))
      )
        h++;
      const end = gaps[h];
      if (end === undefined || end - k > MAX_SPACED_HEADING) continue;
      const heading = text.slice(k + m, end);
      if (heading.length >= 2 && !/[。；！？]/.test(heading) && !/[，、]$/.test(heading)) {
        cuts.push(end);
        headingEnd = end;
      }
    }
  }
  // `…5块。（二）三项…`: the next marker of its sequence right after a `。`.
  let { item, section, numbered } = next;
  // `主要做法（一）强化组织领导：…`: a short heading a copy ran into its first item.
  const lead = headingBeforeFirstItem(text, numberOf);
  if (lead > 0) {
    cuts.push(lead);
    if (NUMBERED.test(text.slice(lead, lead + 4))) numbered = 2;
    else {
      item = 2;
      numbered = 1;
    }
  }
  // `…汇报如下。 一、上半年工作开展情况`: the next section's heading run on at the end of its lead-in's line.
  const ending = headingAtLineEnd(text);
  if (ending > 0) {
    const sm = sectionMarkerLength(text.slice(ending, ending + 5));
    if (sm > 0 && numberOf(text.slice(ending, ending + sm)) === section) {
      cuts.push(ending);
      section++;
      item = 1;
      numbered = 1;
    }
  }
  // `… 57(1月23日 ) 二、气温情况及评价`: the next section's heading run on after a space at the end of
  // a flattened table's line (no sentence's end before it), perhaps joined to the lines after it.
  if (ending < 0 && section > 1) {
    const after = spacedHeadings(line, gaps, section, numberOf, cuts);
    if (after > section) {
      section = after;
      item = 1;
      numbered = 1;
    }
  }
  // `（备注：…为准）二、数据分析`: the next section's heading run on after the note the line opens with.
  const noted = headingAfterNote(text, section, numberOf);
  if (noted > 0) {
    cuts.push(noted);
    section++;
    item = 1;
    numbered = 1;
  }
  // `一、重点工作开展情况（一）管好…`: a line opening with a section heading run into its first point.
  const own = sectionMarkerLength(text.slice(0, 5));
  const opening = own > 0 ? firstItemUnderSection(text, 0, own, numberOf) : 0;
  if (opening > 0) {
    cuts.push(opening);
    [item, numbered] = pointsAfter(text, opening);
    // (`（一）考核指标1.监测指标。…`: the first item's heading run into its first numbered point.)
    const point = pointInItemHeading(text, opening);
    if (point > 0) {
      cuts.push(point);
      numbered = 2;
    }
  }
  // `（二）扎实推进重点项目工作1.民生工程推进情况`: a line opening with an item's heading run straight
  // into its first numbered point, which starts a line too ({@link pointInItemHeading}: no sentence's
  // mark or colon before it, no figure with its unit in the heading, no digit either side of the dot);
  // not a figure's or table's number inside brackets (`（二）根据…数据（如图1、表1所示）`, {@link numberedReference}).
  const ownPoint =
    own === 0 && itemMarkerLength(text.slice(0, 7)) > 0 ? pointInItemHeading(text, 0) : 0;
  if (ownPoint > 0 && !numberedReference(text, ownPoint)) {
    cuts.push(ownPoint);
    numbered = 2;
  }
  for (const [at, sentence] of sectionPlaces(text, gaps, titleLine)) {
    // Most sentences go on with text: only a marker's first character is worth a closer look.
    if (!isMarkerStart(text.charCodeAt(at))) continue;
    const sm = sectionMarkerLength(text.slice(at, at + 5));
    // Inside a line only `五、` (or `五．`) is a marker: `…的。五。的。` is sentences, as `五。` opening
    // a line may be a heading written with the wrong mark.
    // `…任务过半。一、完成情况：（一）三大产业凸显特色。`: a section's heading, closed by a colon, run
    // on into its first item: the item starts a line too, and so may the text's first section; so
    // may one after a colon or a report's title (`…汇报如下：一、…`, `…工作总结一、…`, {@link sectionPlaces}).
    const first = sm > 0 ? firstItemUnderSection(text, at, sm, numberOf) : 0;
    // `…总结如下，请审议。一、加大整治力度，美化社区 社区是…`: a first section after a lead-in, its
    // heading closed.
    const closed =
      sm > 0 && section === 1 && first === 0 ? ledInHeadingEnd(text, at, sm, sentence, gaps) : -1;
    if (
      sm > 0 &&
      ((sentence && section > 1) ||
        first > 0 ||
        // `…报告如下：一、压实防汛责任。…。二、…`: a first section whose sequence goes on in the line.
        (section === 1 && firstSectionGoesOn(text, at, sm)) ||
        closed >= 0) &&
      text.charAt(at + sm - 1) !== "。" &&
      (numberOf(text.slice(at, at + sm)) === section ||
        // `…的肯定。五、存在的主要问题： 一是…`: a copy that opens inside a document, its first
        // section's heading run into that section's first point (any numeral: the ones before it are
        // not in the copy, or were not read as headings).
        (section === 1 && first > 0))
    ) {
      cuts.push(at);
      if (first > 0) cuts.push(first);
      else if (closed > 0) cuts.push(closed);
      section++;
      [item, numbered] = first > 0 ? pointsAfter(text, first) : [1, 1];
      // `一、年度工作总结（一）考核指标1.监测指标。…`: the first item's heading run straight into its
      // first numbered point, which starts a line too.
      const point = first > 0 ? pointInItemHeading(text, first) : 0;
      if (point > 0) {
        cuts.push(point);
        numbered = 2;
      }
      continue;
    }
    if (!sentence) continue;
    // `…。⑵病历随机“查”。…`: an enclosed numeral going on the line's list.
    if (enclosedNumeralGoesOn(text, at)) {
      cuts.push(at);
      continue;
    }
    const im = itemMarkerLength(text.slice(at, at + 7));
    if (im > 0) {
      const end = text.charAt(at + im - 1) === "、" ? at + im - 1 : at + im;
      if (item > 1 && numberOf(text.slice(at, end)) === item) {
        cuts.push(at);
        item++;
        numbered = 1;
      }
      continue;
    }
    const n = NUMBERED.exec(text.slice(at, at + 4));
    if (
      n &&
      ((numbered > 1 && Number.parseInt(n[0], 10) === numbered) ||
        (numbered === 1 && secondPointFollows(text, at, n[0])))
    ) {
      cuts.push(at);
      numbered = Number.parseInt(n[0], 10) + 1;
    }
  }
  return cuts.sort((a, b) => a - b);
}

/**
 * `【一组数据】 刑事警情“双降” 据统计，…。 【两项战果】 打击…破案3321起 今年上半年，…`: heads in
 * lenticular brackets ({@link bracketRunInTitle}: two to twelve units, no label such as `【来源】`) that
 * a flattened news copy ran into one line, each after a sentence's end (`。`, `！`, `？`) and a space
 * the repair dropped: the places where each starts a line, when the line holds two or more such heads
 * (the one it opens with counting), no two the same. Not a bracketed term inside a sentence
 * (`开展 【法治宣传】 活动`: no sentence's end before it), not one bracketed head after a sentence alone
 * (`…完成。 【相关链接】 …`), not a caption repeated (`【解说】 …。 【解说】 …`). Lines without `【`
 * cost one `indexOf`.
 */
function bracketHeadCuts(text: string, gaps: readonly number[]): number[] {
  if (gaps.length === 0 || text.indexOf("【") < 0) return [];
  const heads = new Set<string>();
  const opening = bracketRunInTitle(text);
  if (opening !== "") heads.add(opening);
  const at: number[] = [];
  for (const k of gaps) {
    if (text.charCodeAt(k) !== 0x3010 /* 【 */ || !oneOfCode("。！？", text.charCodeAt(k - 1)))
      continue;
    const words = bracketRunInTitle(text.slice(k, k + 20));
    if (words === "") continue;
    if (heads.has(words)) return [];
    heads.add(words);
    at.push(k);
  }
  return heads.size >= 2 ? at : [];
}

/** Fewest spaces between a flattened table's cells before a heading run on after them. */
const MIN_CELL_GAPS = 3;

/**
 * The headings that go on the text's sequence from `section`, each after a space the repair dropped
 * (one of `gaps`) and ending where an input line ended (a joined break, or the line's end), its
 * words a bare heading, and run on after a flattened table's cells (the input line before it holds
 * {@link MIN_CELL_GAPS} such spaces and no clause's mark): their starts and ends pushed to `cuts`;
 * the section expected after them.
 */
function spacedHeadings(
  line: TextLine,
  gaps: readonly number[],
  section: number,
  numberOf: (marker: string) => number,
  cuts: number[],
): number {
  const { text } = line;
  const breaks = line.breaks ?? NO_GAPS;
  let b = 0;
  for (let g = 0; g < gaps.length; g++) {
    const k = gaps[g] as number;
    if (!oneOfCode("一二三四五六七八九十", text.charCodeAt(k))) continue;
    const sm = sectionMarkerLength(text.slice(k, k + 5));
    if (sm === 0 || numberOf(text.slice(k, k + sm)) !== section) continue;
    while (b < breaks.length && (breaks[b] as number) <= k) b++;
    const from = b > 0 ? (breaks[b - 1] as number) : 0;
    const end = breaks[b] ?? text.length;
    if (end - k > MAX_SPACED_HEADING || !isBareHeading(text.slice(k + sm, end))) continue;
    let cells = 0;
    for (let h = g - 1; h >= 0 && (gaps[h] as number) > from; h--) cells++;
    if (cells < MIN_CELL_GAPS || /[，。；！？]/.test(text.slice(from, k))) continue;
    cuts.push(k);
    if (end < text.length) cuts.push(end);
    section++;
  }
  return section;
}

/**
 * `339 个城市`, `2021 年`: a space the repair dropped between a number and the Han word after it
 * (its measure word or unit), inside the number's phrase: no heading ends there.
 */
function splitsCount(text: string, k: number): boolean {
  return isDigitCode(text.charCodeAt(k - 1)) && isHanCode(text.charCodeAt(k));
}

/**
 * `一、综 合 初步核算`: a gap one Han character after a heading's marker (at `start`), another Han
 * character after it: a two-character heading printed letter-spaced, which the gap does not end.
 */
function letterSpaced(text: string, start: number, k: number): boolean {
  return k === start + 1 && isHanCode(text.charCodeAt(start)) && isHanCode(text.charCodeAt(k));
}

/**
 * `（备注：办结工单以系统为准）二、数据分析`: where a line opens with a note in brackets (no bracket
 * inside it) and the next section's marker of the text's sequence (`section`, 2 or more) follows
 * its closing bracket, a heading that ends no sentence: the index of that marker, else 0.
 */
function headingAfterNote(
  text: string,
  section: number,
  numberOf: (marker: string) => number,
): number {
  const open = text.charCodeAt(0);
  if (section < 2 || (open !== 0xff08 /* （ */ && open !== 0x28) /* ( */) return 0;
  const close = text.search(/[）)]/);
  if (close < 2 || /[（(]/.test(text.slice(1, close))) return 0;
  const at = close + 1;
  const sm = sectionMarkerLength(text.slice(at, at + 5));
  if (sm === 0 || /[。；！？]/.test(text.slice(at))) return 0;
  return numberOf(text.slice(at, at + sm)) === section ? at : 0;
}

/** Most characters of a section's heading run into its first item ({@link firstItemUnderSection}). */
const MAX_RUN_IN_SECTION = 16;

/**
 * `一、完成情况：（一）三大产业凸显特色。…` at `at` (the section's marker, `sm` long): the section's
 * heading (2 to {@link MAX_RUN_IN_SECTION} characters of words, no mark) closed by a colon and then
 * the first item's marker (`（一）`): the index of that item marker, else 0.
 */
function firstItemUnderSection(
  text: string,
  at: number,
  sm: number,
  numberOf: (marker: string) => number,
): number {
  const m = RUN_IN_SECTION.exec(text.slice(at + sm, at + sm + MAX_RUN_IN_SECTION + 2));
  if (m === null)
    return firstPointInHeading(text, at + sm, numberOf) || summaryHeadingEnd(text, at + sm);
  const k = at + sm + m[0].length;
  if (firstItemAt(text, k, numberOf)) return k;
  // `五、存在的主要问题： 一是面对…`: the colon (and a space) closes the heading before its first point.
  const j = text.charCodeAt(k) === 0x20 ? k + 1 : k;
  return text.startsWith("一是", j) ? j : 0;
}
/**
 * `2010年工作总结`, `年度工作总结`, `上半年工作回顾`, `2023年主要工作總結`: the heading of a report's part
 * summing up a year (or part of one), its last words (`总结`, `回顾`) closing it.
 */
const SUMMARY_HEADING =
  /^(?:\d{4}年度?|年度?)?(?:上半年|下半年|全年|[一二三四]季度)?(?:主要)?工作(?:总结|總結|回顾|回顧)/;
/**
 * Characters after such a heading that make it part of a longer name, not a heading run into its
 * text: a conjunction or a list (`…工作总结和2023年工作计划`), a mark, a meeting or a report
 * (`…工作总结会议`, `…工作总结报告`), a clause (`…工作总结中`, `…工作总结的`).
 */
const SUMMARY_NAME_GOES_ON = "及和暨与與、，,。；;：:（(会會表大报報材汇匯中的时時如";

/**
 * `…工作规划一、2010年工作总结今年以来，…`, `…计划一、2022年度工作总结全局完成…`: a section's heading
 * summing up a year ({@link SUMMARY_HEADING}, from `from`) run straight into its text, which opens
 * with a Han character: the index where that text starts, else 0. Not a longer name
 * ({@link SUMMARY_NAME_GOES_ON}), nor a heading with nothing after it, nor one before a digit
 * (`…工作总结2023年一年来，…`: left as it was; on the one such tuning copy, cutting there lost two
 * figures read later in the text, not yet understood).
 */
function summaryHeadingEnd(text: string, from: number): number {
  const m = SUMMARY_HEADING.exec(text.slice(from, from + 16));
  if (m === null) return 0;
  const k = from + m[0].length;
  const c = text.charCodeAt(k);
  return isHanCode(c) && !SUMMARY_NAME_GOES_ON.includes(text.charAt(k)) ? k : 0;
}

/** A section's heading closed by its colon: Han words, no mark of a clause or a sentence. */
const RUN_IN_SECTION = /^[\u4e00-\u9fff]{2,16}[：:]/;

/** Whether the first item's marker (`（一）`) is at `text[k]`. */
function firstItemAt(text: string, k: number, numberOf: (marker: string) => number): boolean {
  const im = itemMarkerLength(text.slice(k, k + 7));
  if (im === 0) return false;
  const end = text.charAt(k + im - 1) === "、" ? k + im - 1 : k + im;
  return numberOf(text.slice(k, end)) === 1;
}

/** Most characters of a section's heading run straight into its first point ({@link firstPointInHeading}). */
const MAX_POINTED_HEADING = 32;
/**
 * `1.`, `1、` (not `1.5`): the first numbered point. (`一是` is cut only after a closing quotation mark
 * or a colon: elsewhere the heading's last words and the point's run into one run of Han text a copy
 * does not split.)
 */
const FIRST_POINT = /^1[.、．](?!\d)/;

/**
 * `一、2022年工作总结（一）优先发展…`, `一、过去五年工作回顾1.协调发展…`, `一、上半年主要工作 （一）…`: a
 * section's heading (from `from`, 2 to {@link MAX_POINTED_HEADING} characters, no mark of a sentence
 * or a colon in it, no figure with its unit, not a list of ordinals: `一、二季度`) run straight into its first point (`（一）`,
 * `1.` after no digit; a space perhaps before it): the index of that point, else 0.
 */
function firstPointInHeading(
  text: string,
  from: number,
  numberOf: (marker: string) => number,
): number {
  if (/^[二三四五六七八九十][、季月]/.test(text.slice(from, from + 2))) return 0;
  const last = Math.min(text.length - 4, from + MAX_POINTED_HEADING);
  for (let k = from + 2; k <= last; k++) {
    const c = text.charAt(k);
    if ("。；！？：:".includes(c)) return 0;
    if (
      firstItemAt(text, k, numberOf) ||
      (FIRST_POINT.test(text.slice(k, k + 3)) && !isDigitCode(text.charCodeAt(k - 1))) ||
      quotedBeforePoint(text, k)
    )
      return text.slice(from, k).trim().length >= 2 && !HEADING_FIGURE.test(text.slice(from, k))
        ? k
        : 0;
  }
  return 0;
}

/**
 * `…认真落实老干部“两项待遇”一是组织了…`: the first point of an enumeration (`一是`) right after a closing
 * quotation mark, which ends the heading before it (a heading's last words run straight into `一是`,
 * `…工作一是…`, are one run of Han text a copy does not split: not read).
 */
const quotedBeforePoint = (text: string, k: number): boolean =>
  text.charCodeAt(k) === 0x4e00 /* 一 */ &&
  text.charCodeAt(k + 1) === 0x662f /* 是 */ &&
  oneOfCode("”〞」』", text.charCodeAt(k - 1));

/** A figure with its unit (`25876万元`, `98%`): a point that reports, no heading. */
const HEADING_FIGURE = /\d(?:万|亿)?[元件个项人户家次%]/;

/**
 * `…基础。1、精心组织…活动。每年…。2、加大…力度。…`: the first numbered point (`1、`, `1.`) run in after a
 * `。` (at `at`, `marker` its numeral and mark) is one when the second, with the same mark, is run in
 * after a later `。` of the line (`。2、`, not a decimal `。2.5`): a flattened list of points whose first
 * follows a paragraph rather than a marker of its own. A `1、` after a sentence with no `2、` after it
 * (`…如下。1、…` alone, a date `。1.` ) starts no line.
 */
function secondPointFollows(text: string, at: number, marker: string): boolean {
  if (marker.length !== 2 || marker.charCodeAt(0) !== 0x31 /* 1 */) return false;
  const next = text.indexOf(`。2${marker.charAt(1)}`, at + 2);
  return next > 0 && !isDigitCode(text.charCodeAt(next + 3));
}

/**
 * `（一）省、市考核指标1.小康监测指标。…` at `k` (a first item's marker just cut): the item's heading
 * (2 to {@link MAX_POINTED_HEADING} characters, no mark of a sentence or a colon, no figure with its
 * unit) run straight into its first numbered point (`1.`, `1、` after no digit): the index of that
 * point, else 0. Not a figure (`（一）受理量1.5万件`: a digit after the dot; `（一）共11、…`: a digit before).
 */
function pointInItemHeading(text: string, k: number): number {
  const im = itemMarkerLength(text.slice(k, k + 7));
  if (im === 0) return 0;
  const from = k + im;
  const last = Math.min(text.length - 4, from + MAX_POINTED_HEADING);
  for (let j = from + 2; j <= last; j++) {
    const c = text.charAt(j);
    if ("。；！？：:".includes(c)) return 0;
    if (FIRST_POINT.test(text.slice(j, j + 3)) && !isDigitCode(text.charCodeAt(j - 1)))
      return HEADING_FIGURE.test(text.slice(from, j)) ? 0 : j;
  }
  return 0;
}

/**
 * Whether the `1、` at `k` numbers a figure or a table (`图1、`, `表1、`, `附件1、`) or stands inside a
 * bracket opened before it and not closed (`（如图1、表1所示）`): a reference, no point.
 */
function numberedReference(text: string, k: number): boolean {
  if (/(?:[图圖表]|附件)$/.test(text.slice(Math.max(0, k - 2), k))) return true;
  const before = text.slice(2, k);
  const open = Math.max(before.lastIndexOf("（"), before.lastIndexOf("("));
  return open >= 0 && open > Math.max(before.lastIndexOf("）"), before.lastIndexOf(")"));
}

/** The item and numbered paragraph expected after the first point at `k` ({@link firstPointInHeading}). */
function pointsAfter(text: string, k: number): [item: number, numbered: number] {
  if (itemMarkerLength(text.slice(k, k + 7)) > 0) return [2, 1];
  return NUMBERED.test(text.slice(k, k + 4)) ? [1, 2] : [1, 1];
}

/**
 * `…。一、`, `…汇报如下：一、`, `…工作报告 一、`, `…工作计划一、`: where a section's marker may open inside
 * a line: after a sentence's end (`true`), or after a colon or a report's title and a space (`false`:
 * a heading there must run into its first point, {@link firstItemUnderSection}). On the text's first
 * line (`opening`, its title's) no space is needed: `…工作计划一、上半年工作总结1、…`, the heading's
 * first point telling it from words that run on. Ascending.
 */
function sectionPlaces(
  text: string,
  gaps: readonly number[],
  opening: boolean,
): [at: number, sentence: boolean][] {
  const out: [number, boolean][] = [];
  for (let k = text.indexOf("。"); k >= 0 && k + 1 < text.length; k = text.indexOf("。", k + 1))
    out.push([k + 1, true]);
  if (!text.includes("、")) return out;
  // (The stops are in order already: sorted only when a titled marker joins them.)
  const stops = out.length;
  for (const m of text.matchAll(TITLED_SECTION)) {
    const at = m.index + m[0].length;
    // A title's word and the marker run together only on the text's first line (its title's).
    if (opening || m[1] === undefined || m[1] !== "" || gaps.includes(at)) out.push([at, false]);
  }
  return out.length === stops ? out : out.sort((a, b) => a[0] - b[0]);
}
/** Longest heading closed after a lead-in ({@link ledInHeadingEnd}). */
const MAX_LED_IN_HEADING = 30;

/**
 * `…总结如下，请各位领导提出意见。一、加大环境整治力度，绿化美化社区 社区是…`, `…有以下三个方面：一、见事早，
 * 反应迅速。一是…`: a first section's heading run on in a flattened document after its lead-in (a
 * colon right before the marker, or a sentence saying `如下`), closed within
 * {@link MAX_LED_IN_HEADING} units by a `。` (0: the line's reading of the heading ends it) or by a
 * space the repair dropped (its index, where the section's text starts a line). -1 when the marker
 * has no lead-in, opens no heading's words, or no such close follows (a sentence's `；`, `！`, `？` or
 * `：` before it, or the next section's marker: a run-in list).
 */
function ledInHeadingEnd(
  text: string,
  at: number,
  sm: number,
  sentence: boolean,
  gaps: readonly number[],
): number {
  if (!opensHeadingWord(text, at + sm)) return -1;
  if (sentence) {
    const from = text.lastIndexOf("。", at - 2);
    if (!text.slice(from + 1, at).includes("如下")) return -1;
  } else if (!/[：:]\s*$/.test(text.slice(Math.max(0, at - 3), at))) return -1;
  const words = at + sm;
  for (let k = words; k < text.length && k <= words + MAX_LED_IN_HEADING; k++) {
    const c = text.charAt(k);
    if (c === "。") return k - words >= 2 ? 0 : -1;
    if ("；！？：:".includes(c)) return -1;
    // `会议要求：一、各村要强化值守，二、…`: the next marker before any close, a run-in list.
    if ("一二三四五六七八九十".includes(c) && text.charAt(k + 1) === "、") return -1;
    if (k - words >= 4 && isHanCode(text.charCodeAt(k - 1)) && gaps.includes(k)) return k;
  }
  return -1;
}

/** A colon, or a report's title's last word (`总结`, `计划`, `报告`), then a section's marker. */
const TITLED_SECTION =
  /(?:[：:]\s*|(?:总结|總結|计划|計劃|规划|規劃|报告|報告)(\s*))(?=[一二三四五六七八九十]{1,3}、)/g;

/** Most Han characters of a heading run into its first item ({@link headingBeforeFirstItem}). */
const MAX_LEAD_HEADING = 8;

/**
 * `主要做法（一）强化组织领导：…`: where a line opens with 2 to 8 Han characters and then the first
 * item's marker `（一）`, the index of that marker (the words before it are a heading a copy ran
 * into its first item, or a page's stray word); also `总体情况：1.政府网站普查方面：…`, a run-in label
 * and its colon before the first numbered run-in item (`1.` or `1、`, its title closed by a colon):
 * the index after the colon. 0 when the line is not so.
 */
function headingBeforeFirstItem(text: string, numberOf: (marker: string) => number): number {
  let k = 0;
  while (k <= MAX_LEAD_HEADING && isHanCode(text.charCodeAt(k))) k++;
  if (k < 2 || k > MAX_LEAD_HEADING) return 0;
  // `总体情况：1.政府网站普查方面：…`: a run-in label before its first numbered run-in item.
  const colon = text.charCodeAt(k);
  if (colon === 0xff1a /* ： */ || colon === 0x3a) {
    const numbered = /^1[、.．]\s*([\u4e00-\u9fff]{2,20})[：:]/.exec(text.slice(k + 1, k + 30));
    return numbered !== null ? k + 1 : 0;
  }
  if (text.charCodeAt(k) !== 0xff08 /* （ */) return 0;
  const im = itemMarkerLength(text.slice(k, k + 7));
  if (im === 0) return 0;
  const end = text.charAt(k + im - 1) === "、" ? k + im - 1 : k + im;
  return numberOf(text.slice(k, end)) === 1 ? k : 0;
}

/**
 * `县委督查年终工作交流发言材料 县委督查年终工作交流发言材料 **区委…`: a title (no sentence mark,
 * 4 to 40 characters, ended by a space) printed again right after itself, then a space and the
 * text. Returns the title, its copy and the rest, or undefined.
 */
function titlePrintedTwice(
  line: TextLine,
): { title: TextLine; copy: TextLine; rest: TextLine } | undefined {
  const gaps = gapsOf(line);
  const first = gaps[0];
  if (first === undefined || first < 4 || first > 40) return undefined;
  const text = line.text;
  const title = text.slice(0, first);
  if (/[。，；！？：,;:]/.test(title) || !text.startsWith(title, first)) return undefined;
  const end = first * 2;
  // The copy ends where the text does not go on: a dropped space, or one kept (before `**`).
  let from = end;
  while (from < text.length && text.charAt(from) === " ") from++;
  if (from >= text.length || (from === end && !gaps.includes(end))) return undefined;
  return {
    title: sliceLine(line, 0, first),
    copy: sliceLine(line, first, end),
    rest: sliceLine(line, from, text.length),
  };
}

/**
 * `某月安全生产简要情况及特点2014-08-19 2014年…。…`, `4月份国民经济运行总体平稳 (2018年5月15日) 国家统计局
 * 4月份，…。`: a flattened page (one line) whose headline runs on into the page's date, a numeric one
 * (`2014-08-19`, perhaps with its time, `2014-08-19 09:30`) or one in brackets (`（2018年5月15日）`),
 * then a space (kept, or one the repair dropped) and the text. The headline: 6 to 60 characters
 * before the date, no space, no clause or sentence mark, a heading ({@link isBareHeading}, a figure
 * allowed). Not taken: a date inside a sentence (`截至2014-08-19，…`: a mark before it), a date that
 * runs on (`2014-08-19日`, no space after it), a line with no sentence after the date (a list of
 * links), a date with a source's label after it (`… 2024-04-18 来源:…`: the page's date and source
 * lines, read where those are).
 */
const HEADLINE_BEFORE_DATE =
  /^([^\s，,。；;：:、！？]{6,60}?)\s?((?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s\d{1,2}:\d\d(?::\d\d)?)?|[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日[）)])/;

/** A source's label opening what follows a date (`来源:`, `信息来源：`, `來源：`). */
const SOURCE_LABEL_AT = /^(?:信息)?(?:来源|來源)\s*[：:]/;

/**
 * The headline, its date and the rest of a line {@link HEADLINE_BEFORE_DATE} opens (the date on a
 * line of its own, the page's date line), or undefined.
 */
function headlineBeforeDate(
  line: TextLine,
): { title: TextLine; date: TextLine; rest: TextLine } | undefined {
  const text = line.text;
  // A cheap test first: a digit of the date within the headline's reach.
  if (text.length < 20 || !/\d/.test(text.slice(6, 64))) return undefined;
  const m = HEADLINE_BEFORE_DATE.exec(text);
  const head = m?.[1];
  const date = m?.[2];
  if (m === null || head === undefined || date === undefined) return undefined;
  const end = m[0].length;
  let from = end;
  while (text.charAt(from) === " ") from++;
  if (from === end && !gapsOf(line).includes(end)) return undefined;
  if (!isBareHeading(head, true) || !text.includes("。", from)) return undefined;
  // (`全市经济运行 2024-04-18 来源:某局的数据显示,…。`: a date and a source label are read, or left in
  // a sentence they run into, where the page's date and source lines are.)
  if (SOURCE_LABEL_AT.test(text.slice(from, from + 8))) return undefined;
  return {
    title: sliceLine(line, 0, head.length),
    date: sliceLine(line, end - date.length, end),
    rest: sliceLine(line, from, text.length),
  };
}

/** Fewest and most characters of a headline run into its first paragraph ({@link headlineBeforeLede}). */
const MIN_RUN_HEADLINE = 6;
const MAX_RUN_HEADLINE = 40;
/**
 * How a news report's first paragraph opens: its day (`10月7日，`, `7日上午，`), `近日，`, `日前，`, `昨天，`;
 * or how a report's does, with the year it reports on (`2014年，`, `2016年度，`, a template's `XX年，`).
 * (A year with more words before the comma, `2014年全市…，`, or a year's range, `2014—2016年，`, is
 * no such opening.)
 */
const LEDE_OPENING =
  /^(?:(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚间?)?|近日|日前|昨[天日]|今[天日]|(?:\d{4}|20[Xx×]{2}|[Xx×]{2})年度?)[，,]/;

/**
 * How a report's first paragraph may open with the clause of its purpose, to its comma
 * (`为进一步加强…管理工作,`, `为切实做好…工作，`, `为了深入推进…改革，`): 为 (or 为了) and a verb of
 * doing or furthering.
 */
const PURPOSE_OPENING =
  /^为了?(?:进一步|切实|深入|全面|扎实|更好地?|有效|加快|认真|贯彻|落实|加强|推进|做好|确保|保障|提升|促进|规范|推动)[^，,。；！？\s]{1,40}[，,]/;

/**
 * `國慶長假重慶市接待遊客兩千余萬人次 10月7日,記者從…。…`: a flattened page's first line whose headline
 * runs on into its first paragraph after the space the page printed: the words before the line's
 * first space ({@link MIN_RUN_HEADLINE} to {@link MAX_RUN_HEADLINE} characters, a heading: no clause
 * or sentence mark, no marker) when the words after it open a paragraph ({@link LEDE_OPENING}, a
 * purpose's clause ({@link PURPOSE_OPENING}), {@link opensParagraph}, no dateline) that closes a sentence, and the line read whole opens none (a stray space in
 * a dateline, `新華社烏魯木 齊7月10日電`, parts nothing). The headline and the rest, or undefined.
 */
function headlineBeforeLede(line: TextLine): { title: TextLine; rest: TextLine } | undefined {
  const first = gapsOf(line)[0];
  if (first === undefined || first < MIN_RUN_HEADLINE || first > MAX_RUN_HEADLINE) return undefined;
  const text = line.text;
  const head = text.slice(0, first);
  if (/[，,、：:]/.test(head) || !isBareHeading(head, true)) return undefined;
  // (`新華社烏魯木 齊7月10日電…`: a stray space inside a paragraph's opening parts nothing; nor does
  // the space after a credit, `据某某晚报报道 7月19日，…`, `某某在线消息 11月份，…`: no headline.)
  if (opensParagraph(text) || isCreditAlone(simplified(head))) return undefined;
  let from = first;
  while (text.charAt(from) === " ") from++;
  const rest = text.slice(from);
  // (A dateline after the space opens no paragraph here: a flattened page's teasers and a photo's
  // caption run on before it, `图为… 资料图 某某晚报讯…`, and are no headline.)
  const opens =
    LEDE_OPENING.test(rest) ||
    PURPOSE_OPENING.test(rest) ||
    (opensParagraph(rest) && newsDateline(simplified(rest.slice(0, 60))) === undefined);
  if (!rest.includes("。") || !opens) return undefined;
  return { title: sliceLine(line, 0, first), rest: sliceLine(line, from, text.length) };
}

/**
 * `某镇2016年半年工作总结2016年，我镇紧紧围绕…。`: a flattened document's title that names a report
 * (ending `总结`, `小结`, `汇报`, `报告`, either script; or a summary and the plan after it,
 * `…2022年工作总结和2023年工作计划`; 4 to 40 characters, no mark) run straight on, no space
 * between, into its first sentence, which opens with its time (`2016年，`, `今年以来，`, `上半年，`; a
 * template's placeholder year, `XX年，`, `20XX年，`) or with the lead it works under (`在区委、区政府的
 * 领导下，`, `在上级部门的指导下，`), or into its first part's heading
 * (`某街道2023年政府工作报告一、2022年工作回顾…`). A plan's title alone (`…2023年工作计划2023年，`) is
 * not read: only a plan after a summary (`总结和…计划`); nor is a sentence that names a summary
 * (`我们认真做好工作总结，…`: a mark inside the name).
 */
const SUMMARY_TITLE_BEFORE_LEDE =
  /^([^，,。；;：:、！？\s]{2,36}?(?:总结|總結|小结|小結|汇报|匯報|报告|報告|(?:总结|總結)[及和暨与與][^，,。；;：:、！？\s]{2,20}?(?:计划|計劃|打算|思路|安排|要点|要點)))(?=(?:\d{4}年|20[Xx×]{2}年|[Xx×]{2}年|今年|本年度?|上半年)[^，,。；;：:\d]{0,6}[，,]|一、|在[^，,。；;：:]{2,24}(?:领导|領導|指导|指導|带领|帶領|关心|關心|支持)下[，,])/;

/** The title and the rest of a line {@link SUMMARY_TITLE_BEFORE_LEDE} opens, or undefined. */
function summaryTitleBeforeLede(line: TextLine): { title: TextLine; rest: TextLine } | undefined {
  const text = line.text;
  const m = SUMMARY_TITLE_BEFORE_LEDE.exec(text);
  const head = m?.[1];
  if (head === undefined || !isBareHeading(head, true) || !text.includes("。", head.length))
    return undefined;
  return {
    title: sliceLine(line, 0, head.length),
    rest: sliceLine(line, head.length, text.length),
  };
}

/**
 * `某镇人民政府半年工作情况报告 ——2022年7月28日在某镇第六届人民代表大会 第二次会议上 镇长 李某 各位代表：…`: a
 * flattened report (one line) whose title runs on, after a space (kept, or one the repair dropped),
 * into the line saying when and where it was delivered (a dash, a whole date in digits or Chinese
 * numerals, 在, the meeting closed by `会议上` or `大会上`), then its text. The title: 4 to 60
 * characters before the dash, no clause or sentence mark, a heading (group 1); the delivery line
 * (group 2). Near-misses: a title and its dash with no space between (`…报告——…`, one headline), a
 * sentence that names a meeting (a mark before the dash), a dash with no date, a meeting never
 * closed by 上.
 */
const TITLE_BEFORE_DELIVERY = new RegExp(
  "^([^，,。；;：:、！？—－─\\s-]{4,60})\\s?" +
    "([—－─-]{1,2}\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年[\\d〇○零一二三四五六七八九十]{1,3}月" +
    "[\\d〇○零一二三四五六七八九十]{1,3}日\\s*在[^。；;，,：:]{2,40}?(?:会议|大会|會議|大會)上)",
);

/**
 * The title, its delivery line and the rest of a line {@link TITLE_BEFORE_DELIVERY} opens, or
 * undefined.
 */
function titleBeforeDelivery(
  line: TextLine,
): { title: TextLine; delivery: TextLine; rest: TextLine } | undefined {
  const text = line.text;
  // A cheap test first: a date's 日在 within reach.
  const at = text.indexOf("日在");
  if (at < 12 || at > 90) return undefined;
  const m = TITLE_BEFORE_DELIVERY.exec(text);
  const title = m?.[1];
  const delivery = m?.[2];
  if (m === null || title === undefined || delivery === undefined || !isBareHeading(title))
    return undefined;
  // (The space before the dash, printed: `…报告——…` with none is one headline.)
  const dash = m[0].length - delivery.length;
  if (dash === title.length && !gapsOf(line).includes(dash)) return undefined;
  const end = m[0].length;
  let from = end;
  while (text.charAt(from) === " ") from++;
  return {
    title: sliceLine(line, 0, title.length),
    delivery: sliceLine(line, dash, end),
    rest: sliceLine(line, from, text.length),
  };
}

/**
 * `某县2020年国民经济和社会发展统计公报某县统计局`: a bulletin's name (a year in it, closed by 公报 or
 * 通报, no mark) that a copy ran straight on into its issuer's name, four to twenty Han characters
 * that end as a body's name does and name the title's place (their first two are in the title).
 */
const TITLE_BEFORE_ISSUER =
  /^([^，,。；;：:、！？\s]{0,30}\d{4}年[^，,。；;：:、！？\s]{2,40}?(?:公报|公報|通报|通報))([\u4e00-\u9fff]{4,20})$/;

/**
 * `关于…情况的通报各相关单位：…`: a flattened document's title (`关于…`, closed by the kind of document
 * it is) run straight on into its addressee (`各…：`).
 */
const TITLE_BEFORE_ADDRESSEE =
  /^(关于[^，,。；;：:！？\s]{4,60}?(?:通报|通報|通知|报告|報告|意见|意見|决定|決定))(?=各[^。；！？：:]{1,40}[：:])/;

/**
 * The title and the rest of a line whose title runs into its issuer ({@link TITLE_BEFORE_ISSUER})
 * or its addressee ({@link TITLE_BEFORE_ADDRESSEE}), or undefined.
 */
function titleBeforeIssuer(line: TextLine): { title: TextLine; rest: TextLine } | undefined {
  const [, named = "", issuer = ""] = TITLE_BEFORE_ISSUER.exec(line.text) ?? [];
  const title =
    ORG_END.test(issuer) && named.includes(issuer.slice(0, 2))
      ? named
      : (TITLE_BEFORE_ADDRESSEE.exec(line.text)?.[1] ?? "");
  if (title === "") return undefined;
  return {
    title: sliceLine(line, 0, title.length),
    rest: sliceLine(line, title.length, line.text.length),
  };
}

/** Fewest and most words of a yearbook's category path before an entry's title. */
const MIN_PATH_WORDS = 2;
const MAX_PATH_WORDS = 5;
/** An entry's title in lenticular brackets: a topic of two to twenty Han characters. */
const ENTRY_TITLE = /^【([\u4e00-\u9fff]{2,20})】$/;
/** An entry's text opening with its time: `2003年，`, `1—6月，`, `全年`, `今年`. */
const ENTRY_OPENING = /^\s*(?:\d{4}年|\d{1,2}[月—\-至]|(?:全|今|去|本|上半|下半)年)/;
/** Labels a page prints in lenticular brackets, which title no entry. */
const BRACKETED_LABEL =
  /^(?:编者按|編者按|按语|按語|来源|來源|发布时间|發布時間|作者|关键词|關鍵詞|摘要|导读|導讀|提要|编辑|編輯|责任编辑|責任編輯)$/;

/**
 * `政法 军事 司法行政 【人民调解工作】 2003年，…。`: a yearbook's entry flattened onto one line (its
 * category path, two to five short words set apart by spaces; its title in lenticular brackets;
 * then its text, which opens with its time or names its topic in its first sentence), as the path,
 * the title and the text. Undefined for any other line (without a path, `【公共资源交易】` over a
 * text heads its section).
 */
function entryTitle(
  line: TextLine,
): { path: TextLine; title: TextLine; rest: TextLine } | undefined {
  const text = line.text;
  const open = text.indexOf("【");
  if (open < 4 || open > 40) return undefined;
  const gaps = gapsOf(line);
  const close = text.indexOf("】", open);
  const from = close + 1;
  if (close < 0 || !gaps.includes(from)) return undefined;
  const topic = entryName(text.slice(open, from));
  if (topic === undefined || !opensEntry(text.slice(from), topic)) return undefined;
  if (!isPath(text, gaps, open)) return undefined;
  return {
    path: sliceLine(line, 0, open),
    title: sliceLine(line, open, from),
    rest: sliceLine(line, from, text.length),
  };
}

/**
 * The same entry printed over lines (`政法 军事 司法行政` / `【人民调解工作】` / `2003年，…`), its title
 * the text's only heading in lenticular brackets: the path's line and the title's, or undefined.
 */
function entryOverLines(
  lines: readonly TextLine[],
): { path: TextLine; title: TextLine } | undefined {
  const [path, title, text] = lines;
  if (path === undefined || title === undefined || text === undefined) return undefined;
  if (path.table || title.table || text.table || title.text.charCodeAt(0) !== 0x3010 /* 【 */)
    return undefined;
  const topic = entryName(title.text);
  if (topic === undefined || !opensEntry(text.text, topic)) return undefined;
  if (!isPath(path.text, gapsOf(path), path.text.length)) return undefined;
  // (The text's only such heading: `【工作动态】` … `【经验交流】` head a bulletin's parts.)
  for (let j = 3; j < lines.length; j++) {
    const t = (lines[j] as TextLine).text;
    if (t.charCodeAt(0) === 0x3010 /* 【 */ && ENTRY_TITLE.test(t)) return undefined;
  }
  return { path, title };
}

/** The topic of an entry's title in lenticular brackets (`【人民调解工作】`), not a label's. */
function entryName(bracketed: string): string | undefined {
  const name = ENTRY_TITLE.exec(bracketed)?.[1];
  return name === undefined || BRACKETED_LABEL.test(name) ? undefined : name;
}

/**
 * Whether an entry's text opens with its time (`2003年，…`) or names its topic in its first
 * sentence (a bracketed term inside a sentence, `开展 【法治宣传】 活动，…`, does neither).
 */
function opensEntry(text: string, topic: string): boolean {
  const stop = text.indexOf("。");
  if (stop < 0) return false;
  const first = text.slice(0, stop);
  return ENTRY_OPENING.test(first) || first.includes(topic);
}

/**
 * Whether `text` up to `end` is a category path: two to five words of two to six Han characters,
 * each ended by a space (`gaps`). (Without one, `【公共资源交易】` over a text heads its section.)
 */
function isPath(text: string, gaps: readonly number[], end: number): boolean {
  let start = 0;
  let words = 0;
  for (const g of [...gaps.filter((g) => g < end), end]) {
    if (g - start < 2 || g - start > 6 || !/^[\u4e00-\u9fff]+$/.test(text.slice(start, g)))
      return false;
    start = g;
    words++;
  }
  return start === end && words >= MIN_PATH_WORDS && words <= MAX_PATH_WORDS;
}

/**
 * The line cut at `cuts` (ascending; cuts at 0, at the end or not after the one before are
 * skipped), each piece keeping where its units came from. One pass over the line's runs.
 */
function slicesOf(line: TextLine, cuts: readonly number[]): TextLine[] {
  const bounds = [0];
  for (const k of cuts)
    if (k > (bounds[bounds.length - 1] as number) && k < line.text.length) bounds.push(k);
  bounds.push(line.text.length);
  const runs = line.spans;
  const out: TextLine[] = [];
  let r = 0;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b] as number;
    const to = bounds[b + 1] as number;
    const spans: number[] = [];
    // The run that holds `from`, then every run that starts before `to`.
    while (r + 2 < runs.length && (runs[r + 2] as number) <= from) r += 2;
    for (let q = r; q < runs.length && (runs[q] as number) < to; q += 2) {
      const start = runs[q] as number;
      const a = Math.max(start, from);
      spans.push(a - from, (runs[q + 1] as number) + (a - start));
    }
    out.push(withBreaks({ text: line.text.slice(from, to), spans }, line, from, to));
  }
  return out;
}

/** `piece` (`line.text[from, to)`) with the line breaks `line` joined (and `unspaced`) inside it. */
function withBreaks(piece: TextLine, line: TextLine, from: number, to: number): TextLine {
  const unspaced = line.unspaced?.filter((k) => k > from && k < to).map((k) => k - from);
  if (unspaced?.length) piece.unspaced = unspaced;
  const all = line.breaks;
  if (all === undefined) return piece;
  // The first break past `from` (ascending: a binary search), then each one before `to`.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid] as number) <= from) lo = mid + 1;
    else hi = mid;
  }
  const breaks: number[] = [];
  for (let k = lo; k < all.length && (all[k] as number) < to; k++)
    breaks.push((all[k] as number) - from);
  if (breaks.length > 0) piece.breaks = breaks;
  return piece;
}

/** `line.text[from, to)` as a line of its own, each unit keeping where it came from. */
export function sliceLine(line: TextLine, from: number, to: number): TextLine {
  const spans: number[] = [];
  const runs = line.spans;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    const end = r + 2 < runs.length ? (runs[r + 2] as number) : line.text.length;
    if (end <= from || start >= to) continue;
    const a = Math.max(start, from);
    spans.push(a - from, (runs[r + 1] as number) + (a - start));
  }
  return withBreaks({ text: line.text.slice(from, to), spans }, line, from, to);
}
