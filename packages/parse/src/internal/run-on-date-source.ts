import { partRawLines } from "./part-raw-lines";
import { CLOCK_SOURCE } from "./read-date";

/**
 * A headline a page's fields run on after (a lookbehind): eight to sixty characters from the line's start with no
 * sentence's or clause's mark, ending as a report's name does (`报告`, `公报`, `通报`, `总结`, `情况`, `分析`,
 * `简报`; either script).
 */
const RUN_ON_HEADLINE =
  "(?<=^[^。！？；，,：:\\n\\r]{6,58}(?:报告|報告|公报|公報|通报|通報|总结|總結|情况|情況|分析|简报|簡報))";
/** A page's full date: `2024年03月28日`, `2024-03-28`. */
const PAGE_DATE = "(?:19|20)\\d\\d(?:年\\d{1,2}月\\d{1,2}日|-\\d{1,2}-\\d{1,2})";

/**
 * A page copied onto one line, its headline run into the page's date and source fields:
 * `某市2023年度市场主体发展情况分析报告2024年03月28日来源：某市市场监管局一、…`. The line is parted before
 * the date, as when the headline stands over its metadata line. The headline is as
 * {@link RUN_ON_HEADLINE} says; the date is a full one ({@link PAGE_DATE}), perhaps with its time,
 * then a `来源`/`发布`/`作者` label. Near-misses that stay: a
 * date opening its line, an issuer's name before the date (`某市人民政府办公室2024-01-02 来源：…`), a
 * sentence before it (`…。2024年…`), a date with no label after it.
 */
const RUN_ON_DATE_SOURCE = new RegExp(
  `${RUN_ON_HEADLINE}${PAGE_DATE}\\s*(?:${CLOCK_SOURCE}\\s*)?(?:来源|來源|发布|發布|作者)`,
  "u",
);

/**
 * `来源：某市市场监管局一、`: the 来源 field of a line {@link RUN_ON_DATE_SOURCE} parted off, its value (a
 * body's name, two to thirty Han characters) run into the report's first section's marker (`一、`),
 * where the value ends.
 */
const SOURCE_INTO_SECTION =
  /^[^：:]{0,24}(?:来源|來源)[：:]\s*[\u4e00-\u9fff]{2,30}?(?=[一壹][、，,])/u;

/**
 * `…统计公报来源：某区统计局2017-03-02第5期…`: a page copied onto one line, its headline (as
 * {@link RUN_ON_DATE_SOURCE}'s) run into the 来源 field, the body's name (two to thirty Han characters)
 * run into the page's full date (its time perhaps); the field runs from the label to the date's end.
 * Near-misses: a clause before the label (`…良好，来源：…`), a source with no date after it.
 */
const RUN_ON_SOURCE_DATE = new RegExp(
  `${RUN_ON_HEADLINE}(?:来源|來源)[：:]\\s*[\\u4e00-\\u9fff]{2,30}?\\s*${PAGE_DATE}(?:\\s*${CLOCK_SOURCE})?`,
  "u",
);

/**
 * The input lines `raw` (ranges of `source`) parted before a page's date run on after a headline
 * ({@link RUN_ON_DATE_SOURCE}), and after its 来源 value where the first section runs on
 * ({@link SOURCE_INTO_SECTION}); or before and after a 来源 field and its date run on after a headline
 * ({@link RUN_ON_SOURCE_DATE}), in place. A text holding no `来源`, `來源`, `发布`, `發布` or `作者` costs
 * five searches; otherwise each line's first hundred characters are searched once.
 */
export function cutRunOnDateSources(source: string, raw: [number, number][]): void {
  if (!LABELS.some((l) => source.includes(l))) return;
  /** Where a field parted off a headline ends, by where it starts. */
  const fieldEnds = new Map<number, number>();
  partRawLines(raw, (s, e) => {
    const line = source.slice(s, Math.min(e, s + 100));
    const at = dateSourceRunOnAt(line);
    if (at !== undefined) {
      const value = SOURCE_INTO_SECTION.exec(line.slice(at));
      if (value !== null) fieldEnds.set(s + at, s + at + value[0].length);
      return s + at;
    }
    const field = line.includes("源") ? RUN_ON_SOURCE_DATE.exec(line) : null;
    if (field === null) return undefined;
    fieldEnds.set(s + field.index, s + field.index + field[0].length);
    return s + field.index;
  });
  if (fieldEnds.size > 0) partRawLines(raw, (s) => fieldEnds.get(s));
}

/** Where a page's date run on after a headline starts in `line` ({@link RUN_ON_DATE_SOURCE}), if it does. */
export function dateSourceRunOnAt(line: string): number | undefined {
  // The match ends in a label: a line holding none (most lines) is passed over before the
  // lookbehind is tried at each of its characters (a fifth of the time over a 1 MB text).
  if (!ANY_LABEL.test(line)) return undefined;
  return RUN_ON_DATE_SOURCE.exec(line)?.index;
}
const LABELS = ["来源", "來源", "发布", "發布", "作者"];
/** One of {@link LABELS}, which {@link RUN_ON_DATE_SOURCE} ends with. */
const ANY_LABEL = new RegExp(LABELS.join("|"));
