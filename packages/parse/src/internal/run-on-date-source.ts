import { partRawLines } from "./part-raw-lines";

/**
 * A page copied onto one line, its headline run into the page's date and source fields:
 * `某市2023年度市场主体发展情况分析报告2024年03月28日来源：某市市场监管局一、…`. The line is parted before
 * the date, as when the headline stands over its metadata line. The headline is eight to sixty
 * characters with no sentence's or clause's mark, ending as a report's name does (`报告`, `公报`,
 * `通报`, `总结`, `情况`, `分析`, `简报`; either script); the date is a full one (`2024年03月28日`,
 * `2024-03-28`), perhaps with its time, then a `来源`/`发布`/`作者` label. Near-misses that stay: a
 * date opening its line, an issuer's name before the date (`某市人民政府办公室2024-01-02 来源：…`), a
 * sentence before it (`…。2024年…`), a date with no label after it.
 */
const RUN_ON_DATE_SOURCE =
  /(?<=^[^。！？；，,：:\n\r]{6,58}(?:报告|報告|公报|公報|通报|通報|总结|總結|情况|情況|分析|简报|簡報))(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*(?:\d{1,2}:\d\d(?::\d\d)?\s*)?(?:来源|來源|发布|發布|作者)/u;

/**
 * The input lines `raw` (ranges of `source`) parted before a page's date run on after a headline
 * ({@link RUN_ON_DATE_SOURCE}), in place. A text holding no `来源`, `來源`, `发布`, `發布` or `作者` costs
 * five searches; otherwise each line's first hundred characters are searched once.
 */
export function cutRunOnDateSources(source: string, raw: [number, number][]): void {
  if (!LABELS.some((l) => source.includes(l))) return;
  partRawLines(raw, (s, e) => {
    const at = dateSourceRunOnAt(source.slice(s, Math.min(e, s + 100)));
    return at === undefined ? undefined : s + at;
  });
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
