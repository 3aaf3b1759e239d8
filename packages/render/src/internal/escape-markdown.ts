/**
 * Escaping for CommonMark (and the GFM extensions markdown-it enables by default: tables,
 * strikethrough). Every block the renderer writes is one line, so the only block syntax that
 * text can trigger is at the start of that line; inline syntax can start anywhere.
 */

/** Characters that open or close inline syntax: code, emphasis, links, HTML, entities, GFM. */
const INLINE_SPECIAL = /[\\`*_[\]<>&~|#]/g;
/** Line endings would split the block (and CommonMark reads a soft break as a space). */
const LINE_ENDING = /[\n\r]/g;
const NEEDS_ESCAPE = /[\\`*_[\]<>&~|#\n\r]/;

/** Escapes text for use inside a Markdown block: syntax characters get a backslash. */
export function escapeInline(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(INLINE_SPECIAL, "\\$&")
    .replace(LINE_ENDING, (c) => (c === "\n" ? "&#10;" : "&#13;"));
}

/** Whitespace that a Markdown parser strips or reads as indentation at the ends of a block. */
const EDGE_SPACE = /^\s+|\s+$/gu;

/**
 * Makes an assembled block safe at its start and ends: a leading `-`, `+`, `=` or `1.`
 * would start a list or heading underline, and leading or trailing whitespace would be
 * stripped (or read as a code block), so it is written as character references.
 */
export function protectBlock(block: string): string {
  let out = block;
  const first = out.charCodeAt(0);
  if (first === 45 /* - */ || first === 43 /* + */ || first === 61 /* = */) out = `\\${out}`;
  else if (first >= 48 && first <= 57) out = out.replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2");
  return out.replace(EDGE_SPACE, (run) => {
    let encoded = "";
    for (const c of run) encoded += `&#${c.codePointAt(0)};`;
    return encoded;
  });
}

/** Whitespace for markdown-it and CommonMark alike (VT is whitespace to markdown-it only). */
const SPACE = /^[\t\n\f\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/;
/** Punctuation (Unicode P and S, as markdown-it 14 and CommonMark 0.31 define it) in the BMP. */
const PUNCT = /^[\p{P}\p{S}]$/u;
/**
 * BMP characters whose class depends on the parser's Unicode tables: unassigned ones (a later
 * Unicode may make them P or S), and the P and S characters assigned after Unicode 15.0, which
 * markdown-it 14's tables (uc.micro 2.1) hold as unassigned, so as letters, while Node 20's ICU
 * (Unicode 17) holds them as symbols: U+1B4E–1B4F, U+1B7F, U+20C1, U+2427–2429 (`␧`), U+2B96,
 * U+31E4–31E5, U+FBC3–FBD2, U+FD90–FD91, U+FDC8–FDCE.
 */
const VERSION_DEPENDENT =
  /^[\p{Cn}\u1b4e\u1b4f\u1b7f\u20c1\u2427-\u2429\u2b96\u31e4\u31e5\ufbc3-\ufbd2\ufd90\ufd91\ufdc8-\ufdce]$/u;

type CharClass = "space" | "punct" | "letter" | "ambiguous";

/**
 * How a CommonMark parser sees a character next to a delimiter run. Characters that parsers
 * disagree on (astral symbols, lone surrogates, VT, and those whose class changed between
 * Unicode versions) are `ambiguous`; a line boundary is space.
 */
function classify(c: string): CharClass {
  if (c === "") return "space";
  if (c.length > 1 || (c >= "\ud800" && c <= "\udfff") || c === "\v") return "ambiguous";
  if (VERSION_DEPENDENT.test(c)) return "ambiguous";
  if (SPACE.test(c)) return "space";
  return PUNCT.test(c) ? "punct" : "letter";
}

/** Whether a delimiter next to `edge` (inside) and `outside` still opens or closes. */
function flanks(edge: CharClass, outside: CharClass): boolean {
  return edge === "letter" || (edge === "punct" && (outside === "space" || outside === "punct"));
}

/**
 * Emphasis that a CommonMark parser reads as emphasis even next to Chinese text. A delimiter
 * run with punctuation on the inside and a letter on the outside does not open or close
 * (`增长**“受理件数”**增长` stays literal), nor does one with whitespace inside. So characters
 * at the ends of the text go outside the delimiters until both delimiters flank:
 * `增长“**受理件数**”增长`, while `（二）**惠企政策“直达快享”**。` keeps its quote inside.
 * Text that is all punctuation is written without emphasis; the text itself never changes.
 *
 * @param before - the character written just before (`""` at the start of a line)
 * @param after - the character written just after (`""` at the end of a line)
 */
export function emphasize(
  text: string,
  delimiter: "*" | "**",
  before: string,
  after: string,
): string {
  const chars = Array.from(text);
  let start = 0;
  let end = chars.length;
  let outside = classify(before);
  while (start < end) {
    const edge = classify(chars[start] as string);
    if (flanks(edge, outside)) break;
    outside = edge;
    start++;
  }
  outside = classify(after);
  while (end > start) {
    const edge = classify(chars[end - 1] as string);
    if (flanks(edge, outside)) break;
    outside = edge;
    end--;
  }
  if (start === end) return escapeInline(text);
  return (
    escapeInline(chars.slice(0, start).join("")) +
    delimiter +
    escapeInline(chars.slice(start, end).join("")) +
    delimiter +
    escapeInline(chars.slice(end).join(""))
  );
}

/** The last code point of a string, or `""`. */
export function lastChar(s: string): string {
  if (s === "") return "";
  const low = s.charCodeAt(s.length - 1);
  if (low >= 0xdc00 && low <= 0xdfff && s.length > 1) {
    const high = s.charCodeAt(s.length - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(-2);
  }
  return s.charAt(s.length - 1);
}

/** The first code point of a string, or `""`. */
export function firstChar(s: string): string {
  return s === "" ? "" : String.fromCodePoint(s.codePointAt(0) as number);
}
