/**
 * How a newspaper's name ends, simplified (`…日报`, `…晚报`, `…报`), as a regex's alternation: the
 * names of {@link paperDay}'s lines and of a paper's digital edition (web-page.ts).
 */
export const PAPER_ENDS = "日报|晚报|早报|时报|商报|报";

/**
 * `某某日报 2021年03月16日 星期二`, `某某日报 要闻 00002 …发布 2021-03-16 22250348 2 2021年03月16日 星期二`: a
 * newspaper's web page line opening with the paper's name (simplified: `…日报`, `…晚报`, `…报`) and
 * closing with the issue's day in words and its weekday, no sentence's mark between (its page, its
 * column, a headline and record numbers may stand there). Asked of a simplified line of 160 units
 * at most (the repair may have joined the name to what follows it).
 */
const PAPER_DAY = new RegExp(
  `^([\\u4e00-\\u9fff]{2,10}?(?:${PAPER_ENDS}))[^，。；！？,;]{0,120}?(\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*星期[一二三四五六日天]$`,
);

/**
 * `某某日报 03版要闻 2024年11月30日`, `某某晚报 第A02版：本地 2024年11月30日`: a newspaper's web page line
 * naming the paper, the page the report ran on (its number, a letter perhaps before it, 版, the
 * column's name perhaps) and the issue's day in words, no weekday, nothing else. Near-misses: a
 * headline between the page and the day (more than eight characters), a date in figures (a
 * related link's), a name that ends as no paper's.
 */
const PAPER_PAGE_DAY = new RegExp(
  `^([\\u4e00-\\u9fff]{2,10}?(?:${PAPER_ENDS}))\\s*第?\\s*[A-Za-z]?\\d{1,3}\\s*版\\s*[：:]?\\s*[\\u4e00-\\u9fff]{0,8}\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日)$`,
);

/**
/**
 * `某某日报/2025 年/8 月/6 日/第 006 版市州· 江城`, `某某法治报／2024年／11月／30日／第A06版区县· 新闻`: a
 * digital edition's path to the report, the paper's name, the year, the month and the day, then the
 * page (its column's name perhaps glued after 版, up to twelve characters), parted by slashes, nothing
 * else. Groups: the name, the year, the month, the day. Near-misses: a name that ends as no paper's
 * (`某某中心/…`), a line without its day or its page.
 */
const SLASHED_PAPER_DAY = new RegExp(
  `^([\\u4e00-\\u9fff]{2,10}?(?:${PAPER_ENDS}))\\s*[/／]\\s*(\\d{4})\\s*年\\s*[/／]\\s*(\\d{1,2})\\s*月\\s*[/／]\\s*(\\d{1,2})\\s*日\\s*[/／]\\s*第?\\s*[A-Za-z]?\\d{1,3}\\s*版[\\u4e00-\\u9fff·・\\s]{0,12}$`,
);

/**
 * The paper's name and the day (as printed; `2025年8月6日` for a {@link SLASHED_PAPER_DAY} line) of a
 * {@link PAPER_DAY} line, a {@link PAPER_PAGE_DAY} line or a {@link SLASHED_PAPER_DAY} line, else
 * undefined.
 */
export function paperDay(simple: string): { name: string; date: string } | undefined {
  if (simple.length > 160) return undefined;
  if (
    simple.length <= 60 &&
    (simple.includes("/") || simple.includes("／")) &&
    simple.includes("版")
  ) {
    const s = SLASHED_PAPER_DAY.exec(simple);
    if (s !== null) return { name: s[1] as string, date: `${s[2]}年${s[3]}月${s[4]}日` };
  }
  const m = simple.includes("星期")
    ? PAPER_DAY.exec(simple)
    : simple.length <= 40 && simple.includes("版")
      ? PAPER_PAGE_DAY.exec(simple)
      : null;
  return m === null ? undefined : { name: m[1] as string, date: m[2] as string };
}
