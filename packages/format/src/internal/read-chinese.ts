const DIGITS = "0〇零1一壹2二两贰兩貳3三叁參4四肆5五伍6六陆陸7七柒8八捌9九玖";
const PAIRS = "拾十佰百仟千萬万億亿點.点.負-负-";

/**
 * Rewrites Chinese numerals to a canonical mixed form: every digit (零〇一壹两…) becomes its
 * Arabic digit, capital units become 十百千, 萬億 become 万亿, 点 becomes `.`, 负 becomes `-`,
 * 廿卅卌 become 2十 3十 4十. `一千零五` → `1千05`, `二〇二五` → `2025`.
 */
export const canonicalNumerals = (s: string): string =>
  s.replace(/[^\d.+-]/g, (c) => {
    let i = DIGITS.indexOf(c);
    if (i >= 0) {
      while (DIGITS.charCodeAt(i) > 57) i--;
      return DIGITS[i] as string;
    }
    i = "廿卅卌".indexOf(c);
    if (i >= 0) return `${i + 2}十`;
    i = PAIRS.indexOf(c);
    return i < 0 || i % 2 ? c : (PAIRS[i + 1] as string);
  });

/**
 * Reads the integer of a canonical numeral ({@link canonicalNumerals}): Arabic runs and the units
 * 十百千万亿 (十二万三千零五 → 12万3千05), also the colloquial 三千五 (3500), 一万五 (15000), 一百一
 * (110); `undefined` for anything that is not one well-formed integer.
 */
export const readInteger = (s: string): bigint | undefined => {
  let total = 0n;
  let acc = 0n;
  let sec = 0;
  let num = -1;
  let last = 4;
  let unit = 0;
  let zero = false;
  let wan = false;
  for (let i = 0; i < s.length; ) {
    const run = /^\d+/.exec(s.slice(i))?.[0];
    const c = s[i++] as string;
    if (run) {
      i += run.length - 1;
      const v = +run;
      if (num >= 0 || run.replace(/^0+/, "").length > 4) return;
      zero = run[0] === "0";
      if (v) num = v;
      continue;
    }
    const e = "_十百千".indexOf(c);
    if (e > 0) {
      const n = num >= 0 ? num : e === 1 && (i === 1 || zero) ? 1 : 0;
      if (e >= last || n < 1 || n > 9) return;
      sec += n * 10 ** e;
    } else {
      const v = sec + Math.max(num, 0);
      if ((c !== "万" && c !== "亿") || (num > 9 && sec) || (c === "万" && (wan || !v))) return;
      if (c === "万") {
        acc = BigInt(v) * 10000n;
        wan = true;
      } else {
        total = (total + acc + BigInt(v)) * 100000000n;
        if (!total) return;
        acc = 0n;
        wan = false;
      }
      sec = 0;
    }
    num = -1;
    last = e > 0 ? e : 4;
    unit = e > 0 ? e : c === "万" ? 4 : 8;
    zero = false;
  }
  if (num >= 0) {
    if (num > 9 && sec) return;
    sec += !zero && unit ? num * 10 ** (unit - 1) : num;
  }
  return total + acc + BigInt(sec);
};
