import type { DateSpan } from "@bulletin/schema";
import { readFullDate } from "./read-date";

/**
 * The days of a year's travel rush as a transport report states them: `春运` or `暑运` (either
 * script), perhaps `时间为`, `将`, `从`, `自` or `于`, its first day, perhaps `开始` or `起`, then `至`,
 * `到` or a dash and its last day, or a comma and its last day with `结束`: `2016年春运时间为1月24日至
 * 3月3日`, `2017年的春运将从1月13日开始，至2月21日结束`, `今年春运从2月1日开始，3月12日结束`; `持续`
 * (`lasting`) may stand before `至` (`2023年春運從1月7日持續至2月15日`, a railway's news copy).
 */
const RUSH_DAYS =
  /[春暑][运運](?:[时時][间間](?:[为為]|是)?|期[间間][为為])?(?:[将將]|定于)?[从從自于]?(\d{1,2})月(\d{1,2})日(?:[开開]始|起|[开開]展)?\s*(?:([，,]?\s*(?:持[续續])?[至到止]|[-—–~～])|[，,])\s*(\d{1,2})月(\d{1,2})日((?:[结結]束|止)?)/;
/** The rush's year before it: `2016年春运`, `2017年的春运`, `2018年春運`. */
const RUSH_YEAR = /(\d{4})年的?[春暑][运運]/g;

/**
 * The travel rush's days ({@link RUSH_DAYS}) the first of `texts` (a page's titles, then its opening
 * lines) that states them gives, in the year the nearest `2016年春运` before them names (on that
 * line or one before: `为期40天的2018年春运…` / `今年春运从2月1日开始，3月12日结束`): the span a
 * transport bureau's or a railway's rush report covers. Near-misses: no rush's year before them
 * (`今年春运从…` alone), a last day after a comma without `结束` (`春运1月24日开始，2月3日客流最高`),
 * a last day before the first.
 */
export function travelRushSpan(texts: readonly (string | undefined)[]): DateSpan | undefined {
  let year: string | undefined;
  for (const text of texts) {
    if (text === undefined) continue;
    const m = RUSH_DAYS.exec(text);
    const upTo = m === null ? text : text.slice(0, m.index + 2);
    for (const y of upTo.matchAll(RUSH_YEAR)) year = y[1];
    if (m === null || year === undefined || (m[3] === undefined && m[6] === "")) continue;
    const start = readFullDate(`${year}年${m[1]}月${m[2]}日`);
    const end = readFullDate(`${year}年${m[4]}月${m[5]}日`);
    if (start !== undefined && end !== undefined && start < end)
      return { kind: "range", start, end };
  }
  return undefined;
}
