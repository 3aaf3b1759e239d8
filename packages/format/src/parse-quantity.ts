import type { QuantityScale } from "./format-quantity";
import { shiftValue } from "./internal/decimal";
import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { safe } from "./internal/safe";
import type { SafeParseResult } from "./safe-parse-result";

/**
 * What {@link parseQuantity} reads: the value in base units and how it was written.
 *
 * @example
 * ```ts
 * const quantity: ParsedQuantity = parseQuantity("5053 人/次");
 * //=> { value: 5053, unit: "人/次", scale: "none", fractionDigits: 0 }
 * ```
 */
export interface ParsedQuantity {
  /** The value in base units: 58800 for `5.88万件`. */
  value: number;
  /** The unit after the number and scale, spaces removed: `件`, `人/次`, `元`, or `""`. */
  unit: string;
  /** The scale it was written in. */
  scale: QuantityScale;
  /** How many decimals were written (`5.88万` → 2, `0.10万` → 2). */
  fractionDigits: number;
  /**
   * The mark of an amount printed as a bound, and where it stood (`500余人`, `76.7万余件`);
   * absent for an exact amount.
   */
  approximate?: { mark: "余" | "多"; at: "number" | "scale" };
}

/**
 * Reads a quantity as bulletins and their PDF copies write it: `5.88万件`, `5.88 万件`,
 * `5053 人/次`, `101132.92万元`, `20.56亿元`, `38447件`, full-width digits; an amount printed as a
 * bound with 余 (餘) or 多 after the number or its scale (`500余人`, `76.7万余件`) with its mark. The value is the
 * written decimal scaled exactly (5.88万 → 58800, not 58800.000000000004). `3千元` is refused:
 * GB/T 15835-2011 allows only 万 and 亿 as units of a number.
 *
 * @param text - the quantity
 * @returns {@link ParsedQuantity}
 * @throws {FormatError} `invalid-quantity` for text that is not a number with a unit,
 *   `out-of-range` for a value a double does not hold exactly (beyond `Number.MAX_SAFE_INTEGER`,
 *   or more decimals than a double keeps)
 *
 * @example
 * ```ts
 * parseQuantity("5.88 万件");
 * //=> { value: 58800, unit: "件", scale: "万", fractionDigits: 2 }
 * ```
 */
export function parseQuantity(text: string): ParsedQuantity {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?([余餘多])?(万亿|万|亿)?([余餘多])?(\D*)$/.exec(
    normalize(text),
  );
  if (
    !m ||
    /^[万亿十百千拾佰仟萬億.余餘多]/.test(m[7] as string) ||
    (m[4] !== undefined && m[6] !== undefined)
  ) {
    return fail(
      "parseQuantity",
      "invalid-quantity",
      ["a quantity like 5.88万件", "形如“5.88万件”的数量"],
      text,
    );
  }
  const frac = m[3] ?? "";
  const scale = (m[5] ?? "none") as QuantityScale;
  let v = shiftValue(
    m[2] as string,
    frac,
    scale === "万" ? 4 : scale === "亿" ? 8 : scale === "none" ? 0 : 12,
  );
  // Only values a double holds exactly are returned (90071992.5亿 is; 9007199254740993 and
  // 11111111111111111.5 are not).
  if (typeof v === "bigint" && BigInt(Number(v)) === v) v = Number(v);
  if (typeof v !== "number")
    return fail(
      "parseQuantity",
      "out-of-range",
      ["a value a double holds exactly", "双精度浮点数能精确表示的值"],
      text,
    );
  const quantity: ParsedQuantity = {
    value: m[1] === "-" && v ? -v : v,
    unit: m[7] as string,
    scale,
    fractionDigits: frac.length,
  };
  const mark = m[4] ?? m[6];
  if (mark !== undefined)
    quantity.approximate = {
      mark: mark === "多" ? "多" : "余",
      at: m[6] === undefined ? "number" : "scale",
    };
  return quantity;
}

/**
 * {@link parseQuantity} without throwing.
 *
 * @example
 * ```ts
 * safeParseQuantity("3千元").success;
 * //=> false
 * ```
 */
export const safeParseQuantity = (text: string): SafeParseResult<ParsedQuantity> =>
  safe(parseQuantity, text);
