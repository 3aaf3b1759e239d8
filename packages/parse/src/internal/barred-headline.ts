/** One bar between two phrases, and the spaces round it. */
const ONE_BAR = /^([^|｜]*?)\s*[|｜]\s*([^|｜]*)$/;
/** Fewest Han characters on each side of the bar: a phrase, no cell's figure or mark. */
const MIN_SIDE_HAN = 2;
/** Fewest characters of the two phrases together: a headline, no pair of head cells (`地区|受理量`). */
const MIN_HEADLINE = 8;
const HAN_CHAR = /[\u4e00-\u9fff]/g;
/** A figure after the bar (`…降水量|714.3毫米`): a cell's value, no main phrase. */
const DIGIT = /\d/;
/** A byline after the bar (`某某日报客户端 | 记者 王某`): the page's credit, no main phrase. */
const BYLINE_SIDE = /^(?:本报)?(?:记者|記者|通讯员|通訊員|作者|编辑|編輯|来源|來源|摄影|攝影)/;

/**
 * `盘点2021年|某师妇联亮点工作`, `某县这十年｜某乡篇`, `巩固成果 共建家园 | 某街道全力提升形象`: a
 * headline whose kicker (a series' or a column's name, a slogan) is parted from its main phrase by
 * one bar, over a line with no bar (the lede): the headline read with a space for the bar, so that
 * it is no table's row. Undefined for any other line: a row's cells (`受理总量 |`, a bar at either
 * end; `地区|受理量|办结量`, two bars or more), a side with fewer than two Han characters
 * (`合计|128`), fewer than eight characters in all (`地区|受理量`), a byline or a figure after the bar
 * (`…客户端 | 记者 王某`, `…降水量|714.3毫米`), or a line over another line of cells (`地区|受理量` over `东城|12`).
 *
 * @example
 * barredHeadline("某县这十年｜某乡篇", "党的十八大以来，某乡…。"); //=> "某县这十年 某乡篇"
 */
export function barredHeadline(line: string, next: string): string | undefined {
  if (next.includes("|") || next.includes("｜")) return undefined;
  const m = ONE_BAR.exec(line.trim());
  if (m === null) return undefined;
  const [, kicker = "", main = ""] = m;
  if (
    (kicker.match(HAN_CHAR)?.length ?? 0) < MIN_SIDE_HAN ||
    (main.match(HAN_CHAR)?.length ?? 0) < MIN_SIDE_HAN ||
    kicker.length + main.length < MIN_HEADLINE ||
    BYLINE_SIDE.test(main) ||
    DIGIT.test(main)
  )
    return undefined;
  return `${kicker} ${main}`;
}
