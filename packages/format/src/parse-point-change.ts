import type { ChangeBasis } from "./format-change";
import { basisOf } from "./internal/basis";
import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { safe } from "./internal/safe";
import type { SafeParseResult } from "./safe-parse-result";

/**
 * What {@link parsePointChange} reads.
 *
 * @example
 * ```ts
 * const change: ParsedPointChange = parsePointChange("同比降低0.5个百分点");
 * //=> { direction: "down", points: -0.5, basis: "yoy" }
 * ```
 */
export interface ParsedPointChange {
  /** `up` 提高, `down` 降低, `flat` 持平. */
  direction: "up" | "down" | "flat";
  /** The signed difference in percentage points: -0.5 for 降低0.5个百分点. */
  points: number;
  /** Present when the text names it (同比, 环比, 较上年同期, 较上月…). */
  basis?: ChangeBasis;
}

// The bases are those of internal/basis.ts (a literal, so that bundlers can drop it unused).
const POINT_CHANGE =
  /^(同比|环比|[与较比]上年同期|[与较比]上[月期])?(?:(增长|上升|增加|提高|下降|减少|降低|回落)(\d+(?:\.\d+)?)个百分点|持平)$/;

/**
 * Reads a change in percentage points: `提高1.2个百分点`, `同比降低0.5个百分点`,
 * `较上年同期提高1.3个百分点`, `持平`, with 上升/增加/增长 and 下降/减少/回落 as verbs and the bases
 * of {@link parseChange}.
 *
 * @param text - the change in words
 * @returns {@link ParsedPointChange}
 * @throws {FormatError} `invalid-change` for anything else
 *
 * @example
 * ```ts
 * parsePointChange("提高1.2个百分点");
 * //=> { direction: "up", points: 1.2 }
 * ```
 */
export function parsePointChange(text: string): ParsedPointChange {
  const m = POINT_CHANGE.exec(normalize(text));
  if (!m)
    return fail(
      "parsePointChange",
      "invalid-change",
      ["a change like 提高1.2个百分点", "形如“提高1.2个百分点”的增减幅度"],
      text,
    );
  const v = Number(m[3] ?? 0);
  const points = v && /[下减降回]/.test(m[2] as string) ? -v : v;
  const out: ParsedPointChange = {
    direction: points > 0 ? "up" : points < 0 ? "down" : "flat",
    points,
  };
  if (m[1]) out.basis = basisOf(m[1]);
  return out;
}

/**
 * {@link parsePointChange} without throwing.
 *
 * @example
 * ```ts
 * safeParsePointChange("持平").success;
 * //=> true
 * ```
 */
export const safeParsePointChange = (text: string): SafeParseResult<ParsedPointChange> =>
  safe(parsePointChange, text);
