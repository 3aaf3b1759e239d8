// Arrays, not strings: indexing a string of CJK characters allocates a new string each time.
/** Lower-case digits 零…九 and units 十百千 (GB/T 15835-2011 §4.2). */
export const LOWER = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千"];
/** Capital digits 零壹…玖 and units 拾佰仟 for money (GB/T 15835-2011 §4.3, payment settlement rules). */
export const UPPER = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰", "仟"];

const tables: Record<string, string[]> = {};

/**
 * The words of every group of four digits, 0–9999, built on first use for one set of characters
 * and one zero (一千零一, 一十, 九千九百九十九); 10 000 short strings, not shipped in the bundle.
 */
const groupWords = (chars: readonly string[], zero: string): string[] => {
  const key = chars[1] + zero;
  let table = tables[key];
  if (!table) {
    table = [zero];
    for (let v = 1; v < 1e4; v++) {
      let s = "";
      let pending = false;
      for (let p = 3; p >= 0; p--) {
        const d = Math.floor(v / 10 ** p) % 10;
        if (d) {
          if (pending) s += zero;
          pending = false;
          s += `${chars[d]}${p ? chars[9 + p] : ""}`;
        } else if (s) pending = true;
      }
      table.push(s);
    }
    tables[key] = table;
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
  chars: readonly string[],
  zero: string,
  short: boolean,
): string => {
  const words = groupWords(chars, zero);
  // Safe integers are split with arithmetic (String(n) and % cost more than all the rest).
  const xn = typeof x === "number" ? x : -1;
  const xs = typeof x === "string" ? x : "";
  let rem = xn;
  let end = ((xs.length - 1) & 3) + 1;
  let out = "";
  let pending = false;
  for (
    let g = xn < 0 ? (xs.length - 1) >> 2 : xn < 1e4 ? 0 : xn < 1e8 ? 1 : xn < 1e12 ? 2 : 3;
    g >= 0;
    g--
  ) {
    let v: number;
    if (xn < 0) {
      v = +xs.slice(end - (out ? 4 : end), end);
      end += 4;
    } else {
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
