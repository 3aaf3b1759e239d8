import type { DateSpan } from "@bulletin/schema";
import { inYearRange } from "./read-date";

/**
 * `2022年是某区发展极不平凡的一年，…`, `2011年是“十二五”开局之年，一年来，…`, `2009年，是很不平凡的
 * 一年`: a sentence framing its year as a year of the speaker's past (`…的一年`, `…之年`, either
 * script), at a sentence's start or after a speaker's verb and its comma (`…表示，`). Group 1 is
 * the year, group 2 what follows the frame up to the sentence's end.
 */
const FRAMED_YEAR =
  /(?:^|[。！？!?]|(?:表示|指出|[说說]|介[绍紹]|了解到|[获獲]悉)[，,：:])\s*(\d{4}) ?年[，,]?是[^。！？!?；;]{2,80}?(?:的一年|之年)([^。！？!?]*)/u;

/** `刚刚过去的2009年`, `過去的2019年，`: a year the words name as just past. */
const PAST_YEAR = /(?:[刚剛]{2})?(?:[过過]去)的(\d{4}) ?年(?=[，,是里裡中])/u;

/** Words of a plan or a demand (`将`, `要`, `力争`, `确保`), either script. */
const PLAN_WORDS = /[将將]|要|力[争爭]|[确確]保|[计計][划劃]|[预預][计計]|[争爭]取|[继繼][续續]/u;

/**
 * The year a report's first lines frame as a year behind its speaker ({@link FRAMED_YEAR},
 * {@link PAST_YEAR}): a speech, a news conference or a summary reviewing that year
 * (`刚刚过去的2009年，是很不寻常的一年`). Near-misses: a frame of a year to come, the clause after it a plan
 * (`2026年是“十五五”开局之年，某委将…`: words in quotation marks aside), a year later than the copy's
 * publication (`publishedOn`, when given), a frame in the middle of a sentence.
 */
export function framedYear(opening: readonly string[], publishedOn?: string): DateSpan | undefined {
  for (const text of opening) {
    if (!/[，。,]/.test(text)) continue;
    const past = PAST_YEAR.exec(text);
    const framed = past === null ? FRAMED_YEAR.exec(text) : null;
    const m = past ?? framed;
    if (m === null) continue;
    const year = Number(m[1]);
    if (!inYearRange(`${year}-01-01`)) return undefined;
    if (publishedOn !== undefined && Number(publishedOn.slice(0, 4)) < year) return undefined;
    // The clause after the frame (words in quotation marks aside) says what the year is for.
    const after = (framed?.[2] ?? "")
      .replace(/“[^”]*”/gu, "")
      .split(/[，,]/u)
      .slice(0, 2);
    if (PLAN_WORDS.test(after.join(""))) return undefined;
    return { kind: "year", year };
  }
  return undefined;
}
