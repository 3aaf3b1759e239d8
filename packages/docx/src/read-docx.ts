import type { Locale } from "@bulletin/format";
import { DocxError } from "./errors";
import { checkedLocale, docxMessage } from "./internal/messages";
import { Numbering } from "./internal/numbering";
import { checkSignature, PackageReader } from "./internal/package-parts";
import { Styles } from "./internal/styles";
import { walkXml, type XmlLimits } from "./internal/walk-xml";

/**
 * What a {@link DocxWarning} is about.
 *
 * - `unknown-numbering`: a paragraph is numbered in a list that `numbering.xml` does not define;
 *   its marker is left out.
 * - `unsupported-number-format`: a list uses a number format this reader does not draw
 *   (`hebrew1`, `thaiCounting`…); its numbers are drawn as decimals.
 *
 * @example
 * ```ts
 * const code: DocxWarningCode = "unknown-numbering";
 * ```
 */
export type DocxWarningCode = "unknown-numbering" | "unsupported-number-format";

/**
 * Something `readDocx` could not read exactly as Word shows it, as data (never thrown).
 *
 * @example
 * ```ts
 * const warning: DocxWarning = {
 *   code: "unknown-numbering",
 *   message: "readDocx: a paragraph uses list 7 level 0, which numbering.xml does not define; its marker is left out",
 *   part: "word/numbering.xml",
 * };
 * ```
 */
export interface DocxWarning {
  /** What this is about, stable across versions. */
  code: DocxWarningCode;
  /** What was found and what the reader did about it. */
  message: string;
  /** The package part it concerns. */
  part: string;
}

/**
 * What {@link readDocx} returns: the document's text and what could not be read exactly.
 *
 * @example
 * ```ts
 * const { text, warnings }: DocxText = await readDocx(bytes);
 * ```
 */
export interface DocxText {
  /**
   * The paragraphs in reading order (text boxes where they are anchored), each with the list
   * marker Word's automatic numbering draws, one paragraph a line, a blank line between
   * paragraphs; a table as one block of `| a | b |` lines, a `| --- |` rule under its header
   * rows: the text `parseBulletinText` reads.
   */
  text: string;
  /** What could not be read exactly as Word shows it. */
  warnings: DocxWarning[];
}

/**
 * Options of {@link readDocx}.
 *
 * @example
 * ```ts
 * const options: ReadDocxOptions = { maxInflatedBytes: 16 * 1024 * 1024 };
 * ```
 */
export interface ReadDocxOptions {
  /**
   * The most bytes the parts read (document, styles, numbering and relationships) may inflate
   * to, together; more throws `too-large`. Default 64 MiB (a 100-page bulletin is about 1 MiB).
   */
  maxInflatedBytes?: number;
  /** The deepest XML nesting read; deeper throws `too-deep`. Default 256. */
  maxDepth?: number;
  /** The language of error messages: `zh-CN` (default) or `en`. */
  locale?: Locale;
}

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_NUMBERING = /\/numbering$/;
const REL_STYLES = /\/styles$/;

interface Relationship {
  type: string;
  target: string;
}

function readRelationships(
  name: string,
  bytes: Uint8Array | undefined,
  limits: XmlLimits,
): Relationship[] {
  const out: Relationship[] = [];
  if (bytes === undefined) return out;
  walkXml(name, bytes, limits, {
    open: (el) => {
      if (el.name !== "*:Relationship" || el.attr("TargetMode") === "External") return;
      out.push({ type: el.attr("Type") ?? "", target: el.attr("Target") ?? "" });
    },
    close: () => {},
    text: () => {},
  });
  return out;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  const parts = target.startsWith("/") ? [] : base.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

const relsOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

function checkLimit(name: string, value: unknown, fallback: number, locale: Locale): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new DocxError(
      "invalid-option",
      docxMessage("invalid-option", locale, {
        fn: "readDocx",
        option: name,
        expected: "a positive integer",
        expectedZh: "正整数",
        got: String(value).slice(0, 40),
      }),
      { path: [name] },
    );
  }
  return value;
}

interface OpenParagraph {
  text: string;
  style?: string;
  numId?: string;
  ilvl?: number;
}

/** A cell being read: its paragraphs' text, its `gridSpan`, and whether it continues a merge. */
interface OpenCell {
  text: string;
  span: number;
  continued: boolean;
}

/** A row being read: its cells, whether it repeats as a header row, its skipped grid columns. */
interface OpenRow {
  cells: OpenCell[];
  header: boolean;
  before: number;
  after: number;
}

/** The most grid columns a cell or a row's skipped columns count for (Word allows 63 columns). */
const MAX_COLUMNS = 63;

/** A `w:val` that is an integer of 0–{@link MAX_COLUMNS}, or `fallback`. */
function columnsOf(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isNaN(n) ? fallback : Math.min(MAX_COLUMNS, Math.max(0, n));
}

/** Whether an on/off property (`w:tblHeader`, `w:vanish`) is on: present and not `0`/`false`. */
const isOn = (value: string | undefined): boolean =>
  value !== "0" && value !== "false" && value !== "off";

/**
 * A table as the text writer of `@bulletin/render` prints one, which `parseBulletinText`
 * reads: a `| a | b |` line a row (`|` in a cell written `\|`), a `| --- |` rule under the rows
 * Word repeats as header rows (first when there are none), a spanning or merged-into cell's
 * text in its first column and blanks in the others. Empty when no cell holds text.
 */
function tableText(rows: readonly OpenRow[]): string {
  const slotsOf = (row: OpenRow): string[] => {
    const slots: string[] = Array<string>(row.before).fill("");
    for (const cell of row.cells) {
      slots.push(cell.continued ? "" : cell.text.replaceAll("|", "\\|"));
      for (let k = 1; k < cell.span; k++) slots.push("");
    }
    for (let k = 0; k < row.after; k++) slots.push("");
    return slots;
  };
  const grid = rows.map(slotsOf);
  if (grid.every((slots) => slots.every((s) => s === ""))) return "";
  const width = Math.max(1, ...grid.map((slots) => slots.length));
  const line = (slots: string[]): string =>
    `| ${[...slots, ...Array<string>(width - slots.length).fill("")].join(" | ")} |`;
  let head = 0;
  while (head < rows.length && rows[head]?.header === true) head++;
  return [
    ...grid.slice(0, head).map(line),
    line(Array<string>(width).fill("---")),
    ...grid.slice(head).map(line),
  ].join("\n");
}

/**
 * Reads a Word document (DOCX) as the text of its paragraphs, for `parseBulletinText` from
 * `@bulletin/parse`: paragraphs in reading order, text boxes where they are anchored, and the
 * list markers that Word's automatic numbering draws (`numbering.xml`: 一、 from
 * chineseCounting, （一） from a bracketed level text, 1. from decimal), so a document whose
 * `一、` comes from numbering still parses. A table becomes `| a | b |` lines as
 * `renderText` writes them: a `| --- |` rule under the rows Word repeats as header rows
 * (`w:tblHeader`; first when no row is marked, so an unmarked table has no head), a
 * horizontally (`w:gridSpan`) or vertically (`w:vMerge`) merged cell's text in its first
 * column and blanks in the others; a table inside a cell gives its cells' text to that cell.
 * Deleted text of tracked changes, hidden text, field codes, headers and footers are left out.
 *
 * Safe on hostile input: only the parts needed are inflated, at most `maxInflatedBytes` in
 * all; XML is streamed (nesting capped by `maxDepth`) and a DOCTYPE is refused, so no entity
 * is ever expanded or fetched. Works in Node and the browser.
 *
 * @param bytes - the file's bytes (a `Uint8Array`, a Node `Buffer` or an `ArrayBuffer`)
 * @param options - {@link ReadDocxOptions}
 * @returns the text and {@link DocxWarning}s
 * @throws {@link DocxError} `not-docx`, `legacy-doc`, `encrypted`, `corrupt`, `missing-part`,
 *   `too-large`, `invalid-xml`, `too-deep`, `doctype-not-allowed`, `invalid-input`,
 *   `invalid-option`
 * @example
 * ```ts
 * const { text } = await readDocx(await renderDocx(issue9));
 * text.split("\n\n").slice(0, 2); //=> ["政务窗口月报", "第9期"]
 * ```
 */
export async function readDocx(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadDocxOptions = {},
): Promise<DocxText> {
  const data =
    bytes instanceof Uint8Array
      ? bytes
      : bytes instanceof ArrayBuffer
        ? new Uint8Array(bytes)
        : undefined;
  const locale = checkedLocale("readDocx", (options as ReadDocxOptions | null | undefined)?.locale);
  if (data === undefined) {
    throw new DocxError(
      "invalid-input",
      docxMessage("invalid-input", locale, { got: bytes === null ? "null" : typeof bytes }),
    );
  }
  const maxInflatedBytes = checkLimit(
    "maxInflatedBytes",
    options.maxInflatedBytes,
    64 * 1024 * 1024,
    locale,
  );
  const limits: XmlLimits = {
    maxDepth: checkLimit("maxDepth", options.maxDepth, 256, locale),
    locale,
  };
  checkSignature(data, locale);
  const zip = new PackageReader(data, maxInflatedBytes, locale);

  const root = readRelationships(
    "_rels/.rels",
    zip.read(["_rels/.rels"]).get("_rels/.rels"),
    limits,
  );
  const office = root.find((r) => REL_OFFICE_DOCUMENT.test(r.type));
  const main = office === undefined ? "word/document.xml" : resolveTarget("", office.target);
  const mainRels = relsOf(main);
  const first = zip.read([main, mainRels]);
  const document = first.get(main);
  if (document === undefined) {
    throw new DocxError("missing-part", docxMessage("missing-part", locale, { part: main }), {
      part: main,
    });
  }
  const rels = readRelationships(mainRels, first.get(mainRels), limits);
  const numberingRel = rels.find((r) => REL_NUMBERING.test(r.type));
  const stylesRel = rels.find((r) => REL_STYLES.test(r.type));
  const numberingPart = numberingRel && resolveTarget(main, numberingRel.target);
  const stylesPart = stylesRel && resolveTarget(main, stylesRel.target);
  const extra = zip.read([numberingPart, stylesPart].filter((p) => p !== undefined));

  const warnings: DocxWarning[] = [];
  const numberingBytes = numberingPart && extra.get(numberingPart);
  const numbering = new Numbering(
    warnings,
    numberingPart && numberingBytes
      ? { name: numberingPart, bytes: numberingBytes, limits }
      : undefined,
  );
  const stylesBytes = stylesPart && extra.get(stylesPart);
  const styles = new Styles(
    stylesPart && stylesBytes ? { name: stylesPart, bytes: stylesBytes, limits } : undefined,
  );

  const paragraphs: string[] = [];
  const open: OpenParagraph[] = [];
  /** The tables being read, innermost last (a table can sit in a cell). */
  const tables: OpenRow[][] = [];
  const currentRow = (): OpenRow | undefined => tables.at(-1)?.at(-1);
  const currentCell = (): OpenCell | undefined => currentRow()?.cells.at(-1);
  /** Adds a paragraph's text to the cell it is in, or to the paragraphs. */
  const addText = (text: string): void => {
    const cell = tables.length > 0 ? currentCell() : undefined;
    if (cell === undefined) paragraphs.push(text);
    else cell.text = cell.text === "" ? text : `${cell.text} ${text}`;
  };
  const names: string[] = [];
  /** The depth of an element whose content is skipped (`mc:Fallback`, `w:sectPr`), or 0. */
  let skipFrom = 0;
  let hidden = false;
  const append = (text: string): void => {
    const p = open[open.length - 1];
    if (p !== undefined && !hidden) p.text += text;
  };

  walkXml(main, document, limits, {
    open: (el, depth) => {
      names.length = depth;
      names[depth] = el.name;
      if (skipFrom > 0) return;
      const parent = names[depth - 1];
      switch (el.name) {
        case "mc:Fallback":
        case "sectPr":
        case "del":
        case "moveFrom":
          skipFrom = depth;
          break;
        case "p":
          open.push({ text: "" });
          break;
        case "tbl":
          tables.push([]);
          break;
        case "tr":
          // A row or cell may sit in a content control (w:sdt) or custom XML: not parent-checked.
          tables.at(-1)?.push({ cells: [], header: false, before: 0, after: 0 });
          break;
        case "tc":
          currentRow()?.cells.push({ text: "", span: 1, continued: false });
          break;
        case "tblHeader":
        case "gridBefore":
        case "gridAfter": {
          const row = parent === "trPr" ? currentRow() : undefined;
          if (row === undefined) break;
          if (el.name === "tblHeader") row.header = isOn(el.attr("val"));
          else if (el.name === "gridBefore") row.before = columnsOf(el.attr("val"), 0);
          else row.after = columnsOf(el.attr("val"), 0);
          break;
        }
        case "gridSpan":
        case "vMerge": {
          const cell = parent === "tcPr" ? currentCell() : undefined;
          if (cell === undefined) break;
          if (el.name === "gridSpan") cell.span = Math.max(1, columnsOf(el.attr("val"), 1));
          else cell.continued = el.attr("val") !== "restart";
          break;
        }
        case "pStyle":
          if (parent === "pPr" && names[depth - 2] === "p") {
            const p = open[open.length - 1];
            if (p !== undefined) p.style = el.attr("val") ?? "";
          }
          break;
        case "numId":
        case "ilvl":
          if (parent === "numPr" && names[depth - 2] === "pPr" && names[depth - 3] === "p") {
            const p = open[open.length - 1];
            if (p === undefined) break;
            if (el.name === "numId") p.numId = el.attr("val") ?? "0";
            else p.ilvl = Number.parseInt(el.attr("val") ?? "0", 10);
          }
          break;
        case "vanish":
          if (parent === "rPr" && names[depth - 2] === "r") hidden = isOn(el.attr("val"));
          break;
        case "tab":
        case "ptab":
          if (parent === "r") append("\t");
          break;
        case "br":
        case "cr":
          if (parent === "r") append(" ");
          break;
        case "noBreakHyphen":
          if (parent === "r") append("-");
          break;
      }
    },
    close: (name, depth) => {
      names.length = depth;
      if (skipFrom > 0) {
        if (depth === skipFrom) skipFrom = 0;
        return;
      }
      if (name === "r") hidden = false;
      else if (name === "p") {
        const p = open.pop();
        if (p === undefined) return;
        const fromStyle = styles.numberingOf(p.style);
        const numId = p.numId ?? fromStyle?.numId;
        const ilvl = Math.min(8, Math.max(0, p.ilvl ?? fromStyle?.ilvl ?? 0));
        const marker = numId === undefined || Number.isNaN(ilvl) ? "" : numbering.next(numId, ilvl);
        const text = p.text.replace(/[\r\n\u2028\u2029]+/g, " ");
        if (text.trim() !== "") addText(marker + text);
      } else if (name === "tbl") {
        const rows = tables.pop() ?? [];
        if (tables.length === 0) {
          const text = tableText(rows);
          if (text !== "") paragraphs.push(text);
        } else {
          // A table in a cell: its cells' text, in order, in the cell that holds it.
          const text = rows.flatMap((row) => row.cells.map((cell) => cell.text)).filter(Boolean);
          if (text.length > 0) addText(text.join(" "));
        }
      }
    },
    text: (text) => {
      if (skipFrom === 0 && names[names.length - 1] === "t") append(text);
    },
  });
  return { text: paragraphs.length === 0 ? "" : `${paragraphs.join("\n\n")}\n`, warnings };
}
