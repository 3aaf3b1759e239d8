import { shiftRound, toDecimal } from "./internal/decimal";
import { fail } from "./internal/fail";
import { digitsOption, numberArg, oneOf } from "./internal/options";

/**
 * A scale a quantity is written in: `none` (5053人次), `万` (5.88万件), `亿` (1.2亿元), `万亿`.
 *
 * @example
 * ```ts
 * const scale: QuantityScale = "万";
 * formatQuantity(58800, "件", { scale }); //=> "5.88万件"
 * parseQuantity("20.56亿元").scale; //=> "亿"
 * ```
 */
export type QuantityScale = "none" | "万" | "亿" | "万亿";

/**
 * An amount printed as a bound: 余 or 多 after the number (`at: "number"`, the default:
 * `500余人`, `1100多万元`) or after its scale (`at: "scale"`: `76.7万余件`); the value is the
 * number printed, the amount more than it.
 *
 * @example
 * ```ts
 * const approximate: QuantityApproximation = { mark: "余", at: "scale" };
 * formatQuantity(767000, "件", { approximate }); //=> "76.7万余件"
 * parseQuantity("1100多万元").approximate; //=> { mark: "多", at: "number" }
 * ```
 */
export interface QuantityApproximation {
  /** 余 or 多 (a traditional copy's 餘 is read as 余). */
  mark: "余" | "多";
  /** Where the mark stands: after the number (default) or after the scale (`万余`). */
  at?: "number" | "scale" | undefined;
}

/**
 * Options of {@link formatQuantity}.
 *
 * @example
 * ```ts
 * const options: FormatQuantityOptions = { scale: "亿", fractionDigits: 2, trimZeros: false };
 * formatQuantity(120_000_000, "元", options); //=> "1.20亿元"
 * ```
 */
export interface FormatQuantityOptions {
  /**
   * `auto` (default) writes values under 10 000 as they are and larger ones in 万, 亿 or 万亿, as
   * Chinese statistics do; or a fixed {@link QuantityScale}.
   */
  scale?: "auto" | QuantityScale;
  /** Decimals after rounding (half away from zero); default 2. */
  fractionDigits?: number;
  /** Drops trailing zeros of the decimals (`1.2亿`, not `1.20亿`); default `true`. */
  trimZeros?: boolean;
  /**
   * Prints the amount as a bound, with 余 or 多 ({@link QuantityApproximation}); with no scale
   * printed the mark follows the number.
   */
  approximate?: QuantityApproximation;
}

const FN = "formatQuantity";
const SCALES = ["none", "万", "亿", "万亿"];
const SCALE_OPTIONS = ["auto", "none", "万", "亿", "万亿"];
const MARK_PLACES = ["number", "scale"];

/** The approximation's mark after the number and after the scale (`["余", ""]` for `500余人`). */
function marks(approximate: QuantityApproximation | undefined): [string, string] {
  if (approximate === undefined) return ["", ""];
  const mark =
    typeof approximate === "object" && approximate !== null ? approximate.mark : undefined;
  if (mark !== "余" && mark !== "多")
    fail(
      FN,
      "invalid-option",
      ["approximate.mark to be 余 | 多", "approximate.mark 为 余 | 多 之一"],
      mark ?? approximate,
      "approximate.mark",
    );
  oneOf(FN, "approximate.at", approximate.at, MARK_PLACES);
  return approximate.at === "scale" ? ["", approximate.mark] : [approximate.mark, ""];
}
const TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];

/**
 * Writes a count or measure with Arabic numerals and, for large values, 万 or 亿 as a unit
 * (GB/T 15835-2011 §4.1.5: `5.88万件`, never `5万8800件` or `3千元`), then the unit.
 * Rounding is exact on the decimal value, half away from zero.
 *
 * @param value - the value in base units: 58800 for 5.88万
 * @param unit - written after the number and scale as given: `件`, `人次`, `元`, or `""`
 * @param options - {@link FormatQuantityOptions}
 * @returns the quantity
 * @throws {FormatError} `not-finite`, `unsafe-integer`, `invalid-option` (an unknown scale, a
 *   fractionDigits outside 0–20, an approximation mark other than 余 or 多), `invalid-number` (a
 *   value that is not a number, such as a string of digits)
 *
 * @example
 * ```ts
 * formatQuantity(58800, "件");
 * //=> "5.88万件"
 * formatQuantity(1000, "件", { scale: "万" });
 * //=> "0.1万件"
 * formatQuantity(5053, "人次");
 * //=> "5053人次"
 * formatQuantity(500, "人", { approximate: { mark: "余" } });
 * //=> "500余人"
 * ```
 */
export function formatQuantity(
  value: number,
  unit: string,
  options: FormatQuantityOptions = {},
): string {
  numberArg(FN, value);
  const f = digitsOption(FN, options.fractionDigits, 2);
  const trim = options.trimZeros !== false;
  oneOf(FN, "scale", options.scale, SCALE_OPTIONS);
  const [afterNumber, afterScale] = marks(options.approximate);
  const scale = options.scale ?? "auto";
  let k = scale === "auto" ? -1 : SCALES.indexOf(scale);
  const a = value < 0 ? -value : value;
  if (k < 0) k = a < 1e4 ? 0 : a < 1e8 ? 1 : a < 1e12 ? 2 : 3;
  let int: number | string = 0;
  let frac = "";
  for (;;) {
    const e = 4 * k;
    if (Number.isSafeInteger(a)) {
      // The common case, an integer: exact arithmetic below 2^53, no regular expressions,
      // trailing zeros dropped as numbers.
      let q = a;
      let n = e;
      if (e > f) {
        const d = TEN[e - f] as number;
        q = Math.floor(a / d);
        if (a - q * d >= d / 2) q++;
        n = f;
      }
      let p = TEN[n] ?? 10 ** n;
      int = Math.floor(q / p);
      let r = q - int * p;
      if (trim) {
        if (!r) n = 0;
        else
          while (r % 10 === 0) {
            r /= 10;
            n--;
          }
        p = TEN[n] ?? 10 ** n;
      }
      frac = n ? String(p + r).slice(1) : "";
      if (!trim && f > e) frac += "0".repeat(f - e);
    } else {
      [int = "", frac = ""] = shiftRound(toDecimal(FN, a), -e, f).split(".");
      if (trim) frac = frac.replace(/0+$/, "");
    }
    // Rounding up to 10 000 of a scale chosen automatically moves to the next scale.
    if (scale !== "auto" || k === 3 || +int < 1e4) break;
    k++;
  }
  const sign = value < 0 && (int !== 0 && int !== "0" ? true : /[1-9]/.test(frac)) ? "-" : "";
  const number = `${sign}${int}${frac ? `.${frac}` : ""}`;
  if (afterNumber === "" && afterScale === "") return `${number}${k ? SCALES[k] : ""}${unit}`;
  // With no scale printed the mark follows the number wherever it was asked for.
  return k
    ? `${number}${afterNumber}${SCALES[k]}${afterScale}${unit}`
    : `${number}${afterNumber}${afterScale}${unit}`;
}
