// Strings, not arrays: they are indexed only to build the group tables below and for 角/分.
/** Lower-case digits 零…九 and units 十百千 (GB/T 15835-2011 §4.2). */
export const LOWER = "零一二三四五六七八九十百千";
/** Capital digits 零壹…玖 and units 拾佰仟 for money (GB/T 15835-2011 §4.3, payment settlement rules). */
export const UPPER = "零壹贰叁肆伍陆柒捌玖拾佰仟";

// By zero (零 or 〇), then by characters: looked up without building a key on every call.
const tables: Record<string, Record<string, string[]>> = { 零: {}, 〇: {} };

/**
 * The words of every group of four digits, 0–9999, built on first use for one set of characters
 * and one zero (一千零一, 一十, 九千九百九十九; 0–9 are the digits); 10 000 short strings, not
 * shipped in the bundle. Each is its leading digit and unit, then the words of the rest, after
 * one zero when the rest skips a place (一千 + 零 + 一十).
 */
export const groupWords = (chars: string, zero: string): string[] => {
  const ofZero = tables[zero] as Record<string, string[]>;
  let table = ofZero[chars];
  if (!table) {
    table = [zero];
    for (let v = 1; v < 1e4; v++) {
      const e = v < 10 ? 0 : v < 100 ? 1 : v < 1e3 ? 2 : 3;
      const d = Math.floor(v / 10 ** e);
      const rest = v - d * 10 ** e;
      let s = `${chars[d]}${e ? chars[9 + e] : ""}`;
      if (rest) s += `${rest < 10 ** (e - 1) ? zero : ""}${table[rest]}`;
      table.push(s);
    }
    ofZero[chars] = table;
  }
  return table;
};

const POWERS = [1, 1e4, 1e8, 1e12];

/**
 * Writes a non-negative integer in Chinese: groups of four with 万 and 亿 (亿亿 for 10^16), one
 * zero for each run of zeros between non-zero digits (一亿零一万, 一千零一十, but
 * 七千八百九十万一千: zeros that end a group stand before its unit). `x` is a safe integer or
 * the decimal digits (no leading zeros) of a larger one. `chars` is {@link LOWER} or
 * {@link UPPER}; `short` drops the 一 of a leading 十 (十万, not 一十万).
 */
export const integerToChinese = (
  x: number | string,
  chars: string,
  zero: string,
  short: boolean,
): string => {
  const words = groupWords(chars, zero);
  // Safe integers are split with arithmetic (String(n) and % cost more than all the rest).
  const xn = typeof x === "number" ? x : -1;
  const xs = typeof x === "string" ? x : "";
  let rem = xn;
  let out = "";
  let pending = false;
  for (
    let g = xn < 0 ? (xs.length - 1) >> 2 : xn < 1e4 ? 0 : xn < 1e8 ? 1 : xn < 1e12 ? 2 : 3;
    g >= 0;
    g--
  ) {
    let v: number;
    // Group g of a string: its digits 4g+4 to 4g+1 from the right.
    if (xn < 0) v = +xs.slice(-4 * g - 4, xs.length - 4 * g);
    else {
      const p = POWERS[g] as number;
      v = Math.floor(rem / p);
      rem -= v * p;
    }
    if (!out) out = short && v > 9 && v < 20 ? (words[v] as string).slice(1) : (words[v] as string);
    else if (v) {
      if (pending || v < 1000) out += zero;
      out += words[v];
      pending = false;
    } else pending = true;
    // After a group: 万 after a non-zero odd group, 亿 after every even one (一亿亿, 一万亿).
    if (g & 1) {
      if (v) out += "万";
    } else if (g) out += "亿";
  }
  return out;
};
