import {
  charOf,
  isCjk,
  isDigit,
  isHan,
  isLatin,
  isSpace,
  oneOf,
  SENTENCE_END,
  unitsOf,
} from "./chars";
import { isBareHeading, isDateLine, isHeadingLine, startsBlock } from "./line-kinds";
import { findTables, type TableLines } from "./read-table";

/** One repaired line and, for each of its UTF-16 units, its offset in the input. */
export interface TextLine {
  text: string;
  at: number[];
  /** Set on the one line that stands for a whole table (read-table.ts). */
  table?: TableLines;
  /** A blank line stood between this line and the line kept before it. */
  blankBefore?: boolean;
  /**
   * Only that blank line keeps this line apart from the one before (which ends mid-sentence):
   * the repaired text keeps the blank line here, so that repairing it again decides the same.
   */
  keptApart?: boolean;
}

/** The repaired lines of a text and where each input line starts (for line/column). */
export interface RepairedText {
  lines: TextLine[];
  lineStarts: number[];
  /** Lines `dropLine` took out before paragraphs were joined (a web page's furniture). */
  dropped: TextLine[];
}

const BULLETS = "-–•·*●▪◆■○";
const STRONG_BULLETS = "•●▪◆■";

/**
 * Repairs the artifacts of PDF extraction, OCR and copy-paste, line by line, keeping for every
 * character the offset it came from: stray spaces next to Chinese text, `- ` bullets, ASCII
 * punctuation in Chinese text (GB/T 15834-2011), full-width digits and letters, page numbers,
 * running headers, paragraphs split by line and page breaks. Linear in the length of the text.
 */
export function repairLines(source: string, dropLine?: (text: string) => boolean): RepairedText {
  const lineStarts: number[] = [];
  const raw: [number, number][] = [];
  const cleaned: TextLine[] = [];
  const dropped: TextLine[] = [];
  let start = 0;
  let blank = false;
  const n = source.length;
  // Line ends found by the regex engine, not a character at a time.
  const breaks = /[\n\r\f\u2028\u2029]/g;
  for (;;) {
    const found = breaks.exec(source);
    const i = found ? found.index : n;
    lineStarts.push(start);
    raw.push([start, i]);
    if (!found) break;
    const next = source.charCodeAt(i) === 13 && source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    breaks.lastIndex = next;
    start = next;
  }
  // Tables first: their cells are not page numbers or split sentences.
  const tables = findTables(source, raw, (from, to) => cleanLine(source, from, to), dropLine);
  for (let r = 0; r < raw.length; r++) {
    const table = tables.get(r);
    if (table) {
      if (blank) table.line.blankBefore = true;
      blank = false;
      cleaned.push(table.line);
      r = table.end;
      continue;
    }
    const line = cleanLine(source, ...(raw[r] as [number, number]));
    if (line.text === "") blank = cleaned.length > 0;
    else if (!isPageNumber(line.text)) {
      if (dropLine?.(line.text)) dropped.push(line);
      else {
        if (blank) line.blankBefore = true;
        blank = false;
        cleaned.push(line);
      }
    }
  }
  const kept = dropRunningHeaders(cleaned);
  const joins = new Set<TextLine>();
  const joined = joinSplitParagraphs(kept, joins);
  for (const line of joined) {
    // Again on a joined line: a mark at a line break now has its neighbour. (A line that was
    // not joined has the neighbours it had: the pass would change nothing.)
    if (joins.has(line) && ASCII_MARKS.test(line.text)) {
      const chars = unitsOf(line.text);
      fullWidthPunctuation(chars);
      line.text = chars.join("");
    }
    line.text = curlQuotes(line.text);
  }
  return { lines: joined, lineStarts, dropped };
}

/** The ASCII marks {@link fullWidthPunctuation} may rewrite; a line without any is left as it is. */
const ASCII_MARKS = /[,;:?!().]/;

/**
 * Characters the repair may change or drop (spaces, controls, full-width forms, surrogates,
 * bullets, ASCII marks and quotes): a line without any is its own repair.
 */
const NEEDS_REPAIR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what the repair drops.
  /[\s\x00-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\uff02\uff05\uff07\uff0b\uff0d-\uff19\uff21-\uff3a\uff41-\uff5a\u2212\ud800-\udfff,;:?!()."'\-–•·*●▪◆■○]/;

/** An ASCII or full-width digit. */
const anyDigit = (n: number): boolean => (n >= 0x30 && n <= 0x39) || (n >= 0xff10 && n <= 0xff19);

/** The character at `i` as the repair reads it ("" to drop it). */
function readChar(source: string, i: number): string {
  const n = source.charCodeAt(i);
  if (n >= 0xd800 && n <= 0xdbff) {
    const m = source.charCodeAt(i + 1);
    return m >= 0xdc00 && m <= 0xdfff ? source.charAt(i) : "\uFFFD";
  }
  if (n >= 0xdc00 && n <= 0xdfff) {
    const m = source.charCodeAt(i - 1);
    return m >= 0xd800 && m <= 0xdbff ? source.charAt(i) : "\uFFFD";
  }
  if (n < 0x20 && n !== 9) return "";
  if (
    n === 0x7f ||
    (n >= 0x80 && n < 0xa0) ||
    (n >= 0x200b && n <= 0x200d) ||
    n === 0xfeff ||
    n === 0x2060
  ) {
    return "";
  }
  // Full-width digits, letters, %, +, /, - and quotes to ASCII; other full-width marks stay.
  if (
    (n >= 0xff10 && n <= 0xff19) ||
    (n >= 0xff21 && n <= 0xff3a) ||
    (n >= 0xff41 && n <= 0xff5a)
  ) {
    return String.fromCharCode(n - 0xfee0);
  }
  switch (n) {
    case 0xff05:
      return "%";
    case 0xff0b:
      return "+";
    case 0xff0f:
      return "/";
    case 0xff0d:
    case 0x2212:
      return "-";
    case 0xff02:
      return '"';
    case 0xff07:
      return "'";
    case 0xff0e:
      return anyDigit(source.charCodeAt(i - 1)) && anyDigit(source.charCodeAt(i + 1)) ? "." : "．";
  }
  const c = charOf(n);
  return isSpace(c) ? " " : c;
}

/** Repairs one input line (`source[from, to)`): characters, bullets, punctuation, spaces. */
function cleanLine(source: string, from: number, to: number): TextLine {
  const raw = source.slice(from, to);
  if (!NEEDS_REPAIR.test(raw)) {
    const at = new Array<number>(raw.length);
    for (let k = 0; k < raw.length; k++) at[k] = from + k;
    return { text: raw, at };
  }
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const n = source.charCodeAt(i);
    // Han characters, ASCII letters and digits and the common Chinese marks are kept as they are.
    if (
      (n >= 0x4e00 && n <= 0x9fff) ||
      (n >= 0x30 && n <= 0x39) ||
      (n >= 0x61 && n <= 0x7a) ||
      (n >= 0x3001 && n <= 0x303f) ||
      n === 0xff0c ||
      n === 0xff1b ||
      n === 0xff1a ||
      n === 0xff08 ||
      n === 0xff09
    ) {
      chars.push(charOf(n));
      at.push(i);
      continue;
    }
    const c = readChar(source, i);
    if (c === "") continue;
    if (c === " " && (chars.length === 0 || chars[chars.length - 1] === " ")) continue;
    chars.push(c);
    at.push(i);
  }
  while (chars.length > 0 && chars[chars.length - 1] === " ") {
    chars.pop();
    at.pop();
  }
  // Bullets the extraction put before items: `- (二)`, `• …`.
  let lead = 0;
  for (;;) {
    const b = chars[lead] ?? "";
    if (b === "" || !BULLETS.includes(b)) break;
    const next = chars[lead + 1];
    if (next === " ") lead += 2;
    else if (STRONG_BULLETS.includes(b) && next !== undefined) lead += 1;
    else break;
  }
  if (lead > 0 && !isPageNumber(chars.join(""))) {
    chars.splice(0, lead);
    at.splice(0, lead);
  }
  if (ASCII_MARKS.test(raw)) fullWidthPunctuation(chars);
  // Spaces next to Chinese text are artifacts; spaces between Latin words, a number and a
  // Latin unit (`30 km`), or after a comma between digits (`3, 4`) stay.
  const outChars: string[] = [];
  const outAt: number[] = [];
  let last = -1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === " " && last >= 0) {
      const l = chars[last] as string;
      const r = chars[i + 1] ?? "";
      if (strayBetween(l, chineseAt(chars, last), r, chineseAt(chars, i + 1))) continue;
    }
    if (c !== " ") last = i;
    outChars.push(c);
    outAt.push(at[i] as number);
  }
  return { text: outChars.join(""), at: outAt };
}

/** Whether the space between `l` and `r` (each Chinese or not, as `chineseAt` reads it) is stray. */
function strayBetween(l: string, lCn: boolean, r: string, rCn: boolean): boolean {
  if (lCn) return rCn || isDigit(r) || oneOf("+%", r);
  if (rCn) return isDigit(l) || oneOf("+%", l);
  return isDigit(l) && r === "%";
}

const ASCII_TO_FULL: Record<string, string> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};

/**
 * Marks that Chinese and Latin text share: the ASCII marks the repair may write full-width,
 * straight and curly quotes, dashes and the ellipsis. Such a mark belongs to the text around it.
 */
const SHARED_MARKS = "\"',;:?!()“”‘’—―…";

/** Han text and the marks only Chinese text uses (CJK punctuation, full-width forms). */
const chineseOnly = (c: string): boolean => isCjk(c) && !SHARED_MARKS.includes(c);

/** How far `chineseAt` looks past a run of shared marks (keeps the repair linear). */
const MARK_REACH = 8;

/**
 * Whether the character at `i` is Chinese text for the decisions of the repair: Han text and
 * Chinese-only marks are; a shared mark is when the nearest character past the spaces and
 * shared marks on either side is Chinese (`好",` but not `residents,"` or `3, 4`). The repair
 * only writes a shared mark full-width or curly where it is Chinese, so repairing the result
 * again decides the same way.
 */
function chineseAt(chars: readonly string[], i: number): boolean {
  const c = chars[i];
  if (c === undefined || c === " ") return false;
  if (!SHARED_MARKS.includes(c)) return chineseOnly(c);
  for (const step of [-1, 1]) {
    for (let j = i + step, k = 0; k < MARK_REACH; j += step, k++) {
      const d = chars[j];
      if (d === undefined) break;
      if (d === " " || SHARED_MARKS.includes(d)) continue;
      if (chineseOnly(d)) return true;
      break;
    }
  }
  return false;
}

/** What a bracket pair holds that makes it Chinese: Chinese text or quotes (not ASCII marks). */
const chineseInside = (c: string): boolean => isCjk(c) || c === '"' || c === "'";

/** The index of the nearest character that is not a space, looking from `i` in `step` direction. */
function neighbourAt(chars: string[], i: number, step: 1 | -1): number {
  let j = i + step;
  while (chars[j] === " ") j += step;
  return j;
}

/** The nearest character that is not a space, looking from `i` in `step` direction. */
function neighbour(chars: string[], i: number, step: 1 | -1): string {
  return chars[neighbourAt(chars, i, step)] ?? "";
}

/** Whether the nearest character that is not a space, from `i` in `step` direction, is Chinese. */
const chineseNext = (chars: string[], i: number, step: 1 | -1): boolean =>
  chineseAt(chars, neighbourAt(chars, i, step));

/**
 * ASCII marks in Chinese text become full-width, as GB/T 15834-2011 writes them: `,` `;` `:`
 * `?` `!` next to Chinese text, a `.` that ends a Chinese sentence, and bracket pairs that
 * touch or hold Chinese text. `1,000`, `15:40` and `(API)` in Latin text stay.
 */
function fullWidthPunctuation(chars: string[]): void {
  const open: number[] = [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === "(") open.push(i);
    else if (c === ")") {
      const o = open.pop();
      if (o !== undefined) pairs.push([o, i]);
      else if (chineseNext(chars, i, -1) || chineseNext(chars, i, 1)) chars[i] = "）";
    } else if (c === "," || c === ";" || c === ":" || c === "?" || c === "!") {
      const l = neighbour(chars, i, -1);
      const r = neighbour(chars, i, 1);
      if ((c === "," || c === ":") && isDigit(l) && isDigit(r)) continue;
      if (chineseNext(chars, i, -1) || chineseNext(chars, i, 1))
        chars[i] = ASCII_TO_FULL[c] as string;
    } else if (c === ".") {
      const r = neighbour(chars, i, 1);
      if (isHan(neighbour(chars, i, -1)) && (r === "" || chineseNext(chars, i, 1))) chars[i] = "。";
    }
  }
  for (const o of open) {
    if (chineseNext(chars, o, -1) || chineseNext(chars, o, 1)) chars[o] = "（";
  }
  for (const [o, c] of pairs) {
    let cjk = chineseNext(chars, o, -1) || chineseNext(chars, c, 1);
    for (let k = o + 1; !cjk && k < c; k++) cjk = chineseInside(chars[k] as string);
    if (cjk) {
      chars[o] = "（";
      chars[c] = "）";
    }
  }
}

/** `— 1 —`, `- 2 -`, `第3页`, `3/12`, a lone page number. */
export function isPageNumber(text: string): boolean {
  if (text.length > 20) return false;
  let s = text;
  let dashed = false;
  while (s !== "" && "—–-－ ".includes(s.charAt(0))) {
    s = s.slice(1);
    dashed = true;
  }
  while (s !== "" && "—–-－ ".includes(s.charAt(s.length - 1))) s = s.slice(0, -1);
  s = s.replaceAll(" ", "");
  if (/^\d{1,3}$/.test(s)) return true;
  return (
    /^(?:第\d{1,3}页(?:[/，,]?共\d{1,3}页)?|\d{1,3}\/\d{1,3})$/.test(s) ||
    (dashed && /^\d{1,4}$/.test(s))
  );
}

/** Where the body starts: the first heading, item, or line that reads as a paragraph. */
export function bodyStart(lines: TextLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as TextLine).text;
    if (startsBlock(t) || t.length >= 40 || /[。，；]/.test(t)) return i;
  }
  return lines.length;
}

const isStandalone = (t: string): boolean => t.length <= 30 && !/[。，；：！？]/.test(t);

/** A line of words only (no marks): what a running header is. */
function isBare(t: string): boolean {
  for (const c of t) if (!(isHan(c) || isDigit(c) || isLatin(c) || c === " ")) return false;
  return true;
}

/**
 * Running headers: after the body starts, short lines without a sentence mark that repeat the
 * first line (the bulletin's name) or occur twice or more (a header on every page).
 */
function dropRunningHeaders(lines: TextLine[]): TextLine[] {
  const start = bodyStart(lines);
  const first = lines[0]?.text;
  const counts = new Map<string, number>();
  for (let i = start; i < lines.length; i++) {
    const t = (lines[i] as TextLine).text;
    if (isStandalone(t) && isBare(t) && !startsBlock(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out: TextLine[] = [];
  let blank = false;
  lines.forEach((line, i) => {
    const keep =
      i < start ||
      line.table !== undefined ||
      !isStandalone(line.text) ||
      startsBlock(line.text) ||
      !(line.text === first || (counts.get(line.text) ?? 0) >= 2);
    if (!keep) {
      blank ||= line.blankBefore === true;
      return;
    }
    if (blank) line.blankBefore = true;
    blank = false;
    out.push(line);
  });
  return out;
}

/** Whether a line ends in the middle of a sentence (a split word or sentence). */
function endsOpen(text: string): boolean {
  const c = text.charAt(text.length - 1);
  if (c === "" || SENTENCE_END.includes(c) || "\"'“‘%/".includes(c) || isDigit(c)) return false;
  return isHan(c) || isLatin(c) || "，,、（(《—".includes(c);
}

/**
 * Whether a blank line may lie inside the paragraph that `prev` and `next` split: only a word
 * split between Chinese characters, as a page break leaves it (`…相关工` + `作；在…`). Latin
 * text never joins across a blank line.
 */
function joinsAcrossBlank(prev: string, next: string): boolean {
  const last = prev.charAt(prev.length - 1);
  return (isHan(last) || oneOf("，、（《", last)) && chineseOnly(next.charAt(0));
}

/**
 * Joins a body line that stops mid-sentence with the next line, across the page numbers and
 * running headers of a page break: `…相关工` + `作；在…` → `…相关工作；在…`. A blank line ends
 * the paragraph, except inside a word split between Chinese characters (see `joinsAcrossBlank`).
 */
function joinSplitParagraphs(lines: TextLine[], joins: Set<TextLine>): TextLine[] {
  const start = bodyStart(lines);
  const out: TextLine[] = lines.slice(0, start);
  // A heading in a web copy (where a paragraph is a line) is much shorter than the text's long
  // lines and ends where its writer ended it; it is not a paragraph split by the page's width.
  let wide = 0;
  for (let i = start; i < lines.length; i++)
    wide = Math.max(wide, (lines[i] as TextLine).text.length);
  let open = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const prev = out[out.length - 1];
    const continues =
      open && prev && !line.table && !startsBlock(line.text) && !isDateLine(line.text);
    if (
      prev &&
      continues &&
      (line.blankBefore !== true || joinsAcrossBlank(prev.text, line.text))
    ) {
      const gap = isLatin(prev.text.charAt(prev.text.length - 1)) && isLatin(line.text.charAt(0));
      prev.text += (gap ? " " : "") + line.text;
      joins.add(prev);
      if (gap) prev.at.push(line.at[0] as number);
      for (const a of line.at) prev.at.push(a);
    } else {
      // The line is this repair's own (made by cleanLine): it may grow in place, no copy.
      if (continues) line.keptApart = true;
      out.push(line);
    }
    const last = out[out.length - 1] as TextLine;
    open =
      !last.table &&
      last.text.length >= 8 &&
      !(last.text.length * 2.5 < wide && isBareHeading(last.text)) &&
      !isHeadingLine(last.text) &&
      !isDateLine(last.text) &&
      endsOpen(last.text);
  }
  return out;
}

/**
 * Straight quotes in Chinese text become curly, opening and closing in turn (“…”, nested ‘…’),
 * counting the curly ones already there. A pair of straight double quotes turns when either
 * quote is Chinese (`chineseAt`) or it holds Han text; Latin quotes stay straight. Single quotes
 * turn only next to Chinese text.
 */
function curlQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const chars = [...text];
  let curlyOpen = false;
  let straightOpen = -1;
  let single = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "“") curlyOpen = true;
    else if (c === "”") curlyOpen = false;
    else if (c === "‘") single = true;
    else if (c === "’") single = false;
    else if (c === '"') {
      if (curlyOpen) {
        chars[i] = "”";
        curlyOpen = false;
      } else if (straightOpen === -1) straightOpen = i;
      else {
        let chinese = chineseAt(chars, straightOpen) || chineseAt(chars, i);
        for (let k = straightOpen + 1; !chinese && k < i; k++) chinese = isHan(chars[k] as string);
        if (chinese) {
          chars[straightOpen] = "“";
          chars[i] = "”";
        }
        straightOpen = -1;
      }
    } else if (
      c === "'" &&
      (chineseInside(chars[i - 1] ?? "") || chineseInside(chars[i + 1] ?? ""))
    ) {
      chars[i] = single ? "’" : "‘";
      single = !single;
    }
  }
  if (straightOpen !== -1 && chineseAt(chars, straightOpen)) chars[straightOpen] = "“";
  return chars.join("");
}
