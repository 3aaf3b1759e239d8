import type { Metric } from "@bulletin/schema";

/**
 * `，占比`, `,所占比重为`, `，占全区规上企业的`, `，佔比`: the words between an amount and its share, one
 * comma and no other mark between them (one sentence, one clause on).
 */
const SHARE_BETWEEN =
  /^[，,]\s*(?:所?[占佔](?:比重?|[^，,。；;：:！？!?\d]{1,16}?(?:的|比重))|比重)(?:为|為|达|達|是)?\s*$/;

/** A figure read in a paragraph, where it stands. */
interface PlacedFigure {
  metric: Metric;
  start: number;
  end: number;
}

/**
 * `成交额366.75亿元，占比57.3%，同比增长18.5%`: a change in percent read after a share ({@link SHARE_BETWEEN}
 * the words between it and the amount before it) is the amount's: a share moves in points
 * (`占全省的57.3%，同比提高2.1个百分点` stays the share's). Moved only to an amount with no change of its own,
 * and only a change with no level compared with. Changes `share` and `amount` in place.
 *
 * @example
 * // 成交额366.75亿元，占比57.3%，同比增长18.5%: the 18.5 % goes to 366.75亿元
 * giveShareChangeToAmount(text, share, amount);
 */
export function giveShareChangeToAmount(
  text: string,
  share: PlacedFigure,
  amount: PlacedFigure | undefined,
): void {
  const change = share.metric.comparison;
  if (
    amount === undefined ||
    share.metric.unit !== "%" ||
    change?.changeUnit !== "percent" ||
    change.previous !== undefined ||
    amount.metric.comparison !== undefined ||
    amount.metric.unit === "%" ||
    !SHARE_BETWEEN.test(text.slice(amount.end, share.start))
  )
    return;
  amount.metric.comparison = change;
  delete share.metric.comparison;
}
