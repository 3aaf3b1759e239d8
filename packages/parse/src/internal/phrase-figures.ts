/**
 * Rates and amounts a reader sees inside a phrase, which the figure reader takes as reported.
 */

/** A whole named before a share, closing its clause (`这些留言中，`), after a sentence's start. */
const WHOLE_BEFORE = /(?:^|[。；！？;!?])([^，。；！？,;:：、\d]{1,12}中)[，,]$/;

/**
 * `这些留言中，74.3%的问题得到了回复`: a share (`%` and `的`) opening the clause after the whole it is
 * a share of (a short clause ending in `中`, right after a sentence's start): the whole's words, its
 * label; `undefined` otherwise (`全省42.4%的企业…`, a share inside a clause).
 */
export function wholeBeforeShare(text: string, i: number, end: number): string | undefined {
  if (text.charCodeAt(end) !== 0x7684 /* 的 */ || text.charCodeAt(end - 1) !== 0x25 /* % */)
    return undefined;
  return WHOLE_BEFORE.exec(text.slice(Math.max(0, i - 16), i))?.[1];
}

/** `以上`, `以下`, `以内`, `及以上` right after a figure: it bounds, and is read by none of these. */
export const boundAfter = (text: string, end: number): boolean =>
  text.charCodeAt(end) === 0x4ee5 /* 以 */ ||
  (text.charCodeAt(end) === 0x53ca /* 及 */ && text.charCodeAt(end + 1) === 0x4ee5);

/** Money as the model names it. */
const MONEY = /^(?:元|美元|欧元|港元|日元)$/;
/** `每人`, `每户`, `每月`… right before an amount: money per head or per span. */
const PER_HEAD = /每(?:人|户|戶|月|年|亩|畝|天|日|次)$/;
/** `投资` (`投資`, `投入`) right before an amount. */
const INVESTED = /(?:投资|投資|投入)$/;

/**
 * `按照每人1000元的标准`, `每户每月500元`: money per head or per span right after `每人`, `每户`, `每月`…;
 * `引进某公司投资13.6亿元兴建…`: money right after `投资` (`投入`) and before what it does. The amount is
 * a figure the text reports. Not an investment's amount before 的 (`投资2.4亿元的某某项目`: the
 * project's description), nor a bound (`投资500万元以上项目`).
 */
export function moneyPerHeadOrInvested(
  text: string,
  i: number,
  end: number,
  unit: string,
): boolean {
  if (!MONEY.test(unit) || boundAfter(text, end)) return false;
  const before = text.slice(Math.max(0, i - 3), i);
  return (
    PER_HEAD.test(before) || (INVESTED.test(before) && text.charCodeAt(end) !== 0x7684) /* 的 */
  );
}
