import { isBareHeading } from "./line-kinds";

/** A path mark between a trail's steps: `>`, `>>`, `»`, `›`, `→`, spaces around it. */
const STEP_MARK = /\s*(?:>{1,2}|[»›→])\s*/g;
/** A step before the last: the site's or a column's name, short, no sentence's or clause's mark. */
const STEP = /^[\u4e00-\u9fffA-Za-z0-9]{2,12}$/;
/** How a site's name ends (`某某范文网`, `某某文库`, `某某站`). */
const SITE_END = /(?:网|網|站|文库|文庫)$/;
/** Fewest and most characters of the title a trail ends with (a column's name, `财经频道滚动新闻`, is shorter). */
const MIN_TRAIL_TITLE = 10;
const MAX_TRAIL_TITLE = 60;

/**
 * `某某范文网 > 工作总结 > 年度工作总结 > 县水利局2021年工作总结和2022年工作计划`: a page's trail from the
 * site's name (no 首页, which the breadcrumbs' rules read) through one column or more to the article,
 * its last step the article's title: where that title starts in `text`, or undefined. A trail from
 * another first step is read only over its title printed again (`next`, spaces aside). Near-misses: a
 * last step that is no heading (a sentence), a comparison (`收入 > 支出`: two steps, no column between).
 *
 * @example
 * trailTitleAt("某某网 > 总结 > 某县2021年工作总结", undefined); //=> 13
 */
export function trailTitleAt(text: string, next: string | undefined): number | undefined {
  if (text.length > 160 || !/[>»›→]/.test(text)) return undefined;
  let steps = 0;
  let from = 0;
  let firstStep = "";
  for (const m of text.matchAll(STEP_MARK)) {
    const step = text.slice(from, m.index).trim();
    if (!STEP.test(step)) return undefined;
    if (steps === 0) firstStep = step;
    steps++;
    from = m.index + m[0].length;
  }
  const last = text.slice(from).trim();
  if (steps < 2 || last.length < MIN_TRAIL_TITLE || last.length > MAX_TRAIL_TITLE) return undefined;
  if (!isBareHeading(last, true)) return undefined;
  const restated = next !== undefined && next.replace(/\s+/g, "") === last.replace(/\s+/g, "");
  return restated || SITE_END.test(firstStep) ? from : undefined;
}
