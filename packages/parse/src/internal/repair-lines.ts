import { isCjk, isDigit, isHan, isLatin, isSpace, oneOf, SENTENCE_END } from "./chars";
import { isDateLine, isHeadingLine, startsBlock } from "./line-kinds";
import { findTables, type TableLines } from "./read-table";

/** One repaired line and, for each of its UTF-16 units, its offset in the input. */
export interface TextLine {
  text: string;
  at: number[];
  /** Set on the one line that stands for a whole table (read-table.ts). */
  table?: TableLines;
}

/** The repaired lines of a text and where each input line starts (for line/column). */
export interface RepairedText {
  lines: TextLine[];
  lineStarts: number[];
}

const BULLETS = "-–•·*●▪◆■○";
const STRONG_BULLETS = "•●▪◆■";

/**
 * Repairs the artifacts of PDF extraction, OCR and copy-paste, line by line, keeping for every
 * character the offset it came from: stray spaces next to Chinese text, `- ` bullets, ASCII
 * punctuation in Chinese text (GB/T 15834-2011), full-width digits and letters, page numbers,
 * running headers, paragraphs split by line and page breaks. Linear in the length of the text.
 */
export function repairLines(source: string): RepairedText {
  const lineStarts: number[] = [];
  const raw: [number, number][] = [];
  const cleaned: TextLine[] = [];
  let start = 0;
  const n = source.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? source.charCodeAt(i) : 10;
    if (c === 10 || c === 13 || c === 0x0c || c === 0x2028 || c === 0x2029) {
      lineStarts.push(start);
      raw.push([start, i]);
      if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  // Tables first: their cells are not page numbers or split sentences.
  const tables = findTables(source, raw, (from, to) => cleanLine(source, from, to));
  for (let r = 0; r < raw.length; r++) {
    const table = tables.get(r);
    if (table) {
      cleaned.push(table.line);
      r = table.end;
      continue;
    }
    const line = cleanLine(source, ...(raw[r] as [number, number]));
    if (line.text !== "" && !isPageNumber(line.text)) cleaned.push(line);
  }
  const kept = dropRunningHeaders(cleaned);
  const joined = joinSplitParagraphs(kept);
  for (const line of joined) {
    // Again on the joined line: a mark at a line break now has its neighbour.
    const chars = line.text.split("");
    fullWidthPunctuation(chars);
    line.text = curlQuotes(chars.join(""));
  }
  return { lines: joined, lineStarts };
}

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
  const c = source.charAt(i);
  return isSpace(c) ? " " : c;
}

/** Repairs one input line (`source[from, to)`): characters, bullets, punctuation, spaces. */
function cleanLine(source: string, from: number, to: number): TextLine {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = from; i < to; i++) {
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
  fullWidthPunctuation(chars);
  // Spaces next to Chinese text are artifacts; spaces between Latin words or a number and a
  // Latin unit (`30 km`) stay.
  const outChars: string[] = [];
  const outAt: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === " ") {
      const l = outChars[outChars.length - 1] ?? "";
      const r = chars[i + 1] ?? "";
      if (strayBetween(l, r)) continue;
    }
    outChars.push(c);
    outAt.push(at[i] as number);
  }
  return { text: outChars.join(""), at: outAt };
}

function strayBetween(l: string, r: string): boolean {
  if (cjkish(l)) return cjkish(r) || isDigit(r) || oneOf("+%", r);
  if (cjkish(r)) return isDigit(l) || oneOf("+%", l);
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
 * Chinese text for the decisions of the repair: a straight quote counts, because the repair
 * turns it into a curly one, and so do the ASCII marks it may write full-width. A character's
 * class never changes under the repair, so repairing the result again decides the same way.
 */
const cjkish = (c: string): boolean => isCjk(c) || oneOf("\"',;:?!()", c);

/** What a bracket pair holds that makes it Chinese: Chinese text or quotes (not ASCII marks). */
const chineseInside = (c: string): boolean => isCjk(c) || c === '"' || c === "'";

/** The nearest character that is not a space, looking from `i` in `step` direction. */
function neighbour(chars: string[], i: number, step: 1 | -1): string {
  let j = i + step;
  while (chars[j] === " ") j += step;
  return chars[j] ?? "";
}

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
      else if (cjkish(neighbour(chars, i, -1)) || cjkish(neighbour(chars, i, 1))) chars[i] = "）";
    } else if (c === "," || c === ";" || c === ":" || c === "?" || c === "!") {
      const l = neighbour(chars, i, -1);
      const r = neighbour(chars, i, 1);
      if ((c === "," || c === ":") && isDigit(l) && isDigit(r)) continue;
      if (cjkish(l) || cjkish(r)) chars[i] = ASCII_TO_FULL[c] as string;
    } else if (c === ".") {
      const r = neighbour(chars, i, 1);
      if (isHan(neighbour(chars, i, -1)) && (r === "" || cjkish(r))) chars[i] = "。";
    }
  }
  for (const o of open) {
    if (cjkish(neighbour(chars, o, -1)) || cjkish(neighbour(chars, o, 1))) chars[o] = "（";
  }
  for (const [o, c] of pairs) {
    let cjk = cjkish(neighbour(chars, o, -1)) || cjkish(neighbour(chars, c, 1));
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
  return lines.filter((line, i) => {
    if (i < start || line.table || !isStandalone(line.text) || startsBlock(line.text)) return true;
    return !(line.text === first || (counts.get(line.text) ?? 0) >= 2);
  });
}

/** Whether a line ends in the middle of a sentence (a split word or sentence). */
function endsOpen(text: string): boolean {
  const c = text.charAt(text.length - 1);
  if (c === "" || SENTENCE_END.includes(c) || "\"'“‘%/".includes(c) || isDigit(c)) return false;
  return isHan(c) || isLatin(c) || "，,、（(《—".includes(c);
}

/**
 * Joins a body line that stops mid-sentence with the next line, across the blank lines, page
 * numbers and running headers of a page break: `…相关工` + `作；在…` → `…相关工作；在…`.
 */
function joinSplitParagraphs(lines: TextLine[]): TextLine[] {
  const start = bodyStart(lines);
  const out: TextLine[] = lines.slice(0, start);
  let open = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const prev = out[out.length - 1];
    if (open && prev && !line.table && !startsBlock(line.text) && !isDateLine(line.text)) {
      const gap = isLatin(prev.text.charAt(prev.text.length - 1)) && isLatin(line.text.charAt(0));
      prev.text += (gap ? " " : "") + line.text;
      if (gap) prev.at.push(line.at[0] as number);
      for (const a of line.at) prev.at.push(a);
    } else {
      out.push(line.table ? line : { text: line.text, at: line.at.slice() });
    }
    const last = out[out.length - 1] as TextLine;
    open =
      !last.table &&
      last.text.length >= 8 &&
      !isHeadingLine(last.text) &&
      !isDateLine(last.text) &&
      endsOpen(last.text);
  }
  return out;
}

/**
 * Straight quotes become curly, opening and closing in turn (“…”, nested ‘…’), counting the
 * curly ones already there. Single quotes turn only next to Chinese text.
 */
function curlQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const chars = [...text];
  let double = false;
  let single = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "“") double = true;
    else if (c === "”") double = false;
    else if (c === "‘") single = true;
    else if (c === "’") single = false;
    else if (c === '"') {
      chars[i] = double ? "”" : "“";
      double = !double;
    } else if (
      c === "'" &&
      (chineseInside(chars[i - 1] ?? "") || chineseInside(chars[i + 1] ?? ""))
    ) {
      chars[i] = single ? "’" : "‘";
      single = !single;
    }
  }
  return chars.join("");
}
