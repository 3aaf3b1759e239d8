import { toChineseNumber } from "@bulletin/format";
import type { DocxWarning } from "../read-docx";
import { walkXml, type XmlLimits } from "./walk-xml";

/** One level of a list definition (`w:lvl`). */
interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

interface NumberingInstance {
  abstractId: string;
  /** `w:lvlOverride`: a level replaced or restarted for this instance only. */
  overrides: Map<number, { start?: number; level?: Partial<Level> }>;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
const FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

const letters = (n: number, a: string): string => {
  // Word repeats the letter: a…z, aa…zz, aaa…
  const letter = String.fromCharCode(a.charCodeAt(0) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
};

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

const pick = (chars: string, n: number): string | undefined => [...chars][n - 1];

/**
 * A counter's value in one of Word's number formats (ECMA-376 §17.18.59 ST_NumberFormat), or
 * undefined for a format this reader does not draw.
 */
export function formatCounter(n: number, format: string): string | undefined {
  switch (format) {
    case "decimal":
      return String(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case "chineseCounting":
    case "chineseCountingThousand":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "japaneseCounting":
      return n >= 0 ? toChineseNumber(n) : undefined;
    case "chineseLegalSimplified":
      return n >= 0 ? toChineseNumber(n, { style: "upper" }) : undefined;
    case "ideographTraditional":
      return pick(HEAVENLY_STEMS, n) ?? String(n);
    case "ideographZodiac":
      return pick(EARTHLY_BRANCHES, n) ?? String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return pick(CIRCLED, n) ?? String(n);
    case "decimalEnclosedParen":
      return pick(PAREN, n) ?? `(${n})`;
    case "decimalEnclosedFullstop":
      return pick(FULLSTOP, n) ?? `${n}.`;
    case "lowerLetter":
      return letters(n, "a");
    case "upperLetter":
      return letters(n, "A");
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    case "none":
      return "";
    default:
      return undefined;
  }
}

const int = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
};

/**
 * The list definitions of `word/numbering.xml` and the counters a walk through the document
 * advances, so a paragraph's automatic marker (`一、`, `（一）`, `1.`) is drawn as text, as Word
 * shows it.
 */
export class Numbering {
  readonly #abstracts = new Map<string, Map<number, Level>>();
  readonly #instances = new Map<string, NumberingInstance>();
  /** Counters per list definition; a level not yet used holds undefined. */
  readonly #counters = new Map<string, (number | undefined)[]>();
  /** Instances whose `startOverride` has been applied once. */
  readonly #restarted = new Set<string>();
  readonly #warned = new Set<string>();

  constructor(
    private readonly warnings: DocxWarning[],
    part?: { name: string; bytes: Uint8Array; limits: XmlLimits },
  ) {
    if (part !== undefined) this.#read(part.name, part.bytes, part.limits);
  }

  #read(name: string, bytes: Uint8Array, limits: XmlLimits): void {
    let abstract: Map<number, Level> | undefined;
    let instance: NumberingInstance | undefined;
    let level: Partial<Level> | undefined;
    let override: { start?: number; level?: Partial<Level> } | undefined;
    walkXml(name, bytes, limits, {
      open: (el) => {
        switch (el.name) {
          case "abstractNum":
            abstract = new Map();
            this.#abstracts.set(el.attr("abstractNumId") ?? "", abstract);
            break;
          case "num":
            instance = { abstractId: "", overrides: new Map() };
            this.#instances.set(el.attr("numId") ?? "", instance);
            break;
          case "abstractNumId":
            if (instance !== undefined) instance.abstractId = el.attr("val") ?? "";
            break;
          case "lvlOverride":
            override = {};
            instance?.overrides.set(int(el.attr("ilvl")) ?? 0, override);
            break;
          case "startOverride": {
            const start = int(el.attr("val"));
            if (override !== undefined && start !== undefined) override.start = start;
            break;
          }
          case "lvl": {
            level = { legal: false };
            const ilvl = int(el.attr("ilvl")) ?? 0;
            if (override !== undefined) override.level = level;
            else abstract?.set(ilvl, level as Level);
            break;
          }
          case "start":
            if (level !== undefined) level.start = int(el.attr("val")) ?? 1;
            break;
          case "numFmt":
            if (level !== undefined) level.format = el.attr("val") ?? "decimal";
            break;
          case "lvlText":
            if (level !== undefined) level.text = el.attr("val") ?? "";
            break;
          case "suff":
            if (level !== undefined) level.suffix = el.attr("val") ?? "tab";
            break;
          case "isLgl":
            if (level !== undefined)
              level.legal = el.attr("val") !== "0" && el.attr("val") !== "false";
            break;
        }
      },
      close: (elName) => {
        if (elName === "abstractNum") abstract = undefined;
        else if (elName === "num") instance = undefined;
        else if (elName === "lvlOverride") override = undefined;
        else if (elName === "lvl") level = undefined;
      },
      text: () => {},
    });
  }

  #level(instance: NumberingInstance, ilvl: number): Level | undefined {
    const base = this.#abstracts.get(instance.abstractId)?.get(ilvl);
    const over = instance.overrides.get(ilvl)?.level;
    if (base === undefined && over === undefined) return undefined;
    return {
      start: over?.start ?? base?.start ?? 1,
      format: over?.format ?? base?.format ?? "decimal",
      text: over?.text ?? base?.text ?? "",
      suffix: over?.suffix ?? base?.suffix ?? "tab",
      legal: over?.legal ?? base?.legal ?? false,
    };
  }

  #warn(key: string, warning: DocxWarning): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    this.warnings.push(warning);
  }

  /**
   * Advances the counter of list `numId` at level `ilvl` and returns the marker Word draws
   * before the paragraph, its suffix included (a tab as `\t`, a space, or nothing); "" for
   * `numId` 0 (numbering switched off) or a list the document does not define.
   */
  next(numId: string, ilvl: number): string {
    if (numId === "0") return "";
    const instance = this.#instances.get(numId);
    const level = instance === undefined ? undefined : this.#level(instance, ilvl);
    if (instance === undefined || level === undefined) {
      this.#warn(`missing:${numId}:${ilvl}`, {
        code: "unknown-numbering",
        message: `readDocx: a paragraph uses list ${numId} level ${ilvl}, which numbering.xml does not define; its marker is left out`,
        part: "word/numbering.xml",
      });
      return "";
    }
    let counters = this.#counters.get(instance.abstractId);
    if (counters === undefined) {
      counters = [];
      this.#counters.set(instance.abstractId, counters);
    }
    const restart = instance.overrides.get(ilvl)?.start;
    if (restart !== undefined && !this.#restarted.has(numId)) {
      this.#restarted.add(numId);
      counters[ilvl] = restart;
    } else {
      const current = counters[ilvl];
      counters[ilvl] = current === undefined ? level.start : current + 1;
    }
    // A shallower level restarts every deeper one (w:lvlRestart's default).
    counters.length = ilvl + 1;
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const at = Number(d) - 1;
      const of = this.#level(instance, at);
      const n = counters[at] ?? of?.start ?? 1;
      const format = level.legal ? "decimal" : (of?.format ?? "decimal");
      const drawn = formatCounter(n, format);
      if (drawn !== undefined) return drawn;
      this.#warn(`format:${format}`, {
        code: "unsupported-number-format",
        message: `readDocx: list numbers in the format "${format}" are drawn as decimal numbers`,
        part: "word/numbering.xml",
      });
      return String(n);
    });
    if (text === "") return "";
    return text + (level.suffix === "space" ? " " : level.suffix === "nothing" ? "" : "\t");
  }
}
