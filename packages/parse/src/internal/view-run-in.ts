import { isViewHead } from "./line-kinds";

/** Longest point of view read before its comma ({@link viewRunInEnd}). */
const MAX_VIEW_RUN_IN = 18;

/**
 * `从行业看，制造业增加值…`, `分地区看，…`, `從投資領域看，…`: what follows a numbered point's marker when it
 * opens with the point of view a statistics report breaks its figures down by ({@link isViewHead}: 从 or
 * 分, a topic without a digit or a mark, 看 or 来看) run into its text before a `，`: the index of that
 * comma (the title is what comes before it), else -1. Not `从1-5月看，…` (a clause of time), not
 * `从严从实抓好整改，…` nor `从而带动…，…`, not a comma with nothing after it.
 */
export function viewRunInEnd(lead: string): number {
  const comma = lead.indexOf("，");
  if (comma < 3 || comma > MAX_VIEW_RUN_IN || comma + 1 >= lead.length) return -1;
  return isViewHead(lead.slice(0, comma)) ? comma : -1;
}
