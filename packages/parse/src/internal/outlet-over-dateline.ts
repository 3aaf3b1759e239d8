/**
 * `上半年某市日增12家企业 零售业最多` / `某某晚报` / `07-28 09:33` / `某某晚报7月28日讯 记者昨从…获悉，…。`: the
 * paper's name alone (perhaps over the time it posted the report, alone on its line) between a
 * headline and the lede that opens with that same paper's dateline: the line over the name is the
 * report's headline, which may state a figure as one over its dateline does. Gives the lede's index
 * (2 or 3), or 0. Near-misses: a name the lede does not open with, a sentence between them, a lede
 * that is no dateline's (`isDatelinedLede`).
 */
export function outletOverOwnDateline(
  lines: readonly { text: string }[],
  isDatelinedLede: (text: string) => boolean,
): number {
  const outlet = lines[1]?.text ?? "";
  if (!NAME_ALONE.test(outlet)) return 0;
  const k = POSTED_TIME.test(lines[2]?.text ?? "") ? 3 : 2;
  const lede = lines[k]?.text ?? "";
  return lede.startsWith(outlet) && isDatelinedLede(lede) ? k : 0;
}
/** A paper's or a site's name alone: two to twelve Han characters (`某某晚报`, `某某新闻网`). */
const NAME_ALONE = /^[\u4e00-\u9fff]{2,12}$/;
/** `07-28 09:33`, `2015-07-28 09:33:10`, `7月28日 09:33`: a day and perhaps its time, alone. */
const POSTED_TIME =
  /^(?:(?:19|20)\d\d[-./年])?\d{1,2}[-./月]\d{1,2}日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?$/;
