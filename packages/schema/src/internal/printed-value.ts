import { safeParseChineseNumber } from "@bulletin/format";

/** A number's characters as bulletins print them: Arabic or Han numerals, points, separators. */
const NUMERAL = /^[负負\-−]?[\d.,０-９〇零一二三四五六七八九十百千万亿两兩点點萬億]+/;
/** A bound's mark and the scales after it (`1100多万元`, `一千八百多億元`). */
const BOUND_SCALES = /^[多余餘]?([万亿萬億]+)/;
const SCALE: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const read = (numeral: string): number | undefined => {
  const r = safeParseChineseNumber(numeral);
  return r.success ? Number(r.data) : undefined;
};

const scaleOf = (scales: string): number => {
  let f = 1;
  for (const c of scales) f *= SCALE[c] ?? 1;
  return f;
};

/**
 * The value a metric inline's printed `text` reads as: `四千億元` → 400000000000,
 * `一千零九点六亿元` → 100960000000, `百分之三十点九` → 30.9, `一千八百多億元` → 180000000000,
 * `1,234件` → 1234; `undefined` where its start reads as no number.
 *
 * @param text - the figure as printed
 * @returns its value in base units, or `undefined`
 */
export function printedValue(text: string): number | undefined {
  const body = text.startsWith("百分之") ? text.slice(3) : text;
  const numeral = NUMERAL.exec(body)?.[0];
  if (numeral === undefined) return undefined;
  const plain = numeral.replaceAll(",", "");
  const after = BOUND_SCALES.exec(body.slice(numeral.length))?.[1] ?? "";
  const whole = read(plain);
  return whole === undefined ? undefined : whole * scaleOf(after);
}
