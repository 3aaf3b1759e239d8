import type { ReadMetric } from "./read-metric";

/** The unit of a step in percentage points, as the model writes it. */
export const POINTS = "个百分点";

/**
 * A step in percentage points at a number: digits (a point and decimals perhaps), `个百分点` as
 * printed (`個百分點`, a converter's readings after `個` or `點`, a space before `百分`); the digits
 * (group 1) and decimals (group 2). Anchored, each part bounded: no backtracking past a few characters.
 */
const POINT_STEP =
  /^(\d{1,3})(?:\.(\d{1,3}))?[个個](?:[(（][a-zàáǎèéěìíǐòóǒùúǔü]{1,6}[)）])? ?百分[点點](?:[(（][a-zàáǎèéěìíǐòóǒùúǔü]{1,6}[)）])?/;

/**
 * Words of a change right before the step (`回落6.4`, `提高了0.2`, `高出了16.5`, `低1.2`, traditional
 * forms too): how far a rate moved, said of the rate the clause speaks of.
 */
const MOVED_BY =
  /(?:[高低快慢升降增减減多少]|增长|增長|提高|提升|提昇|下降|下滑|回落|回升|上升|降低|增加|减少|減少|扩大|擴大|收窄|缩小|縮小|加快|放缓|放緩|高出|低出|超出)了?$/;

/**
 * A clause comparing with something (`比1-4月`, `较一季度`, `高于全省`, `高於收入`), the words from the
 * clause's start to the number: the step is how far apart the two rates stand.
 */
const COMPARED_WITH = /[比较較]|[高低快慢][于於]/;

/** The words that open a label naming what a step is compared with (`较上月回落`, `比上年提高`). */
export const COMPARISON_LEAD = /^[与和较比與較]/;

/** The marks that end a clause, so that the words compared are the step's own clause's. */
const CLAUSE_MARKS = /[，。；：,;:！？!?]/g;

/**
 * Words after the step that make it a target or a bound (`提高1个百分点以上`, `左右`), not a step the
 * text reports.
 */
const TARGET_AFTER = /^(?:以上|以下|以内|左右)/;

/**
 * `较一季度回落6.4个百分点`, `比1-4月回落5.3个百分点`, `高于全省规模以上工业增速5.1个百分点`,
 * `资产负债率64.5%，降低0.2个百分点`: a step in percentage points that no
 * 同比/环比 comparison of the figure before it holds (a change against an earlier part of the year,
 * another place, a target's pace, or with no basis named), as the economic and statistics releases of
 * every office print them: a figure of its own, in `个百分点`. Read where words of a change stand right
 * before the number or the clause compares (`比`, `较`, `高于`…); a step in no such clause
 * (`12.5个百分点。`), one the text sets as a target or bound (`…以上`, `左右`), and a step a comparison
 * of the figure before it holds (`同比提高1.2个百分点`, read there) are not.
 */
export function pointStepAt(text: string, i: number, start: number): ReadMetric | undefined {
  const m = POINT_STEP.exec(text.slice(i, i + 32));
  if (m === null) return undefined;
  const end = i + m[0].length;
  if (TARGET_AFTER.test(text.slice(end, end + 2))) return undefined;
  const before = text.slice(Math.max(start, i - 40), i);
  let clause = before;
  for (const mark of before.matchAll(CLAUSE_MARKS)) clause = before.slice(mark.index + 1);
  if (!MOVED_BY.test(before.slice(-3)) && !COMPARED_WITH.test(clause)) return undefined;
  const whole = m[1] ?? "";
  const fraction = m[2] ?? "";
  const value = Number(fraction === "" ? whole : `${whole}.${fraction}`);
  const figure: ReadMetric = {
    end,
    metric: {
      value,
      unit: POINTS,
      display:
        fraction === "" ? { scale: "none" } : { scale: "none", fractionDigits: fraction.length },
    },
  };
  // The unit as printed, without a converter's reading after it (`(diǎn)`): a line broken before
  // the reading keeps the warning on the line that holds the characters.
  const printed = m[0]
    .slice(whole.length + (fraction === "" ? 0 : fraction.length + 1))
    .replace(/[(（][^)）]*[)）]$/, "");
  if (printed !== POINTS) figure.normalised = { printed, written: POINTS };
  return figure;
}
