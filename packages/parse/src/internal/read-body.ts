import { safeParseSectionMarker } from "@bulletin/format";
import type { Block, DateSpan, Inline } from "@bulletin/schema";
import { SECTION_KINDS } from "@bulletin/schema/constants";
import type { ParseWarningCode } from "../parse-warning";
import { guessSectionKind, isFigureSection } from "./guess";
import {
  bareRunInTitle,
  isBareHeading,
  isBracketHeading,
  isHeadingLine,
  isPhraseHeading,
  isTailLine,
  itemMarkerLength,
  MAX_RUN_IN,
  NUMBERED_MARKER,
  numberedItemMarkerLength,
  numberedSectionIndex,
  sectionHeadingMarker,
  spacedHeadingEnd,
  startsBlock,
} from "./line-kinds";
import { readLeadingDate } from "./read-date";
import { type InlineContext, readInlines } from "./read-inlines";
import { readTable } from "./read-table";
import { readTailLine, type TailData } from "./read-tail";
import { offsetAt, type TextLine } from "./repair-lines";

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
}

const MAX_TAIL = 2_000;
const MAX_ITEM_TITLE = 30;
/** Longest label that heads an item before its `：` (`诉求分类：12345热线中，…`). */
const MAX_ITEM_LABEL = 8;

/** A figure with its unit (`652项`, `89550万元`, `13.44%`): words that report. */
const REPORTED_FIGURE = /\d(?:万亿|万|亿)?(?:元|件|个|项|宗|次|人|户|家|条|笔|吨|辆|%)/;

/** Longest phrase of a run-in title of parallel phrases (`强化组织领导，压实工作责任。`). */
const MAX_TITLE_PHRASE = 12;
/** A phrase of such a title: Han text (quotes and titles of works in it), no figure, no Latin. */
const TITLE_PHRASE = /^[\u4e00-\u9fff“”‘’《》]+$/;

/**
 * The end (index of `。`, or of the `：` after a short label) of a run-in item title
 * `数字政府项目建设。`, `诉求分类：`, `强化组织领导，压实工作责任。`, or -1.
 */
function runInTitleEnd(text: string): number {
  const end = runInTitleEnd1(text);
  if (end >= 0) return end;
  // Phrases joined by commas, up to the first `。`, with the item's text after it: two or three
  // phrases of Han text, none longer than MAX_TITLE_PHRASE (a clause with a figure, a date or a
  // Latin term is a sentence: `9月8日，省中心召开…`, `国内生产总值简称GDP，是…`).
  const stop = text.indexOf("。");
  if (stop < 4 || stop > MAX_ITEM_TITLE || stop + 1 >= text.length) return -1;
  const phrases = text.slice(0, stop).split("，");
  return phrases.length >= 2 &&
    phrases.length <= 3 &&
    phrases.every((p) => p.length >= 2 && p.length <= MAX_TITLE_PHRASE && TITLE_PHRASE.test(p))
    ? stop
    : -1;
}

function runInTitleEnd1(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length && i <= MAX_ITEM_TITLE; i++) {
    const c = text.charAt(i);
    if ("“‘《（".includes(c)) depth++;
    else if ("”’》）".includes(c)) depth--;
    else if (depth === 0) {
      // `停气、停电较多。` is a title, and so is a short label before `：` with text after it;
      // a clause (`，`) is not.
      if ("：:".includes(c)) {
        return i >= 2 &&
          i <= MAX_ITEM_LABEL &&
          i + 1 < text.length &&
          /^[\u4e00-\u9fff]+$/.test(text.slice(0, i))
          ? i
          : -1;
      }
      if ("，；！？,;".includes(c)) return -1;
      if (c === "。") return i >= 2 ? i : -1;
    }
  }
  return -1;
}

/**
 * `1.首饰类投诉位居榜首。随着…`, `（1）工程建设项目。完成…`, `①工程建设项目。…`, `1、基本数据：4月份，…`: the run-in
 * title (before its `。`, or a short label before its `：`) and the text after it, or undefined.
 */
function numberedRunIn(text: string): { title: string; rest: string } | undefined {
  const m = NUMBERED_MARKER.exec(text);
  if (!m) return undefined;
  const lead = text.slice(m[0].length);
  const end = runInTitleEnd(lead);
  // A figure stays in running text (`住房保障类（793件，占比17.36%）。` is no title).
  if (end <= 0 || /\d/.test(lead.slice(0, end))) return undefined;
  return { title: lead.slice(0, end), rest: lead.slice(end + 1) };
}

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

  const warn = (
    code: ParseWarningCode,
    at: number | undefined,
    params?: Record<string, string | number>,
  ): void => ctx.warn(code, at, params);

  /** `heading`: the section has a heading of its own (the first such holds the figures). */
  const newSection = (title: string, at: number, heading: boolean): SectionDraft => {
    const kind = guessSectionKind(title);
    const first = heading && headings++ === 0;
    const s: SectionDraft = {
      title,
      kind,
      items: [],
      figures:
        isFigureSection(title, kind) || (first && (kind === undefined || kind === "overview")),
      at,
      nextItem: 1,
    };
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
    inlines = inlines.concat(readInlines(text.slice(from), line, base + from, ctx, s, target.refs));
    if (inlines.length > 0) target.body.push(inlines);
  };

  const ensureSection = (line: TextLine, headline: boolean): boolean => {
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
      itemMarkerLength(t) === 0
    ) {
      section = newSection(t, offsetAt(line, 0) ?? 0, false);
      return true;
    }
    section = newSection("正文", offsetAt(line, 0) ?? 0, false);
    warn("missing-section", offsetAt(line, 0), { title: "正文" });
    return false;
  };

  // `工业。…` / `投资。…`: run-in headings without a marker, taken as such only in a text that
  // numbers no section and has two or more of them (one alone may be a short sentence).
  let bareRunIns = 0;
  for (const l of lines) {
    if (sectionHeadingMarker(l.text) > 0) {
      bareRunIns = 0;
      break;
    }
    if (bareRunInTitle(l.text) !== "") bareRunIns++;
  }

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
      readTailLine(t, tail);
      continue;
    }
    const offsetOf = (k: number): number | undefined => offsetAt(line, k);
    const sm = sectionHeadingMarker(t, offsetOf);
    const numbered = sm === 0 ? numberedSectionIndex(t) : 0;
    const runIn = sm === 0 && numbered === 0 && bareRunIns >= 2 ? bareRunInTitle(t) : "";
    if (sm > 0 || numbered > 0 || runIn !== "" || isBracketHeading(t)) {
      const markerText = sm > 0 ? t.slice(0, sm) : t.slice(0, 2);
      const parsed = sm > 0 ? safeParseSectionMarker(markerText) : undefined;
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
      const spaced = sm > 0 ? spacedHeadingEnd(t, offsetOf, sm) : 0;
      if (spaced > 0 && (stop < 0 || spaced - sm <= stop)) {
        rest = t.slice(spaced);
        title = t.slice(sm, spaced);
      } else if (stop >= 0) {
        rest = title.slice(stop + 1);
        title = title.slice(0, stop);
      }
      // `一、在所有投诉中，商品类投诉为284428件，…。`: a numbered paragraph, not a heading (its
      // first sentence is long and has clauses; or it is the line's one sentence, closed by
      // `。`, and reports figures: `一、完成政府采购652项，预算金额89550万元，…。`); the section is
      // named by its marker.
      if (
        sm > 0 &&
        spaced === 0 &&
        /[，；]/.test(title) &&
        (title.length > MAX_RUN_IN ||
          (rest === "" && t.endsWith("。") && REPORTED_FIGURE.test(title)))
      ) {
        rest = t.slice(sm);
        title = t.slice(0, sm);
      }
      if (title === "") title = t.slice(0, sm || t.length);
      section = newSection(title, offsetAt(line, 0) ?? 0, true);
      item = undefined;
      if (rest.trim() !== "") {
        const offset = t.length - rest.length;
        item = { refs: [], body: [], marked: false };
        section.items.push(item);
        paragraph(rest, line, offset, item);
      }
      continue;
    }
    const nm = numberedItemMarkerLength(t);
    const runInNumbered = nm === 0 && section ? numberedRunIn(t) : undefined;
    if (runInNumbered) {
      // `1.首饰类投诉位居榜首。随着…`: an item with its run-in title.
      item = { refs: [], body: [], marked: true, title: runInNumbered.title };
      section?.items.push(item);
      const base = t.length - runInNumbered.rest.length;
      if (runInNumbered.rest !== "") paragraph(runInNumbered.rest, line, base, item);
      continue;
    }
    if (nm > 0) {
      // `1.总体情况`: a third-level heading, an item of the section it stands in.
      ensureSection(line, false);
      item = { refs: [], body: [], marked: true, title: t.slice(nm).trim() };
      (section as SectionDraft).items.push(item);
      continue;
    }
    if ((index > 0 || section) && isBareHeading(t) && index + 1 < lines.length) {
      // A heading without a marker, over one or more lines, a `——` subtitle included.
      let title = t;
      let j = index + 1;
      while (
        j < lines.length &&
        j - index < 4 &&
        ((isBareHeading((lines[j] as TextLine).text) &&
          numberedItemMarkerLength((lines[j] as TextLine).text) === 0) ||
          /^——[^。；]{2,40}$/.test((lines[j] as TextLine).text))
      ) {
        title += (lines[j] as TextLine).text;
        j++;
      }
      const next = (lines[j] as TextLine | undefined)?.text ?? "";
      // A heading heads running text or numbered item headings (`1、主要指标解释`): not the end
      // of the text, not another section heading or a list.
      if (
        j < lines.length &&
        !startsBlock(next) &&
        numberedSectionIndex(next) === 0 &&
        (numberedItemMarkerLength(next) === 0 || !section?.items.some((i) => i.marked))
      ) {
        index = j - 1;
        if (section?.items.some((i) => i.marked)) {
          item = { refs: [], body: [], marked: true, title };
          section.items.push(item);
        } else {
          section = newSection(title, offsetAt(line, 0) ?? 0, true);
          item = undefined;
        }
        continue;
      }
    }
    const im = itemMarkerLength(t);
    if (im > 0) {
      ensureSection(line, false);
      const s = section as SectionDraft;
      const marker = safeParseSectionMarker(t.slice(0, t.charAt(im - 1) === "、" ? im - 1 : im));
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
      // A heading line, its phrases joined by commas or not: `（一）强化组织领导，压实工作责任`.
      if (isHeadingLine(t) || isPhraseHeading(lead)) {
        if (lead !== "") item.title = lead;
        continue;
      }
      const end = runInTitleEnd(lead);
      // `（四）…共受理重复反映工单239件、满意率84%。`: a line that is one sentence reporting figures
      // is no run-in title (`（一）受理量突破1万件。本月…`, with text after it, still is).
      const reports =
        lead.charAt(end) === "。" &&
        lead.slice(end + 1).trim() === "" &&
        REPORTED_FIGURE.test(lead.slice(0, end));
      if (end > 0 && !reports && readLeadingDate(lead, ctx.referenceYear).kind === "none") {
        item.title = lead.slice(0, end);
        lead = lead.slice(end + 1);
        base += end + 1;
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
    if (ensureSection(line, index === 0 && lines.length > 1)) continue;
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
