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

/** The power of ten of each unit of a canonical numeral. */
export const UNIT_POWER: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/**
 * Reads the integer of a canonical numeral ({@link canonicalNumerals}): Arabic runs and the units
 * 十百千万亿 (十二万三千零五 → 12万3千05), also the colloquial 三千五 (3500), 一万五 (15000), 一百一
 * (110); `undefined` for anything that is not one well-formed integer.
 */
export const readInteger = (s: string): bigint | undefined => {
  let total = 0n; // the sections closed by 亿
  let acc = 0n; // the section closed by 万, until the next 亿
  let sec = 0; // the section below 万
  let num = -1; // the digits read since the last unit
  let unit = 0; // the power of the last unit
  let zero = false; // whether the digits since the last unit began with a zero
  for (const [c, run] of s.matchAll(/(\d+)|\D/g)) {
    if (run) {
      const v = +run;
      // Digits right after digits, more than four of them, or two after a unit (一千23) are wrong.
      if (num >= 0 || v > 9999 || (v > 9 && sec)) return;
      zero = run[0] === "0";
      if (v) num = v;
      continue;
    }
    const e = UNIT_POWER[c];
    if (!e) return;
    if (e < 4) {
      // A 十 without a digit is 一十 at the start (no unit yet) and after a zero: 十五, 一百零十五.
      const n = num >= 0 ? num : e === 1 && (!unit || zero) ? 1 : 0;
      // Within a section the units fall: 千, then 百, then 十.
      if ((unit > 0 && unit < 4 && e >= unit) || n < 1 || n > 9) return;
      sec += n * 10 ** e;
    } else {
      const v = sec + Math.max(num, 0);
      if (e === 4) {
        // One 万 per 亿 section, after a number: never 万 alone or 一万二万.
        if (acc || !v) return;
        acc = BigInt(v) * 10000n;
      } else {
        total = (total + acc + BigInt(v)) * 100000000n;
        if (!total) return;
        acc = 0n;
      }
      sec = 0;
    }
    num = -1;
    unit = e;
    zero = false;
  }
  if (num >= 0) sec += !zero && unit ? num * 10 ** (unit - 1) : num;
  return total + acc + BigInt(sec);
};
