import { isDigitCode, isLatinCode } from "./chars";
import { TRADITIONAL_UNITS } from "./traditional-units";

/**
 * Prices of goods are money per a quantity of them: a weight or volume, with or without its
 * count (`11.95元/500克`, `736.36元/50公斤`, `68.93元/5升`, `2.45元/斤`, `12元/kg`), or a
 * container or piece (`94.95元/桶`, `3.5元/瓶`, `1.2元/只`). Price monitoring reports print them
 * so. Only a currency is counted per these (`办结23件/25件` is a ratio, not a unit); the figure's
 * unit is the two as printed, the count kept (`元/500克`), traditional units written simplified.
 * Keys are the printed forms; their traditional forms are added from {@link TRADITIONAL_UNITS}.
 */
const GOODS_UNITS: Record<string, string> = {
  毫升: "毫升",
  公斤: "公斤",
  千克: "千克",
  市斤: "市斤",
  克: "克",
  斤: "斤",
  两: "两",
  升: "升",
  吨: "吨",
  kg: "kg",
  KG: "kg",
  ml: "ml",
  mL: "ml",
  g: "g",
  L: "L",
  桶: "桶",
  瓶: "瓶",
  袋: "袋",
  箱: "箱",
  盒: "盒",
  包: "包",
  罐: "罐",
  只: "只",
  头: "头",
  个: "个",
  件: "件",
  台: "台",
  辆: "辆",
  套: "套",
  张: "张",
  支: "支",
  份: "份",
  // Coal bricks and soap, priced per piece (`蜂窝煤0.46元/块`).
  块: "块",
};
// The traditional forms of these units, as the figure reader knows them (`噸`, `隻`, `個`).
for (const [printed, name] of Object.entries(TRADITIONAL_UNITS))
  if (GOODS_UNITS[name] === name) GOODS_UNITS[printed] = name;
/** {@link GOODS_UNITS}' printed forms, longest first. */
const GOODS_PRINTED = Object.keys(GOODS_UNITS).sort((a, b) => b.length - a.length);
/** The currencies a price is printed in (the units {@link perGoodsAt} follows). */
export const CURRENCIES = new Set(["元", "美元", "欧元", "港元", "歐元"]);

/**
 * The quantity of goods a price is counted per at `text[j]` (`/500克`, `／桶`): `length` of the
 * printed words, `/` included, and `unit` as the model names it (`/500克`); `undefined` when there
 * is none (no slash, a count without a unit, a unit running on into Latin letters: `/kgs`).
 */
export function perGoodsAt(text: string, j: number): { length: number; unit: string } | undefined {
  const slash = text.charCodeAt(j);
  if (slash !== 0x2f && slash !== 0xff0f) return undefined;
  let k = j + 1;
  while (k - j <= 5 && isDigitCode(text.charCodeAt(k))) k++;
  if (k > j + 1 && text.charCodeAt(k) === 0x2e && isDigitCode(text.charCodeAt(k + 1))) {
    k += 2;
    while (isDigitCode(text.charCodeAt(k))) k++;
  }
  const count = text.slice(j + 1, k);
  if (count.startsWith("0") && !count.startsWith("0.")) return undefined;
  const printed = GOODS_PRINTED.find((u) => text.startsWith(u, k));
  if (printed === undefined) return undefined;
  const end = k + printed.length;
  if (isLatinCode(printed.charCodeAt(0)) && isLatinCode(text.charCodeAt(end))) return undefined;
  return { length: end - j, unit: `/${count}${GOODS_UNITS[printed]}` };
}
