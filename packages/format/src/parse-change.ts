import type { ChangeBasis } from "./format-change";
import { basisOf } from "./internal/basis";
import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { ratioOf } from "./internal/percent";
import { safe } from "./internal/safe";
import type { SafeParseResult } from "./safe-parse-result";

/**
 * What {@link parseChange} reads.
 *
 * @example
 * ```ts
 * const change: ParsedChange = parseChange("环比增长5.0%");
 * //=> { basis: "mom", direction: "up", ratio: 0.05 }
 * ```
 */
export interface ParsedChange {
  basis: ChangeBasis;
  /** `up` 增长, `down` 下降, `flat` 持平 (or a zero change). */
  direction: "up" | "down" | "flat";
  /** The signed ratio of change: -0.2485 for 下降24.85%. */
  ratio: number;
}

// The bases are those of internal/basis.ts (a literal, so that bundlers can drop it unused).
const CHANGE =
  /^(同比|环比|[与较比]上年同期|[与较比]上[月期])(?:(增长|上升|增加|提高|下降|减少|降低|回落)?([+-]?)(\d+(?:\.\d+)?)%|持平)$/;

/**
 * Reads a relative change: `同比增长12.3%`, `环比下降5.0%`, `同比持平`, `与上年同期持平`, with
 * 上升/增加/提高 and 减少/降低/回落 as verbs, 较上月/比上年同期 as bases, and signed
 * percentages of tables (`同比-5.2%`).
 *
 * @param text - the change in words
 * @returns {@link ParsedChange}
 * @throws {FormatError} `invalid-change` for anything else (a change in 个百分点 is not read here)
 *
 * @example
 * ```ts
 * parseChange("同比下降24.85%");
 * //=> { basis: "yoy", direction: "down", ratio: -0.2485 }
 * ```
 */
export function parseChange(text: string): ParsedChange {
  const m = CHANGE.exec(normalize(text));
  if (!m || (m[2] && m[3]))
    return fail(
      "parseChange",
      "invalid-change",
      ["a change like 同比增长12.3%", "形如“同比增长12.3%”的增减幅度"],
      text,
    );
  const v = ratioOf(m[3] ?? "", m[4] ?? "0");
  const ratio = /[下减降回]/.test(m[2] ?? "") ? -v : v;
  return {
    basis: basisOf(m[1] as string),
    direction: ratio > 0 ? "up" : ratio < 0 ? "down" : "flat",
    ratio: ratio || 0,
  };
}

/**
 * {@link parseChange} without throwing.
 *
 * @example
 * ```ts
 * safeParseChange("同比持平").success;
 * //=> true
 * ```
 */
export const safeParseChange = (text: string): SafeParseResult<ParsedChange> =>
  safe(parseChange, text);
