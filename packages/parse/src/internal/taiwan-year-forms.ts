import { gregorianOfRoc } from "./read-date";

/** The first and last year of the Republic (民國, year 1 = 1912) read here: 100 (2011) to 139 (2050). */
const ROC_YEAR_DIGITS = "1[0-3]\\d";

/** A quarter written without `度` (`第2季`), as Taiwan's offices write it; not `第2季度`. */
const QUARTER_WITHOUT_DU = "第[1-4一二三四]季(?!度)";

/**
 * Two ways Taiwan's offices and papers write a report's year:
 * - `今(2025)年`, `今（109）年`: "this year" with its number in brackets, Gregorian or of the Republic;
 * - `109年第2季`: a year of the Republic before a quarter written without `度` (no digit or dot
 *   before the year).
 *
 * A quarter without `度` after either (`今(2025)年第1季`) is the quarter `第1季度`. Groups: 1 the year
 * in brackets, 2 the year of the Republic, 3 the quarter after either.
 * Near-misses: a Gregorian year before `第二季` (`在2016年第二季同比下跌`, Hong Kong's writing, where
 * the sentence may compare a quarter before the one reported), `今(98)年` (a year before 100), `2110年`.
 */
const TAIWAN_YEAR = new RegExp(
  `今[（(]\\s*(\\d{4}|${ROC_YEAR_DIGITS})\\s*[）)]年(${QUARTER_WITHOUT_DU})?|(?<![\\d.])(${ROC_YEAR_DIGITS})年(${QUARTER_WITHOUT_DU})`,
  "g",
);

/** `2025`, or `109` of the Republic as 2020. */
const gregorian = (printed: string): number =>
  printed.length === 4 ? Number(printed) : gregorianOfRoc(Number(printed));

/**
 * The text with Taiwan's forms of a report's year ({@link TAIWAN_YEAR}) written as the period forms
 * are read: `今(109)年1-7月` → `2020年1-7月`, `109年第2季「…` → `2020年第2季度「…`,
 * `今(2025)年第1季` → `2025年第1季度`. Other text is returned as it is.
 *
 * @example
 * taiwanYearForms("澎湖縣政府109年第2季「1999縣民服務專線」"); //=> "澎湖縣政府2020年第2季度「1999縣民服務專線」"
 */
export function taiwanYearForms(text: string): string {
  if (!text.includes("年")) return text;
  return text.replace(
    TAIWAN_YEAR,
    (
      _,
      bracketed: string | undefined,
      q1: string | undefined,
      roc: string | undefined,
      q2: string | undefined,
    ) => {
      const quarter = q1 ?? q2;
      return `${gregorian(bracketed ?? (roc as string))}年${quarter === undefined ? "" : `${quarter}度`}`;
    },
  );
}
