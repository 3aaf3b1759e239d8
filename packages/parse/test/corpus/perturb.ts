/**
 * Seeded, deterministic perturbations of a bulletin's text: the shapes real PDF and web
 * extraction give the same text in, which a reader would not call a change of any fact
 * (README.md here, "Perturbed texts"). Each perturbation is a function of the text and a seed;
 * the same text and seed always give the same output. Used by `corpus-perturbed.test.ts`
 * (every tuning text under every perturbation, facts compared as in `corpus.test.ts`) and by
 * the property test on generated bulletins (`perturbed-shapes.test.ts`).
 *
 * What each one leaves alone, so that every hand-written fact stays true:
 * - the lines before the text's first paragraph (masthead, title, date and grid lines) are
 *   never re-wrapped, and a title is never broken: a title line broken over two lines is a
 *   different problem (a reader may not know where it ends either);
 * - table rows (`|` or tab separated) and lines that already set words apart with spaces (their
 *   spaces may be a table's columns or a reporters' list) get no new spaces and no new breaks;
 * - a comma, colon or semicolon between two digits (`1,234`, `09:50`), a web address, a
 *   converter's pinyin in brackets (`關(guān)`) and Latin text keep their ASCII marks;
 * - web furniture added names no body, no date and no figure the text does not already give.
 */

import { seededRandom } from "@bulletin/testkit";

/** A seed from a text's name and a perturbation's (FNV-1a), so each pair has its own. */
export function seedOf(...parts: string[]): number {
  let h = 0x811c9dc5;
  for (const c of parts.join("\u0000")) {
    h ^= c.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const isHan = (c: string | undefined): boolean =>
  c !== undefined && /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〇]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
/** Han text or a full-width mark: what makes an ASCII mark next to it a Chinese text's mark. */
const isChinese = (c: string | undefined): boolean =>
  c !== undefined && (isHan(c) || /[\u3000-\u303f\uff00-\uffef“”‘’—…]/.test(c));

/** A line of a table or a grid: cells set apart by `|` or tabs. */
const isTableRow = (line: string): boolean => /[|｜\t]/.test(line);

/** A line whose words are already set apart by spaces (a table's columns, a list of names). */
const spacedApart = (line: string): boolean => /\S[ \u3000]+\S/.test(line.trim());

/** A web address or e-mail on the line (its marks are not Chinese text's). */
const hasAddress = (line: string): boolean => /https?:|www\.|@[a-z]/i.test(line);

/**
 * The index of the text's first paragraph: the first line of 20 characters or more with a
 * sentence's `。`. The lines before it are the masthead, the title and the page's head; the
 * perturbations that could break a title leave them alone.
 */
export function firstParagraph(lines: readonly string[]): number {
  const i = lines.findIndex((l) => l.trim().length >= 20 && l.includes("。"));
  return i < 0 ? lines.length : i;
}

const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** A converter's pinyin in ASCII brackets, `(guān)`: not Chinese text's brackets. */
const PINYIN_INSIDE = /^[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*$/;

const FULL: Record<string, string> = {
  ",": "，",
  ":": "：",
  ";": "；",
  "(": "（",
  ")": "）",
  "!": "！",
  "?": "？",
};
const ASCII: Record<string, string> = Object.fromEntries(
  Object.entries(FULL).map(([a, f]) => [f, a]),
);

/** The next character that is not a space, from `i` on in direction `step`. */
function beside(line: string, i: number, step: 1 | -1): string | undefined {
  for (let k = i; k >= 0 && k < line.length; k += step) {
    const c = line.charAt(k);
    if (c !== " ") return c;
  }
  return undefined;
}

/**
 * ASCII marks of Chinese text written full-width, as a Word or PDF original prints them
 * (`2020年,全市` → `2020年，全市`, `(一)` → `（一）`). A mark is Chinese text's when a
 * character beside it is Han or a full-width mark (a bracket: when its pair holds Han text or
 * stands next to it). Not turned: a mark between two digits (`1,234`, `09:50`), a line with a web
 * address, a converter's pinyin `(guān)`.
 */
export function fullWidthMarks(text: string): string {
  return splitLines(text)
    .map((line) => {
      if (hasAddress(line) || !/[,:;()!?]/.test(line)) return line;
      const out = [...line];
      const chars = [...line];
      // Brackets in pairs: a pair turns when it holds or touches Chinese text.
      const open: number[] = [];
      const paired = new Set<number>();
      chars.forEach((c, i) => {
        if (c === "(") open.push(i);
        else if (c === ")" && open.length > 0) {
          const o = open.pop() as number;
          const inside = chars.slice(o + 1, i).join("");
          paired.add(o);
          paired.add(i);
          if (PINYIN_INSIDE.test(inside)) return;
          if (
            [...inside].some(isChinese) ||
            isChinese(beside(line, o - 1, -1)) ||
            isChinese(beside(line, i + 1, 1))
          ) {
            out[o] = "（";
            out[i] = "）";
          }
        }
      });
      chars.forEach((c, i) => {
        if (!(c in FULL) || paired.has(i)) return;
        const before = chars[i - 1];
        const after = chars[i + 1];
        if ((c === "," || c === ":" || c === ";") && isDigit(before) && isDigit(after)) return;
        const b = beside(chars.join(""), i - 1, -1);
        const a = beside(chars.join(""), i + 1, 1);
        if (isChinese(b) || (c !== "!" && c !== "?" && isChinese(a))) out[i] = FULL[c] as string;
      });
      return out.join("");
    })
    .join("\n");
}

/**
 * Full-width marks written ASCII, as many web copies give them (`，：；（）！？` →
 * `,:;()!?`), except a full-width comma between two digits (`3，4`: as `3,4` it would read as
 * one number).
 */
export function asciiMarks(text: string): string {
  return text.replace(/[，：；（）！？]/g, (c, i: number) =>
    c === "，" && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))
      ? c
      : (ASCII[c] as string),
  );
}

/** A character's width on a page: a Han character or full-width form takes two half-cells. */
const cells = (c: string): number => (c.charCodeAt(0) < 0x2e80 ? 1 : 2);

/** Marks no line starts with (a typesetter keeps them on the line before: 避头). */
const NO_START = /^[，。、；：？！）》”’%,.;:?!)\]}]$/;
/** Marks no line ends with (避尾). */
const NO_END = /^[（《“‘([{]$/;
/** Characters a Latin line breaker keeps together: a number, a word, a decimal or percent. */
const WORD = /[0-9A-Za-z.%]/;

/**
 * A paragraph broken into lines of at most `width` half-cells (a Han character is two), as a
 * PDF's extraction gives it: closing marks stay on the line before (避头尾). With `midWord`,
 * a line may break anywhere else, inside a number (`12.` / `36万件`) too, as a CJK page grid
 * does; without it, a run of digits and Latin letters is kept whole.
 */
export function wrap(paragraph: string, width: number, midWord: boolean): string[] {
  const chars = [...paragraph];
  const lines: string[] = [];
  let line: string[] = [];
  let used = 0;
  // A converter's pinyin, `(guān)`, is one piece (it is no text a page prints).
  const inPinyin = new Set<number>();
  for (const m of paragraph.matchAll(
    /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zü\u00c0-\u024f]{1,7}\)/g,
  )) {
    const start = [...paragraph.slice(0, m.index)].length;
    for (let k = 1; k < m[0].length; k++) inPinyin.add(start + k);
  }
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const w = cells(c);
    if (used + w > width && line.length > 0 && !NO_START.test(c) && !inPinyin.has(i)) {
      let cut = line.length;
      // Keep an opening mark with what follows it, and (unless midWord) a number whole.
      while (cut > 1 && NO_END.test(line[cut - 1] as string)) cut--;
      if (!midWord && WORD.test(c)) {
        let k = cut;
        while (k > 1 && WORD.test(line[k - 1] as string)) k--;
        if (k > 1) cut = k;
      }
      // A page prints no space at a line's end or start.
      const carried = line.slice(cut);
      while (carried[0] === " ") carried.shift();
      lines.push(line.slice(0, cut).join("").trimEnd());
      line = carried;
      used = carried.reduce((s, x) => s + cells(x), 0);
    }
    line.push(c);
    used += w;
  }
  if (line.length > 0) lines.push(line.join(""));
  return lines;
}

/**
 * The text's paragraphs from the first on re-wrapped at a width drawn from 36–80 half-cells
 * (18–40 Han characters), as PDF extraction breaks lines. Only lines with a `。` wider than the
 * width are broken: the lines before the first paragraph (titles), headings without a `。`,
 * table rows and lines set apart by spaces stay whole.
 */
function rewrap(text: string, seed: number, midWord: boolean): string {
  const next = seededRandom(seed);
  const width = 36 + Math.floor(next() * 45);
  const lines = splitLines(text);
  const first = firstParagraph(lines);
  return lines
    .flatMap((line, i) => {
      if (i < first || !line.includes("。") || isTableRow(line)) return [line];
      if ([...line].reduce((s, c) => s + cells(c), 0) <= width) return [line];
      return wrap(line, width, midWord);
    })
    .join("\n");
}

/**
 * Stray spaces as PDF extraction leaves them: between a number and the Han text on either side
 * (`12.36 万件`, `受理 4528 件`, most boundaries), before a `%` now and then, and between two Han
 * characters now and then (`首席事务 代表会`). Lines whose words are already set apart by
 * spaces, table rows and lines with a web address are left alone.
 */
function straySpaces(text: string, seed: number): string {
  const next = seededRandom(seed);
  return splitLines(text)
    .map((line) => {
      if (isTableRow(line) || spacedApart(line) || hasAddress(line)) return line;
      const chars = [...line];
      let out = "";
      chars.forEach((c, i) => {
        const prev = chars[i - 1];
        if (prev !== undefined) {
          const numberEdge = (isDigit(prev) && isHan(c)) || (isHan(prev) && isDigit(c));
          if (numberEdge && next() < 0.7) out += " ";
          else if (c === "%" && isDigit(prev) && next() < 0.3) out += " ";
          else if (isHan(prev) && isHan(c) && next() < 0.06) out += " ";
        }
        out += c;
      });
      return out;
    })
    .join("\n");
}

/** Furniture lines a web page prints over the text: none names a body, a date or a figure. */
const HEAD_FURNITURE = [
  "当前位置：首页 > 政务公开 > 工作动态",
  "您现在所在的位置：首页 > 信息公开 > 统计数据",
  "字号：大 中 小",
  "【字体：大 中 小】",
  "【打印】【关闭】",
  "分享到：",
];
/** Furniture lines a web page prints under the text. */
const FOOT_FURNITURE = [
  "打印本页 关闭窗口",
  "【打印本页】 【关闭窗口】",
  "版权所有 © 本网站 未经许可不得复制",
  "ICP备案号：蜀ICP备05003225号-1",
  "公网安备 51010402000123号",
  "网站标识码：5101000001",
];

/** Up to `n` of `list`, in their order, drawn by `next`. */
function some(list: readonly string[], n: number, next: () => number): string[] {
  const picked = list.filter(() => next() < n / list.length);
  return picked.length > 0 ? picked : [list[Math.floor(next() * list.length)] as string];
}

/**
 * A web page's furniture added at the head (breadcrumb, font-size widget, print and close
 * links) and, after a blank line, at the foot (print and close links, a 版权所有 line naming no
 * body, ICP and 公网安备 numbers).
 */
function webFurniture(text: string, seed: number): string {
  const next = seededRandom(seed);
  const head = some(HEAD_FURNITURE, 2, next);
  const foot = some(FOOT_FURNITURE, 3, next);
  return `${head.join("\n")}\n${text.replace(/\s+$/, "")}\n\n${foot.join("\n")}\n`;
}

/** CRLF line ends. */
const crlf = (text: string): string => splitLines(text).join("\r\n");

/**
 * Each empty line doubled. (A line of spaces only is left single: in a table parted by empty
 * lines it is a blank cell.)
 */
function doubledBlankLines(text: string): string {
  return splitLines(text)
    .flatMap((line) => (line === "" ? [line, line] : [line]))
    .join("\n");
}

/** A blank line after every line that ends a paragraph with `。` (a web copy's `<p>` margins). */
function blankAfterParagraphs(text: string): string {
  const lines = splitLines(text);
  return lines
    .flatMap((line, i) =>
      /。\s*$/.test(line) && (lines[i + 1] ?? "").trim() !== "" ? [line, ""] : [line],
    )
    .join("\n");
}

/**
 * The blank lines after a line that ends its sentence (`。！？`) removed: the next line starts a
 * paragraph either way. A blank line after any other line stays (it may end a title or keep two
 * tables apart).
 */
function noBlankAfterSentences(text: string): string {
  const lines = splitLines(text);
  const out: string[] = [];
  let last = "";
  for (const line of lines) {
    if (line.trim() === "" && /[。！？!?]\s*$/.test(last)) continue;
    out.push(line);
    if (line.trim() !== "") last = line;
  }
  return out.join("\n");
}

/**
 * A PDF's indentation: `　　` before each line from the first paragraph on (table rows
 * excepted), the lines before it centred with ASCII spaces on a page 40 Han characters wide.
 */
function indent(text: string): string {
  const lines = splitLines(text);
  const first = firstParagraph(lines);
  return lines
    .map((line, i) => {
      if (line.trim() === "" || isTableRow(line)) return line;
      if (i >= first) return `\u3000\u3000${line}`;
      const width = [...line].reduce((s, c) => s + cells(c), 0);
      return " ".repeat(Math.max(0, Math.floor((80 - width) / 2))) + line;
    })
    .join("\n");
}

/** A running header a page may print on every page of a 简报: it names no body, date or figure. */
const RUNNING_HEADERS = ["内部资料 注意保存", "内部资料"];

/** A page's number as a PDF's footer prints it (GB/T 9704: `— 3 —`), in the forms copies give. */
const PAGE_NUMBERS = [
  (n: number) => `— ${n} —`,
  (n: number) => `- ${n} -`,
  (n: number) => `第 ${n} 页`,
];

/**
 * A line a page's furniture ({@link pages}) added: a page number or a running header. A
 * reader skips them; no line of the corpus has these shapes but a page number its PDF printed
 * (`- 4 -` in `liupanshui-environment-2018-07`), which a reader skips too.
 */
export const isPageFurniture = (line: string): boolean =>
  /^(?:— \d+ —|- \d+ -|第 \d+ 页)$/.test(line) || RUNNING_HEADERS.includes(line);

/**
 * The text as `pdftotext` gives a PDF of several pages: paragraphs re-wrapped at the page's width
 * (breaks inside numbers too), then every 20–45 lines a page break: the page's number under its
 * last line (after a blank line now and then), a form feed, and on the next page a running
 * header (`内部资料 注意保存`) now and then, when two pages or more follow the first (one such line
 * alone cannot be told from a heading at a page's top). A page break falls anywhere, inside a
 * paragraph or a table too.
 */
function pages(text: string, seed: number): string {
  const next = seededRandom(seed ^ 0x5bd1e995);
  const lines = splitLines(rewrap(text, seed, true));
  const perPage = 20 + Math.floor(next() * 26);
  const number = PAGE_NUMBERS[Math.floor(next() * PAGE_NUMBERS.length)] as (n: number) => string;
  // A running header is told from a heading by its recurrence: printed only over two pages or more.
  const breaks = Math.floor((lines.length - 1) / perPage);
  const header =
    next() < 0.5 && breaks >= 2
      ? RUNNING_HEADERS[Math.floor(next() * RUNNING_HEADERS.length)]
      : undefined;
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, i) => {
    out.push(line);
    if ((i + 1) % perPage !== 0 || i + 1 === lines.length) return;
    if (next() < 0.3) out.push("");
    out.push(number(page));
    page++;
    out.push(header === undefined ? "\f" : `\f${header}`);
  });
  return out.join("\n");
}

/** One perturbation: its name, what it does, and the function (text, seed) → text. */
export interface Perturbation {
  name: string;
  what: string;
  apply: (text: string, seed: number) => string;
}

/** The perturbations `corpus-perturbed.test.ts` runs, in the order it reports them. */
export const PERTURBATIONS: readonly Perturbation[] = [
  {
    name: "full-width-marks",
    what: "ASCII marks of Chinese text full-width (，：；（）！？)",
    apply: (t) => fullWidthMarks(t),
  },
  {
    name: "rewrap",
    what: "paragraphs re-wrapped at 18–40 Han characters, numbers kept whole",
    apply: (t, s) => rewrap(t, s, false),
  },
  {
    name: "rewrap-mid-number",
    what: "paragraphs re-wrapped at 18–40 Han characters, breaks inside numbers too",
    apply: (t, s) => rewrap(t, s, true),
  },
  {
    name: "stray-spaces",
    what: "spaces around numbers (12.36 万件) and now and then between Han characters",
    apply: straySpaces,
  },
  {
    name: "web-furniture",
    what: "breadcrumb, 字号 and print links at the head; print links, 版权所有, ICP, 公网安备 at the foot",
    apply: webFurniture,
  },
  { name: "crlf", what: "CRLF line ends", apply: (t) => crlf(t) },
  {
    name: "doubled-blank-lines",
    what: "each empty line doubled",
    apply: (t) => doubledBlankLines(t),
  },
  {
    name: "blank-lines",
    what: "a blank line after each paragraph that ends with 。",
    apply: (t) => blankAfterParagraphs(t),
  },
  {
    name: "no-blank-lines",
    what: "blank lines after a sentence's end removed",
    apply: (t) => noBlankAfterSentences(t),
  },
  {
    name: "indent",
    what: "　　 before body lines, head lines centred with spaces",
    apply: (t) => indent(t),
  },
  {
    name: "pdf-like",
    what: "full-width marks, stray spaces, re-wrapped mid-number and indented, together",
    apply: (t, s) => rewrap(indent(straySpaces(fullWidthMarks(t), s)), s, true),
  },
  {
    name: "pdf-pages",
    what: "re-wrapped mid-number and broken into pages: page numbers, form feeds, running headers",
    apply: pages,
  },
];
